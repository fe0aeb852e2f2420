/** The store the API runs on: PostgreSQL when DATABASE_URL is set, else the JSON data file. */
import { FileStore } from './file-store';
import type { Store } from './store';

export async function openStore(
  dbFile: string,
  databaseUrl = process.env['DATABASE_URL'],
): Promise<Store> {
  if (!databaseUrl) return new FileStore(dbFile);
  const { openPostgres } = await import('./postgres/pg-store');
  return openPostgres(databaseUrl);
}
