import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from '@playwright/test';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { englishOn } from './english-text';
import { expect, pinClock, test } from './fixtures';
import { storageFor } from './roles';
import { pathsFor, routedPaths } from './routes';

/** Each test has a co-manager of its own: a language is kept on the account. */
test.use({ storageState: { cookies: [], origins: [] } });

const PASSWORD = 'quiet-harbour-compass-7';

/** A new co-manager, created by the administrator, signed in with a password of their own. */
async function newCoManager(
  browser: Browser,
  today: string,
): Promise<{ page: Page; username: string }> {
  const username = `pembaca${Date.now() % 1_000_000}`;
  const admin = await browser.newContext({ storageState: storageFor('admin') });
  const { csrfToken } = await (await admin.request.get('/api/session')).json();
  const created = await admin.request.post('/api/users', {
    data: {
      username,
      name: 'Pembaca Uji',
      role: 'co-manager',
      workingGroup: null,
      password: 'a-long-enough-password',
    },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(created.status(), await created.text()).toBe(201);
  await admin.close();
  const context = await browser.newContext();
  await pinClock(context, today);
  const page = await context.newPage();
  const signedIn = await page.request.post('/api/session', {
    data: { username, password: 'a-long-enough-password' },
  });
  const token = (await signedIn.json()).csrfToken as string;
  const changed = await page.request.post('/api/session/password', {
    data: { current: 'a-long-enough-password', password: PASSWORD },
    headers: { 'x-csrf-token': token },
  });
  expect(changed.status(), await changed.text()).toBe(200);
  return { page, username };
}

/** The toolbar's language switch names the other language in itself; the page starts again. */
async function chooseLanguage(page: Page, language: 'Bahasa Indonesia' | 'English'): Promise<void> {
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: language, exact: true }).click(),
  ]);
}

async function settle(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
}

async function noEnglishIn(page: Page, where: string): Promise<void> {
  expect.soft(await englishOn(page), `English on ${where}`).toEqual([]);
}

/** Opens a dialog, checks it has no English, and closes it with Esc. */
async function dialogIn(page: Page, opener: Locator, where: string): Promise<void> {
  await opener.click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.waitForTimeout(300);
  await noEnglishIn(page, `${where} (dialog)`);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

test.describe('Bahasa Indonesia', () => {
  test('a co-manager switches to Bahasa Indonesia: every route, dialog, chart, brief, PDF and slide in Indonesian', async ({
    browser,
    today,
  }, testInfo) => {
    test.setTimeout(300_000);
    const { page } = await newCoManager(browser, today);
    await page.goto('/overview');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    // The check finds English where there is English.
    expect(await englishOn(page)).toEqual(
      expect.arrayContaining(['overview', 'activities delivered', 'sign out']),
    );

    await test.step('the language switch starts the page again in Bahasa Indonesia', async () => {
      await chooseLanguage(page, 'Bahasa Indonesia');
      await expect(page.getByRole('heading', { level: 1, name: 'Ikhtisar' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'id');
      await expect(page.getByRole('button', { name: 'English', exact: true })).toHaveAttribute(
        'lang',
        'en',
      );
    });

    const path = await pathsFor(page.request);
    const routes = routedPaths().filter((r) => !['**', 'sign-in'].includes(r));
    expect(routes.length).toBeGreaterThan(15);
    for (const route of routes) {
      await test.step(`/${route}: no English, nothing axe finds serious`, async () => {
        await page.goto(`/${path(route)}`);
        if (route === 'reports/present') await expect(page.locator('.slide').first()).toBeVisible();
        else await settle(page);
        await noEnglishIn(page, `/${route}`);
        const axe = await new AxeBuilder({ page }).analyze();
        const serious = axe.violations.filter((v) =>
          ['serious', 'critical'].includes(v.impact ?? ''),
        );
        expect
          .soft(
            serious.map((v) => `${v.id}: ${v.help}`),
            `axe on /${route}`,
          )
          .toEqual([]);
      });
    }

    await test.step('every dialog a co-manager opens', async () => {
      await page.goto('/framework');
      await settle(page);
      for (const name of ['Pertemuan baru', 'Kerangka kerja baru', 'Indikator baru'])
        await dialogIn(page, page.getByRole('button', { name }), `/framework ${name}`);
      await page.goto('/indicators/IND-01');
      await settle(page);
      for (const name of ['Sunting target dan nilai dasar', 'Tulis narasi'])
        await dialogIn(page, page.getByRole('button', { name }).first(), `/indicators ${name}`);
      await page.goto('/activities');
      await settle(page);
      await dialogIn(
        page,
        page.getByRole('button', { name: 'Klasifikasikan kegiatan yang tercantum' }),
        '/activities',
      );
      await page.goto(`/${path('activities/:id')}`);
      await settle(page);
      await dialogIn(page, page.getByRole('button', { name: 'Hapus' }), '/activities/:id');
    });

    await test.step('an API refusal is written in Indonesian beside the field', async () => {
      await page.goto(`/${path('activities/:id/edit')}`);
      await settle(page);
      // The server's own check: a total below the women and men it records.
      await page.route('**/api/activities/*', (route) =>
        route.request().method() === 'PUT' || route.request().method() === 'PATCH'
          ? route.fulfill({
              status: 400,
              contentType: 'application/json',
              body: JSON.stringify({
                code: 'record-not-valid',
                params: { collection: 'activities' },
                message: 'The activity is not valid: title must not be empty.',
                problems: [{ field: 'title', code: 'empty', message: 'must not be empty' }],
              }),
            })
          : route.continue(),
      );
      await page.getByLabel('Judul').fill('Lokakarya uji yang tidak akan disimpan');
      await page.getByRole('button', { name: 'Simpan kegiatan' }).click();
      await expect(page.getByText(/tidak boleh kosong/).first()).toBeVisible();
      await page.unroute('**/api/activities/*');
      // The refused change is still in the form: leaving the page is confirmed.
      page.once('dialog', (dialog) => void dialog.accept());
    });

    await test.step('the slides (PPTX) are in Indonesian', async () => {
      await page.goto('/reports?brief=since:mc-7');
      await settle(page);
      await expect(page.getByText('Sejak Konferensi Tingkat Menteri ke-7').first()).toBeVisible();
      await noEnglishIn(page, '/reports (since the 7th Ministerial Conference)');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Unduh salindia (PPTX)' }).click(),
      ]);
      const zip = await JSZip.loadAsync(readFileSync(await download.path()));
      const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
      const words = (await Promise.all(slides.map((s) => zip.file(s)!.async('string'))))
        .join('\n')
        .replace(/<[^>]+>/g, ' ');
      for (const indonesian of [
        'Angka utama',
        'Disiapkan pada',
        'Data demonstrasi, bukan statistik resmi RSO',
      ])
        expect(words).toContain(indonesian);
      for (const english of ['Headline figures', 'Prepared on', 'Compared with', 'Off track ·'])
        expect(words).not.toContain(english);
    });
    await test.step('the brief, printed to A4, is in Indonesian', async () => {
      await page.emulateMedia({ media: 'print' });
      const file = testInfo.outputPath('ringkasan.pdf');
      writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      await page.emulateMedia({ media: 'screen' });
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const pages = text
        .split('\f')
        .filter((p) => p.trim())
        .map((p) => p.replace(/\s+/g, ' '));
      expect(pages.length).toBeLessThanOrEqual(2);
      pages.forEach((p, i) => {
        expect(p).toContain(`Halaman ${i + 1} dari ${pages.length}`);
        expect(p).toContain('Data demonstrasi, bukan statistik resmi RSO');
      });
      for (const words of [
        'Angka utama',
        'Kemajuan menurut tujuan strategis',
        'Kegiatan yang dilaksanakan',
      ])
        expect(text).toContain(words);
      for (const english of [
        'Headline figures',
        'Progress by strategic goal',
        'Page 1 of',
        'Activities delivered',
      ])
        expect(text).not.toContain(english);
    });

    await page.context().close();
  });

  test('switching back restores English, and each user’s choice survives sign-out and sign-in', async ({
    browser,
    today,
  }) => {
    const { page, username } = await newCoManager(browser, today);
    await page.goto('/overview');
    await chooseLanguage(page, 'Bahasa Indonesia');
    await expect(page.getByRole('heading', { level: 1, name: 'Ikhtisar' })).toBeVisible();

    await test.step('signed out and in again, on another browser: still Bahasa Indonesia', async () => {
      await Promise.all([
        page.waitForURL(/sign-in/),
        page.getByRole('button', { name: 'Keluar' }).click(),
      ]);
      const other = await browser.newContext();
      await pinClock(other, today);
      const elsewhere = await other.newPage();
      await elsewhere.goto('/sign-in');
      await elsewhere.getByLabel('User name').fill(username);
      await elsewhere.getByLabel('Password').fill(PASSWORD);
      await elsewhere.getByRole('button', { name: 'Sign in' }).click();
      await expect(elsewhere.getByRole('heading', { level: 1, name: 'Ikhtisar' })).toBeVisible();
      await expect(elsewhere.locator('html')).toHaveAttribute('lang', 'id');
      await other.close();
    });

    await test.step('the user switches back: English again, and it stays', async () => {
      // Signed out, this browser keeps the last language it was read in.
      await page.goto('/sign-in');
      await page.getByLabel('Nama pengguna').fill(username);
      await page.getByLabel('Kata sandi').fill(PASSWORD);
      await page.getByRole('button', { name: 'Masuk' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Ikhtisar' })).toBeVisible();
      await chooseLanguage(page, 'English');
      await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    });
    await page.context().close();
  });
});
