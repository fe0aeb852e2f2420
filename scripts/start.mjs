// npm start: builds the app and serves it with the mock API on one origin, then prints the URL.
// npm run dev: the mock API plus the Angular dev server (live reload), /api proxied.
import { spawn, spawnSync } from 'node:child_process';

const dev = process.argv.includes('--dev');
const port = process.env.PORT ?? '4200';
const children = [];
const start = (cmd, args, env = {}) => {
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  child.on('exit', (code) => {
    for (const other of children) if (other !== child) other.kill();
    process.exit(code ?? 0);
  });
  return child;
};
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => children.forEach((c) => c.kill(signal)));

if (dev) {
  start('npx', ['tsx', 'mock-api/server.ts', '--port', '3000']);
  start('npx', ['ng', 'serve', '--port', port]);
} else {
  console.log('Building the app…');
  const build = spawnSync('npx', ['ng', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  start('npx', [
    'tsx',
    'mock-api/server.ts',
    '--port',
    port,
    '--static',
    'dist/rso-dashboard/browser',
  ]);
}
