/**
 * The PostgreSQL store's housekeeping, on DATABASE_URL:
 *   npm run db:migrate                 the schema, up to date (each migration runs once)
 *   npm run db:import -- <file.json>   a JSON data set into PostgreSQL, replacing what is there;
 *                                      checked by every collection's count and checksum
 *   npm run db:export [-- <file.json>] PostgreSQL's data as a JSON data set (standard output
 *                                      without a file), for backups and for the file store
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { connect, migrator, PgAccess, snapshotOf } from '../mock-api/postgres/pg-store';
import { importData } from '../mock-api/postgres/transfer';
import type { Db } from '../mock-api/store';

const [command, file] = process.argv.slice(2);
const url = process.env['DATABASE_URL'];

async function main(): Promise<void> {
  if (!url)
    throw new Error(
      'Set DATABASE_URL to the PostgreSQL database, e.g. postgres://user@host:5432/rso',
    );
  const { db } = connect(url, 2);
  try {
    if (command === 'migrate') {
      const { error, results = [] } = await migrator(db).migrateToLatest();
      for (const r of results) console.log(`${r.migrationName}: ${r.status}`);
      if (error) throw error;
      if (!results.length) console.log('The schema is up to date.');
    } else if (command === 'import') {
      if (!file) throw new Error('Name the data set to import: npm run db:import -- <file.json>');
      const checks = await importData(db, JSON.parse(readFileSync(file, 'utf8')) as Db);
      console.table(checks);
      console.log(`Imported ${file}: every collection read back with the same count and checksum.`);
    } else if (command === 'export') {
      const text = JSON.stringify(await snapshotOf(new PgAccess(db)), null, 1) + '\n';
      if (file) {
        writeFileSync(file, text);
        console.error(`Exported to ${file}.`);
      } else process.stdout.write(text);
    } else
      throw new Error('Usage: tsx scripts/db.ts migrate | import <file.json> | export [file.json]');
  } finally {
    await db.destroy();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
