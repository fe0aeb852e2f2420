import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';

const card = (page: Page, label: string) =>
  page
    .getByRole('link')
    .filter({ has: page.getByText(label, { exact: true }) })
    .getByTestId('kpi-value');

test.describe('numbers you can defend', () => {
  test('a record with one unusable field still counts; that field is unknown and flagged', async ({
    page,
  }) => {
    await test.step('the API sends act-0065 with a negative participant total', async () => {
      await page.route('**/api/activities', async (route) => {
        const response = await route.fetch();
        const rows = (await response.json()) as Record<string, unknown>[];
        const damaged = rows.find((r) => r['id'] === 'act-0065')!;
        damaged['participants'] = { ...(damaged['participants'] as object), total: -5 };
        await route.fulfill({ response, json: rows });
      });
    });

    await test.step('the overview for 2019 counts it', async () => {
      await page.goto('/overview?period=year:2019');
      await expect(card(page, 'Activities delivered')).toHaveText('22');
      await expect(card(page, 'Member states reached')).toHaveText('45 of 45');
      // Its participants are unknown, and the card says so.
      await expect(page.getByText(/Participants known for \d+ of 22 activities/)).toBeVisible();
    });

    await test.step('Data quality lists the field and its problem', async () => {
      await page.goto('/data-quality');
      const group = page.getByTestId('issue-group').filter({ hasText: 'act-0065' });
      await expect(group.locator('summary')).toContainText('Unusable value, read as unknown');
      const row = group.getByRole('row', { name: /act-0065/ });
      await expect(row).toContainText('participants.total: must not be negative');
      await expect(page.getByRole('heading', { name: 'Records set aside (0)' })).toBeVisible();
    });

    await test.step('the activity page shows its participants as unknown', async () => {
      await page.goto('/activities/act-0065');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Community of practice on voluntary return and reintegration',
      );
      await expect(page.getByText('— in all · 12 women · 40 men')).toBeVisible();
    });
  });

  test('the participants card gives both coverage notes when both apply', async ({ page }) => {
    await page.route('**/api/activities', async (route) => {
      const response = await route.fetch();
      const rows = (await response.json()) as Record<string, unknown>[];
      const damaged = rows.find((r) => r['id'] === 'act-0065')!;
      damaged['participants'] = { total: -5, female: null, male: 40 };
      await route.fulfill({ response, json: rows });
    });
    await page.goto('/overview?period=year:2019');
    const participants = page.getByRole('link').filter({ hasText: 'Participants' });
    await expect(participants).toContainText(/Participants known for \d+ of 22 activities/);
    await expect(participants).toContainText(/Sex recorded for \d+ of 22 activities/);
  });
});
