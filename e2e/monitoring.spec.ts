import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, holdBack, test } from './fixtures';
import { E2E_TODAY } from './today';
import { readFileSync } from 'node:fs';

const card = (page: Page, label: string) =>
  page
    .getByRole('link')
    .filter({ has: page.getByText(label, { exact: true }) })
    .getByTestId('kpi-value');

/** What the activity list says of n records. */
const activities = (n: number | string) => (Number(n) === 1 ? '1 activity' : `${n} activities`);

/** The link from a goal or indicator page to the n records behind its figure. */
const openList = (n: number | string) =>
  Number(n) === 1
    ? 'Open this activity in the activity list'
    : `Open these ${n} activities in the activity list`;

test.describe('monitoring views', () => {
  test('the overview shows headline figures and charts with their data tables', async ({
    page,
  }) => {
    await page.goto('/overview?period=framework');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expect(card(page, 'Activities delivered')).toHaveText(/^\d+$/);
    await expect(card(page, 'Member states reached')).toHaveText(/^\d+ of 45$/);
    await expect(card(page, 'Indicators on track')).toHaveText(/^\d+ of 21$/);
    await expect(page.getByText(/Participants known for \d+ of \d+ activities/)).toBeVisible();
    for (const heading of [
      'Delivery over time',
      'Participants by sex',
      'Progress by strategic goal',
      'Indicator status',
    ]) {
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    }
    await expect(page.locator('svg.apexcharts-svg').first()).toBeVisible();
    await page.getByText('Show the data as a table').first().click();
    await expect(page.getByRole('columnheader', { name: 'Training' }).first()).toBeVisible();
  });

  test('shows no figure until the activity records have arrived: unknown is not zero', async ({
    page,
  }) => {
    const release = await holdBack(page, '**/api/activities');
    await page.goto('/overview?period=framework');
    // The framework is in (the period is named) while the records are still on their way.
    await expect(page.getByText(/Whole framework|Strategic Plan/).first()).toBeVisible();
    await expect(page.getByText('Loading the figures…')).toBeVisible();
    await expect(page.getByTestId('kpi-value')).toHaveCount(0);
    release();
    await expect(card(page, 'Activities delivered')).toHaveText(/^[1-9]\d*$/);
  });

  test('a headline card opens the activities that make its figure', async ({ page }) => {
    await page.goto('/overview?period=year:2019');
    const delivered = await card(page, 'Activities delivered').innerText();
    await page.getByRole('link').filter({ hasText: 'Activities delivered' }).click();
    await expect(page).toHaveURL(/\/activities\?.*status=completed/);
    await expect(page).toHaveURL(/period=year:2019/);
    await expect(page.getByTestId('activity-count')).toHaveText(activities(delivered));
    // The paginator counts the rows of the table itself.
    await expect(page.getByRole('status').filter({ hasText: /–/ })).toHaveText(
      new RegExp(`of ${delivered}\\s*$`),
    );
  });

  test('changing the period changes the headline figures consistently with the IPTT', async ({
    page,
  }) => {
    for (const year of ['2019', '2022']) {
      await test.step(year, async () => {
        await page.goto(`/overview?period=year:${year}`);
        const participants = page.getByRole('link').filter({ hasText: 'Participants' });
        await expect(participants).toContainText('% women');
        const women = (await participants.innerText()).match(/([\d.]+) % women/)![1];
        const onTrack = (await card(page, 'Indicators on track').innerText()).split(' ')[0];

        await page
          .getByRole('navigation', { name: 'Sections' })
          .getByRole('link', { name: 'Indicators' })
          .click();
        const table = page.getByRole('table', { name: 'Indicator performance tracking table' });
        await expect(table.getByRole('columnheader', { name: year, exact: true })).toBeVisible();
        const row = table.getByRole('row').filter({ hasText: 'Women among participants' });
        // Columns: indicator, baseline, then target | actual | % met | status for the year.
        await expect(row.getByRole('cell').nth(2)).toHaveText(new RegExp(`^\\s*${women}\\b`));
        const chips = table
          .locator('tbody tr')
          .locator('td:nth-child(6)')
          .getByText('On track', { exact: true });
        await expect(chips).toHaveCount(Number(onTrack));
      });
    }
    await test.step('the figures differ between the years', async () => {
      await page.goto('/overview?period=year:2019');
      const a = await card(page, 'Activities delivered').innerText();
      await page.goto('/overview?period=year:2022');
      const b = await card(page, 'Activities delivered').innerText();
      expect(a).not.toBe(b);
    });
  });

  test('the IPTT switches granularity, sorts, and exports exactly what it shows', async ({
    page,
  }) => {
    await page.goto('/indicators?period=framework');
    const table = page.getByRole('table', { name: 'Indicator performance tracking table' });
    await expect(table.locator('tbody tr')).toHaveCount(21);
    await page.getByRole('radio', { name: 'Half-years' }).click();
    await expect(page).toHaveURL(/g=half/);
    // The framework reported on starts in 2024.
    await expect(table.getByRole('columnheader', { name: '2025 H2' })).toBeVisible();
    await page.getByRole('radio', { name: 'Years', exact: true }).click();

    await test.step('sort by indicator, descending', async () => {
      await table.getByRole('columnheader', { name: 'Indicator' }).click();
      await table.getByRole('columnheader', { name: 'Indicator' }).click();
      await expect(table.locator('tbody tr').first()).toContainText('7.8');
    });

    await test.step('CSV', async () => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export CSV' }).click();
      const file = await (await download).path();
      const lines = readFileSync(file, 'utf8')
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n');
      expect(lines.length).toBe(2 + 21);
      expect(lines[0]).toContain('2025');
      expect(lines[1]).toContain('Target,Actual,% met,Status');
      expect(lines[2]).toMatch(/^7\.8,Requests for support/);
      const shown = await table.locator('tbody tr').first().locator('td').nth(2).innerText();
      expect(lines[2].split(',')[5]).toBe(shown.replace(/\s*\*.*$/s, '').trim());
    });

    await test.step('XLSX', async () => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export XLSX' }).click();
      const file = await (await download).path();
      const bytes = readFileSync(file);
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      expect((await download).suggestedFilename()).toMatch(/^iptt-year-.*\.xlsx$/);
    });
  });

  test('an indicator page shows definition, target line, narrative and activities', async ({
    page,
  }) => {
    const year = E2E_TODAY.slice(0, 4);
    await page.goto(`/indicators?period=year:${year}`);
    await page.getByRole('link', { name: /1\.1 Capacity-building activities delivered/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: /Capacity-building activities delivered/ }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Actual against target' })).toBeVisible();
    await expect(
      page.getByText(`the capacity-building activities of the ${year} work plan`, { exact: false }),
    ).toBeVisible();
    const actual = await page.getByTestId('indicator-actual').innerText();
    await expect(
      page.getByRole('heading', { name: `Activities behind the figure (${actual})` }),
    ).toBeVisible();
    await page.getByRole('link', { name: openList(actual) }).click();
    await expect(page.getByTestId('activity-count')).toHaveText(activities(actual));
  });

  test('goals and purposes list their indicators and activities', async ({ page }) => {
    await page.goto('/goals?period=framework');
    await expect(page.getByRole('link', { name: /SG1/ })).toHaveCount(1);
    await expect(page.getByRole('list').first().getByRole('listitem')).toHaveCount(7);
    await page.getByRole('link', { name: /CP3 Policy and best practice/ }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: /CP3 Policy and best practice/ }),
    ).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'Indicators' }).locator('tbody tr'),
    ).not.toHaveCount(0);
    const heading = await page
      .getByRole('heading', { name: /Contributing activities/ })
      .innerText();
    const n = heading.match(/\((\d+)\)/)![1];
    await page.getByRole('link', { name: openList(n) }).click();
    await expect(page.getByTestId('activity-count')).toHaveText(activities(n));
  });

  for (const path of [
    '/overview?period=framework',
    '/indicators?period=framework',
    '/indicators/IND-03',
    '/goals',
    '/goals/SG1',
    '/activities',
  ]) {
    test(`has no serious or critical accessibility violations on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(
        serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    });
  }
});
