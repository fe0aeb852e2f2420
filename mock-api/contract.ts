/**
 * Holds the API's answers to its contract (openapi.json): the address and method must be
 * documented, the status must be one of the operation's, and the body must match that status's
 * schema (Ajv, JSON Schema 2020-12, as OpenAPI 3.1 uses). An address the document does not
 * know may only be refused, with the refusal's shape. The API's tests check every answer they
 * receive, on both stores (testing.ts).
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';

interface Operation {
  responses: Record<string, { content?: Record<string, unknown> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
}

const pointer = (...segments: string[]) =>
  '#/' +
  segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

export class Contract {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: false });
  private readonly templates: { template: string; pattern: RegExp }[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: Document) {
    this.ajv.addSchema(document as object, 'openapi');
    // Fixed addresses before those with parameters: /activities/bulk is not /activities/{id}.
    this.templates = Object.keys(document.paths)
      .sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0))
      .map((template) => ({
        template,
        pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      }));
  }

  static fromFile(file = 'openapi.json'): Contract {
    return new Contract(JSON.parse(readFileSync(file, 'utf8')) as Document);
  }

  /** What is wrong with this answer by the contract; empty when nothing is. */
  problems(method: string, url: string, status: number, body: unknown, text: string): string[] {
    const path = new URL(url, 'http://api').pathname.replace(/^\/api(?=\/|$)/, '') || '/';
    const what = `${method} ${path} → ${status}`;
    const match = this.templates.find((t) => t.pattern.test(path));
    const operation = match && this.document.paths[match.template]![method.toLowerCase()];
    if (!operation) {
      // Not a documented operation: it may only be refused, as every refusal is.
      if (status < 400) return [`${what}: answered, but not in the contract`];
      return this.check(what, pointer('components', 'schemas', 'Refusal'), body);
    }
    const response = operation.responses[String(status)];
    if (!response) return [`${what}: status not in the contract for ${match.template}`];
    if (!response.content)
      return text === '' ? [] : [`${what}: a body where the contract has none`];
    // A page or a file: its type is what the contract can say of it.
    if (!response.content['application/json']) return [];
    return this.check(
      what,
      pointer(
        'paths',
        match.template,
        method.toLowerCase(),
        'responses',
        String(status),
        'content',
        'application/json',
        'schema',
      ),
      body,
    );
  }

  private check(what: string, ref: string, body: unknown): string[] {
    let validate = this.compiled.get(ref);
    if (!validate) this.compiled.set(ref, (validate = this.ajv.compile({ $ref: `openapi${ref}` })));
    if (validate(body)) return [];
    return (validate.errors ?? []).map(
      (e) => `${what}: ${e.instancePath || 'the body'} ${e.message}`,
    );
  }
}
