import AxeBuilder from '@axe-core/playwright';
import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { storageFor } from './roles';

/** Alignment is the working groups' screen; a co-chair sees every group (no preselection). */
test.use({ storageState: storageFor('cochair') });

const PERIOD = 'year:2019';
const byGroup = (page: Page) =>
  page.getByRole('table', { name: 'Strategic goals × working groups' });
const byPurpose = (page: Page) =>
  page.getByRole('table', { name: 'Strategic goals × core purposes' });

/** The figure of a cell, found by its row and column labels as the table shows them. */
const cell = (table: Locator, row: string, column: string) =>
  table.getByRole('link', { name: new RegExp(`^${row} × ${column}:`) });

async function listCount(page: Page): Promise<number> {
  const text = await page.getByTestId('activity-count').innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

/** Every non-empty cell of a matrix table, as [row, column, figure]. */
async function cells(table: Locator): Promise<[string, string, number][]> {
  const labels = await table
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''));
  return labels
    .map((l) => /^(.+?) × (.+?): (.+), from (\d+) activit(?:y|ies)/.exec(l))
    .filter((m) => m !== null)
    .map((m) => [m[1], m[2], Number(m[4])] as [string, string, number]);
}

test.describe('alignment', () => {
  test('each cell opens exactly the activities it counts, "not recorded" included', async ({
    page,
  }) => {
    await page.goto(`/alignment?period=${PERIOD}`);
    await expect(byGroup(page)).toBeVisible();
    const groupCells = await cells(byGroup(page));
    const purposeCells = await cells(byPurpose(page));
    const regular = groupCells.find(([r, c]) => r !== 'Not recorded' && c !== 'Not recorded')!;
    const notRecorded = groupCells.find(([r, c]) => r === 'Not recorded' || c === 'Not recorded')!;
    const purpose = purposeCells.find(([r, c]) => r !== 'Not recorded' && c !== 'Not recorded')!;
    expect(regular && notRecorded && purpose).toBeTruthy();

    for (const [table, [row, column, figure]] of [
      [byGroup, regular],
      [byGroup, notRecorded],
      [byPurpose, purpose],
    ] as const) {
      await test.step(`${row} × ${column}: ${figure} activities`, async () => {
        await page.goto(`/alignment?period=${PERIOD}`);
        const link = cell(table(page), row, column);
        await expect(link).toHaveText(String(figure));
        await link.click();
        await expect(page).toHaveURL(/\/activities\?/);
        await expect(page.getByTestId('activity-count')).toBeVisible();
        expect(await listCount(page)).toBe(figure);
      });
    }
  });

  test('the gaps list is exactly the empty cells, each with its last activity or "never"', async ({
    page,
  }) => {
    await page.goto(`/alignment?period=${PERIOD}`);
    const table = byGroup(page);
    await expect(table).toBeVisible();
    const empty = (
      await table
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''))
    )
      .map((l) => /^(.+?) × (.+?): no activities/.exec(l))
      .filter((m) => m !== null && m[1] !== 'Not recorded' && m[2] !== 'Not recorded')
      .map((m) => `${m![2]} ${m![1]}`)
      .sort();
    expect(empty.length).toBeGreaterThan(0);

    const listed: string[] = [];
    for (const group of await page.getByTestId('gap-group').all()) {
      const code = (await group.getByRole('link').first().innerText()).trim();
      for (const gap of await group.getByTestId('gap').all()) {
        const goal = (await gap.locator('strong').innerText()).trim();
        await expect(gap).toContainText(/last activity: (never|\d{1,2} \w{3} \d{4})/);
        listed.push(`${code} ${goal}`);
      }
    }
    expect(listed.sort()).toEqual(empty);
  });

  test('the matrix export holds the figures shown', async ({ page }) => {
    await page.goto(`/alignment?period=${PERIOD}&measure=participants`);
    const table = byGroup(page);
    await expect(page.getByRole('radio', { name: 'Participants' })).toBeChecked();
    const shown = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())),
      );
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).first().click();
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r\n/);
    const exported = lines.slice(1).map((l) => l.split(','));
    expect(exported.length).toBe(shown.length);
    shown.forEach((row, r) => {
      // Row label, each cell ("none" is 0), the row total; numbers without separators.
      // Unknown ("—") is left blank, never written as zero.
      const figures = row
        .slice(1)
        .map((t) => (t === 'none' ? '0' : t === '—' ? '' : t.replace(/,/g, '')));
      expect(exported[r].slice(-figures.length)).toEqual(figures);
      expect(exported[r][0]).toContain(row[0]);
    });
  });

  test('a working group’s page: the filter follows it, the map marks exactly the states reached', async ({
    page,
  }) => {
    await page.goto(`/alignment?period=${PERIOD}`);
    await page.getByRole('link', { name: 'WG-TIP', exact: true }).first().click();
    await expect(page).toHaveURL(/\/alignment\/WGTIP\?.*wg=WGTIP/);
    await expect(
      page.getByRole('heading', { level: 1, name: /Working Group on Trafficking in Persons/ }),
    ).toBeVisible();

    const figure = page.getByTestId('group-figure').filter({ hasText: 'Member states reached' });
    const reachedText = await figure.locator('.value').innerText();
    const reached = Number(/^(\d+) of/.exec(reachedText)![1]);

    const listed = await page
      .getByTestId('reached-list')
      .locator('li')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-code')!).sort());
    expect(listed.length).toBe(reached);

    // The map loads when it scrolls into view.
    const placeholder = page.getByText('The map loads when it comes into view.');
    if (await placeholder.count()) await placeholder.scrollIntoViewIfNeeded();
    const map = page.getByTestId('member-map');
    await expect(map).toBeVisible({ timeout: 15_000 });
    const coloured = await map
      .locator('path[data-reached="true"]')
      .evaluateAll((paths) => [...new Set(paths.map((p) => p.getAttribute('data-code')!))].sort());
    expect(coloured).toEqual(listed);

    await test.step('the overview with the same filter says the same', async () => {
      await page.getByRole('link', { name: 'The overview for this group' }).click();
      await expect(page).toHaveURL(/\/overview\?.*wg=WGTIP/);
      const card = page
        .getByRole('link')
        .filter({ has: page.getByText('Member states reached', { exact: true }) })
        .getByTestId('kpi-value');
      await expect(card).toHaveText(reachedText);
    });
  });

  test('a second group chosen in the filter returns to the matrices, with both groups as columns', async ({
    page,
  }) => {
    await page.goto(`/alignment/WGTIP?period=${PERIOD}`);
    await expect(page).toHaveURL(/wg=WGTIP/);
    await expect(page.getByTestId('group-figure').first()).toBeVisible();
    await page.getByLabel('Working group').click();
    await page.getByRole('option', { name: /^Working Group on Disruption/ }).click();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/alignment\?.*wg=WGTIP(,|%2C)WGDCN/);
    await expect(byGroup(page)).toBeVisible();
    const headers = byGroup(page).locator('thead th');
    await expect(headers.nth(1)).toHaveText('WG-TIP');
    await expect(headers.nth(2)).toHaveText('WG-DCN');
  });

  for (const path of ['/alignment', '/alignment/WGTIP']) {
    test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
      await page.goto(`${path}?period=${PERIOD}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByText('Loading the figures…')).toHaveCount(0);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }
});

/** A figure as shown ("1,234", "33.3 %", "—") as a number, or null. */
const figure = (text: string) => {
  const n = Number(text.replace(/[,%\s]/g, ''));
  return text.trim() === '—' || Number.isNaN(n) ? null : n;
};

test.describe('a working group sees its contribution, not a report card', () => {
  test.use({ storageState: storageFor('wgmember'), viewport: { width: 1440, height: 900 } });

  test('the first screen and the group page say whose each status is; every share is value ÷ RSO value', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/overview\?.*wg=WGTIP/);
    await expect(page.getByTestId('slice-note')).toBeVisible();
    await expect(page.getByText('RSO indicators on track')).toBeVisible();
    await expect(page.getByRole('heading', { name: "The RSO's indicator status" })).toBeVisible();
    for (const chip of await page.locator('app-status-chip').all())
      await expect(chip).toHaveText(/^(RSO|Group target): /);
    await test.step('the filtered screens stay accessible', async () => {
      for (const path of ['/overview?wg=WGTIP', '/indicators?wg=WGTIP', '/goals/SG1?wg=WGTIP']) {
        await page.goto(path);
        await expect(page.getByTestId('slice-note')).toBeVisible();
        await expect(page.getByText('Loading the figures…')).toHaveCount(0);
        const results = await new AxeBuilder({ page }).analyze();
        const serious = results.violations.filter(
          (v) => v.impact === 'serious' || v.impact === 'critical',
        );
        expect(serious.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
      }
      const chips = page.locator('app-status-chip');
      expect(await chips.count()).toBeGreaterThan(0);
      for (const chip of await chips.all()) await expect(chip).toHaveText(/^(RSO|Group target): /);
    });

    await page.goto('/alignment/WGTIP');
    await expect(page.getByTestId('contribution-row').first()).toBeVisible();
    await test.step('the four answers start in the first screen', async () => {
      for (const target of [
        page.getByRole('heading', { level: 2, name: 'Delivered for the group' }),
        page.getByTestId('group-figure').first(),
        page.getByRole('heading', { level: 2, name: 'Goals and purposes advanced' }),
        page.getByTestId('goals-advanced'),
        page.getByRole('heading', { level: 2, name: 'Where', exact: true }),
        page.getByTestId('states-reached'),
        page.getByRole('heading', { level: 2, name: 'Not received in this period' }),
        page.getByTestId('gap-count'),
      ]) {
        const box = (await target.boundingBox())!;
        expect(box.y + box.height, await target.innerText()).toBeLessThanOrEqual(900);
      }
    });

    const rows = page.getByTestId('contribution-row');
    let shares = 0;
    for (const row of await rows.all()) {
      const code = await row.getAttribute('data-indicator');
      await expect(row.locator('app-status-chip'), code!).toHaveText(/^(RSO|Group target): /);
      const share = figure(await row.getByTestId('share').innerText());
      if (share === null) continue;
      const mine = figure(await row.getByTestId('mine').innerText())!;
      const rso = figure(await row.getByTestId('rso').innerText())!;
      expect(
        Math.abs(share - (mine / rso) * 100),
        `${code}: ${mine} of ${rso} is ${share} %`,
      ).toBeLessThanOrEqual(0.051);
      shares++;
    }
    expect(shares).toBeGreaterThan(3);
  });
});
