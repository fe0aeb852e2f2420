import type { APIRequestContext, Page } from '@playwright/test';
import { api, type Row } from './api';
import { expect, newPinnedPage, test } from './fixtures';
import { storageFor } from './roles';

/**
 * A reporting round from submission to reopening, as the co-managers, a co-chair and the
 * administrator live it: the submission is blocked by a missing narrative until it is written,
 * the co-chair approves, the approved period refuses an edit on screen, the approved brief is
 * the live one, and after the administrator reopens and a value changes, the approved brief
 * still shows the old value while the difference view names the change and its audit entry.
 */

const ROUND = 'WP2024_2026-H1';

interface Problem {
  code: string;
  params: { indicator: string };
}

/** What the API says stops the submission now (a refused submission writes nothing). */
async function problems(request: APIRequestContext): Promise<Problem[]> {
  const { csrfToken } = await (await request.get('/api/session')).json();
  const answer = await request.post(`/api/rounds/${ROUND}/submit`, {
    data: { note: 'Cover note.', version: 0 },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(answer.status()).toBe(400);
  return (await answer.json()).problems;
}

/**
 * Gives 2026 H1 every narrative and reported value its checks ask for but one narrative,
 * as the co-managers would have over the half-year: that one is left for the test.
 */
async function allButOneNarrative(request: APIRequestContext) {
  const server = await api(request);
  const indicators = await server.get<Row[]>('indicators?framework=WP2024');
  const idOf = (code: string) => indicators.find((i) => i['code'] === code)!.id;
  const { csrfToken } = await (await request.get('/api/session')).json();
  const valued: string[] = [];
  const post = (path: string, data: object) =>
    request.post(`/api/${path}`, { data, headers: { 'x-csrf-token': csrfToken } });
  for (let pass = 0; pass < 5; pass++) {
    const found = await problems(request);
    const narratives = found.filter((p) => p.code === 'narrative-missing');
    const values = found.filter((p) => p.code === 'actuals-missing');
    if (!values.length && narratives.length === 1)
      return { missing: narratives[0]!.params.indicator, valued };
    for (const v of values) valued.push(v.params.indicator);
    for (const v of values)
      expect(
        (
          await post('actuals', {
            indicator: idOf(v.params.indicator),
            date: '2026-03-31',
            value: 40,
          })
        ).ok(),
      ).toBe(true);
    for (const n of narratives.slice(1))
      expect(
        (
          await post('narratives', {
            indicator: idOf(n.params.indicator),
            goal: null,
            period: '2026-H1',
            text: `Below target in the first half: explained to the co-chairs (${n.params.indicator}).`,
            author: 'x',
            updated: '2026-07-10',
          })
        ).ok(),
      ).toBe(true);
  }
  throw new Error('2026 H1 could not be prepared');
}

async function openDialog(page: Page, name: string) {
  await page.getByRole('button', { name }).click();
  return page.getByRole('dialog');
}

test.describe('reporting rounds', () => {
  test('submit, approve, a locked edit, the approved brief, reopen, and what changed since', async ({
    page,
    browser,
    today,
  }) => {
    const { missing, valued } = await allButOneNarrative(page.request);
    // The reported value the test changes later: one written above, dated 31 March 2026.
    expect(valued.length).toBeGreaterThan(0);

    await test.step('a co-manager tries to submit 2026 H1: a missing narrative blocks it', async () => {
      await page.goto('/rounds');
      const dialog = await openDialog(page, 'Submit… 2026 H1');
      await expect(
        dialog.getByRole('heading', { name: 'Submit 2026 H1 to the co-chairs' }),
      ).toBeVisible();
      await expect(dialog.getByRole('listitem')).toHaveCount(1);
      await expect(dialog.getByRole('listitem')).toContainText(
        `${missing} is off track or at risk`,
      );
      await expect(dialog.getByRole('button', { name: 'Submit', exact: true })).toBeDisabled();
      await dialog.getByRole('link', { name: `Open indicator ${missing}` }).click();
    });

    await test.step('the narrative is written; the round is submitted with a cover note', async () => {
      await page.getByRole('button', { name: 'Write a narrative' }).click();
      const dialog = page.getByRole('dialog');
      // The dialog puts the focus on its first field once it has opened: type after that.
      await expect(dialog.getByLabel('Period')).toBeFocused();
      await dialog.getByLabel('Period').fill('2026-H1');
      await dialog
        .getByLabel('Progress and explanation of any variance')
        .fill('Two workshops moved to the second half at the hosts’ request.');
      await dialog.getByRole('button', { name: 'Save narrative' }).click();
      await expect(dialog).toBeHidden();
      await page.goto('/rounds');
      const submit = await openDialog(page, 'Submit… 2026 H1');
      await expect(submit.getByText('Every check passes.')).toBeVisible();
      await submit.getByLabel('Cover note').fill('The first half of 2026, as reported to the AHG.');
      await submit.getByRole('button', { name: 'Submit', exact: true }).click();
      await expect(submit).toBeHidden();
      const row = page.getByRole('row').filter({ hasText: '2026 H1' }).first();
      await expect(row).toContainText('submitted');
    });

    let approvedAt = '';
    await test.step('the co-chair finds it awaiting a decision and approves it', async () => {
      const chair = await newPinnedPage(browser, today, { storageState: storageFor('cochair') });
      await chair.goto('/rounds');
      const queue = chair.getByRole('region', { name: 'Awaiting your decision' });
      await expect(queue).toContainText('2026 H1');
      await queue.getByRole('button', { name: 'Approve…' }).click();
      const dialog = chair.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
      await expect(dialog).toBeHidden();
      await expect(chair.getByRole('row').filter({ hasText: '2026 H1' }).first()).toContainText(
        'approved',
      );
      approvedAt = (await (await chair.request.get(`/api/rounds/${ROUND}`)).json()).decidedAt;
      await chair.close();
    });

    await test.step("a co-manager's edit of a 2026 H1 value is refused on screen, with the reason", async () => {
      const server = await api(page.request);
      const actual = (await server.get<Row[]>('actuals')).find((a) => a['date'] === '2026-03-31')!;
      await page.goto(`/indicators/${actual['indicator']}`);
      await page
        .getByTestId('actual-row')
        .filter({ hasText: '31 Mar 2026' })
        .first()
        .getByRole('button', { name: /Edit/ })
        .click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('status').filter({ hasText: 'Locked' })).toContainText(
        'Locked: 2026-H1 is approved for reporting',
      );
      await expect(dialog.getByRole('button', { name: 'Save value' })).toBeDisabled();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
    });

    let briefUrl = '';
    await test.step('the approved brief is the live brief of the same half-year', async () => {
      await page.goto('/reports');
      const link = page
        .getByRole('region', { name: 'Approved briefs' })
        .getByRole('link', { name: '2026 H1' });
      await link.click();
      await expect(page.getByRole('status').filter({ hasText: 'As approved on' })).toBeVisible();
      briefUrl = page.url();
      const approved = await page.getByTestId('brief-figure').allInnerTexts();
      const goals = page.getByRole('region', { name: 'Progress by strategic goal' });
      const approvedGoals = await goals.getByRole('row').allInnerTexts();
      expect(approvedGoals.length).toBeGreaterThan(1);
      await expect(
        page.getByText('No figure or status of the brief has changed since it was approved.'),
      ).toBeVisible();
      await page.goto('/reports?brief=period&period=half:2026-H1');
      await expect(page.getByTestId('brief-figure').first()).toBeVisible();
      expect(await page.getByTestId('brief-figure').allInnerTexts()).toEqual(approved);
      expect(await goals.getByRole('row').allInnerTexts()).toEqual(approvedGoals);
    });

    let changed: Row;
    await test.step('the administrator reopens it with a reason; a value changes', async () => {
      const admin = await newPinnedPage(browser, today, { storageState: storageFor('admin') });
      await admin.goto('/rounds');
      const dialog = await openDialog(admin, 'Reopen… 2026 H1');
      await dialog.getByRole('button', { name: 'Reopen', exact: true }).click();
      await expect(dialog.getByText('Write it before going on.')).toBeVisible();
      await dialog.getByLabel('Why it is reopened').fill('The member state corrected its figure.');
      await dialog.getByRole('button', { name: 'Reopen', exact: true }).click();
      await expect(dialog).toBeHidden();
      await admin.close();

      const server = await api(page.request);
      changed = (await server.get<Row[]>('actuals')).find((a) => a['date'] === '2026-03-31')!;
      await page.goto(`/indicators/${changed['indicator']}`);
      await page
        .getByTestId('actual-row')
        .filter({ hasText: '31 Mar 2026' })
        .first()
        .getByRole('button', { name: /Edit/ })
        .click();
      const edit = page.getByRole('dialog');
      await expect(edit.getByRole('status').filter({ hasText: 'Locked' })).toHaveCount(0);
      await edit.getByLabel('Value', { exact: true }).fill('55');
      await edit.getByRole('button', { name: 'Save value' }).click();
      await expect(edit).toBeHidden();
    });

    await test.step('the approved brief keeps the old value; the difference view names the change', async () => {
      await page.goto(briefUrl);
      const changes = page.getByRole('region', { name: 'What has changed since it was approved' });
      const code = (
        await (await page.request.get(`/api/indicators/${changed['indicator']}`)).json()
      ).code;
      const row = changes.getByRole('row').filter({ hasText: `${code} ` });
      // The indicator's figure for the half-year as approved, and as the changed value makes it.
      await expect(row).toHaveCount(1);
      const [before, now] = await row.getByRole('cell').allInnerTexts();
      expect(before).not.toEqual(now);
      await expect(
        changes.getByRole('listitem').filter({ hasText: String(changed['id']) }),
      ).toContainText('comanager');
      expect(approvedAt).not.toBe('');
    });
  });
});
