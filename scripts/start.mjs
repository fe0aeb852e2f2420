// npm start: builds the app and serves it with the mock API on one origin, then prints the URL.
// npm run dev: the mock API plus the Angular dev server (live reload), /api proxied.
// PORT chooses the app's port (default 4200); API_PORT the dev mode's API port (default 3000).
// Ctrl+C, or SIGTERM to this process, stops everything it started.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const dev = process.argv.includes('--dev');
const host = '127.0.0.1';
const port = Number(process.env.PORT ?? 4200);
const apiPort = Number(process.env.API_PORT ?? 3000);
const children = new Set();
let stopping = false;

function stop(code) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  if (children.size === 0) process.exit(code);
  process.exitCode = code;
}
process.on('SIGINT', () => stop(130));
process.on('SIGTERM', () => stop(143));

/** Runs a process; resolves with its exit code. Any child that ends stops the others. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    children.add(child);
    child.on('exit', (code, signal) => {
      children.delete(child);
      if (stopping && children.size === 0) process.exit(process.exitCode ?? 0);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/** Whether something already listens on the port, checked before minutes of building. */
function portTaken(p) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error) => resolve(error.code === 'EADDRINUSE'));
    probe.listen(p, host, () => probe.close(() => resolve(false)));
  });
}

for (const [p, variable] of dev
  ? [
      [port, 'PORT'],
      [apiPort, 'API_PORT'],
    ]
  : [[port, 'PORT']]) {
  if (await portTaken(p)) {
    console.error(
      `Port ${p} on ${host} is already in use: stop what uses it, or choose another port, e.g. ${variable}=${p + 1} npm ${dev ? 'run dev' : 'start'}.`,
    );
    process.exit(1);
  }
}

const node = process.execPath;
const ng = 'node_modules/@angular/cli/bin/ng.js';
const api = (args) => run(node, ['--import', 'tsx', 'mock-api/server.ts', ...args]);

if (dev) {
  const ended = await Promise.race([
    api(['--port', String(apiPort)]),
    run(node, [ng, 'serve', '--port', String(port)]),
  ]);
  stop(ended);
} else {
  console.log('Building the app…');
  const built = await run(node, [ng, 'build']);
  // As `npm run build` does: merged chunks, the pages' preloads, and Brotli and gzip copies of the
  // files, which the server sends instead of compressing each time.
  const compressed =
    built === 0 && !stopping ? await run(node, ['scripts/after-build.mjs']) : built;
  if (built !== 0 || compressed !== 0 || stopping) stop(built || compressed || 1);
  else stop(await api(['--port', String(port), '--static', 'dist/rso-dashboard/browser']));
}
