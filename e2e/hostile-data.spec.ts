import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Markup that runs script if any chart, tooltip or legend writes a name as HTML. */
const HOSTILE = '<img src=x onerror="window.__xss=(window.__xss||0)+1">';

/** Serves the real reference data with every name and title made hostile. */
async function serveHostileNames(page: Page) {
  await page.route('**/api/reference', async (route) => {
    const response = await route.fetch();
    const data = (await response.json()) as Record<string, Record<string, unknown>[]>;
    const poison = (rows: Record<string, unknown>[], field: string) =>
      rows.forEach((r) => (r[field] = `${HOSTILE}${String(r[field])}`));
    poison(data['indicators']!, 'name');
    poison(data['goals']!, 'title');
    poison(data['purposes']!, 'title');
    poison(data['workingGroups']!, 'name');
    poison(data['members']!, 'name');
    poison(data['meetings']!, 'name');
    await route.fulfill({ response, json: data });
  });
}

/** Moves the pointer across every chart on the page, reading each tooltip it opens. */
async function hoverEveryChart(page: Page): Promise<string[]> {
  const tooltips: string[] = [];
  const charts = page.locator('app-chart');
  const count = await charts.count();
  expect(count).toBeGreaterThan(0);
  for (let c = 0; c < count; c++) {
    const chart = charts.nth(c);
    await chart.scrollIntoViewIfNeeded();
    const svg = chart.locator('svg.apexcharts-svg');
    if ((await chart.locator('.empty').count()) > 0) continue;
    await expect(svg).toBeVisible();
    const box = (await svg.boundingBox())!;
    for (let step = 1; step < 12; step++) {
      for (const y of [0.35, 0.6, 0.8]) {
        await page.mouse.move(box.x + (box.width * step) / 12, box.y + box.height * y);
        // Read whatever tooltip is open right now, without waiting for one to appear.
        tooltips.push(
          ...(await page.evaluate(() =>
            [...document.querySelectorAll('.apexcharts-tooltip.apexcharts-active')].map(
              (t) => t.textContent ?? '',
            ),
          )),
        );
      }
    }
    // The legend is written by the chart library too.
    tooltips.push(...(await chart.locator('.apexcharts-legend-text').allTextContents()));
  }
  return tooltips;
}

async function assertNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
}

test.describe('names from the data are text, never markup', () => {
  test('hovering every chart on the overview, goal, indicator and IPTT pages runs no script', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await serveHostileNames(page);
    const shown: string[] = [];
    for (const path of [
      '/overview?period=framework',
      '/goals/SG1?period=framework',
      '/indicators/IND-01?period=framework',
      '/indicators?period=framework',
    ]) {
      await test.step(path, async () => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByText('Loading the figures…')).toHaveCount(0);
        if ((await page.locator('app-chart').count()) > 0)
          shown.push(...(await hoverEveryChart(page)));
        // Pages that name indicators or goals in their text show the markup as text.
        if (!path.startsWith('/overview'))
          await expect(page.locator('main')).toContainText('<img src=x onerror=');
        await assertNothingRan(page);
      });
    }
    // The hostile names did reach the charts, shown as the text they are.
    expect(shown.some((text) => text.includes('<img src=x'))).toBe(true);
  });
});

test.describe('when the data is wrong or gone', () => {
  test('a page whose code cannot be fetched says so and opens on retry', async ({ page }) => {
    await page.goto('/overview?period=framework');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await page.route('**/chunk-*.js', (route) => route.abort('connectionrefused'));
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await nav.getByRole('link', { name: 'Settings' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This page could not be opened' });
    await expect(alert).toBeVisible();
    await page.unroute('**/chunk-*.js');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(alert).toBeHidden();
  });

  test('an activity page with the API down shows the error, not "not found"', async ({ page }) => {
    await page.route('**/api/activities', (route) =>
      route.fulfill({ status: 503, json: { message: 'The server is restarting.' } }),
    );
    await page.goto('/activities/act-0001');
    await expect(page.getByRole('alert')).toContainText('The server is restarting.');
    await expect(page.getByText('Activity not found')).toHaveCount(0);
  });

  test('records that share an id are flagged, not silently merged', async ({ page }) => {
    await page.route('**/api/activities', async (route) => {
      const response = await route.fetch();
      const rows = (await response.json()) as Record<string, unknown>[];
      const copies = Array.from({ length: 4 }, () => ({ ...rows[0] }));
      await route.fulfill({ response, json: [...rows, ...copies] });
    });
    await page.goto('/data-quality');
    await expect(page.getByRole('heading', { name: 'Records set aside (4)' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Records set aside' })).toContainText(
      'used by an earlier record',
    );
  });
});
