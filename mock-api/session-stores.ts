/**
 * Sessions that survive a restart: kept apart from the data (a rolling session would otherwise
 * rewrite the data on every request) — in a file beside the JSON data file, or in PostgreSQL's
 * `session` table (connect-pg-simple). Either way a session still ends at sign-out, at its
 * expiry, and when its user's credentials change (auth.ts).
 */
import session, { type SessionData, type Store } from 'express-session';
import { existsSync, readFileSync } from 'node:fs';
import { removeOrphanedTemporaryFiles, writeDurably } from './durable-file';

/** How often a busy session's expiry is written again: its idle expiry moves in steps this long. */
export const TOUCH_INTERVAL_MS = 60_000;

/** Where the file store keeps its sessions: beside the data file (`db.json` → `db.sessions.json`). */
export const sessionsFileOf = (dataFile: string) =>
  dataFile.replace(/(\.json)?$/, '.sessions.json');

interface Kept {
  sess: SessionData;
  /** When the session ends (ms since the epoch). */
  expires: number;
}

function expiryOf(sess: SessionData): number {
  const expires = sess.cookie?.expires;
  return expires ? new Date(expires).getTime() : Date.now() + 24 * 3600 * 1000;
}

/**
 * Sessions in one JSON file, written durably (temporary file, flush, rename) on every sign-in,
 * sign-out and expiry step. A few dozen users: the whole file is small.
 */
export class FileSessionStore extends session.Store {
  private readonly kept: Record<string, Kept>;

  constructor(private readonly file: string) {
    super();
    removeOrphanedTemporaryFiles(file);
    const now = Date.now();
    const read = existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, Kept>)
      : {};
    this.kept = Object.fromEntries(Object.entries(read).filter(([, k]) => k.expires > now));
  }

  override get(sid: string, done: (error: unknown, sess?: SessionData | null) => void): void {
    const kept = this.kept[sid];
    if (kept && kept.expires <= Date.now()) {
      delete this.kept[sid];
      return this.save((error) => done(error, null));
    }
    done(null, kept ? structuredClone(kept.sess) : null);
  }

  override set(sid: string, sess: SessionData, done?: (error?: unknown) => void): void {
    this.kept[sid] = { sess: JSON.parse(JSON.stringify(sess)), expires: expiryOf(sess) };
    this.save(done);
  }

  override touch(sid: string, sess: SessionData, done?: () => void): void {
    const kept = this.kept[sid];
    if (!kept) return done?.();
    kept.sess.cookie = JSON.parse(JSON.stringify(sess.cookie));
    kept.expires = expiryOf(sess);
    this.save(() => done?.());
  }

  override destroy(sid: string, done?: (error?: unknown) => void): void {
    if (!(sid in this.kept)) return done?.();
    delete this.kept[sid];
    this.save(done);
  }

  private save(done?: (error?: unknown) => void): void {
    try {
      writeDurably(this.file, JSON.stringify(this.kept));
      done?.();
    } catch (error) {
      done?.(error);
    }
  }
}

/**
 * A rolling session is touched on every request; its expiry is written at most once per
 * TOUCH_INTERVAL_MS, which is all an eight-hour idle expiry needs.
 */
export function throttleTouches<S extends Store>(store: S): S {
  const written = new Map<string, number>();
  const touch = store.touch?.bind(store);
  if (!touch) return store;
  store.touch = (sid, sess, done) => {
    const now = Date.now();
    if (now - (written.get(sid) ?? 0) < TOUCH_INTERVAL_MS) return done?.();
    written.set(sid, now);
    // Forget sessions not seen for a while, so the map stays as small as the active sessions.
    if (written.size > 1000)
      for (const [key, at] of written) if (now - at > TOUCH_INTERVAL_MS) written.delete(key);
    touch(sid, sess, done);
  };
  return store;
}
