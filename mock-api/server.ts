/**
 * Starts the mock API (and, with --static, the built app on the same origin).
 *   tsx mock-api/server.ts [--port 3000] [--db mock-api/data/db.json] [--reset] [--seed FILE] [--static DIR]
 * The committed seed is never written: the server works on a copy under mock-api/data/.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApi } from './app';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['API_PORT'] ?? '3000' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string', default: 'mock-api/data/db.json' },
    seed: { type: 'string', default: 'mock-api/db.seed.json' },
    reset: { type: 'boolean', default: false },
    static: { type: 'string' },
  },
});

const dbFile = resolve(values.db!);
if (values.reset || !existsSync(dbFile)) {
  mkdirSync(dirname(dbFile), { recursive: true });
  copyFileSync(resolve(values.seed!), dbFile);
}

const app = createApi({
  dbFile,
  staticDir: values.static ? resolve(values.static) : undefined,
  allowedHosts: [values.host!, ...(process.env['ALLOWED_HOSTS'] ?? '').split(',').filter(Boolean)],
});
const port = Number(values.port);
const server = app.listen(port, values.host!, () => {
  const url = `http://${values.host}:${port}`;
  console.log(values.static ? `RSO Results Dashboard: ${url}/` : `Mock API: ${url}/api`);
  console.log(`Data: ${dbFile}`);
});
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} on ${values.host} is already in use: stop what uses it, or choose another port with --port.`
      : `The server could not start: ${error.message}`,
  );
  process.exit(1);
});
