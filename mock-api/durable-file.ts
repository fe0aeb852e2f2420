/**
 * The data file and its in-memory copy. A write reaches the disk — written to a temporary file,
 * flushed, renamed over the data file, and the folder flushed — before memory changes and before
 * anyone is told it succeeded, so an acknowledged write survives a crash and the file is always
 * either the old state or the new one, never half of each.
 *
 * A commit is synchronous on purpose: nothing else runs between the first byte written and
 * the state in memory changing, and commits reach the file in order. The file store
 * (file-store.ts) runs its transactions one at a time on top of it.
 */
import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

import type { Db } from './store';

export class DurableStore {
  /** The whole data set; json-server's router reads this same object. */
  readonly state: Db;

  constructor(readonly file: string) {
    removeOrphanedTemporaryFiles(file);
    this.state = JSON.parse(readFileSync(file, 'utf8')) as Db;
  }

  /**
   * Replaces several collections in one write — a change and its audit entry — so the file
   * holds both or neither. Throws (and changes nothing) if the disk refuses.
   */
  commit(changes: Readonly<Db>): void {
    const next = { ...this.state, ...changes };
    writeDurably(this.file, JSON.stringify(next, null, 1) + '\n');
    Object.assign(this.state, changes);
  }
}

export const rowsOf = (db: Db, collection: string) => db[collection] ?? [];

function temporaryName(file: string): string {
  return `${file}.${process.pid}.tmp`;
}

export function writeDurably(file: string, text: string): void {
  const tmp = temporaryName(file);
  try {
    const fd = openSync(tmp, 'w');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  // The rename itself is only durable once the folder's entry is on disk.
  const dir = openSync(dirname(file), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

/** A process killed mid-write leaves `<file>.<pid>.tmp` behind; the data file itself is intact. */
export function removeOrphanedTemporaryFiles(file: string): void {
  const name = basename(file);
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.\\d+\\.tmp$`);
  for (const entry of readdirSync(dirname(file))) {
    if (pattern.test(entry)) rmSync(join(dirname(file), entry), { force: true });
  }
}
