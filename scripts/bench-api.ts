/**
 * Benchmark of the API on both stores (a script that prints figures, never a timed test):
 *   npm run bench:api            (starts a PostgreSQL server of its own for the run)
 * For 1 000, 10 000 and 50 000 generated activities, on the JSON file store and on PostgreSQL,
 * it starts the server as its own process and prints: the time to the first byte of the whole
 * activity list (median of 5), one PATCH (p50 and p95 of 40, one after another), ten PATCHes sent
 * at once (when the last is answered) and a one-record GET sent right behind them (its wait), and
 * the server's peak memory (resident set, VmHWM). Run it on a quiet machine: the figures are
 * the machine's as much as the API's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { datasetText, demonstrationOptions, generateDataset } from '../mock-api/seed/generator';
import { scratchDatabase, signIn, type Client } from '../mock-api/testing';

const SIZES = (process.env['BENCH_SIZES'] ?? '1000,10000,50000').split(',').map(Number);
const TODAY = '2026-11-24';

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Milliseconds to the first byte of the answer (and to the whole of it). */
function timed(
  base: string,
  method: string,
  path: string,
  client: Client,
  body?: unknown,
): Promise<{ firstByte: number; total: number; status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = request(
      base + path,
      {
        method,
        headers: {
          cookie: client.cookie,
          'x-csrf-token': client.csrf,
          ...(payload ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        let firstByte = -1;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => {
          if (firstByte < 0) firstByte = performance.now() - started;
          chunks.push(chunk);
        });
        res.on('end', () =>
          resolve({
            firstByte: firstByte < 0 ? performance.now() - started : firstByte,
            total: performance.now() - started,
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

function peakMemoryMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function start(port: number, dbFile: string, databaseUrl?: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'mock-api/server.ts', '--port', String(port), '--db', dbFile],
    { stdio: 'ignore', env: { ...process.env, DATABASE_URL: databaseUrl ?? '', RSO_TODAY: TODAY } },
  );
  for (let i = 0; i < 1200; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/api/session`);
      return child;
    } catch {
      await sleep(100);
    }
  }
  throw new Error('the server did not start');
}

interface Row {
  store: string;
  activities: number;
  'list TTFB ms': number;
  'PATCH p50 ms': number;
  'PATCH p95 ms': number;
  '10 PATCHes, last ms': number;
  'GET behind them ms': number;
  'peak MB': number;
}

async function measure(store: 'file' | 'postgres', size: number, data: string): Promise<Row> {
  const dir = mkdtempSync(join(tmpdir(), 'rso-bench-'));
  const dbFile = join(dir, 'db.json');
  writeFileSync(dbFile, data);
  const database = store === 'postgres' ? await scratchDatabase(data) : null;
  const port = await freePort();
  const child = await start(port, dbFile, database?.databaseUrl);
  const base = `http://127.0.0.1:${port}`;
  try {
    const client = await signIn(base, 'comanager');
    const ids = (
      JSON.parse((await timed(base, 'GET', '/api/activities', client)).text) as { id: string }[]
    ).map((a) => a.id);
    const list: number[] = [];
    for (let i = 0; i < 5; i++)
      list.push((await timed(base, 'GET', '/api/activities', client)).firstByte);

    let next = 0;
    const patch = async () => {
      const id = ids[(next++ * 7919) % ids.length]!;
      const current = JSON.parse((await timed(base, 'GET', `/api/activities/${id}`, client)).text);
      return { id, version: current.version as number };
    };
    const patches: number[] = [];
    for (let i = 0; i < 40; i++) {
      const { id, version } = await patch();
      const answer = await timed(base, 'PATCH', `/api/activities/${id}`, client, {
        version,
        notes: `Benchmark ${i}`,
      });
      if (answer.status !== 200) throw new Error(`PATCH answered ${answer.status}: ${answer.text}`);
      patches.push(answer.total);
    }

    const targets = await Promise.all(Array.from({ length: 10 }, patch));
    const started = performance.now();
    const writes = targets.map(({ id, version }) =>
      timed(base, 'PATCH', `/api/activities/${id}`, client, { version, notes: 'Ten at once' }),
    );
    await sleep(1);
    const read = timed(base, 'GET', `/api/activities/${ids[1]}`, client);
    const answers = await Promise.all(writes);
    const last = performance.now() - started;
    if (answers.some((a) => a.status !== 200)) throw new Error('a concurrent PATCH failed');
    const behind = (await read).total;

    return {
      store,
      activities: size,
      'list TTFB ms': Math.round(median(list)),
      'PATCH p50 ms': Math.round(median(patches) * 10) / 10,
      'PATCH p95 ms': Math.round(quantile(patches, 0.95) * 10) / 10,
      '10 PATCHes, last ms': Math.round(last),
      'GET behind them ms': Math.round(behind * 10) / 10,
      'peak MB': Math.round(peakMemoryMb(child.pid!)),
    };
  } finally {
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    await database?.drop();
  }
}

async function main() {
  const rows: Row[] = [];
  for (const size of SIZES) {
    const data = datasetText(generateDataset({ ...demonstrationOptions(TODAY), activities: size }));
    for (const store of ['file', 'postgres'] as const) {
      rows.push(await measure(store, size, data));
      console.error(`measured ${store} with ${size} activities`);
    }
  }
  console.table(rows);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
