/**
 * The demonstration never goes stale: generated as of any date, the work-plan year and
 * half-year running on that date have their activities, targets, actuals and narratives, and
 * the last meeting is recent; the real meetings stay as they are; a date gives one data set.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { addDays, yearOf } from '../src/app/domain/dates';
import { COLLECTION_SCHEMAS, type CollectionName } from '../src/app/domain/schema';
import { todayFromEnvironment } from './clock';
import { meetings as realMeetings } from './seed/reference';
import {
  datasetText,
  DEFAULT_OPTIONS,
  demonstrationOptions,
  generateDataset,
  SEED_TODAY,
} from './seed/generator';

test('the committed seed is the demonstration as of its date, as npm run seed writes it', () => {
  assert.equal(DEFAULT_OPTIONS.today, SEED_TODAY);
  assert.equal(
    readFileSync('mock-api/db.seed.json', 'utf8'),
    datasetText(generateDataset(DEFAULT_OPTIONS)),
  );
});

for (const today of ['2026-12-06', '2027-01-02', '2028-03-15', '2030-06-30']) {
  describe(`the demonstration as of ${today}`, () => {
    const data = generateDataset(demonstrationOptions(today));
    const year = String(yearOf(today));
    const half = `${year}-H${today.slice(5) <= '06-30' ? 1 : 2}`;

    test('the same date gives the same bytes', () => {
      assert.equal(datasetText(generateDataset(demonstrationOptions(today))), datasetText(data));
    });

    test('every record is valid', () => {
      for (const [name, rows] of Object.entries(data)) {
        const schema = COLLECTION_SCHEMAS[name as CollectionName];
        for (const row of rows as unknown[])
          assert.ok(schema.safeParse(row).success, `${name} ${JSON.stringify(row).slice(0, 80)}`);
      }
    });

    test('activities run up to today and beyond, by status', () => {
      const thisYear = data.activities.filter((a) => a.endDate.startsWith(year));
      assert.ok(thisYear.length >= 1, 'activities ending this year');
      assert.ok(data.activities.some((a) => a.status === 'planned' && a.startDate > today));
      assert.ok(!data.activities.some((a) => a.status === 'completed' && a.endDate >= today));
      const lastYear = data.activities.filter(
        (a) => a.status === 'completed' && a.endDate.startsWith(String(Number(year) - 1)),
      );
      assert.ok(lastYear.length >= 15, `${lastYear.length} completed last year`);
    });

    test('the reported framework is current, its indicators illustrative; 2018–2020 stays as history', () => {
      const current = data.settings[0]!.currentFramework;
      const framework = data.frameworks.find((f) => f.id === current)!;
      assert.ok(framework.start <= today && framework.end >= `${Number(year) + 1}-12-31`);
      assert.ok(framework.end >= '2028-12-31');
      assert.match(framework.name, /\(demonstration\)$/);
      const reported = data.indicators.filter((i) => i.framework === current);
      assert.equal(reported.length, 21);
      for (const i of reported) assert.match(i.definition, /Illustrative/);
      const history = data.indicators.filter((i) => i.framework === 'SP2018');
      assert.equal(history.length, 21);
      for (const i of history)
        assert.ok(
          i.targets.every((t) => t.period >= '2018' && t.period < '2021'),
          i.id,
        );
    });

    test('every indicator reported on has targets for this year and half-year, and next year', () => {
      const current = data.settings[0]!.currentFramework;
      for (const indicator of data.indicators.filter((i) => i.framework === current))
        for (const period of [year, half, String(Number(year) + 1)])
          assert.ok(
            indicator.targets.some((t) => t.period === period && t.value > 0),
            `${indicator.id} ${period}`,
          );
    });

    test('reported actuals run up to today and never past it', () => {
      const dates = data.actuals.map((a) => a.date).sort();
      assert.ok(dates.at(-1)! <= today);
      assert.ok(dates.at(-1)! >= addDays(today, -31), `last actual ${dates.at(-1)}`);
    });

    test('the co-managers have a narrative for this year and this half-year', () => {
      for (const period of [year, half])
        assert.ok(
          data.narratives.some((n) => n.period === period),
          `narrative for ${period}`,
        );
    });

    test('the last meeting is in the recent past, and the real meetings are unchanged', () => {
      const past = data.meetings.filter((m) => m.date < today).map((m) => m.date);
      const last = past.sort().at(-1)!;
      assert.ok(last >= addDays(today, -200), `last meeting ${last}`);
      for (const real of realMeetings)
        assert.deepEqual(
          data.meetings.find((m) => m.id === real.id),
          { ...real, version: 1 },
        );
      for (const added of data.meetings.filter((m) => !realMeetings.some((r) => r.id === m.id)))
        assert.match(added.name, /\(demonstration\)$/);
    });
  });
}

test('RSO_TODAY pins today; anything but a real date is refused with a message', () => {
  assert.equal(todayFromEnvironment({ RSO_TODAY: '2027-01-02' })(), '2027-01-02');
  assert.match(todayFromEnvironment({})(), /^\d{4}-\d{2}-\d{2}$/);
  for (const wrong of ['2027-02-30', '02/01/2027', 'tomorrow'])
    assert.throws(() => todayFromEnvironment({ RSO_TODAY: wrong }), /RSO_TODAY must be a date/);
});
