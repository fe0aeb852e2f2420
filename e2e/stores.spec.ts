import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from '@playwright/test';
import pg from 'pg';
import { expect, newPinnedPage, test } from './fixtures';

/**
 * The stores behind the app: sessions survive a restart of the server (given a fixed
 * SESSION_SECRET), and the app works the same on PostgreSQL — sign-in, the overview, an edit
 * with its audit entry, a conflict. Each test starts servers of its own on the built app; the
 * PostgreSQL test runs when E2E_DATABASE_URL names a PostgreSQL server (npm test starts one).
 */

const SECRET = 'a-fixed-secret-for-this-test-only-0123456789';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

interface OwnServer {
  base: string;
  stop(): Promise<void>;
}

/** The built app and the API on a port of their own, as `npm start` runs them. */
async function startServer(
  today: string,
  port: number,
  options: { dbFile: string; databaseUrl?: string; reset: boolean },
): Promise<OwnServer> {
  const args = [
    '--port',
    String(port),
    '--db',
    options.dbFile,
    '--static',
    'dist/rso-dashboard/browser',
  ];
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'mock-api/server.ts', ...args, ...(options.reset ? ['--reset'] : [])],
    {
      stdio: 'ignore',
      env: {
        ...process.env,
        RSO_TODAY: today,
        SESSION_SECRET: SECRET,
        DATABASE_URL: options.databaseUrl ?? '',
      },
    },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the server stopped (${child.exitCode})`);
    try {
      await fetch(`${base}/api/session`);
      return {
        base,
        stop: async () => {
          child.kill('SIGTERM');
          if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
        },
      };
    } catch {
      await sleep(100);
    }
  }
  child.kill('SIGKILL');
  throw new Error('the server did not start');
}

/** A database of its own on the PostgreSQL server at `server`, migrated as `npm run db:migrate` does. */
async function scratchDatabase(server: string) {
  const name = `rso_e2e_${process.pid}_${Date.now()}`;
  const admin = async (statement: string) => {
    const client = new pg.Client(server);
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const migrate = spawnSync('npm', ['run', '--silent', 'db:migrate'], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: 'utf8',
  });
  if (migrate.status !== 0) throw new Error(`db:migrate failed: ${migrate.stderr}`);
  return { databaseUrl, drop: () => admin(`drop database ${name} with (force)`) };
}

async function signIn(page: Page, base: string) {
  await page.goto(`${base}/overview`);
  await page.getByLabel('User name').fill('comanager');
  await page.getByLabel('Password').fill('comanager-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
}

/** Signs in, restarts the server, and finds the browser still signed in. */
async function survivesRestart(
  browser: Browser,
  today: string,
  restart: (current: OwnServer) => Promise<OwnServer>,
  first: OwnServer,
): Promise<OwnServer> {
  const page = await newPinnedPage(browser, today);
  await signIn(page, first.base);
  const next = await restart(first);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page).toHaveURL(/\/overview/);
  expect((await page.request.get(`${next.base}/api/session`)).status()).toBe(200);
  await page.context().close();
  return next;
}

test.describe('the stores behind the app', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('a signed-in browser stays signed in when the server restarts (file store)', async ({
    browser,
    today,
  }) => {
    const dbFile = join(mkdtempSync(join(tmpdir(), 'rso-restart-')), 'db.json');
    const port = await freePort();
    const first = await startServer(today, port, { dbFile, reset: true });
    const last = await survivesRestart(
      browser,
      today,
      async (server) => {
        await server.stop();
        return startServer(today, port, { dbFile, reset: false });
      },
      first,
    );
    await last.stop();
  });

  test('on PostgreSQL: sign in, the overview, an edit with its audit entry, a conflict, a restart', async ({
    browser,
    today,
  }) => {
    const server = process.env['E2E_DATABASE_URL'];
    test.skip(!server, 'needs E2E_DATABASE_URL (npm test starts a PostgreSQL server)');
    const database = await scratchDatabase(server!);
    const dbFile = join(mkdtempSync(join(tmpdir(), 'rso-pg-')), 'unused.json');
    const port = await freePort();
    const options = { dbFile, databaseUrl: database.databaseUrl };
    let running = await startServer(today, port, { ...options, reset: true });
    try {
      const a = await newPinnedPage(browser, today);
      const b = await newPinnedPage(browser, today);
      await test.step('sign in and see the overview with its figures', async () => {
        for (const p of [a, b]) await signIn(p, running.base);
        await expect(
          a.getByRole('link').filter({ hasText: 'Activities delivered' }).getByTestId('kpi-value'),
        ).toHaveText(/^\d[\d,]*$/);
      });
      await test.step('an edit is saved with its audit entry', async () => {
        for (const p of [a, b]) await p.goto(`${running.base}/activities/act-0020/edit`);
        await expect(a.getByLabel('Title')).not.toHaveValue('');
        await expect(b.getByLabel('Title')).not.toHaveValue('');
        const title = await a.getByLabel('Title').inputValue();
        await a.getByLabel('Title').fill(`${title} (on PostgreSQL)`);
        await a.getByRole('button', { name: 'Save activity' }).click();
        await expect(
          a.getByRole('heading', { level: 1, name: `${title} (on PostgreSQL)` }),
        ).toBeVisible();
        const trail = await (
          await a.request.get(`${running.base}/api/audit?collection=activities&id=act-0020`)
        ).json();
        expect(trail).toHaveLength(1);
        expect(trail[0]).toMatchObject({
          who: 'comanager',
          after: { title: `${title} (on PostgreSQL)` },
        });
      });
      await test.step('the second editor gets the conflict, and keeps their change', async () => {
        await b.getByLabel('Notes').fill('Checked on PostgreSQL.');
        await b.getByRole('button', { name: 'Save activity' }).click();
        const alert = b.getByRole('alert').filter({ hasText: 'changed by someone else' });
        await expect(alert).toBeVisible();
        await expect(alert).toContainText('They changed: title');
        await expect(b.getByLabel('Notes')).toHaveValue('Checked on PostgreSQL.');
      });
      await a.context().close();
      await b.context().close();
      running = await survivesRestart(
        browser,
        today,
        async (current) => {
          await current.stop();
          return startServer(today, port, { ...options, reset: false });
        },
        running,
      );
    } finally {
      await running.stop();
      await database.drop();
    }
  });
});
