import type { Page } from '@playwright/test';
import { api, type Row } from './api';
import { expect, test } from './fixtures';

/**
 * A co-manager plans 2026: one item delivered by a completed activity, one past its planned
 * end, one cancelled — and the screen says 1 delivered, 1 delayed, 1 cancelled, 1 of 2 due.
 */

async function addItem(
  page: Page,
  item: { title: string; end: string; activity?: RegExp; cancelled?: boolean },
) {
  await page.getByRole('button', { name: 'Add an item' }).click();
  const dialog = page.getByRole('dialog');
  // The dialog puts the focus on its first field once it has opened: type after that.
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await dialog.getByLabel('Title').fill(item.title);
  await dialog.getByLabel('Planned end').fill(item.end);
  await dialog.getByRole('combobox', { name: 'Strategic goals' }).click();
  await page.getByRole('option', { name: /^SG1 / }).click();
  await page.keyboard.press('Escape');
  if (item.activity) {
    await dialog.getByRole('combobox', { name: 'Delivered by' }).click();
    await page.getByRole('option', { name: item.activity }).click();
    await page.keyboard.press('Escape');
  }
  if (item.cancelled) await dialog.getByRole('checkbox', { name: 'Cancelled' }).check();
  await dialog.getByRole('button', { name: 'Save item' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('the work plan', () => {
  test('a plan of three items: delivered, delayed, cancelled, and 1 of 2 due delivered', async ({
    page,
  }) => {
    const server = await api(page.request);
    const done = (await server.get<Row[]>('activities')).find(
      (a) => a['status'] === 'completed' && String(a['endDate']).startsWith('2026-0'),
    )!;

    await test.step('a co-manager creates the 2026 work plan', async () => {
      await page.goto('/workplan?year=2026');
      await expect(page.getByText('There is no work plan for 2026 yet.')).toBeVisible();
      await page.getByRole('button', { name: 'Create the 2026 work plan' }).click();
      await expect(page.getByText('The plan has no items yet.')).toBeVisible();
    });

    await test.step('three items', async () => {
      await addItem(page, {
        title: 'Regional workshop (delivered)',
        end: '2026-09-30',
        activity: new RegExp(`^${String(done['title']).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      });
      await addItem(page, { title: 'Study on labour migration (late)', end: '2026-06-30' });
      await addItem(page, { title: 'Roundtable (cancelled)', end: '2026-10-31', cancelled: true });
    });

    await test.step('the screen counts them', async () => {
      const counts = page.getByTestId('state-count');
      await expect(counts.filter({ hasText: 'Delivered' })).toHaveText(/^1\s+Delivered/);
      await expect(counts.filter({ hasText: 'Delayed' })).toHaveText(/^1\s+Delayed/);
      await expect(counts.filter({ hasText: 'Cancelled' })).toHaveText(/^1\s+Cancelled/);
      await expect(page.getByTestId('implementation-rate')).toHaveText(
        '1 of 2 items due delivered (50 %)',
      );
      const rows = page.getByTestId('work-plan-item');
      await expect(rows.filter({ hasText: 'Regional workshop' })).toContainText(
        String(done['title']),
      );
      const trail = await server.get<{ collection: string; who: string }[]>(
        'audit?collection=workPlans',
      );
      expect(trail.length).toBe(4);
      expect(trail.every((e) => e.who === 'comanager')).toBe(true);
    });
  });
});
