import { api } from './api';
import { expect, test } from './fixtures';

/**
 * Bulk classification from Data quality: a group of identical problems is classified in one
 * step, each record audited; a record someone else changed meanwhile is named with why, and
 * the rest are saved.
 */
type Activity = Record<string, unknown> & {
  id: string;
  version: number;
  title: string;
  status: string;
  endDate: string;
  goals: string[];
};

test('a group of activities without a goal is classified in one step; a stale one is named', async ({
  page,
}) => {
  const server = await api(page.request);
  const all = await server.get<Activity[]>('activities');
  // Four completed activities arrive with no goal, as from an event list never classified.
  const chosen = all.filter((a) => a.status === 'completed' && a.goals.length).slice(-4);
  const stripped = new Set(chosen.map((a) => a.id));
  // The store's own record without a goal stays out of it: it cannot be put back as it was.
  const without = new Set(
    all.filter((a) => a.status === 'completed' && a.goals.length === 0).map((a) => a.id),
  );
  await page.route('**/api/activities', async (route) => {
    const response = await route.fetch();
    const rows = ((await response.json()) as Activity[]).filter((a) => !without.has(a.id));
    for (const a of rows) if (stripped.has(a.id)) a.goals = [];
    await route.fulfill({ response, json: rows });
  });
  const auditBefore = (await server.get<unknown[]>('audit')).length;

  await page.goto('/data-quality');
  const group = page.getByTestId('issue-group').filter({ hasText: 'Completed without a goal' });
  await expect(group.locator('summary')).toContainText(/^\d+ activities: Completed without a goal/);
  const count = Number((await group.locator('summary strong').innerText()).split(' ')[0]);
  expect(count).toBe(4);
  await group.getByRole('button', { name: `Classify all ${count}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: `Classify ${count} activities` })).toBeVisible();

  // Meanwhile someone else edits one of them.
  const stale = chosen[0]!;
  const edited = await server.put(`activities/${stale.id}`, {
    ...stale,
    description: 'Edited in another browser.',
  });
  expect(edited.ok(), await edited.text()).toBeTruthy();

  await dialog.getByLabel('Values').click();
  await page.getByRole('option', { name: /^SG2 / }).click();
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: `Classify ${count} activities` }).click();
  await expect(dialog.getByTestId('classify-result')).toHaveText(
    `${count - 1} activities saved; 1 not changed:`,
  );
  await expect(dialog.getByTestId('classify-not-saved')).toContainText(stale.title);
  await expect(dialog.getByTestId('classify-not-saved')).toContainText('Changed by someone else');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // One audit entry for each record saved (and the other browser's edit).
  const trail = await server.get<{ id: string; collection: string }[]>('audit');
  expect(trail.length).toBe(auditBefore + 1 + (count - 1));
  const saved = trail.slice(auditBefore + 1);
  expect(saved.every((e) => e.collection === 'activities')).toBeTruthy();
  expect(saved.map((e) => e.id)).not.toContain(stale.id);
  for (const a of chosen.slice(1)) {
    const written = await server.get<Activity>(`activities/${a.id}`);
    expect(written.goals).toContain('SG2');
    expect(written.version).toBe(a.version + 1);
  }

  // The seed is put back for the specs that follow.
  for (const a of chosen) {
    const current = await server.get<Activity>(`activities/${a.id}`);
    const restored = await server.put(`activities/${a.id}`, { ...a, version: current.version });
    expect(restored.ok(), await restored.text()).toBeTruthy();
  }
});
