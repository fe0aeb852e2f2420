import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test.describe('the dashboard shell', () => {
  test('renders the product, its sections and the demonstration label', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/overview$/);
    await expect(page.getByRole('link', { name: /RSO Results Dashboard/ })).toBeVisible();
    await expect(page.getByText('Demonstration data')).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Sections' });
    for (const name of [
      'Overview',
      'Goals and purposes',
      'Indicators',
      'Activities',
      'Alignment',
      'Reports',
      'Work plan',
      'Reporting rounds',
      'Frameworks and meetings',
      'Data quality',
      'Audit trail',
      'Settings',
    ]) {
      await expect(nav.getByRole('link', { name: new RegExp(`^${name}`) })).toBeVisible();
    }
  });

  test('routes every navigation entry, keeping the filter', async ({ page }) => {
    await page.goto('/overview?period=framework');
    const nav = page.getByRole('navigation', { name: 'Sections' });
    const sections: [string, string, string][] = [
      ['Goals and purposes', '/goals', 'Goals and purposes'],
      ['Indicators', '/indicators', 'Indicators'],
      ['Activities', '/activities', 'Activities'],
      ['Alignment', '/alignment', 'Alignment'],
      ['Reports', '/reports', 'Reports'],
      ['Work plan', '/workplan', 'Work plan'],
      ['Reporting rounds', '/rounds', 'Reporting rounds'],
      ['Frameworks and meetings', '/framework', 'Frameworks and meetings'],
      ['Data quality', '/data-quality', 'Data quality'],
      ['Audit trail', '/audit', 'Audit trail'],
      ['Settings', '/settings', 'Settings'],
      ['Overview', '/overview', 'Overview'],
    ];
    for (const [link, path, heading] of sections) {
      await test.step(link, async () => {
        await nav.getByRole('link', { name: new RegExp(`^${link}`) }).click();
        await expect(page).toHaveURL(new RegExp(`${path}\\?period=framework$`));
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        await expect(nav.getByRole('link', { name: new RegExp(`^${link}`) })).toHaveAttribute(
          'aria-current',
          'page',
        );
      });
    }
  });

  test('shows a page-not-found page for an unknown address', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the overview' }).click();
    await expect(page).toHaveURL(/\/overview/);
  });

  test('keeps the global filter in the URL, so it survives a reload', async ({ page }) => {
    await page.goto('/data-quality');
    await test.step('choose a period and filters', async () => {
      await page.getByRole('combobox', { name: 'Period' }).click();
      await page.getByRole('option', { name: 'Since the 7th Ministerial Conference' }).click();
      await expect(page).toHaveURL(/period=since:mc-7/);
      await page.getByRole('combobox', { name: 'Working group' }).click();
      await page.getByRole('option', { name: 'Working Group on Trafficking in Persons' }).click();
      await page.keyboard.press('Escape');
      await page.getByRole('combobox', { name: 'Activity type' }).click();
      await page.getByRole('option', { name: 'Workshop' }).click();
      await page.getByRole('option', { name: 'Training' }).click();
      await page.keyboard.press('Escape');
      await expect(page).toHaveURL(/wg=WGTIP/);
      await expect(page).toHaveURL(/type=training(%2C|,)workshop/);
    });
    await test.step('reload and find the same filter', async () => {
      await page.reload();
      await expect(page.getByRole('combobox', { name: 'Period' })).toContainText(
        'Since the 7th Ministerial Conference',
      );
      await expect(page.getByText('8 Aug 2018 –')).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Working group' })).toContainText(
        'Working Group on Trafficking in Persons',
      );
      await expect(page.getByRole('combobox', { name: 'Activity type' })).toContainText(
        'Training, Workshop',
      );
    });
    await test.step('a custom range is kept as dates', async () => {
      await page.getByRole('combobox', { name: 'Period' }).click();
      await page.getByRole('option', { name: 'Custom range…' }).click();
      await page.getByLabel('From', { exact: true }).fill('2019-01-01');
      await page.getByLabel('From', { exact: true }).blur();
      await page.getByLabel('To', { exact: true }).fill('2019-06-30');
      await page.getByLabel('To', { exact: true }).blur();
      await expect(page).toHaveURL(/from=2019-01-01/);
      await expect(page).toHaveURL(/to=2019-06-30/);
      await page.reload();
      await expect(page.getByText('1 Jan 2019 – 30 Jun 2019')).toBeVisible();
    });
  });

  test('shows a failed request with a retry, and recovers', async ({ page }) => {
    await page.route('**/api/activities', (route) =>
      route.fulfill({ status: 503, body: 'unavailable' }),
    );
    await page.goto('/data-quality');
    const alert = page.getByRole('alert').filter({ hasText: 'The data could not be loaded.' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('503');
    await test.step('retry while the server still fails', async () => {
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(alert).toBeVisible();
    });
    await test.step('retry once the server is back', async () => {
      await page.unroute('**/api/activities');
      await alert.getByRole('button', { name: 'Retry' }).click();
      await expect(alert).toBeHidden();
      await expect(page.getByRole('heading', { name: /Rule violations \(\d+\)/ })).toBeVisible();
      await expect(page.getByRole('cell', { name: 'act-0175' })).toBeVisible();
    });
  });

  test('keeps a record with one bad field, sets aside one it cannot place, and says why', async ({
    page,
  }) => {
    await page.route('**/api/activities', async (route) => {
      const response = await route.fetch();
      const rows = (await response.json()) as Record<string, unknown>[];
      rows[0] = { ...rows[0], startDate: '31/12/2019' };
      rows[1] = { id: 'broken-1', title: 42 };
      await route.fulfill({ response, json: rows });
    });
    await page.goto('/data-quality');
    await expect(page.getByRole('heading', { name: 'Records set aside (1)' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Records set aside' });
    await expect(table.getByRole('row', { name: /broken-1/ })).toContainText(
      'endDate: is required',
    );
    await expect(
      page.getByRole('table', { name: 'Rule violations' }).getByRole('row', { name: /act-0001/ }),
    ).toContainText('startDate: must be a date written YYYY-MM-DD');
    const flagged = await page
      .getByRole('table', { name: 'Rule violations' })
      .getByRole('row')
      .count();
    expect(flagged).toBeGreaterThan(1);
    await expect(
      page
        .getByRole('navigation', { name: 'Sections' })
        .getByRole('link', { name: /^Data quality/ }),
    ).toHaveAccessibleName(/Data quality \d+ records with warnings/);
  });

  test('remembers the chosen theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/overview');
    await page.getByRole('button', { name: 'Use dark theme' }).click();
    await expect(page.locator('html')).toHaveClass(/theme-dark/);
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/theme-dark/);
    await expect(page.getByRole('button', { name: 'Use light theme' })).toBeVisible();
  });

  test('opens the navigation from a menu button at phone width', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/overview');
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: /^Settings/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });

  test('folds the filters behind one button at phone width, saying what is selected', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/overview?period=year:2019');
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await expect(toggle).toHaveText(/2019$/);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('combobox', { name: 'Period' })).toHaveCount(0);
    await toggle.click();
    await page.getByRole('combobox', { name: 'Working group' }).click();
    await page.getByRole('option').first().click();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/wg=/);
    await expect(toggle).toHaveText(/2019 · 1 more filters$/);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => v.id),
    ).toEqual([]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`has no serious or critical accessibility violations (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/data-quality');
      await expect(page.getByRole('heading', { name: /Rule violations/ })).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Period' })).toBeVisible();
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
