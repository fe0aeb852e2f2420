/** `npm start` on a port that is taken says so in one line, before building anything. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { test } from 'node:test';

test('a busy port gets one line that says how to choose another, and exit code 1', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const { port } = blocker.address() as { port: number };
  try {
    const started = Date.now();
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], {
      env: { ...process.env, PORT: String(port) },
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(run.status, 1);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(
      lines[0]!,
      new RegExp(`Port ${port} .*already in use.*PORT=${port + 1} npm start`),
    );
    assert.doesNotMatch(run.stdout, /Building/);
    assert.ok(Date.now() - started < 10_000, 'it should not build first');
  } finally {
    blocker.close();
  }
});
