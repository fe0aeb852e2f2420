/**
 * The PostgreSQL store against the JSON file store (run by `npm run test:api:postgres`, which
 * starts a PostgreSQL server; skipped on the file store alone): its schema is what tables.ts
 * says, a data set comes back from an import and an export unchanged, a data set it cannot keep
 * is refused whole, and every query of the shared read surface answers alike on both stores.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { connect, PgAccess, snapshotOf } from './postgres/pg-store';
import { checks, importData } from './postgres/transfer';
import { COLLECTIONS, snake, TABLES } from './postgres/tables';
import { onPostgres, scratchDatabase, startTestServer, type TestServer } from './testing';

const skip = !onPostgres() && 'runs with npm run test:api:postgres';
const seedText = () => readFileSync('mock-api/db.seed.json', 'utf8');

describe('moving data between the stores', { skip }, () => {
  test('a migrated database has exactly the columns tables.ts maps', async () => {
    const database = await scratchDatabase();
    const { db } = connect(database.databaseUrl, 1);
    try {
      const { rows } = await sql<{ tableName: string; columnName: string }>`
        select table_name, column_name from information_schema.columns
        where table_schema = 'public' order by table_name, ordinal_position`.execute(db);
      for (const collection of COLLECTIONS) {
        const columns = rows
          .filter((r) => r.tableName === snake(collection))
          .map((r) => r.columnName)
          .filter((c) => c !== 'position');
        // A later migration adds its columns at the end: the set is what must agree.
        assert.deepEqual(
          columns.sort(),
          TABLES[collection]!.map((c) => snake(c.field)).sort(),
          collection,
        );
      }
    } finally {
      await db.destroy();
      await database.drop();
    }
  });

  test('the demonstration data set comes back from import and export unchanged, and a second import changes nothing', async () => {
    const database = await scratchDatabase();
    const { db } = connect(database.databaseUrl, 1);
    try {
      const data = JSON.parse(seedText());
      const first = await importData(db, data);
      const exported = await snapshotOf(new PgAccess(db));
      for (const collection of COLLECTIONS)
        assert.deepStrictEqual(exported[collection], data[collection] ?? [], collection);
      assert.deepEqual(await importData(db, data), first);
      assert.deepEqual(checks(await snapshotOf(new PgAccess(db))), first);
      assert.equal(first.find((c) => c.collection === 'activities')!.count, data.activities.length);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });

  test('a data set the store cannot keep is refused with the reasons, and nothing changes', async () => {
    const database = await scratchDatabase(seedText());
    const { db } = connect(database.databaseUrl, 1);
    try {
      const before = checks(await snapshotOf(new PgAccess(db)));
      const data = JSON.parse(seedText());
      data.activities[3].colour = 'blue';
      delete data.indicators[0].name;
      await assert.rejects(
        importData(db, data),
        (error: Error) =>
          /activities #4 .*"colour" is not a field of activities/.test(error.message) &&
          /indicators #1 .*"name" is missing/.test(error.message),
      );
      const bad = JSON.parse(seedText());
      bad.actuals[0].date = '2019-02-30';
      await assert.rejects(importData(db, bad), /date/);
      assert.deepEqual(checks(await snapshotOf(new PgAccess(db))), before);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});

describe('the same reads answer alike on both stores', { skip }, () => {
  let postgres: TestServer;
  let file: TestServer;
  before(async () => {
    postgres = await startTestServer();
    const saved = process.env['TEST_STORE'];
    process.env['TEST_STORE'] = 'file';
    try {
      file = await startTestServer();
    } finally {
      process.env['TEST_STORE'] = saved;
    }
  });
  after(async () => {
    await postgres?.close();
    await file?.close();
  });

  const QUERIES = [
    '/api/activities',
    '/api/activities/act-0001',
    '/api/activities/no-such-one',
    '/api/activities?status=completed',
    '/api/activities?type=workshop&modality=online',
    '/api/activities?hostCountry=THA',
    '/api/activities?hostCountry_ne=THA',
    '/api/activities?goals=SG1',
    '/api/activities?goals_like=sg1',
    '/api/activities?title_like=WORKSHOP',
    '/api/activities?title_like=%25',
    '/api/activities?title_like=_',
    '/api/activities?startDate_gte=2024-01-01&startDate_lte=2024-06-30',
    '/api/activities?cost_gte=20000',
    '/api/activities?cost_lte=5000&_sort=cost&_order=desc',
    '/api/activities?cost_gte=abc',
    '/api/activities?version=1',
    '/api/activities?notes=',
    '/api/activities?q=bangkok',
    '/api/activities?q=2019-03',
    '/api/activities?q=SG7',
    '/api/activities?_sort=title',
    '/api/activities?_sort=startDate,title&_order=desc,asc',
    '/api/activities?_sort=hostCountry',
    '/api/activities?_sort=hostCountry&_order=desc',
    '/api/activities?_sort=cost',
    '/api/activities?_page=3',
    '/api/activities?_page=2&_limit=25&_sort=endDate',
    '/api/activities?_page=999&_limit=5',
    '/api/activities?_start=10&_end=15',
    '/api/activities?_start=10&_limit=4',
    '/api/activities?_limit=0',
    '/api/activities?_end=3',
    '/api/activities?participants=x',
    '/api/activities?participants.total=30',
    '/api/activities?colour=blue',
    '/api/indicators?headline=delivered',
    '/api/indicators?frameworkTarget_gte=100',
    '/api/actuals?indicator=IND-01&_sort=date',
    '/api/actuals?note=x',
    '/api/narratives?goal_ne=x',
    '/api/narratives?indicator=IND-01',
    '/api/settings',
    '/api/settings?demoData=true',
    '/api/workingGroups?established_gte=2010',
    '/api/members?subRegion=south-east-asia&_sort=code',
    '/api/audit',
    '/api/audit?_sort=seq&_order=desc&_limit=3',
  ];

  test(`${QUERIES.length} reads: the same status, records and total`, async () => {
    // The same writes on both first, so the audit trail has entries to read.
    for (const server of [postgres, file]) {
      const one = (await server.send('GET', '/api/activities/act-0002')).body;
      assert.equal(
        (
          await server.send('PATCH', '/api/activities/act-0002', {
            version: one.version,
            notes: 'Seen',
          })
        ).status,
        200,
      );
    }
    let compared = 0;
    for (const path of QUERIES) {
      const [a, b] = await Promise.all([postgres.send('GET', path), file.send('GET', path)]);
      assert.equal(a.status, b.status, `${path}: status`);
      assert.equal(
        a.headers.get('x-total-count'),
        b.headers.get('x-total-count'),
        `${path}: total`,
      );
      const strip = (body: unknown) =>
        JSON.parse(JSON.stringify(body), (key, value) => (key === 'at' ? '' : value));
      assert.deepStrictEqual(strip(a.body), strip(b.body), path);
      if (Array.isArray(b.body) && b.body.length) compared++;
    }
    // Most queries must find something, or the comparison proves little.
    assert.ok(compared >= QUERIES.length * 0.6, `${compared} queries found records`);
  });
});
