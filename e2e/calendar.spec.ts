import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The demonstration is never stale: whatever date the server and the browser run as of, the
 * work-plan year running then has its activities, figures and statuses, and the last meeting
 * is recent. Runs as of E2E_TODAY and again as of each of the calendar-proof dates.
 */
const card = (page: Page, label: string) =>
  page
    .getByRole('link')
    .filter({ has: page.getByText(label, { exact: true }) })
    .getByTestId('kpi-value');

test.describe('the demonstration as of today', { tag: '@calendar' }, () => {
  test('this work-plan year has its activities, figures and statuses', async ({ page, today }) => {
    const year = today.slice(0, 4);
    await page.goto('/overview');
    await expect(page.getByRole('combobox', { name: 'Period' })).toContainText(
      'This work-plan year',
    );
    await expect(page.getByText(`1 Jan ${year} – 31 Dec ${year}`).first()).toBeVisible();
    await expect(card(page, 'Indicators on track')).toHaveText(/^\d+ of 21$/);
    await expect(
      page.getByText(/\d+ at risk, \d+ off track, \d+ without a status yet/),
    ).toBeVisible();
    const delivered = Number(await card(page, 'Activities delivered').innerText());
    // Past January, the year has delivered something; on its first days it may not have yet.
    if (today >= `${year}-02-01`) expect(delivered).toBeGreaterThan(0);

    await test.step('the year’s activities are listed, delivered or still to come', async () => {
      await page.goto(`/activities?period=year:${year}`);
      await expect(page.getByRole('heading', { level: 1, name: 'Activities' })).toBeVisible();
      await expect(page.getByRole('row').filter({ hasText: year }).first()).toBeVisible();
    });

    await test.step('every indicator has a target and a status for the year', async () => {
      await page.goto(`/indicators?period=year:${year}`);
      const rows = page.locator('tbody tr').filter({ has: page.getByRole('link') });
      await expect(rows).toHaveCount(21);
      const statuses = page.getByText(/^(On track|At risk|Off track)$/);
      expect(await statuses.count()).toBeGreaterThanOrEqual(21);
      await expect(page.getByText('No target', { exact: true })).toHaveCount(0);
    });
  });

  test('the last meeting to report since is recent', async ({ page, today }) => {
    await page.goto('/overview');
    await page.getByRole('combobox', { name: 'Period' }).click();
    const reports = page.getByRole('option', { name: /^Since the H[12] \d{4} report/ });
    await expect(reports.first()).toBeVisible();
    const names = await reports.allInnerTexts();
    const latest = names
      .map((n) => /H([12]) (\d{4})/.exec(n)!)
      .map(([, half, year]) => Number(year) * 2 + Number(half) - 1)
      .sort((a, b) => b - a)[0]!;
    const now = Number(today.slice(0, 4)) * 2 + (today.slice(5) <= '06-30' ? 0 : 1);
    // The last half-year reported is the one before the current half-year, or the one before it
    // (a report follows its half-year by three weeks).
    expect(now - latest).toBeGreaterThanOrEqual(1);
    expect(now - latest).toBeLessThanOrEqual(2);
    await page.keyboard.press('Escape');
  });
});
