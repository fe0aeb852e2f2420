import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';
import { expect, newPinnedPage, test } from './fixtures';
import { api, type Row } from './api';
import { storageFor } from './roles';
import { E2E_TODAY } from './today';

/** The last year of the framework reported on that has closed: its targets need reasons. */
const CLOSED = String(Number(E2E_TODAY.slice(0, 4)) - 1);

/**
 * Co-managers close the results loop: targets, reported actuals, narratives, meetings and the
 * next framework, each write versioned and audited. Every test puts back what it changed, so
 * the specs after it see the seed data.
 */

async function auditLength(request: APIRequestContext): Promise<number> {
  return (await (await api(request)).get<unknown[]>('audit')).length;
}

/** The last audit entries after a step: exactly `count` new ones, each naming `who`. */
async function expectAudited(
  request: APIRequestContext,
  before: number,
  count: number,
  who: string,
) {
  const trail = await (await api(request)).get<{ who: string; collection: string }[]>('audit');
  expect(trail.length).toBe(before + count);
  for (const entry of trail.slice(before)) expect(entry.who).toBe(who);
  return trail.slice(before);
}

/** The IPTT row of an indicator code: the first period's target, actual, % met and status. */
/**
 * Opens a dialog and waits until it has given the focus to its first field, as it does once
 * it has opened: text typed before that can land in the field the focus then moves to.
 */
async function openDialog(page: Page, opener: Locator): Promise<Locator> {
  await opener.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator(':focus')).toHaveCount(1);
  return dialog;
}

async function ipttCell(page: Page, code: string) {
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: new RegExp(`^${code.replace('.', '\\.')} `) }) });
  const cells = row.getByRole('cell');
  return {
    target: (await cells.nth(1).innerText()).trim(),
    met: (await cells.nth(3).innerText()).trim(),
    status: (await cells.nth(4).locator('app-status-chip').innerText()).trim(),
  };
}

test.describe('closing the results loop', () => {
  test('editing a target changes the IPTT’s % met and status, and leaves one audit entry', async ({
    page,
  }) => {
    const server = await api(page.request);
    const original = await server.get('indicators/IND-01');
    await page.goto(`/indicators?period=year:${CLOSED}`);
    const before = await ipttCell(page, '1.1');

    const audit = await auditLength(page.request);
    await page.getByRole('link', { name: /^1\.1 / }).click();
    const dialog = await openDialog(
      page,
      page.getByRole('button', { name: 'Edit targets and baseline' }),
    );
    // Last year has closed: the change says why.
    await dialog
      .locator(`[data-period="${CLOSED}"]`)
      .getByLabel('Target', { exact: true })
      .fill('1');
    await dialog
      .getByLabel(new RegExp(`Reason for changing ${CLOSED}`))
      .fill(`Target revised after the ${CLOSED} review.`);
    await dialog.getByRole('button', { name: 'Save targets' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('indicator-targets')).toContainText(`${CLOSED}: 1`);
    await expectAudited(page.request, audit, 1, 'comanager');

    await page.getByRole('link', { name: '← All indicators' }).click();
    const after = await ipttCell(page, '1.1');
    expect(after.target).toBe('1');
    expect(after.met).not.toBe(before.met);
    expect(after.status).toBe('On track');

    const current = await server.get('indicators/IND-01');
    const restored = await server.put('indicators/IND-01', {
      ...original,
      version: current.version,
      reason: 'The test puts the seed back.',
    });
    expect(restored.ok(), await restored.text()).toBe(true);
  });

  test('a co-manager sets this year’s target in the framework reported on, with no reason asked', async ({
    page,
    today,
  }) => {
    const year = today.slice(0, 4);
    const server = await api(page.request);
    const original = await server.get('indicators/IND-01');
    await page.goto(`/indicators/IND-01?period=year:${year}`);
    const dialog = await openDialog(
      page,
      page.getByRole('button', { name: 'Edit targets and baseline' }),
    );
    const target = dialog.locator(`[data-period="${year}"]`).getByLabel('Target', { exact: true });
    const value = Number(await target.inputValue()) + 3;
    await target.fill(String(value));
    // This year has not closed: no reason is asked for.
    await expect(dialog.getByLabel(/Reason for changing/)).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Save targets' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('indicator-targets')).toContainText(`${year}: ${value}`);
    await page.goto(`/indicators?period=year:${year}`);
    expect((await ipttCell(page, '1.1')).target).toBe(String(value));

    const current = await server.get('indicators/IND-01');
    const restored = await server.put('indicators/IND-01', {
      ...original,
      version: current.version,
    });
    expect(restored.ok(), await restored.text()).toBe(true);
  });

  test('a group target gives the group a status of its own, audited; the RSO’s status is unchanged', async ({
    page,
    today,
  }) => {
    // Last year: closed, so the change gives its reason.
    const year = String(Number(today.slice(0, 4)) - 1);
    const server = await api(page.request);
    const original = await server.get('indicators/IND-01');
    await page.goto(`/indicators?period=year:${year}`);
    const rsoBefore = await ipttCell(page, '1.1');

    const groupRow = page
      .getByTestId('contribution-row')
      .filter({ has: page.getByRole('link', { name: /^1\.1 / }) });
    await page.goto(`/alignment/WGTIP?period=year:${year}`);
    await expect(groupRow.locator('app-status-chip')).toHaveText(/^RSO: /);
    const mine = Number((await groupRow.getByTestId('mine').innerText()).replace(/,/g, ''));
    // Half of it delivered, or nothing against 1: off track against the group's own target.
    const target = Math.max(1, mine * 2);

    const audit = await auditLength(page.request);
    await page.goto(`/indicators/IND-01?period=year:${year}`);
    const dialog = await openDialog(
      page,
      page.getByRole('button', { name: 'Edit targets and baseline' }),
    );
    await dialog.getByRole('button', { name: 'Add a group target' }).click();
    const row = dialog.getByTestId('group-targets').locator('.row').last();
    await row.getByLabel('Working group').click();
    await page.getByRole('option', { name: 'WG-TIP' }).click();
    await row.getByLabel('Period').fill(year);
    await row.getByLabel('Group target', { exact: true }).fill(String(target));
    await dialog
      .getByLabel(new RegExp(`Reason for changing WGTIP ${year}`))
      .fill('WG-TIP set its own target.');
    await dialog.getByRole('button', { name: 'Save targets' }).click();
    await expect(dialog).toBeHidden();
    const [entry] = await expectAudited(page.request, audit, 1, 'comanager');
    expect(entry!.collection).toBe('indicators');

    await page.goto(`/alignment/WGTIP?period=year:${year}`);
    await expect(groupRow.locator('app-status-chip')).toHaveText('Group target: Off track');
    await page.goto(`/indicators?period=year:${year}`);
    expect(await ipttCell(page, '1.1')).toEqual(rsoBefore);

    const current = await server.get('indicators/IND-01');
    const restored = await server.put('indicators/IND-01', {
      ...original,
      version: current.version,
      reason: 'The test puts the seed back.',
    });
    expect(restored.ok(), await restored.text()).toBe(true);
  });

  test('a closed period’s target asks for a reason beside the field, and sends nothing without one', async ({
    page,
  }) => {
    const audit = await auditLength(page.request);
    await page.goto(`/indicators/IND-03?period=year:${CLOSED}`);
    const dialog = await openDialog(
      page,
      page.getByRole('button', { name: 'Edit targets and baseline' }),
    );
    const row = dialog.locator(`[data-period="${CLOSED}"]`);
    await row.getByLabel('Target', { exact: true }).fill('999');
    await row.getByLabel('Period').fill('2015');
    // The row is now the 2015 row.
    await dialog.locator('[data-period="2015"]').getByLabel('Period').blur();
    await expect(dialog.getByText(/2015 is outside the framework/)).toBeVisible();
    await dialog.locator('[data-period="2015"]').getByLabel('Period').fill(CLOSED);
    const reason = dialog.getByLabel(new RegExp(`Reason for changing ${CLOSED}`));
    await expect(reason).toBeVisible();
    await dialog.getByRole('button', { name: 'Save targets' }).click();
    await expect(dialog.getByText('Say why a closed period’s target changes.')).toBeVisible();
    expect(await auditLength(page.request)).toBe(audit);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  test(
    'a reported actual dated today needs no reason and shows on the indicator page',
    {
      tag: '@calendar',
    },
    async ({ page, today }) => {
      const year = today.slice(0, 4);
      await page.goto(`/indicators/IND-09?period=year:${year}`);
      const audit = await auditLength(page.request);
      const before = await page.getByTestId('indicator-actual').innerText();
      const dialog = await openDialog(
        page,
        page.getByRole('button', { name: 'Add a reported value' }),
      );
      await dialog.getByLabel('Date the value refers to').fill(today);
      await dialog.getByLabel('Value', { exact: true }).fill('7');
      await dialog.getByLabel('Source').fill(`Senior Officials’ Meeting record, ${year}`);
      await dialog.getByLabel('Link to the evidence').fill('not a link');
      await dialog.getByRole('button', { name: 'Save value' }).click();
      await expect(dialog.getByText(/web address starting with http/)).toBeVisible();
      await dialog.getByLabel('Link to the evidence').fill('https://www.baliprocess.net/');
      await dialog.getByRole('button', { name: 'Save value' }).click();
      await expect(dialog).toBeHidden();

      await expect(dialog.getByLabel(/Reason/)).toHaveCount(0);
      const row = page.getByTestId('actual-row').filter({ hasText: shortDate(today) });
      await expect(row).toContainText('7');
      await expect(row).toContainText('Senior Officials’ Meeting record');
      await expect(page.getByTestId('indicator-actual')).not.toHaveText(before);
      const [entry] = await expectAudited(page.request, audit, 1, 'comanager');
      expect(entry!.collection).toBe('actuals');

      // Put the seed back.
      const server = await api(page.request);
      const actuals = await server.get<Row[]>(`actuals?indicator=IND-09&date=${today}`);
      for (const a of actuals)
        expect((await server.remove(`actuals/${a.id}`, a.version)).ok()).toBe(true);
    },
  );

  test('an off-track closed period asks for a narrative, which then shows in the IPTT', async ({
    page,
  }) => {
    await page.goto(`/indicators?period=year:${CLOSED}`);
    const owed = page.getByRole('row').filter({ hasText: 'Explanation needed' }).first();
    const link = owed.getByRole('link').first();
    const code = (await link.locator('.code').innerText()).trim();
    await link.click();

    const audit = await auditLength(page.request);
    const needed = page.getByTestId('explanation-needed').filter({ hasText: CLOSED });
    await expect(needed).toBeVisible();
    const dialog = await openDialog(page, needed.getByRole('button', { name: /Explain/ }));
    await expect(dialog.getByLabel('Period')).toHaveValue(CLOSED);
    const text = `Travel restrictions in ${CLOSED} moved ${code} activities online; targets were not revised.`;
    await dialog.getByLabel('Progress and explanation of any variance').fill(text);
    await dialog.getByRole('button', { name: 'Save narrative' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('narrative').filter({ hasText: text })).toBeVisible();
    await expect(page.getByTestId('explanation-needed').filter({ hasText: CLOSED })).toHaveCount(0);
    const [entry] = await expectAudited(page.request, audit, 1, 'comanager');
    expect(entry!.collection).toBe('narratives');

    await page.getByRole('link', { name: '← All indicators' }).click();
    const row = page.getByRole('row').filter({
      has: page.getByRole('link', { name: new RegExp(`^${code.replace('.', '\\.')} `) }),
    });
    await expect(row.getByTestId('iptt-narrative')).toHaveText(text);

    const server = await api(page.request);
    for (const n of await server.get<Row[]>('narratives')) {
      if (n['text'] === text)
        expect((await server.remove(`narratives/${n.id}`, n.version)).ok()).toBe(true);
    }
  });

  test('a new meeting becomes a “since” period at once', async ({ page }) => {
    await page.goto('/framework?period=year:2026');
    const audit = await auditLength(page.request);
    const dialog = await openDialog(page, page.getByRole('button', { name: 'New meeting' }));
    await dialog
      .getByLabel('Name', { exact: true })
      .fill('20th Ad Hoc Group Senior Officials’ Meeting');
    await dialog.getByLabel('Short name', { exact: true }).fill('20th AHG SOM');
    await dialog.getByLabel('Date').fill('2026-10-15');
    await dialog.getByLabel('Place').fill('Bangkok');
    await dialog.getByRole('button', { name: 'Save meeting' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('meeting-row').first()).toContainText('20th AHG SOM');
    await expectAudited(page.request, audit, 1, 'comanager');

    await page.getByRole('combobox', { name: 'Period' }).click();
    await page.getByRole('option', { name: /Since the 20th AHG SOM/ }).click();
    await expect(page).toHaveURL(/period=since(:|%3A)mee-/);

    const server = await api(page.request);
    for (const m of await server.get<Row[]>('meetings'))
      if (m['shortName'] === '20th AHG SOM')
        expect((await server.remove(`meetings/${m.id}`, m.version)).ok()).toBe(true);
  });

  test('a co-manager adds an indicator to a framework, checked beside each field', async ({
    page,
  }) => {
    await page.goto('/framework');
    const row = page.getByTestId('framework-row').filter({ hasText: 'Strategic Plan 2021–2022' });
    await expect(row.getByRole('cell').nth(1)).toHaveText('0');
    const audit = await auditLength(page.request);
    const dialog = await openDialog(page, page.getByRole('button', { name: 'New indicator' }));
    await dialog.getByLabel('Framework').click();
    await page.getByRole('option', { name: 'Strategic Plan 2021–2022' }).click();
    await dialog.getByRole('button', { name: 'Save indicator' }).click();
    // Nothing sent: the empty code and name are explained beside their fields.
    await expect(dialog.getByText(/^Must not be empty/)).toBeVisible();
    await expect(dialog.getByText('Is required.')).toBeVisible();
    expect(await auditLength(page.request)).toBe(audit);

    await dialog.getByLabel('Code').fill('9.1');
    await dialog
      .getByLabel('Name', { exact: true })
      .fill('Officials trained in victim identification');
    await dialog.getByLabel('What it measures').click();
    await page.getByRole('option', { name: 'Participants (sum)' }).click();
    await dialog.getByLabel('Unit').fill('people');
    await dialog.getByLabel('Strategic goals it measures').click();
    await page.getByRole('option', { name: /^SG1 / }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Save indicator' }).click();
    await expect(dialog).toBeHidden();
    await expect(row.getByRole('cell').nth(1)).toHaveText('1');
    const [entry] = await expectAudited(page.request, audit, 1, 'comanager');
    expect(entry!.collection).toBe('indicators');
  });

  test('a new framework with copied indicators becomes the reported one', async ({
    page,
    browser,
    today,
  }) => {
    const reported = (await (await api(page.request)).get<Row[]>('settings'))[0]![
      'currentFramework'
    ];
    await page.goto('/framework');
    const dialog = await openDialog(page, page.getByRole('button', { name: 'New framework' }));
    await dialog.getByLabel('Name', { exact: true }).fill('Strategic Plan 2026–2028');
    await dialog.getByLabel('Start').fill('2026-01-01');
    await dialog.getByLabel('End').fill('2028-12-31');
    await dialog.getByLabel('Copy the indicators of').click();
    await page.getByRole('option', { name: 'Strategic Plan 2018–2020' }).click();
    await dialog.getByRole('button', { name: 'Save framework' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByTestId('framework-row').filter({ hasText: 'Strategic Plan 2026–2028' });
    await expect(row).toContainText('21');

    const admin = await signedInPage(browser, 'admin', today);
    try {
      await admin.goto('/settings');
      await admin.getByLabel('Framework', { exact: true }).click();
      await admin.getByRole('option', { name: /Strategic Plan 2026–2028/ }).click();
      await admin.getByRole('button', { name: 'Save settings' }).click();
      await expect(admin.getByText('Settings saved.')).toBeVisible();

      // The co-manager's views follow on their next load: the IPTT's whole-framework column
      // and every status count are the new framework's.
      await page.goto('/indicators?period=framework');
      await expect(
        page.getByRole('columnheader', { name: /Strategic Plan 2026–2028/ }).first(),
      ).toBeVisible();
      await page.goto('/overview?period=framework');
      const onTrack = page
        .getByRole('link')
        .filter({ has: page.getByText('Indicators on track', { exact: true }) })
        .getByTestId('kpi-value');
      await expect(onTrack).toHaveText(/of 21$/);
    } finally {
      const server = await api(admin.request);
      const settings = (await server.get<Row[]>('settings'))[0]!;
      await server.put('settings/app', { ...settings, currentFramework: reported });
      await admin.context().close();
    }
  });

  test('the same target edited in two browsers: the second gets a conflict, and neither change is lost', async ({
    page,
    browser,
    today,
  }) => {
    const server = await api(page.request);
    const original = await server.get('indicators/IND-02');
    const other = await signedInPage(browser, 'comanager', today);
    try {
      for (const p of [page, other]) await p.goto(`/indicators/IND-02?period=year:${CLOSED}`);
      const [first, second] = await Promise.all(
        [page, other].map((p) =>
          openDialog(p, p.getByRole('button', { name: 'Edit targets and baseline' })),
        ),
      );
      await first
        .locator(`[data-period="${CLOSED}"]`)
        .getByLabel('Target', { exact: true })
        .fill('321');
      await first
        .getByLabel(new RegExp(`Reason for changing ${CLOSED}`))
        .fill(`Corrected from the ${CLOSED} annual report.`);
      await first.getByRole('button', { name: 'Save targets' }).click();
      await expect(first).toBeHidden();

      await second.getByLabel('Target for the whole framework').fill('4321');
      await second.getByRole('button', { name: 'Save targets' }).click();
      await expect(
        second.getByText('Someone else changed this record since you opened it.'),
      ).toBeVisible();
      await second.getByRole('button', { name: 'Re-apply my changes to their version' }).click();
      await expect(second).toBeHidden();

      const saved = await server.get<Row & { targets: { period: string; value: number }[] }>(
        'indicators/IND-02',
      );
      // The second person's whole-framework target, and the first person's target of last year.
      expect(saved['frameworkTarget']).toBe(4321);
      expect(saved.targets.find((t) => t.period === CLOSED)?.value).toBe(321);
      expect(saved.version).toBe(original.version + 2);
    } finally {
      const current = await server.get('indicators/IND-02');
      await server.put('indicators/IND-02', {
        ...original,
        version: current.version,
        reason: 'Test restores the seed.',
      });
      await other.context().close();
    }
  });

  test('the Audit trail lists the changes with who, what and why, and filters them', async ({
    page,
  }) => {
    // The tests above left their changes (and the restoring ones) in the trail.
    await page.goto('/audit');
    await expect(page.getByTestId('audit-row').first()).toBeVisible();
    await page.getByLabel('What').click();
    await page.getByRole('option', { name: 'Indicators (targets, baselines)' }).click();
    const rows = page.getByTestId('audit-row');
    await expect(rows.first()).toContainText('comanager');
    for (const row of await rows.all()) await expect(row).toContainText('Indicators');
    await expect(page.getByText(`Target revised after the ${CLOSED} review.`)).toBeVisible();

    await page.goto('/indicators/IND-01');
    await page.getByText('History', { exact: true }).click();
    await expect(
      page
        .getByTestId('history-entry')
        .filter({ hasText: `Target revised after the ${CLOSED} review.` }),
    ).toBeVisible();
  });

  for (const path of ['/framework', '/audit', '/indicators/IND-01']) {
    test(`axe finds no serious or critical violation on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      if (path.startsWith('/indicators'))
        await page.getByRole('button', { name: 'Edit targets and baseline' }).click();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    });
  }
});

function signedInPage(browser: Browser, user: 'admin' | 'comanager', today: string): Promise<Page> {
  return newPinnedPage(browser, today, { storageState: storageFor(user) });
}

/** A date as the app writes it in lists: "2 Jan 2027". */
function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}
