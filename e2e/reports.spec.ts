import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { addDays, daysInclusive } from '../src/app/domain/dates';
import { api, type Row } from './api';
import { docxText } from './docx';
import { storageFor } from './roles';

/** The brief is the co-chairs'. */
test.use({ storageState: storageFor('cochair') });

const card = (page: Page, label: string) =>
  page
    .getByRole('link')
    .filter({ has: page.getByText(label, { exact: true }) })
    .getByTestId('kpi-value');

const briefRow = (page: Page, label: string) =>
  page.getByRole('row', { name: new RegExp(`^${label}`) }).getByTestId('brief-figure');

async function overviewFigures(page: Page) {
  await page.goto('/overview?period=since:mc-7');
  const delivered = await card(page, 'Activities delivered').innerText();
  const participants = await card(page, 'Participants').innerText();
  const members = await card(page, 'Member states reached').innerText();
  const onTrack = await card(page, 'Indicators on track').innerText();
  return { delivered, participants, members, onTrack };
}

async function chooseSinceMc7(page: Page) {
  await page.goto('/reports');
  await page.getByLabel('Interval').click();
  await page.getByRole('option', { name: 'Since the 7th Ministerial Conference' }).click();
  await expect(page).toHaveURL(/brief=since(:|%3A)mc-7/);
  await expect(
    page.getByRole('heading', { level: 1, name: /Since 7th Ministerial/ }),
  ).toBeVisible();
}

test.describe('the co-chairs’ brief', () => {
  test('since the 7th Ministerial Conference: the same figures as the overview, on one or two A4 pages', async ({
    page,
  }, testInfo) => {
    const overview = await overviewFigures(page);
    await chooseSinceMc7(page);
    await test.step('the brief shows the overview’s figures', async () => {
      await expect(briefRow(page, 'Activities delivered')).toHaveText(overview.delivered);
      await expect(briefRow(page, 'Participants')).toHaveText(overview.participants);
      await expect(briefRow(page, 'Member states reached')).toHaveText(overview.members);
      await expect(briefRow(page, 'Indicators on track')).toHaveText(overview.onTrack);
      await expect(page.getByText('Demonstration data, not official RSO statistics')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Progress by strategic goal' })).toBeVisible();
      await expect(
        page.getByRole('rowheader', { name: /SG1 Cooperation and capability/ }),
      ).toBeVisible();
    });
    await test.step('printed to A4: every page titled, labelled and numbered, no shell, the same figures', async () => {
      await page.emulateMedia({ media: 'print' });
      // The app's own print stylesheet sets the page: no browser headers or footers.
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const file = testInfo.outputPath('brief.pdf');
      writeFileSync(file, pdf);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const pages = text.split('\f').filter((p) => p.trim());
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(2);
      pages.forEach((p, i) => {
        expect(p, `page ${i + 1}`).toContain('Since 7th Ministerial Conference');
        expect(p, `page ${i + 1}`).toContain('Demonstration data, not official RSO statistics');
        expect(p, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
      });
      // No near-empty last page.
      if (pages.length > 1)
        expect(
          pages
            .at(-1)!
            .split('\n')
            .filter((l) => l.trim()).length,
        ).toBeGreaterThan(8);
      for (const figure of Object.values(overview)) expect(text).toContain(figure);
      expect(text).toContain('Since 7th Ministerial Conference');
      expect(text).not.toContain('Sign out');
      expect(text).not.toContain('Print or save as PDF');
    });
  });

  test('slides for the co-chairs’ decks: a PPTX whose slides hold the headline figures', async ({
    page,
  }) => {
    const overview = await overviewFigures(page);
    await chooseSinceMc7(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download slides (PPTX)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rso-brief-2018-08-08-.*\.pptx$/);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const slides = Object.keys(zip.files)
      .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
      .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    expect(slides.length).toBeGreaterThanOrEqual(6);
    for (const name of slides) {
      const xml = await zip.file(name)!.async('string');
      // Every slide carries the date it was prepared and the demonstration label.
      expect(xml, name).toContain('Demonstration data, not official RSO statistics');
      expect(xml, name).toContain('Prepared on');
      // In every paragraph the properties come before the runs (the schema's order).
      for (const p of xml.match(/<a:p>.*?<\/a:p>/gs) ?? []) {
        const props = p.indexOf('<a:pPr');
        const run = p.indexOf('<a:r>');
        if (props >= 0 && run >= 0) expect(props, `${name}: ${p.slice(0, 120)}`).toBeLessThan(run);
      }
    }
    const text = async (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
    expect(await text(2)).toContain('Compared with the interval of the same length');
    const figures = await text(3);
    for (const figure of Object.values(overview)) expect(figures).toContain(figure);
    // Goals top-down: the chart's first category is drawn at the bottom, so it is SG7.
    const chart = Object.keys(zip.files).find((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f))!;
    const categories = [
      ...(await zip.file(chart)!.async('string')).matchAll(/<c:pt idx="\d+"><c:v>(SG\d)/g),
    ].map((m) => m[1]);
    expect(categories.slice(0, 7)).toEqual(['SG7', 'SG6', 'SG5', 'SG4', 'SG3', 'SG2', 'SG1']);
    // The status is named and coloured in a paragraph of its own.
    const risks = await text(6);
    expect(risks).toMatch(
      /<a:solidFill><a:srgbClr val="(B3261E|8A5100|4A4FA8)"\/><\/a:solidFill>.*?(Off track|At risk|Depends on missing data) · /s,
    );
  });

  test('presentation mode: a slide a section, moved with the keyboard, left with Esc', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/reports/present?brief=since:mc-7');
    const counter = page.getByText(/^Slide \d+ of \d+$/);
    // Keys pressed before the slides are there would be lost or move past the first one.
    await expect(counter).toHaveText(/^Slide 1 of/);
    /** The next slide, once it is shown: a key pressed before that could skip one. */
    const next = async () => {
      const [at, of] = (await counter.innerText()).match(/\d+/g)!.map(Number);
      await page.keyboard.press('ArrowRight');
      await expect(counter).toHaveText(`Slide ${Math.min(at! + 1, of!)} of ${of}`);
    };
    for (const heading of [
      /^Read these figures with/,
      'Headline figures',
      'Progress by strategic goal',
      'Highlights',
      /^Indicators off track, at risk or depending on missing data/,
    ]) {
      const title = page.getByRole('heading', { level: 1, name: heading });
      // A long list (notes, indicators) may take more than one slide: move on until it shows.
      for (let n = 0; n < 4 && !(await title.isVisible()); n++) await next();
      await expect(title).toBeVisible();
      // Readable from the back of the room.
      const size = await page
        .getByTestId('slide')
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(24);
      await next();
    }
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/reports\?brief=since(:|%3A)mc-7/);
  });

  for (const path of [
    '/reports?brief=since:mc-7',
    '/reports/present?brief=since:mc-7',
    '/reports/annual?year=2026',
    '/reports/monthly?month=2026-10',
  ]) {
    test(`has no serious or critical accessibility violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.getByText('Loading the figures…')).toHaveCount(0);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }
});

test.describe('the brief compares like with like, with targets and reasons', () => {
  test('since the 8th Ministerial Conference: the interval before has the same length and the overview’s figures; per month when the meetings’ interval is chosen', async ({
    page,
    today,
  }) => {
    const meetings = (await (await page.request.get('/api/meetings')).json()) as {
      id: string;
      date: string;
    }[];
    const mc8 = meetings.find((m) => m.id === 'mc-8')!;
    const start = addDays(mc8.date, 1);
    const length = daysInclusive(start, today);
    const before = { from: addDays(start, -length), to: addDays(start, -1) };
    expect(daysInclusive(before.from, before.to)).toBe(length);

    await page.goto(`/overview?period=custom&from=${before.from}&to=${before.to}`);
    const delivered = await card(page, 'Activities delivered').innerText();
    const participants = await card(page, 'Participants').innerText();

    await page.goto('/reports?brief=since:mc-8');
    await expect(page.getByTestId('brief-comparison')).toHaveText(
      'Compared with the interval of the same length just before it, so the figures compare like for like.',
    );
    // One period on the page: the filter's gives way to the brief's.
    await expect(page.getByTestId('period-gives-way')).toBeVisible();
    const row = (label: string) => page.getByRole('row', { name: new RegExp(`^${label}`) });
    await expect(row('Activities delivered').locator('td').nth(1)).toHaveText(delivered);
    await expect(row('Participants').locator('td').nth(1)).toHaveText(participants);
    await expect(page.getByTestId('brief-lengths')).toHaveCount(0);

    await page.getByLabel('Compared with').click();
    await page.getByRole('option', { name: 'The interval between the meetings before' }).click();
    await expect(page).toHaveURL(/compare=meeting/);
    await expect(page.getByTestId('brief-lengths')).toContainText('the lengths differ');
    await expect(row('Activities delivered').getByTestId('brief-per-month')).toHaveText(
      /^[\d.,]+ \/ [\d.,—]+$/,
    );
  });

  test('every indicator off track or at risk shows its actual, target and % met, as its own page does for the same range', async ({
    page,
  }) => {
    const indicators = (await (await page.request.get('/api/indicators')).json()) as {
      id: string;
      code: string;
      framework: string;
    }[];
    const [settings] = (await (await page.request.get('/api/settings')).json()) as {
      currentFramework: string;
    }[];
    const idOf = new Map(
      indicators
        .filter((i) => i.framework === settings!.currentFramework)
        .map((i) => [i.code, i.id]),
    );
    await page.goto('/reports?brief=since:mc-8');
    const risks = page.getByTestId('brief-risk');
    await expect(risks.first()).toBeVisible();
    const rows = [];
    for (const r of await risks.all()) {
      const status = (await r.locator('app-status-chip').innerText()).trim();
      if (status !== 'Off track' && status !== 'At risk') continue;
      rows.push({
        code: (await r.getAttribute('data-indicator'))!,
        actual: (await r.getByTestId('risk-actual').innerText()).trim(),
        target: (await r.getByTestId('risk-target').innerText()).trim(),
        met: (await r.getByTestId('risk-met').innerText()).trim(),
      });
    }
    expect(rows.length).toBeGreaterThan(0);
    // Off track first.
    const statuses = await risks.locator('app-status-chip').allInnerTexts();
    expect(statuses.indexOf('Off track')).toBeLessThanOrEqual(
      statuses.includes('At risk') ? statuses.indexOf('At risk') : statuses.length,
    );
    await test.step('a headline figure an indicator measures shows its target and % met', async () => {
      const women = page.getByRole('row', { name: /^Women among participants/ });
      const target = (await women.getByTestId('brief-target').innerText()).split('\n')[0]!.trim();
      const met = (await women.getByTestId('brief-met').innerText()).trim();
      expect(target).not.toBe('—');
      await expect(women.getByTestId('brief-target')).toContainText('indicator 1.3');
      await page.goto(`/indicators/${idOf.get('1.3')}?period=since:mc-8`);
      // The indicator page gives the target as a number; the brief adds the unit (%).
      await expect(
        page.getByText(`of ${target.replace(/ %$/, '')} targeted · ${met} met`).first(),
      ).toBeVisible();
    });
    for (const r of rows) {
      await page.goto(`/indicators/${idOf.get(r.code)}?period=since:mc-8`);
      await expect(page.getByTestId('indicator-actual'), r.code).toHaveText(r.actual);
      await expect(page.getByText(`of ${r.target} targeted · ${r.met} met`).first()).toBeVisible();
    }
  });
});

test.describe('the presentation fits the meeting-room screen', () => {
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    test(`every slide fits ${size.width}×${size.height}, clear of the navigation`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto('/reports/present?brief=since:mc-8');
      const counter = page.getByText(/^Slide \d+ of \d+$/);
      await expect(counter).toBeVisible();
      const total = Number((await counter.innerText()).split(' of ')[1]);
      expect(total).toBeGreaterThanOrEqual(5);
      const titles: string[] = [];
      for (let n = 1; n <= total; n++) {
        await expect(counter).toHaveText(`Slide ${n} of ${total}`);
        const slide = page.getByTestId('slide');
        titles.push((await slide.getByRole('heading', { level: 1 }).innerText()).trim());
        // Every box inside the viewport and above the navigation: not passable by clipping.
        const fit = await page.evaluate(() => {
          const nav = document.querySelector('footer')!.getBoundingClientRect();
          const outside = [...document.querySelectorAll('[data-testid="slide"] *')]
            .filter((e) => {
              const b = e.getBoundingClientRect();
              return b.height > 0 && (b.bottom > nav.top + 1 || b.right > window.innerWidth + 1);
            })
            .map((e) => `${e.tagName.toLowerCase()} ${(e.textContent ?? '').slice(0, 30)}`);
          return {
            scrolls: Math.max(0, document.documentElement.scrollHeight - window.innerHeight),
            outside: outside.slice(0, 3),
          };
        });
        expect(fit, `slide ${n}: ${titles.at(-1)}`).toEqual({ scrolls: 0, outside: [] });
        if (size.width === 1920) {
          const px = async (selector: string) =>
            Number(
              (
                await slide
                  .locator(selector)
                  .first()
                  .evaluate((e) => getComputedStyle(e).fontSize)
              ).replace('px', ''),
            );
          expect(await px('li, .figure .label, p')).toBeGreaterThanOrEqual(24);
          if (await slide.locator('.chip').count())
            expect(await px('.chip')).toBeGreaterThanOrEqual(20);
        }
        if (n < total) await page.keyboard.press('ArrowRight');
      }
      expect(titles[0]).toMatch(/^Read these figures with/);
      expect(titles).toContain('Progress by strategic goal');
    });
  }
});

test.describe('the Monthly Report', () => {
  test('the month’s completed activities, largest first, on the page and in the Word document', async ({
    page,
  }) => {
    const server = await api(page.request);
    const october = (await server.get<Row[]>('activities')).filter(
      (a) => a['status'] === 'completed' && String(a['endDate']).startsWith('2026-10'),
    );
    const participants = october.reduce(
      (sum, a) => sum + (((a['participants'] as Row)['total'] as number | null) ?? 0),
      0,
    );
    await page.goto('/reports/monthly?month=2026-10');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Monthly Report, Oct 2026');
    await expect(
      page.getByText(
        `Activities completed in Oct 2026: ${october.length}. Participants: ${participants} `,
      ),
    ).toBeVisible();
    const table = page.getByRole('table', {
      name: 'Activities completed in the month, the largest first',
    });
    await expect(table.locator('tbody tr')).toHaveCount(Math.min(october.length, 12));

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download for Word (DOCX)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('rso-monthly-report-2026-10.docx');
    const { text, rows } = await docxText((await file.path())!);
    expect(text).toContain(`Activities completed in Oct 2026: ${october.length}.`);
    for (const a of october.slice(0, 12)) expect(rows.some((r) => r[0] === a['title'])).toBe(true);
  });
});
