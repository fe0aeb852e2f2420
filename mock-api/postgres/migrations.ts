/**
 * The PostgreSQL schema, one migration at a time (Kysely's migrator keeps which ran, and runs
 * each once, in a transaction). A migration never changes once released: a change to the
 * tables is a new migration here and a matching change to tables.ts.
 */
import { sql, type Kysely, type Migration } from 'kysely';

type Columns = readonly (readonly [name: string, type: string, required?: 'required'])[];

const id = ['id', 'text', 'required'] as const;
const version = ['version', 'integer', 'required'] as const;
const translations = ['translations', 'jsonb'] as const;
const text = (name: string) => [name, 'text', 'required'] as const;
const lookup: Columns = [id, text('code'), text('title'), text('statement'), translations];

/** The tables of the first schema, column by column (camelCase; stored in snake_case). */
const FIRST: Record<string, Columns> = {
  frameworks: [
    id,
    text('name'),
    ['start', 'date', 'required'],
    ['end', 'date', 'required'],
    translations,
    version,
  ],
  goals: [id, text('code'), text('framework'), text('title'), text('statement'), translations],
  purposes: lookup,
  functions: lookup,
  members: [
    id,
    text('code'),
    text('name'),
    text('kind'),
    text('status'),
    text('subRegion'),
    translations,
  ],
  workingGroups: [id, text('code'), text('name'), ['established', 'date'], translations],
  meetings: [
    id,
    text('name'),
    text('shortName'),
    text('kind'),
    ['date', 'date', 'required'],
    text('place'),
    translations,
    version,
  ],
  indicators: [
    id,
    text('code'),
    text('name'),
    text('definition'),
    text('framework'),
    text('level'),
    text('unit'),
    text('direction'),
    ['goals', 'text[]', 'required'],
    ['purposes', 'text[]', 'required'],
    ['measure', 'jsonb', 'required'],
    text('cumulation'),
    ['filter', 'jsonb'],
    ['baseline', 'jsonb', 'required'],
    ['targets', 'jsonb', 'required'],
    ['frameworkTarget', 'double precision'],
    ['headline', 'text'],
    ['groupTargets', 'jsonb'],
    text('dataSource'),
    text('responsible'),
    translations,
    version,
  ],
  actuals: [
    id,
    text('indicator'),
    ['date', 'date', 'required'],
    ['value', 'double precision', 'required'],
    ['note', 'text'],
    ['source', 'text'],
    ['link', 'text'],
    version,
  ],
  narratives: [
    id,
    ['indicator', 'text'],
    ['goal', 'text'],
    text('period'),
    text('text'),
    text('author'),
    ['updated', 'date', 'required'],
    version,
  ],
  activities: [
    id,
    text('title'),
    text('type'),
    text('status'),
    ['startDate', 'date', 'required'],
    ['endDate', 'date', 'required'],
    text('modality'),
    ['location', 'text'],
    ['hostCountry', 'text'],
    ['workingGroups', 'text[]', 'required'],
    ['goals', 'text[]', 'required'],
    ['purposes', 'text[]', 'required'],
    ['functions', 'text[]', 'required'],
    ['partners', 'text[]', 'required'],
    ['participants', 'jsonb', 'required'],
    ['members', 'jsonb', 'required'],
    ['evaluation', 'jsonb'],
    ['cost', 'double precision'],
    ['notes', 'text'],
    version,
  ],
  settings: [
    id,
    ['yearStartMonth', 'integer', 'required'],
    ['onTrackThreshold', 'double precision', 'required'],
    ['atRiskThreshold', 'double precision', 'required'],
    text('currentFramework'),
    ['demoData', 'boolean', 'required'],
    version,
  ],
  users: [
    id,
    text('username'),
    text('name'),
    text('role'),
    ['workingGroup', 'text'],
    ['disabled', 'boolean', 'required'],
    ['mustChangePassword', 'boolean'],
    ['language', 'text'],
    version,
    text('passwordHash'),
    ['credentialVersion', 'integer'],
  ],
};

/** A collection's table: `position` (the order records were added in), then its columns. */
async function createTable(db: Kysely<unknown>, name: string, columns: Columns): Promise<void> {
  let table = db.schema
    .createTable(name)
    // The order records were added in: lists are answered in it, as from the data file.
    .addColumn('position', 'bigint', (col) =>
      col.generatedByDefaultAsIdentity().notNull().unique(),
    );
  for (const [column, type, required] of columns)
    table = table.addColumn(column, sql.raw(type), (col) => {
      const typed = column === 'id' ? col.primaryKey() : col;
      return required ? typed.notNull() : typed;
    });
  await table.execute();
}

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    for (const [name, columns] of Object.entries(FIRST)) await createTable(db, name, columns);
    await db.schema
      .createTable('audit')
      .addColumn('seq', 'integer', (col) => col.primaryKey())
      .addColumn('at', 'text', (col) => col.notNull())
      .addColumn('who', 'text', (col) => col.notNull())
      .addColumn('collection', 'text', (col) => col.notNull())
      .addColumn('id', 'text', (col) => col.notNull())
      .addColumn('before', 'jsonb')
      .addColumn('after', 'jsonb')
      .addColumn('reason', 'text')
      .execute();
    // The audit trail of one record, as the record's history asks for it.
    await db.schema.createIndex('audit_record').on('audit').columns(['collection', 'id']).execute();
    await db.schema.createIndex('activities_end_date').on('activities').column('endDate').execute();
    await db.schema.createIndex('actuals_indicator').on('actuals').column('indicator').execute();
    // User names are unique whatever their case, as sign-in reads them.
    await sql`create unique index users_username on users (lower(username))`.execute(db);
    // Sessions, as connect-pg-simple keeps them (its table.sql).
    await db.schema
      .createTable('session')
      .addColumn('sid', 'varchar', (col) => col.primaryKey())
      .addColumn('sess', 'json', (col) => col.notNull())
      .addColumn('expire', sql`timestamp(6)`, (col) => col.notNull())
      .execute();
    await db.schema.createIndex('session_expire').on('session').column('expire').execute();
  },
};

/** Reporting rounds, and the briefs their approvals freeze. */
const rounds: Migration = {
  async up(db: Kysely<unknown>) {
    const tables: Record<string, Columns> = {
      rounds: [
        id,
        text('framework'),
        text('period'),
        ['start', 'date', 'required'],
        ['end', 'date', 'required'],
        text('state'),
        ['coverNote', 'text'],
        ['comments', 'text'],
        ['submittedBy', 'text'],
        ['submittedAt', 'text'],
        ['decidedBy', 'text'],
        ['decidedAt', 'text'],
        ['approvals', 'jsonb', 'required'],
        version,
      ],
      briefs: [
        id,
        text('round'),
        text('framework'),
        text('period'),
        text('approvedAt'),
        text('approvedBy'),
        ['meeting', 'text'],
        ['today', 'date', 'required'],
        ['thresholds', 'jsonb', 'required'],
        ['brief', 'jsonb', 'required'],
        ['context', 'jsonb', 'required'],
      ],
    };
    for (const [name, columns] of Object.entries(tables)) await createTable(db, name, columns);
    await db.schema.createIndex('briefs_round').on('briefs').column('round').execute();
  },
};

/** Annual Work Plans: one per work-plan year of a framework, its items as one nested list. */
const workPlans: Migration = {
  async up(db: Kysely<unknown>) {
    await createTable(db, 'workPlans', [
      id,
      text('framework'),
      text('year'),
      ['items', 'jsonb', 'required'],
      version,
    ]);
  },
};

/** The currency of every amount, a setting (absent until chosen). */
const currency: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('settings').addColumn('currency', 'text').execute();
  },
};

export const MIGRATIONS: Record<string, Migration> = {
  '2026-12-07-initial': initial,
  '2026-12-08-rounds': rounds,
  '2026-12-08-work-plans': workPlans,
  '2026-12-09-currency': currency,
};
