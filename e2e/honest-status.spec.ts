import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { E2E_TODAY } from './today';

/**
 * Missing classification is never shown as failure. The API's activities of last year arrive with no
 * goal recorded (a store like a real event list); an indicator that counts by goal is off track
 * only if it would be even with every unclassified activity counted, and otherwise depends on
 * the missing data, with its range. Once the goals are back, every status is definite again.
 */
type Row = Record<string, unknown> & { id: string };
interface Activity extends Row {
  status: string;
  type: string;
  endDate: string;
  goals: string[];
}
interface Indicator extends Row {
  code: string;
  filter?: { goals?: string[]; types?: string[] };
  measure: { kind: string };
  targets: { period: string; value: number }[];
}

/**
 * The latest closed year whose completed activities all record a goal, so that removing the
 * goals is the only missing data the goal-counting indicators see.
 */
function fullyClassifiedYear(activities: readonly Activity[]): string {
  for (let year = Number(E2E_TODAY.slice(0, 4)) - 1; year >= 2000; year--) {
    const done = activities.filter(
      (a) => a.status === 'completed' && a.endDate.startsWith(String(year)),
    );
    if (done.length && done.every((a) => a.goals.length > 0)) return String(year);
  }
  throw new Error('No year whose completed activities all record a goal');
}
const statusOf = (page: Page, code: string) =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: new RegExp(`^${code.replace('.', '\\.')} `) }) })
    .first();

test.describe('a status that admits missing data', () => {
  test('counts by goal on activities with no goal: off track only when certain, else a range', async ({
    page,
  }) => {
    const activities = (await (await page.request.get('/api/activities')).json()) as Activity[];
    const YEAR = fullyClassifiedYear(activities);
    const indicators = (await (await page.request.get('/api/indicators')).json()) as Indicator[];
    await page.route('**/api/activities', async (route) => {
      const response = await route.fetch();
      const rows = (await response.json()) as Activity[];
      for (const a of rows) if (a.endDate.startsWith(YEAR)) a.goals = [];
      await route.fulfill({ response, json: rows });
    });
    await page.goto(`/indicators?period=year:${YEAR}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Indicators' })).toBeVisible();

    // The framework reported on, as the IPTT shows it.
    const settings = (await (await page.request.get('/api/settings')).json()) as Row[];
    const counts = indicators.filter(
      (i) =>
        i['framework'] === settings[0]!['currentFramework'] &&
        i.filter?.goals?.length &&
        i.measure.kind === 'count',
    );
    expect(counts.length).toBeGreaterThanOrEqual(3);
    for (const i of counts) {
      // Independently: nothing certainly counts; every completed activity of the year that
      // matches the rest of the filter could.
      const could = activities.filter(
        (a) =>
          a.status === 'completed' &&
          a.endDate.startsWith(YEAR) &&
          (!i.filter?.types?.length || i.filter.types.includes(a.type)),
      ).length;
      const target = i.targets.find((t) => t.period === YEAR)!.value;
      const row = statusOf(page, i.code);
      const chip = row.locator('app-status-chip').first();
      if (could / target < 0.6) {
        await expect(chip, `${i.code}: off track even if all ${could} counted`).toHaveText(
          'Off track',
        );
      } else {
        await expect(chip, `${i.code}: depends`).toHaveText('Depends on missing data');
        await expect(row.getByTestId('status-range').first()).toHaveText(
          `Between 0 and ${could} of ${target} targeted: classify the ${could} activities with no strategic goal recorded to decide.`,
        );
      }
    }

    await test.step('indicators that do not count by goal keep their definite statuses', async () => {
      const chips = page.locator('tbody tr').locator('app-status-chip');
      const texts = await chips.allInnerTexts();
      expect(texts).toContain('On track');
      expect(texts).toContain('Off track');
      expect(texts.filter((t) => t === 'Depends on missing data').length).toBeLessThan(
        texts.length / 2,
      );
    });

    await test.step('the brief says why, and lists them apart from the failures', async () => {
      await page.goto(`/reports?brief=since:mc-7`);
      await expect(
        page.getByText(/activities delivered in the interval have no strategic goal recorded/),
      ).toBeVisible();
    });

    await test.step('with the goals recorded, every status is definite again', async () => {
      await page.unroute('**/api/activities');
      await page.goto(`/indicators?period=year:${YEAR}`);
      await expect(statusOf(page, counts[0]!.code)).toBeVisible();
      for (const i of counts)
        await expect(statusOf(page, i.code).locator('app-status-chip').first()).not.toHaveText(
          'Depends on missing data',
        );
      // And each figure is the list it opens.
      await statusOf(page, counts[0]!.code).getByRole('link').first().click();
      const actual = await page.getByTestId('indicator-actual').innerText();
      await page
        .getByRole('link', {
          name:
            actual === '1'
              ? 'Open this activity in the activity list'
              : `Open these ${actual} activities in the activity list`,
        })
        .click();
      await expect(page.getByTestId('activity-count')).toHaveText(
        actual === '1' ? '1 activity' : `${actual} activities`,
      );
    });
  });
});
