/**
 * Moving a data set between the stores. An import replaces everything in PostgreSQL with a JSON
 * data set in one transaction (so it can be run again: the result is the same), then reads it
 * all back and checks every collection's count and checksum against the data set as the store
 * keeps it — if any differs, nothing is kept. An export writes PostgreSQL's data in the data
 * file's shape.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Row } from '../store';
import { lockWrites, PgAccess, snapshotOf, type Database } from './pg-store';
import { asStored, COLLECTIONS, toRow, unstorable } from './tables';

export interface CollectionCheck {
  collection: string;
  count: number;
  checksum: string;
}

/** Many records per INSERT, well under PostgreSQL's 65 535 parameters per statement. */
const BATCH = 1000;

/** Why the data set cannot be imported as it is: one line per problem, at most `max`. */
export function importProblems(data: Db, max = 20): string[] {
  const problems: string[] = [];
  for (const [name, rows] of Object.entries(data)) {
    if (!COLLECTIONS.includes(name)) {
      problems.push(`"${name}" is not a collection of the data set`);
      continue;
    }
    if (!Array.isArray(rows)) {
      problems.push(`${name} is not a list of records`);
      continue;
    }
    rows.forEach((record, i) => {
      for (const problem of unstorable(name, record))
        problems.push(`${name} #${i + 1} (${String(record['id'] ?? record['seq'])}): ${problem}`);
    });
  }
  return problems.slice(0, max);
}

/** Replaces PostgreSQL's data with `data`, checked; answers each collection's count and checksum. */
export async function importData(db: Database, data: Db): Promise<CollectionCheck[]> {
  const problems = importProblems(data);
  if (problems.length)
    throw new Error(`The data set cannot be imported:\n  ${problems.join('\n  ')}`);
  const expected = checks(asStored(withEvery(data)));
  return db.transaction().execute(async (trx) => {
    await lockWrites(trx);
    // Sessions go too: they belong to the users being replaced.
    const tables = [...COLLECTIONS, 'session'].map((c) => sql.table(c));
    await sql`truncate ${sql.join(tables)} restart identity`.execute(trx);
    for (const name of COLLECTIONS) {
      const rows = data[name] ?? [];
      for (let i = 0; i < rows.length; i += BATCH)
        await trx
          .insertInto(name)
          .values(rows.slice(i, i + BATCH).map((r) => toRow(name, r)))
          .execute();
    }
    const found = checks(await snapshotOf(new PgAccess(trx)));
    const differ = found.filter((f, i) => f.checksum !== expected[i]!.checksum);
    if (differ.length)
      throw new Error(
        `Read back from PostgreSQL, ${differ.map((d) => d.collection).join(', ')} differ from the data set: nothing was imported.`,
      );
    return found;
  });
}

/** Every collection's count and checksum (SHA-256 of its records with their keys sorted). */
export function checks(data: Db): CollectionCheck[] {
  return COLLECTIONS.map((collection) => {
    const rows = data[collection] ?? [];
    const hash = createHash('sha256');
    for (const row of rows) hash.update(canonical(row) + '\n');
    return { collection, count: rows.length, checksum: hash.digest('hex').slice(0, 16) };
  });
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Row)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

const withEvery = (data: Db): Db => Object.fromEntries(COLLECTIONS.map((c) => [c, data[c] ?? []]));
