import { type Page } from '@playwright/test';
import { expect, holdBack, newPinnedPage, test } from './fixtures';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storageFor } from './roles';

async function choose(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}

async function chooseMany(page: Page, label: string, options: (string | RegExp)[]) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  for (const option of options) await page.getByRole('option', { name: option }).click();
  await page.keyboard.press('Escape');
}

async function fillActivity(page: Page, title: string, end = '2025-06-15') {
  // The list's search box is also labelled with "title": wait for the form before typing.
  await expect(page.getByRole('heading', { level: 1, name: 'New activity' })).toBeVisible();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await choose(page, 'Type', 'Workshop');
  await choose(page, 'Status', 'Completed');
  await page.getByLabel('Start date').fill('2025-06-13');
  await page.getByLabel('End date').fill(end);
  await chooseMany(page, 'Strategic goals', [/^SG1 /]);
  await chooseMany(page, 'Core purposes', [/^CP2 /]);
  await page.getByLabel('Total').fill('40');
  await page.getByLabel('Women').fill('22');
  await page.getByLabel('Men', { exact: true }).fill('18');
}

const delivered = (page: Page) =>
  page.getByRole('link').filter({ hasText: 'Activities delivered' }).getByTestId('kpi-value');

test.describe('activity register', () => {
  test('a new activity appears in the list and moves the overview figures', async ({ page }) => {
    await page.goto('/overview?period=year:2025');
    const before = Number(await delivered(page).innerText());
    const participantsBefore = Number(
      (
        await page
          .getByRole('link')
          .filter({ hasText: 'Participants' })
          .getByTestId('kpi-value')
          .innerText()
      ).replace(/,/g, ''),
    );
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Activities' })
      .click();
    await page.getByRole('link', { name: 'New activity' }).click();
    await fillActivity(page, 'Workshop on safe return pathways');
    await page.getByRole('button', { name: 'Save activity' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Workshop on safe return pathways' }),
    ).toBeVisible();
    await expect(page.getByText('Activity created.')).toBeVisible();
    const id = new URL(page.url()).pathname.split('/').pop()!;

    await page.getByRole('link', { name: '← Activities' }).click();
    await page.getByLabel('Search title, type, place or record').fill('safe return pathways');
    // Earlier runs against a kept server may have left namesakes: this one, by its record, is there.
    await expect(
      page
        .getByRole('table', { name: 'Activities' })
        .getByRole('link', { name: 'Workshop on safe return pathways' })
        .and(page.locator(`[href^="/activities/${id}?"]`)),
    ).toBeVisible();

    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Overview' })
      .click();
    await expect(delivered(page)).toHaveText(String(before + 1));
    await expect(
      page.getByRole('link').filter({ hasText: 'Participants' }).getByTestId('kpi-value'),
    ).toHaveText((participantsBefore + 40).toLocaleString('en'));
  });

  test('what blocks Save is marked and reachable, even in fields never touched', async ({
    page,
  }) => {
    const writes: string[] = [];
    page.on(
      'request',
      (r) => r.method() !== 'GET' && r.url().includes('/api/') && writes.push(r.url()),
    );
    await page.goto('/activities/new');
    await page.getByLabel('Title').fill('Completed workshop with no goal yet');
    await choose(page, 'Type', 'Workshop');
    await choose(page, 'Status', 'Completed');
    await page.getByLabel('Start date').fill('2025-06-13');
    await page.getByLabel('End date').fill('2025-06-15');
    // A member row is added and left empty, and never touched.
    await page.getByRole('button', { name: 'Add a member' }).click();
    await page.getByRole('button', { name: 'Save activity' }).click();
    const blocked = page.getByRole('alert').filter({ hasText: 'Correct the fields' });
    await expect(blocked).toHaveText(
      'Correct the fields marked in red to save: Participation by member.',
    );
    // The problem is said beside the rows, and the focus goes to it.
    const beside = page.locator('p.field-error').first();
    await expect(beside).toBeVisible();
    await expect(beside).toBeFocused();
    expect(writes).toEqual([]);
  });

  test('invalid input is explained beside each field and nothing is saved', async ({ page }) => {
    const writes: string[] = [];
    page.on(
      'request',
      (r) => r.method() !== 'GET' && r.url().includes('/api/') && writes.push(r.url()),
    );
    await page.goto('/activities/new');
    await fillActivity(page, 'Training with impossible numbers');
    await page.getByLabel('Women').fill('30');
    await page.getByLabel('Women').blur();
    await expect(
      page.getByText('Women and men must not add up to more than the total.').first(),
    ).toBeVisible();
    await page.getByLabel('End date').fill('2025-06-01');
    await page.getByLabel('End date').blur();
    await expect(page.getByText('Must not be before the start date.')).toBeVisible();
    await page.getByLabel('Title').fill('');
    await page.getByLabel('Title').blur();
    await expect(page.getByText('Is required.')).toBeVisible();
    await page.getByRole('button', { name: 'Save activity' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Correct the fields' })).toHaveText(
      /^Correct the fields marked in red to save: Title\.$/,
    );
    // The first field in the way takes the focus.
    await expect(page.getByLabel('Title')).toBeFocused();
    expect(writes).toEqual([]);
    await test.step('leaving asks first', async () => {
      await page
        .getByRole('navigation', { name: 'Sections' })
        .getByRole('link', { name: 'Overview' })
        .click();
      await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible();
      await page.getByRole('button', { name: 'Stay' }).click();
      await expect(page).toHaveURL(/activities\/new/);
    });
  });

  test('a record is not judged before the reference data it uses has arrived', async ({ page }) => {
    const release = await holdBack(page, '**/api/reference');
    await page.goto('/activities/act-0020/edit');
    // Its codes cannot be judged yet: no form to save, so no "unknown code" for a known one.
    await expect(page.getByText('Loading the activity…')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save activity' })).toHaveCount(0);
    release();
    await expect(page.getByLabel('Title', { exact: true })).not.toHaveValue('');
    await page.getByRole('button', { name: 'Save activity' }).click();
    await expect(page.getByText('Activity saved.')).toBeVisible();
    await expect(page.getByText(/Unknown (strategic goal|core purpose|member code)/)).toHaveCount(
      0,
    );
  });

  test('two people editing the same activity: the second gets the conflict, and neither change is lost', async ({
    browser,
    today,
  }) => {
    const a = await newPinnedPage(browser, today, { storageState: storageFor('comanager') });
    const b = await newPinnedPage(browser, today, { storageState: storageFor('comanager') });
    for (const p of [a, b]) await p.goto('/activities/act-0020/edit');
    await expect(a.getByLabel('Title')).not.toHaveValue('');
    await expect(b.getByLabel('Title')).not.toHaveValue('');
    const title = await a.getByLabel('Title').inputValue();
    const version = (await (await a.request.get('/api/activities/act-0020')).json())
      .version as number;

    await a.getByLabel('Title').fill(`${title} (revised)`);
    await a.getByRole('button', { name: 'Save activity' }).click();
    await expect(a.getByRole('heading', { level: 1, name: `${title} (revised)` })).toBeVisible();

    await b.getByLabel('Notes').fill('Agenda agreed with the co-chairs.');
    await b.getByRole('button', { name: 'Save activity' }).click();
    const alert = b.getByRole('alert').filter({ hasText: 'changed by someone else' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('They changed: title');
    await expect(alert).toContainText('You changed: notes');
    await expect(b.getByLabel('Notes')).toHaveValue('Agenda agreed with the co-chairs.');

    await alert.getByRole('button', { name: 'Re-apply my changes to their version' }).click();
    await expect(b.getByLabel('Title')).toHaveValue(`${title} (revised)`);
    await expect(b.getByLabel('Notes')).toHaveValue('Agenda agreed with the co-chairs.');
    await b.getByRole('button', { name: 'Save activity' }).click();
    await expect(b.getByRole('heading', { level: 1, name: `${title} (revised)` })).toBeVisible();
    await expect(b.getByText('Agenda agreed with the co-chairs.')).toBeVisible();
    await expect(b.getByText(`version ${version + 2}`)).toBeVisible();
    await a.close();
    await b.close();
  });

  test('import checks every row, lists the errors, and imports the valid ones', async ({
    page,
  }) => {
    const dir = mkdtempSync(join(tmpdir(), 'rso-import-'));
    const file = join(dir, 'activities.csv');
    // A mark of this run, so the test also holds against a server that kept earlier runs' data.
    const run = `Imported ${Date.now().toString(36)}`;
    const header =
      'title,type,status,startDate,endDate,modality,location,hostCountry,goals,purposes,functions,workingGroups,partners,participantsTotal,participantsFemale,participantsMale,members,satisfaction,knowledgeGain,cost,notes';
    writeFileSync(
      file,
      [
        header,
        `${run} roundtable one,roundtable,completed,2024-02-01,2024-02-01,in-person,Bangkok,THA,SG2,CP3,F1,WGTIP,IOM,25,12,13,THA:10;IDN:15,,,,`,
        `"${run} workshop, two",workshop,completed,2024-03-04,2024-03-06,hybrid,Jakarta,IDN,SG1;SG3,CP2,F2,,,30,,,IDN;MYS,4.4,12,9000,`,
        `${run} research three,research,ongoing,2024-01-10,2024-09-30,virtual,,,SG2,CP3,F3,,,,,,,,,,"A note, with a comma"`,
        'Broken dates,training,completed,2024-05-10,2024-05-01,in-person,Suva,FJI,SG1,CP2,F2,,,20,10,10,,,,,',
        'Unknown member,workshop,completed,2024-06-01,2024-06-02,in-person,Dhaka,BGD,SG1,CP2,F2,,,20,25,0,ZZZ:3,,,,',
      ].join('\n'),
    );
    await page.goto('/activities/import');
    await page.getByLabel('File to import').setInputFiles(file);
    await expect(page.getByRole('heading', { name: /3 valid rows, 2 with errors/ })).toBeVisible();
    const errors = page.getByRole('table', { name: 'Rows with errors' });
    await expect(errors.getByRole('row').filter({ hasText: 'Broken dates' })).toContainText(
      'endDate',
    );
    await expect(
      errors.getByRole('row').filter({ hasText: 'Unknown member' }).first(),
    ).toContainText('6');
    await expect(errors).toContainText('unknown member code: ZZZ');
    await page.getByRole('button', { name: 'Import the 3 valid rows' }).click();
    await expect(page.getByTestId('import-summary')).toHaveText(
      '3 imported, 0 updated, 2 set aside.',
    );

    await page.goto('/activities?period=year:2024');
    await page.getByLabel('Search title, type, place or record').fill(run);
    await expect(page.getByRole('table', { name: 'Activities' }).getByRole('link')).toHaveCount(3);
  });

  test('a real event list: columns and codes mapped, defaults, every problem of a row at once, no duplicates', async ({
    page,
  }) => {
    const run = `Run-${Date.now().toString(36)}`;
    const dir = mkdtempSync(join(tmpdir(), 'rso-import-'));
    const file = join(dir, 'events.csv');
    writeFileSync(
      file,
      [
        'Event,Kind,Date from,Date to,Mode,Working group,Countries,Participants',
        `${run} regional forum,Forum,2024-03-04,2024-03-05,Online,Working Group on Trafficking in Persons,Thailand; Fiji,40`,
        `${run} workshop,Workshop,2024-04-01,2024-04-02,in person,WG-TIP,Indonesia,25`,
        `${run} undated,Workshop,,,Online,,Thailand,`,
        `${run} broken,Workshop,2024-05-10,2024-05-01,Teleport,Nowhere group,Narnia,abc`,
      ].join('\n'),
    );
    await page.goto('/activities/import');
    await page.getByLabel('File to import').setInputFiles(file);
    const columns = page.getByRole('table', { name: 'Column mapping' });
    await test.step('columns: guessed from the headers, the rest chosen, defaults set', async () => {
      await expect(columns.getByLabel('Column for title')).toHaveText('Event');
      await expect(columns.getByLabel('Column for startDate')).toHaveText('Date from');
      await columns.getByLabel('Column for type').click();
      await page.getByRole('option', { name: 'Kind', exact: true }).click();
      await columns.getByLabel('Default for status').fill('completed');
      await columns.getByLabel('Default for status').blur();
      await columns.getByLabel('Default for goals').fill('SG1');
      await columns.getByLabel('Default for goals').blur();
    });
    await test.step('values: names and words mapped to codes', async () => {
      await expect(page.getByLabel('modality: Online')).toHaveText('virtual');
      await expect(page.getByLabel('type: Forum')).toHaveText('conference');
      await expect(page.getByLabel('members: Thailand')).toContainText('THA');
      await expect(
        page.getByLabel('workingGroups: Working Group on Trafficking in Persons'),
      ).toContainText('WG-TIP');
      await expect(page.getByLabel('workingGroups: WG-TIP')).toContainText('WG-TIP');
    });
    await expect(page.getByRole('heading', { name: /2 valid rows, 2 with errors/ })).toBeVisible();
    await test.step('every problem of a bad row at once', async () => {
      const errors = page.getByRole('table', { name: 'Rows with errors' });
      const broken = errors.getByRole('row').filter({ hasText: `${run} broken` });
      for (const field of ['modality', 'endDate', 'participants.total', 'members', 'workingGroups'])
        await expect(broken.filter({ hasText: field }).first()).toBeVisible();
      await expect(
        errors
          .getByRole('row')
          .filter({ hasText: `${run} undated` })
          .first(),
      ).toBeVisible();
    });
    await test.step('the rows set aside, with why, as a file', async () => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'The rows set aside, with why (CSV)' }).click();
      const lines = readFileSync(await (await download).path(), 'utf8')
        .replace(/^\ufeff/, '')
        .trim()
        .split('\r\n');
      expect(lines.length).toBe(3);
      expect(lines[1]).toContain('startDate');
      expect(lines[2]).toContain('modality');
    });
    await page.getByRole('button', { name: 'Import the 2 valid rows' }).click();
    await expect(page.getByTestId('import-summary')).toHaveText(
      '2 imported, 0 updated, 2 set aside.',
    );

    await test.step('the same file again: the mapping is remembered, duplicates offered skip or update', async () => {
      await page.goto('/activities/import');
      await page.getByLabel('File to import').setInputFiles(file);
      await expect(page.getByText('2 rows are already in the register')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Import the 0 valid rows' })).toBeDisabled();
      await page.getByRole('radio', { name: 'Update those records with them' }).check();
      await page.getByRole('button', { name: 'Import the 2 valid rows' }).click();
      await expect(page.getByTestId('import-summary')).toHaveText(
        '0 imported, 2 updated, 2 set aside.',
      );
    });
    await page.goto('/activities?period=year:2024');
    await page.getByLabel('Search title, type, place or record').fill(run);
    await expect(page.getByRole('table', { name: 'Activities' }).getByRole('link')).toHaveCount(2);
  });

  test('a malformed import file gets a clear message', async ({ page }) => {
    const dir = mkdtempSync(join(tmpdir(), 'rso-import-'));
    const cases: [string, string | Buffer, RegExp][] = [
      ['empty.csv', '', /The file is empty/],
      [
        'columns.csv',
        'foo,bar\nA,B\n',
        /Choose a column or a default for the required fields: title, type/,
      ],
      [
        'latin1.csv',
        Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xe9, 0xe8, 0x0a]),
        /not UTF-8/,
      ],
      ['header-only.csv', 'title,type,status,startDate,endDate,modality\n', /header but no rows/],
      ['broken.xlsx', 'not a zip', /not a readable XLSX/],
      ['notes.txt', 'hello', /Choose a \.csv or \.xlsx file/],
    ];
    await page.goto('/activities/import');
    for (const [name, content, message] of cases) {
      const file = join(dir, name);
      writeFileSync(file, content);
      await page.getByLabel('File to import').setInputFiles(file);
      await expect(page.getByRole('alert')).toHaveText(message);
    }
  });

  test('export contains exactly the rows the list shows', async ({ page }) => {
    await page.goto('/activities?period=year:2019&type=workshop');
    const count = Number((await page.getByTestId('activity-count').innerText()).split(' ')[0]);
    expect(count).toBeGreaterThan(0);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const lines = readFileSync(await (await download).path(), 'utf8')
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(lines.length).toBe(count + 1);
    expect(
      lines.slice(1).every((l) => l.includes(',workshop,') && /,2019-\d\d-\d\d,/.test(l)),
    ).toBe(true);
  });

  test('delete asks first, then undo restores the record', async ({ page }) => {
    await page.goto('/activities/act-0030');
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this activity?' });
    await expect(dialog).toContainText(title);
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(page).toHaveURL(/\/activities(\?|$)/);
    await expect(page.getByText(`Activity deleted: ${title}`)).toBeVisible();
    expect((await page.request.get('/api/activities/act-0030')).status()).toBe(404);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByText('Activity restored.')).toBeVisible();
    expect((await page.request.get('/api/activities/act-0030')).status()).toBe(200);
    await page.goto('/activities/act-0030');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });

  test('markup typed into free text is refused with its reason; other text shows as typed', async ({
    page,
  }) => {
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await page.goto('/activities/new');
    await fillActivity(page, `<img src=x onerror=alert(${Date.now()})>`);
    await page.getByRole('button', { name: 'Save activity' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'not saved' })).toContainText(
      'title must not contain markup',
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('New activity');
    // Angle brackets and quotes that are not markup are text like any other.
    const title = `Delivery < target & "quotes" > 2 (${Date.now()})`;
    await page.getByLabel('Title').fill(title);
    await page.getByRole('button', { name: 'Save activity' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await page.goto('/activities?period=year:2025');
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toBe(0);
  });
});
