import type { APIRequestContext } from '@playwright/test';
/**
 * Every path the app routes, read from its router configuration (src/app/app.routes.ts and the
 * route files it loads children from), so a new screen is covered by the checks that walk them
 * without anyone remembering to list it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const APP = join(__dirname, '..', 'src', 'app');

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** The string a property of a route object holds, when it is a literal. */
function literal(route: ts.ObjectLiteralExpression, name: string): string | null {
  for (const p of route.properties)
    if (ts.isPropertyAssignment(p) && p.name.getText() === name) {
      const v = p.initializer;
      if (ts.isStringLiteralLike(v)) return v.text;
    }
  return null;
}

function property(route: ts.ObjectLiteralExpression, name: string): ts.Expression | null {
  for (const p of route.properties)
    if (ts.isPropertyAssignment(p) && p.name.getText() === name) return p.initializer;
  return null;
}

/** The Routes array a variable of the file holds. */
function routesOf(source: ts.SourceFile, variable: string): ts.ArrayLiteralExpression {
  let found: ts.ArrayLiteralExpression | null = null;
  source.forEachChild(function visit(node) {
    if (
      ts.isVariableDeclaration(node) &&
      node.name.getText() === variable &&
      node.initializer &&
      ts.isArrayLiteralExpression(node.initializer)
    )
      found = node.initializer;
    node.forEachChild(visit);
  });
  if (!found) throw new Error(`${source.fileName} has no routes named ${variable}`);
  return found;
}

function collect(
  source: ts.SourceFile,
  routes: ts.ArrayLiteralExpression,
  prefix: string,
  out: string[],
): void {
  for (const element of routes.elements) {
    if (!ts.isObjectLiteralExpression(element)) continue;
    const path = literal(element, 'path');
    if (path === null || literal(element, 'redirectTo') !== null) continue;
    const full = [prefix, path].filter(Boolean).join('/');
    const children = property(element, 'children');
    const lazy = property(element, 'loadChildren');
    if (children && ts.isIdentifier(children)) {
      collect(source, routesOf(source, children.text), full, out);
    } else if (lazy) {
      // () => import('./features/x/x.routes').then((m) => m.X_ROUTES)
      const text = lazy.getText();
      const file = /import\('([^']+)'\)/.exec(text)?.[1];
      const name = /m\.(\w+)/.exec(text)?.[1];
      if (!file || !name) throw new Error(`cannot follow loadChildren of ${full}`);
      const child = parse(join(dirname(source.fileName), `${file}.ts`));
      collect(child, routesOf(child, name), full, out);
    } else {
      out.push(full);
    }
  }
}

/** Every routed path, parameters as written (":id"), in the configuration's order. */
export function routedPaths(): string[] {
  const source = parse(join(APP, 'app.routes.ts'));
  const out: string[] = [];
  collect(source, routesOf(source, 'routes'), '', out);
  return out;
}

/**
 * A demonstration record for each route parameter, read from the API as the page's user: a
 * function from a routed path (":id" and all) to one that opens.
 */
export async function pathsFor(request: APIRequestContext): Promise<(route: string) => string> {
  const first = async (collection: string) => {
    const response = await request.get(`/api/${collection}?_limit=1`);
    if (!response.ok()) throw new Error(`GET /api/${collection}: ${response.status()}`);
    const [record] = (await response.json()) as { id: string }[];
    return record!.id;
  };
  const ids: Record<string, string> = {
    'goals/:id': await first('goals'),
    'indicators/:id': await first('indicators'),
    'activities/:id': await first('activities'),
    'activities/:id/edit': await first('activities'),
    'alignment/:wg': await first('workingGroups'),
  };
  return (route) => {
    if (!route.includes(':')) return route;
    const id = ids[route];
    if (!id) throw new Error(`No demonstration record for the route ${route}: add one here.`);
    return route.replace(/:\w+/, id);
  };
}
