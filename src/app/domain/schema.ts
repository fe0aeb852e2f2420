/**
 * The one definition of every stored record. The mock API validates writes with it and the
 * app validates what the API returns with it, so the two can never disagree about a field.
 * Plain TypeScript + zod: no Angular imports (the Node server loads this file too).
 */
import * as z from 'zod/mini';
import { isIsoDate } from './dates';
import { Problem, ProblemCode, problemFromMessage, schemaMessage as m } from './problems';
import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  LIST_FIELDS,
  MeasureShape,
  MODALITIES,
  NUMERIC_FIELDS,
  SUB_REGIONS,
} from './vocabulary';

export * from './vocabulary';

/** The problem for a value of the wrong type, or a missing one. */
const expected = (code: ProblemCode) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'required' : code),
});

const text = () => z.string(expected('not-text'));
const whole = () => z.int(expected('not-whole-number'));
const num = () => z.number(expected('not-number'));
const list = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.array(item, expected('not-list')).check(z.maxLength(max, m('max-entries', max)));
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) => (issue.input === undefined ? 'required' : m('one-of', values.join('|'))),
  });

/** A calendar date `YYYY-MM-DD` that exists (no time, no zone). */
export const isoDate = text().check(
  // An empty date is a missing one, whatever else it is not.
  z.minLength(1, { error: m('required'), abort: true }),
  z.regex(/^\d{4}-\d{2}-\d{2}$/, m('date-format')),
  // Only dates in the right format are checked for existence, so one mistake gets one message.
  z.refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isIsoDate(v), m('real-date')),
);

/**
 * Ids travel in URL paths (`/api/activities/<id>`, `/activities/<id>`): letters, digits, `-` and
 * `_` only, so every stored record can be addressed, edited and deleted without encoding tricks.
 */
export const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
export const idSchema = text().check(
  z.minLength(1, m('empty')),
  z.maxLength(64, m('max-length', 64)),
  z.regex(SAFE_ID, m('safe-id')),
);
const id = idSchema;
const code = text().check(
  z.minLength(1, m('empty')),
  z.maxLength(32, m('max-length', 32)),
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, m('safe-code')),
);
/**
 * Free text is shown as text everywhere, never as markup. Script tags and control characters
 * are refused anyway: they are never legitimate in a record and usually mean a paste gone wrong.
 */
const safeText = (max: number) =>
  text().check(
    z.maxLength(max, m('max-length', max)),
    z.refine((v) => !/<\s*\/?\s*script/i.test(v), m('script-tag')),
    z.refine((v) => !hasControlCharacter(v), m('control-character')),
  );
/**
 * Characters that are never legitimate in a record: C0 controls other than tab, line feed and
 * carriage return, DEL, C1 controls, lone surrogate halves, and the bidirectional overrides and
 * isolates that can make text read differently from what is stored.
 */
export function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 32) {
      if (c !== 9 && c !== 10 && c !== 13) return true;
    } else if (c >= 0x7f && c <= 0x9f) return true;
    else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return true;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

export const shortText = (max = 200) =>
  safeText(max).check(z.refine((v) => v.trim().length > 0, m('required')));

const optionalText = (max = 2000) => z.optional(safeText(max));
/** A count that may be unknown: null means "not recorded", never zero. */
const count = z.nullable(whole().check(z.minimum(0, m('negative'))));

/** The version an editable record was read at: every update and delete must carry it. */
const version = whole().check(z.minimum(1, m('min', 1)));

/**
 * A record's texts in Bahasa Indonesia, beside the English ones: any of the record's text
 * fields, and where the translation comes from — the Bali Process's own ('official') or the
 * product's ('product'), which a reader may want checked. A missing text reads in English.
 */
const indonesian = <const K extends string>(fields: readonly K[]) =>
  z.optional(
    z.object({
      id: z.optional(
        z.object({
          ...(Object.fromEntries(fields.map((f) => [f, optionalText(2000)])) as Record<
            K,
            ReturnType<typeof optionalText>
          >),
          source: z.optional(oneOf(['official', 'product'])),
        }),
      ),
    }),
  );

export const frameworkSchema = z.object({
  id,
  name: shortText(),
  start: isoDate,
  end: isoDate,
  translations: indonesian(['name']),
  version,
});

export const goalSchema = z.object({
  id,
  code,
  framework: id,
  title: shortText(),
  statement: safeText(2000),
  translations: indonesian(['title', 'statement']),
});

export const purposeSchema = z.object({
  id,
  code,
  title: shortText(),
  statement: safeText(2000),
  translations: indonesian(['title', 'statement']),
});
export const functionSchema = purposeSchema;

export const memberSchema = z.object({
  id,
  code,
  name: shortText(),
  kind: oneOf(['state', 'organisation']),
  status: oneOf(['member', 'observer']),
  subRegion: oneOf(SUB_REGIONS),
  translations: indonesian(['name']),
});

export const workingGroupSchema = z.object({
  id,
  code,
  name: shortText(),
  established: z.nullable(isoDate),
  translations: indonesian(['name']),
});

export const meetingSchema = z.object({
  id,
  name: shortText(),
  shortName: shortText(80),
  kind: oneOf(['ministerial-conference', 'ahg-som', 'other']),
  date: isoDate,
  place: safeText(120),
  translations: indonesian(['name', 'shortName', 'place']),
  version,
});

export const participantsSchema = z.object({ total: count, female: count, male: count });

export const activityMemberSchema = z.object({ code, count });

export const activitySchema = z.object({
  id,
  title: shortText(200),
  type: oneOf(ACTIVITY_TYPES),
  status: oneOf(ACTIVITY_STATUSES),
  startDate: isoDate,
  endDate: isoDate,
  modality: oneOf(MODALITIES),
  location: z.optional(safeText(120)),
  hostCountry: z.optional(z.nullable(code)),
  workingGroups: list(id, 20),
  goals: list(id, 20),
  purposes: list(id, 10),
  functions: list(id, 10),
  partners: list(shortText(120), 30),
  participants: participantsSchema,
  members: list(activityMemberSchema, 100),
  evaluation: z.optional(
    z.object({
      satisfaction: z.optional(
        z.nullable(num().check(z.minimum(1, m('min', 1)), z.maximum(5, m('max', 5)))),
      ),
      knowledgeGain: z.optional(
        z.nullable(num().check(z.minimum(-100, m('min', -100)), z.maximum(100, m('max', 100)))),
      ),
    }),
  ),
  cost: z.optional(z.nullable(num().check(z.minimum(0, m('negative'))))),
  notes: optionalText(),
  version: whole().check(z.minimum(1, m('min', 1))),
});

/**
 * An activity as the app reads it from the API: the same record, except that a field the API
 * sent in an unusable form has been read as unknown (see read-activity.ts). Writes always use
 * the strict schema above.
 */
export const activityReadSchema = z.extend(activitySchema, {
  title: text(),
  type: z.nullable(oneOf(ACTIVITY_TYPES)),
  status: z.nullable(oneOf(ACTIVITY_STATUSES)),
  modality: z.nullable(oneOf(MODALITIES)),
  startDate: z.nullable(isoDate),
  version: whole(),
});

export const measureSchema: z.ZodMiniType<MeasureShape> = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count') }),
  z.object({ kind: z.literal('sum'), field: oneOf(NUMERIC_FIELDS) }),
  z.object({ kind: z.literal('mean'), field: oneOf(NUMERIC_FIELDS) }),
  z.object({ kind: z.literal('distinct'), field: oneOf(LIST_FIELDS) }),
  z.object({
    kind: z.literal('ratio'),
    get numerator() {
      return measureSchema;
    },
    get denominator() {
      return measureSchema;
    },
    scale: num().check(z.positive(m('positive'))),
  }),
  z.object({ kind: z.literal('reported') }),
]);

/** Which activities an indicator counts; every list is "any of". */
export const activityFilterSchema = z.object({
  types: z.optional(list(oneOf(ACTIVITY_TYPES), 20)),
  statuses: z.optional(list(oneOf(ACTIVITY_STATUSES), 4)),
  goals: z.optional(list(id, 50)),
  purposes: z.optional(list(id, 50)),
  functions: z.optional(list(id, 50)),
  workingGroups: z.optional(list(id, 50)),
  members: z.optional(list(code, 200)),
  modalities: z.optional(list(oneOf(MODALITIES), 3)),
});

/** Period keys: `2019` (year), `2019-H1` (half-year), `2019-Q3` (quarter), `2019-07` (month). */
export const periodKey = text().check(
  z.regex(/^\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$/, m('period')),
);

export const indicatorSchema = z.object({
  id,
  code,
  name: shortText(),
  definition: safeText(2000),
  framework: id,
  level: oneOf(['output', 'outcome']),
  unit: safeText(40),
  direction: oneOf(['increase', 'decrease']),
  goals: list(id, 20),
  purposes: list(id, 10),
  measure: measureSchema,
  cumulation: oneOf(['period', 'cumulative', 'latest']),
  filter: z.optional(activityFilterSchema),
  baseline: z.object({ value: z.nullable(num()), date: z.nullable(isoDate) }),
  targets: list(z.object({ period: periodKey, value: num() }), 500),
  frameworkTarget: z.nullable(num()),
  /** The brief's headline figure this indicator measures, if any: its target shows beside it. */
  headline: z.optional(oneOf(['delivered', 'participants', 'women', 'memberStates'])),
  /**
   * Targets a working group has set itself for its share of the indicator (one per group and
   * period). A group is judged only against these; the RSO's targets belong to the whole RSO.
   */
  groupTargets: z.optional(
    list(z.object({ workingGroup: id, period: periodKey, value: num() }), 500),
  ),
  dataSource: safeText(400),
  responsible: safeText(120),
  translations: indonesian(['name', 'definition', 'unit']),
  version,
});

export const actualSchema = z.object({
  id,
  indicator: id,
  date: isoDate,
  value: num(),
  note: optionalText(),
  /** Where the value comes from: a report, a meeting record, a data set. */
  source: optionalText(400),
  /** A link to the evidence, http or https only. */
  link: z.optional(
    z.nullable(
      text().check(z.maxLength(500, m('max-length', 500)), z.regex(/^https?:\/\/\S+$/, m('link'))),
    ),
  ),
  version,
});

export const narrativeSchema = z.object({
  id,
  indicator: z.nullable(id),
  goal: z.nullable(id),
  period: periodKey,
  text: shortText(4000),
  author: safeText(120),
  updated: isoDate,
  version,
});

export const settingsSchema = z.object({
  id,
  yearStartMonth: whole().check(z.minimum(1, m('month')), z.maximum(12, m('month'))),
  onTrackThreshold: num().check(z.gt(0, m('above', 0)), z.maximum(2, m('max-share', 2))),
  atRiskThreshold: num().check(z.minimum(0, m('negative')), z.maximum(2, m('max-share', 2))),
  currentFramework: id,
  demoData: z.boolean(expected('not-true-false')),
  /** ISO 4217 code of every amount (work-plan budgets, activity costs); absent until chosen. */
  currency: z.optional(text().check(z.regex(/^[A-Z]{3}$/, m('currency')))),
  version,
});

/**
 * One item of an Annual Work Plan: what the RSO planned to do in the year, when, with what
 * budget, and the activities that delivered it (the link is kept here, on the plan, so it can be
 * made even when the activity sits in a locked period). A cancelled item is never due.
 */
export const workPlanItemSchema = z.object({
  id,
  title: shortText(200),
  type: z.nullable(oneOf(ACTIVITY_TYPES)),
  workingGroups: list(id, 20),
  goals: list(id, 20),
  purposes: list(id, 10),
  lead: z.optional(safeText(120)),
  plannedStart: z.nullable(isoDate),
  plannedEnd: isoDate,
  /** In the settings' currency; null when no budget was planned. */
  budget: z.nullable(num().check(z.minimum(0, m('negative')))),
  notes: optionalText(),
  activities: list(id, 50),
  cancelled: z.boolean(expected('not-true-false')),
});

/** The Annual Work Plan of one work-plan year of a framework. */
export const workPlanSchema = z.object({
  id,
  framework: id,
  /** The work-plan year's key (`2026`). */
  year: periodKey,
  items: list(workPlanItemSchema, 500),
  version,
});

/** The states of a reporting round (see domain/rounds.ts). */
export const ROUND_STATES = ['open', 'submitted', 'approved', 'returned'] as const;

/** An approval of a round: who approved it, when, where it was presented, and its frozen brief. */
export const approvalSchema = z.object({
  brief: id,
  at: text(),
  by: text(),
  meeting: z.nullable(id),
});

/**
 * A reporting round: one half-year or work-plan year of the framework reported on, from open
 * to submitted (by a co-manager) to approved or returned (by a co-chair); an administrator may
 * reopen an approved one. It keeps its own dates, so a later change of settings cannot move it.
 */
export const roundSchema = z.object({
  id,
  framework: id,
  period: periodKey,
  start: isoDate,
  end: isoDate,
  state: oneOf(ROUND_STATES),
  /** The co-managers' cover note with the submission. */
  coverNote: z.nullable(shortText(4000)),
  /** The co-chair's comments when returning it. */
  comments: z.nullable(shortText(4000)),
  submittedBy: z.nullable(text()),
  submittedAt: z.nullable(text()),
  decidedBy: z.nullable(text()),
  decidedAt: z.nullable(text()),
  approvals: list(approvalSchema, 100),
  version,
});

/**
 * A brief as approved: computed by the API with the results engine when a co-chair approves a
 * round, and never changed after. It keeps codes and figures, not sentences (the app writes
 * them in the reader's language), with the date and thresholds it was computed with.
 */
export const approvedBriefSchema = z.object({
  id,
  round: id,
  framework: id,
  period: periodKey,
  approvedAt: text(),
  approvedBy: text(),
  meeting: z.nullable(id),
  today: isoDate,
  thresholds: z.object({ onTrack: num(), atRisk: num() }),
  /** The engine's brief (results/brief.ts) of the round's period. */
  brief: z.record(z.string(), z.unknown()),
  /** What the brief shows besides its figures: goals, member states, narratives, flags. */
  context: z.record(z.string(), z.unknown()),
});

/**
 * One entry of the audit trail: a successful write, who made it and when, the record before
 * and after (null when created or deleted), and the reason given. `id` is the changed record's.
 */
export const auditEntrySchema = z.object({
  seq: whole(),
  at: text(),
  who: text(),
  collection: text(),
  id: text(),
  before: z.nullable(z.record(z.string(), z.unknown())),
  after: z.nullable(z.record(z.string(), z.unknown())),
  reason: z.nullable(text()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export const auditTrailSchema = z.array(auditEntrySchema);

export type Framework = z.infer<typeof frameworkSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Purpose = z.infer<typeof purposeSchema>;
export type RsoFunction = z.infer<typeof functionSchema>;
export type Member = z.infer<typeof memberSchema>;
export type WorkingGroup = z.infer<typeof workingGroupSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
/** An activity as written: every field valid. */
export type ValidActivity = z.infer<typeof activitySchema>;
/**
 * An activity as read: a field the API sent unusable is unknown, and its problem is listed in
 * readProblems.
 */
export type Activity = z.infer<typeof activityReadSchema> & {
  readonly readProblems?: readonly Problem[];
};
export type ActivityFilter = z.infer<typeof activityFilterSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Actual = z.infer<typeof actualSchema>;
export type Narrative = z.infer<typeof narrativeSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type Round = z.infer<typeof roundSchema>;
export type WorkPlan = z.infer<typeof workPlanSchema>;
export type WorkPlanItem = z.infer<typeof workPlanItemSchema>;
export type RoundState = Round['state'];
export type ApprovedBrief = z.infer<typeof approvedBriefSchema>;

/** Every collection the API serves, with the schema its records must satisfy. */
export const COLLECTION_SCHEMAS = {
  frameworks: frameworkSchema,
  goals: goalSchema,
  purposes: purposeSchema,
  functions: functionSchema,
  members: memberSchema,
  workingGroups: workingGroupSchema,
  meetings: meetingSchema,
  indicators: indicatorSchema,
  actuals: actualSchema,
  narratives: narrativeSchema,
  activities: activitySchema,
  settings: settingsSchema,
  rounds: roundSchema,
  briefs: approvedBriefSchema,
  workPlans: workPlanSchema,
  audit: auditEntrySchema,
} as const;
export type CollectionName = keyof typeof COLLECTION_SCHEMAS;

/** A record that failed its schema: set aside, counted and explained, never shown as data. */
export interface RejectedRecord {
  collection: CollectionName;
  id: string | null;
  problems: Problem[];
}

/** Reads one record from a response: the record to use, or why it cannot be used at all. */
export type RecordReader<T> = (row: unknown) => { record: T } | { problems: Problem[] };

/** A reader that keeps records satisfying the schema and sets the others aside. */
export function schemaReader<T>(schema: z.ZodMiniType<T>): RecordReader<T> {
  return (row) => {
    const result = schema.safeParse(row);
    return result.success ? { record: result.data } : { problems: describeIssues(result.error) };
  };
}

/**
 * Splits an API response into records that can be used, each passed to `keep` with its position
 * in the response as soon as it is read, and ones that are set aside, which are returned.
 */
export function partitionRecords<T>(
  collection: CollectionName,
  rows: unknown,
  read: RecordReader<T>,
  keep: (record: T, position: number) => void,
): RejectedRecord[] {
  if (!Array.isArray(rows))
    return [{ collection, id: null, problems: [{ field: '', code: 'not-a-list-response' }] }];
  const rejected: RejectedRecord[] = [];
  const seen = new Set<string>();
  for (const [position, row] of rows.entries()) {
    const result = read(row);
    const id = recordId(row);
    if ('problems' in result) {
      rejected.push({ collection, id, problems: result.problems });
    } else if (id !== null && seen.has(id)) {
      // Records are kept by id: a second record with the same id would silently replace the
      // first, so it is set aside and shown instead.
      rejected.push({
        collection,
        id,
        problems: [{ field: 'id', code: 'duplicate-id' }],
      });
    } else {
      if (id !== null) seen.add(id);
      keep(result.record, position);
    }
  }
  return rejected;
}

function recordId(row: unknown): string | null {
  if (row && typeof row === 'object' && 'id' in row) {
    const value = (row as { id: unknown }).id;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
  }
  return null;
}

/** Turns zod issues into problems that name the field (`participants.total`, `negative`). */
export function describeIssues(error: z.core.$ZodError): Problem[] {
  return error.issues.map((issue) =>
    problemFromMessage(issue.path.map(String).join('.'), issue.message),
  );
}
