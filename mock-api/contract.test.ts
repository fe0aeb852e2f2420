/**
 * The API's contract (openapi.json): the committed document is the one the schemas make; every
 * route the API declares, and every operation on every collection, is in it; and an answer that
 * leaves it fails the tests — shown here by breaking one answer on purpose, then restoring it.
 * (Every other test checks every answer it receives against it too: testing.ts.)
 */
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import express, { type Express, type Router } from 'express';
import { READ_ONLY_COLLECTIONS, TRANSITION_COLLECTIONS } from '../src/app/domain/collections';
import { COLLECTION_SCHEMAS } from '../src/app/domain/schema';
import { createApi } from './app';
import { Contract } from './contract';
import { openApiDocument } from './openapi';
import { datasetFor, scratchStore, send, signIn, testToday } from './testing';

const committed = () => JSON.parse(readFileSync('openapi.json', 'utf8'));

test('openapi.json is what the schemas make (run npm run openapi after changing them)', () => {
  assert.deepStrictEqual(JSON.parse(JSON.stringify(openApiDocument())), committed());
});

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle: Router & { stack?: Layer[] };
  regexp: RegExp;
}

/** The routes Express declares (method and path), mounts included. */
function declaredRoutes(stack: readonly Layer[], prefix = ''): string[] {
  return stack.flatMap((layer) => {
    if (layer.route)
      return Object.keys(layer.route.methods)
        .filter((m) => m !== '_all')
        .map((m) => `${m.toUpperCase()} ${prefix}${layer.route!.path}`);
    if (!layer.handle.stack) return [];
    // A router mounted at a path: `^\/api\/?(?=\/|$)` → /api.
    const mount = layer.regexp.source
      .replace(/^\^/, '')
      .replace(/\\\/\?\(\?=\\\/\|\$\)$/, '')
      .replace(/\\\//g, '/');
    return declaredRoutes(layer.handle.stack, prefix + (mount === '\\/?(?=/|$)' ? '' : mount));
  });
}

test('every route the API declares, and every collection operation, is in the contract', async () => {
  const scratch = await scratchStore(
    mkdtempSync(join(tmpdir(), 'rso-routes-')),
    datasetFor(testToday()),
  );
  try {
    const app = (await createApi({ store: scratch.store })) as Express & {
      _router: { stack: Layer[] };
    };
    const routes = declaredRoutes(app._router.stack).filter((r) => / \/api\//.test(r));
    const paths = committed().paths as Record<string, Record<string, unknown>>;
    const documented = (route: string) => {
      const [method, path] = route.split(' ') as [string, string];
      const template =
        path
          .replace(/^\/api/, '')
          .replace(/:(\w+)/g, '{$1}')
          .replace(/\/$/, '') || '/';
      return paths[template]?.[method.toLowerCase()] !== undefined;
    };
    assert.ok(routes.length >= 9, routes.join(', '));
    assert.deepEqual(
      routes.filter((r) => !documented(r)),
      [],
      'declared routes missing from the contract',
    );
    // The collections are served by the API's own read and write handlers, not declared routes.
    for (const name of Object.keys(COLLECTION_SCHEMAS)) {
      assert.ok(paths[`/${name}`]?.['get'] && paths[`/${name}/{id}`]?.['get'], `${name}: reads`);
      const written = ![...READ_ONLY_COLLECTIONS, ...TRANSITION_COLLECTIONS, 'audit'].includes(
        name as never,
      );
      if (written)
        for (const method of ['put', 'patch'])
          assert.ok(paths[`/${name}/{id}`]?.[method], `${name}: ${method}`);
    }
    console.log(`Declared routes, all in the contract: ${routes.join(', ')}`);
  } finally {
    await scratch.close();
  }
});

test('the contract refuses an answer with a wrong field, an undocumented status or address', () => {
  const contract = Contract.fromFile();
  const goal = { id: 'SG1', code: 'SG1', framework: 'SP2018', title: 'Goal', statement: 'Text' };
  assert.deepEqual(contract.problems('GET', '/api/goals', 200, [goal], '-'), []);
  assert.notDeepEqual(contract.problems('GET', '/api/goals', 200, [{ ...goal, code: 7 }], '-'), []);
  assert.notDeepEqual(contract.problems('GET', '/api/goals', 418, [goal], '-'), []);
  assert.notDeepEqual(contract.problems('GET', '/api/nowhere', 200, [], '-'), []);
  assert.notDeepEqual(contract.problems('DELETE', '/api/session', 204, null, 'body'), []);
});

test('an answer broken on purpose fails the tests; restored, it passes', async () => {
  const scratch = await scratchStore(
    mkdtempSync(join(tmpdir(), 'rso-broken-')),
    datasetFor(testToday()),
  );
  const today = testToday();
  let broken = true;
  // The API as it is, with its answer for the goals changed in front of it while `broken`:
  // each goal loses its title.
  const outer = express();
  outer.use((req, res, next) => {
    if (broken && req.path === '/api/goals') {
      const json = res.json.bind(res);
      res.json = (body: unknown) =>
        json(Array.isArray(body) ? body.map(({ title: _title, ...goal }) => goal) : body);
    }
    next();
  });
  outer.use(await createApi({ store: scratch.store, today: () => today }));
  const server: Server = outer.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const client = await signIn(base, 'cochair');
    await assert.rejects(
      send(base, 'GET', '/api/goals?_sort=code', undefined, { client }),
      /leaves the API's contract[\s\S]*must have required property 'title'/,
    );
    broken = false;
    assert.equal(
      (await send(base, 'GET', '/api/goals?_sort=code', undefined, { client })).status,
      200,
    );
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await scratch.close();
  }
});

test('/api/docs shows the contract to signed-in users only', async () => {
  const scratch = await scratchStore(
    mkdtempSync(join(tmpdir(), 'rso-docs-')),
    datasetFor(testToday()),
  );
  const server: Server = (await createApi({ store: scratch.store })).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const anonymous = await send(base, 'GET', '/api/docs', undefined, { client: null });
    assert.equal(anonymous.status, 401);
    assert.match(anonymous.text, /Sign in/);
    assert.equal(
      (await send(base, 'GET', '/api/openapi.json', undefined, { client: null })).status,
      401,
    );
    const client = await signIn(base, 'wgmember');
    const page = await send(base, 'GET', '/api/docs', undefined, { client });
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.match(page.text, /<script src="\/api\/docs\/init\.js">/);
    assert.doesNotMatch(page.text, /<script>/, 'no inline script');
    const document = await send(base, 'GET', '/api/openapi.json', undefined, { client });
    assert.deepStrictEqual(document.body, committed());
    for (const asset of ['swagger-ui.css', 'swagger-ui-bundle.js', 'init.js'])
      assert.equal(
        (await send(base, 'GET', `/api/docs/${asset}`, undefined, { client })).status,
        200,
        asset,
      );
    assert.equal(
      (await send(base, 'GET', '/api/docs/package.json', undefined, { client })).status,
      404,
    );
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await scratch.close();
  }
});
