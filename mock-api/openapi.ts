/**
 * The API's contract: an OpenAPI 3.1 document made from the same zod schemas the API checks
 * writes with and the app checks answers with (zod-openapi). `npm run openapi` writes it to
 * openapi.json; `npm test` fails when the committed file differs from what this makes, when a
 * route of the API is missing from it, and when any answer the API's tests receive — on either
 * store — leaves it (contract.ts).
 */
import * as z from 'zod/mini';
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
} from 'zod-openapi';
import { bulkClassificationSchema } from '../src/app/domain/bulk';
import { LOCKABLE_COLLECTIONS } from '../src/app/domain/rounds';
import {
  AUDIT_COLLECTION,
  READ_ONLY_COLLECTIONS,
  REFERENCE_COLLECTIONS,
  TRANSITION_COLLECTIONS,
  VERSIONED_COLLECTIONS,
} from '../src/app/domain/collections';
import { COLLECTION_SCHEMAS, type CollectionName } from '../src/app/domain/schema';
import { SESSION_COOKIE } from './auth';
import {
  languageChoiceSchema,
  newUserSchema,
  passwordChangeSchema,
  ROLES,
  userChangeSchema,
} from '../src/app/domain/users';

const param = z.union([z.string(), z.number()]);
const problem = z.object({
  field: z.string(),
  code: z.string(),
  params: z.optional(z.record(z.string(), param)),
  message: z.string(),
});
/** Every refusal: a code and its parameters (the app writes the sentence), the English sentence, the fields. */
const refusal = z.object({
  code: z.string(),
  params: z.record(z.string(), param),
  message: z.string(),
  problems: z.array(problem),
});
const publicUser = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  workingGroup: z.nullable(z.string()),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  language: z.nullable(z.enum(['en', 'id'])),
  version: z.int(),
});
const signedIn = z.object({ user: publicUser, csrfToken: z.string() });
const anyRecord = z.record(z.string(), z.unknown());

const json = (schema: z.ZodMiniType, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const refused = (description: string) => json(refusal, description);
const withCurrent = (current: z.ZodMiniType) =>
  json(
    z.extend(refusal, { current }),
    'Changed by someone else since it was read: the record as it is now.',
  );

/** What any request under /api may be answered besides its own answers. */
const EVERY_REQUEST = {
  '400': refused(
    'The request cannot be read (a query, the body, the address), or the record is not valid.',
  ),
  '401': refused('No session, or it has ended: sign in.'),
  '403': refused(
    'Not allowed: the role may not, the security token is missing, or the password must be changed first.',
  ),
  '413': refused('The body is too large.'),
  '421': refused('Addressed to a host name the server does not answer to.'),
  '500': refused('The server failed; the details are in its log only.'),
};
const WRITES = {
  '405': refused('This method is not allowed here.'),
  '415': refused('Send JSON.'),
};

const op = (
  operationId: string,
  summary: string,
  responses: Record<string, object>,
  extra: Partial<ZodOpenApiOperationObject> = {},
): ZodOpenApiOperationObject => ({
  operationId,
  summary,
  responses: { ...EVERY_REQUEST, ...responses } as ZodOpenApiOperationObject['responses'],
  ...extra,
});

const body = (schema: z.ZodMiniType) => ({
  required: true,
  content: { 'application/json': { schema } },
});

const idParam = {
  path: z.object({ id: z.string() }),
};

/** A collection's name as a component's and in operation ids: "workingGroups" → "WorkingGroups". */
const componentName = (collection: string) => collection[0]!.toUpperCase() + collection.slice(1);

/** The read query every list takes (reads.ts checks it; both stores answer it alike). */
const listQuery = z.object({
  q: z.optional(z.string()),
  _sort: z.optional(z.string()),
  _order: z.optional(z.string()),
  _page: z.optional(z.string()),
  _limit: z.optional(z.string()),
  _start: z.optional(z.string()),
  _end: z.optional(z.string()),
});

function collectionPaths(name: CollectionName): ZodOpenApiPathsObject {
  const title = componentName(name);
  const record = COLLECTION_SCHEMAS[name] as z.ZodMiniType;
  const writable =
    !(READ_ONLY_COLLECTIONS as readonly string[]).includes(name) &&
    !(TRANSITION_COLLECTIONS as readonly string[]).includes(name) &&
    name !== AUDIT_COLLECTION;
  // What a submitted or approved reporting round holds cannot change (domain/rounds.ts).
  const locked: Record<string, object> = (LOCKABLE_COLLECTIONS as readonly string[]).includes(name)
    ? {
        '423': refused(
          'Locked: the change touches a period whose reporting round is submitted or approved.',
        ),
      }
    : {};
  const versioned = (VERSIONED_COLLECTIONS as readonly string[]).includes(name);
  const notFound = { '404': refused('No such record.') };
  const list: ZodOpenApiPathsObject[string] = {
    get: op(
      `list${title}`,
      `The ${name}, filtered, sorted and paged as asked (field filters, _ne, _like, _gte, _lte).`,
      { '200': json(z.array(record), `The ${name}.`), ...notFound },
      { requestParams: { query: listQuery } },
    ),
  };
  const one: ZodOpenApiPathsObject[string] = {
    get: op(
      `get${title}ById`,
      `One of the ${name}.`,
      { '200': json(record, 'The record.'), ...notFound },
      { requestParams: idParam },
    ),
  };
  if (writable) {
    const conflict = { '409': withCurrent(record) };
    if (name !== 'settings')
      list.post = op(
        `create${title}`,
        `Adds one of the ${name}, with its audit entry.`,
        {
          '201': json(record, 'The record as stored.'),
          '409': refused('A record with this id exists.'),
          ...locked,
          ...WRITES,
        },
        {
          requestBody: body(
            z.extend(z.partial(record as never), { reason: z.optional(z.string()) }) as never,
          ),
        },
      );
    const update = (partial: boolean) =>
      op(
        `${partial ? 'change' : 'replace'}${title}`,
        `${partial ? 'Changes' : 'Replaces'} one of the ${name}${versioned ? ', at the version it was read' : ''}.`,
        {
          '200': json(record, 'The record as stored.'),
          ...notFound,
          ...conflict,
          ...locked,
          ...WRITES,
        },
        {
          requestParams: idParam,
          requestBody: body(
            z.extend(partial ? z.partial(record as never) : (record as never), {
              reason: z.optional(z.string()),
            }) as never,
          ),
        },
      );
    one.put = update(false);
    one.patch = update(true);
    if (name !== 'settings' && name !== 'indicators')
      one.delete = op(
        `delete${title}`,
        `Deletes one of the ${name}${versioned ? '; If-Match carries the version read' : ''}.`,
        {
          '200': json(z.object({}), 'Deleted.'),
          ...notFound,
          '409': json(
            z.extend(refusal, { current: z.optional(record) }),
            'Changed by someone else since it was read (the record as it is now), or still in use.',
          ),
          '428': refused('If-Match with the version read is required.'),
          ...locked,
          ...WRITES,
        },
        { requestParams: { ...idParam, query: z.object({ reason: z.optional(z.string()) }) } },
      );
  }
  // Reference data and the audit trail are read-only: other methods are refused (405), as any
  // address or method the contract does not list may only be.
  return { [`/${name}`]: list, [`/${name}/{id}`]: one };
}

export function openApiDocument() {
  const session = {
    get: op(
      'getSession',
      'Who is signed in, and the security token their writes carry.',
      {
        '200': json(signedIn, 'Signed in.'),
        '401': json(
          z.extend(refusal, {
            demoUsers: z.array(
              z.object({ username: z.string(), role: z.enum(ROLES), password: z.string() }),
            ),
          }),
          'Not signed in; with demonstration data, the demonstration users.',
        ),
      },
      { security: [] },
    ),
    post: op(
      'signIn',
      'Signs in.',
      {
        '200': json(signedIn, 'Signed in: a new session.'),
        '401': refused('The user name or password is not correct.'),
        '429': refused('Too many failed sign-ins from this address: wait a minute.'),
      },
      {
        requestBody: body(z.object({ username: z.string(), password: z.string() })),
        security: [],
      },
    ),
    patch: op(
      'chooseLanguage',
      'The signed-in user chooses the language they read in (audited).',
      {
        '200': json(signedIn, 'Saved.'),
        '409': refused('The account changed meanwhile.'),
        ...WRITES,
      },
      { requestBody: body(languageChoiceSchema) },
    ),
    delete: op('signOut', 'Signs out.', { '204': { description: 'Signed out.' } }),
  };
  const paths: ZodOpenApiPathsObject = {
    '/session': session,
    '/session/password': {
      post: op(
        'changePassword',
        'The signed-in user changes their own password; their other sessions end.',
        {
          '200': json(signedIn, 'Changed.'),
          '409': refused('The account changed meanwhile.'),
          '429': refused('Too many failed attempts from this address.'),
          ...WRITES,
        },
        { requestBody: body(passwordChangeSchema) },
      ),
    },
    '/users': {
      get: op('listUsers', 'Every user (administrators only).', {
        '200': json(z.array(publicUser), 'The users.'),
      }),
      post: op(
        'createUser',
        'Adds a user (administrators only); they choose their own password at the first sign-in.',
        {
          '201': json(publicUser, 'The user.'),
          '409': refused('A user with this name exists.'),
          ...WRITES,
        },
        { requestBody: body(newUserSchema) },
      ),
    },
    '/users/{id}': {
      patch: op(
        'changeUser',
        'Changes a user (administrators only), at the version read.',
        {
          '200': json(publicUser, 'The user.'),
          '404': refused('No such user.'),
          '409': json(
            z.extend(refusal, { current: z.optional(publicUser) }),
            'Changed meanwhile, or the last administrator.',
          ),
          ...WRITES,
        },
        { requestParams: idParam, requestBody: body(userChangeSchema) },
      ),
    },
    '/reference': {
      get: op('getReference', 'The results framework and lookup tables in one answer.', {
        '200': json(
          z.object(
            Object.fromEntries(
              REFERENCE_COLLECTIONS.map((c) => [
                c,
                z.array(COLLECTION_SCHEMAS[c] as z.ZodMiniType),
              ]),
            ),
          ),
          'Every collection but the activities and the audit trail.',
        ),
      }),
    },
    '/activities/bulk': {
      post: op(
        'classifyActivities',
        'Classifies many activities in one write, each at the version read; says for each whether it was saved.',
        {
          '200': json(
            z.object({
              saved: z.int(),
              notSaved: z.int(),
              outcomes: z.array(anyRecord),
              records: z.array(COLLECTION_SCHEMAS.activities),
            }),
            'What was saved and why the rest was not.',
          ),
          ...WRITES,
        },
        { requestBody: body(bulkClassificationSchema) },
      ),
    },
  };
  paths['/rounds/{id}/{action}'] = {
    post: op(
      'moveRound',
      'Moves a reporting round (id: <framework>_<period>): submit (co-managers, with a cover note; the submission checks must pass), approve (co-chairs; freezes the brief, may name the meeting it was presented at), return (co-chairs, with comments) or reopen (the administrator, with a reason). Versioned and audited.',
      {
        '200': json(COLLECTION_SCHEMAS.rounds, 'The round as it is now.'),
        '404': refused('No such round in the framework reported on, or no such action.'),
        '409': json(
          z.extend(refusal, { current: z.optional(COLLECTION_SCHEMAS.rounds) }),
          'Changed by someone else since it was read, or not in a state this action starts from.',
        ),
        '415': refused('Send JSON.'),
      },
      {
        requestParams: {
          path: z.object({
            id: z.string(),
            action: z.enum(['submit', 'approve', 'return', 'reopen']),
          }),
        },
        requestBody: body(
          z.object({
            version: z.optional(z.int()),
            note: z.optional(z.nullable(z.string())),
            comments: z.optional(z.nullable(z.string())),
            reason: z.optional(z.nullable(z.string())),
            meeting: z.optional(z.nullable(z.string())),
          }),
        ),
      },
    ),
  };
  const html = (description: string) => ({
    description,
    content: { 'text/html': { schema: z.string() } },
  });
  paths['/openapi.json'] = {
    get: op('getContract', 'This document.', { '200': json(anyRecord, 'The OpenAPI document.') }),
  };
  paths['/docs'] = {
    get: op('getContractPage', 'This document, rendered for developers (Swagger UI).', {
      '200': html('The page.'),
      '401': html('A page saying to sign in first.'),
    }),
  };
  paths['/docs/{asset}'] = {
    get: op(
      'getContractPageAsset',
      "The page's style sheet and scripts.",
      {
        '200': {
          description: 'The file.',
          content: {
            'text/css': { schema: z.string() },
            'application/javascript': { schema: z.string() },
          },
        },
        '404': refused('No such file.'),
      },
      { requestParams: { path: z.object({ asset: z.string() }) } },
    ),
  };
  for (const name of Object.keys(COLLECTION_SCHEMAS) as CollectionName[])
    Object.assign(paths, collectionPaths(name));

  // Grouped for reading by what the address is about.
  for (const [path, item] of Object.entries(paths)) {
    const first = path.split('/')[1]!;
    const tag =
      first === 'session' || first === 'users'
        ? 'Sign-in and users'
        : first === 'docs' || first === 'openapi.json'
          ? 'This contract'
          : first === AUDIT_COLLECTION
            ? 'Audit trail'
            : first === 'activities'
              ? 'Activities'
              : first === 'rounds' || first === 'briefs'
                ? 'Reporting rounds'
                : first === 'workPlans'
                  ? 'Work plans'
                  : 'Results framework and reference data';
    for (const operation of Object.values(item ?? {}))
      (operation as ZodOpenApiOperationObject).tags = [tag];
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'RSO Results Dashboard API',
      version: '1',
      description:
        "The API behind the RSO Results Dashboard, on either store (JSON file or PostgreSQL). Every request but sign-in needs a session cookie; writes also carry the session's CSRF token in x-csrf-token. Refusals have one shape: a code, its parameters, the English sentence and the fields concerned.",
    },
    servers: [{ url: '/api' }],
    paths,
    components: {
      schemas: {
        Refusal: refusal,
        User: publicUser,
        // One component per record, named after its collection ("activities" → Activities).
        // Functions share the core purposes' schema: one component, the first name.
        ...Object.fromEntries(
          [
            ...new Map(
              Object.entries(COLLECTION_SCHEMAS)
                .reverse()
                .map(([n, s]) => [s, n]),
            ),
          ].map(([schema, name]) => [componentName(name), schema]),
        ),
      },
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: SESSION_COOKIE,
          description: 'The session cookie sign-in sets (HttpOnly, SameSite=Strict).',
        },
      },
    },
    security: [{ session: [] }],
  });
}
