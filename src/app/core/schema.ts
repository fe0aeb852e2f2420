/**
 * The one definition of every stored record. The mock API validates writes with it and the
 * app validates what the API returns with it, so the two can never disagree about a field.
 * Plain TypeScript + zod: no Angular imports (the Node server loads this file too).
 */
import { z } from 'zod';

/** A calendar date `YYYY-MM-DD` that exists (no time, no zone). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isRealCalendarDate, 'must be a real calendar date');

function isRealCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (m < 1 || m > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= daysInMonth;
}

const id = z.string().min(1, 'must not be empty').max(64, 'must be at most 64 characters');
const code = z.string().min(1).max(32);
/**
 * Free text is shown as text everywhere, never as markup. Script tags and control characters
 * are refused anyway: they are never legitimate in a record and usually mean a paste gone wrong.
 */
const safeText = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !/<\s*\/?\s*script/i.test(v), 'must not contain script tags')
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), 'must not contain control characters');
const shortText = (max = 200) => safeText(max).refine((v) => v.trim().length > 0, 'is required');
const optionalText = (max = 2000) => safeText(max).optional();
/** A count that may be unknown: null means "not recorded", never zero. */
const count = z.number().int('must be a whole number').min(0, 'must not be negative').nullable();

export const ACTIVITY_TYPES = [
  'training',
  'workshop',
  'roundtable',
  'table-top-exercise',
  'conference',
  'secondment',
  'research',
  'policy-resource',
  'information-campaign',
  'community-of-practice',
] as const;
export const ACTIVITY_STATUSES = ['planned', 'ongoing', 'completed', 'cancelled'] as const;
export const MODALITIES = ['in-person', 'virtual', 'hybrid'] as const;
export const SUB_REGIONS = [
  'South-East Asia',
  'East Asia',
  'South Asia',
  'Pacific',
  'Middle East / West Asia',
  'Americas',
  'Europe',
  'Global',
] as const;

export const frameworkSchema = z.object({
  id,
  name: shortText(),
  start: isoDate,
  end: isoDate,
});

export const goalSchema = z.object({
  id,
  code,
  framework: id,
  title: shortText(),
  statement: z.string().max(2000),
});

export const purposeSchema = z.object({ id, code, title: shortText(), statement: z.string().max(2000) });
export const functionSchema = z.object({ id, code, title: shortText(), statement: z.string().max(2000) });

export const memberSchema = z.object({
  id,
  code,
  name: shortText(),
  kind: z.enum(['state', 'organisation']),
  status: z.enum(['member', 'observer']),
  subRegion: z.enum(SUB_REGIONS),
});

export const workingGroupSchema = z.object({
  id,
  code,
  name: shortText(),
  established: isoDate.nullable(),
});

export const meetingSchema = z.object({
  id,
  name: shortText(),
  shortName: shortText(80),
  kind: z.enum(['ministerial-conference', 'ahg-som', 'other']),
  date: isoDate,
  place: z.string().max(120),
});

export const participantsSchema = z.object({ total: count, female: count, male: count });

export const activityMemberSchema = z.object({ code, count });

export const activitySchema = z.object({
  id,
  title: shortText(200),
  type: z.enum(ACTIVITY_TYPES),
  status: z.enum(ACTIVITY_STATUSES),
  startDate: isoDate,
  endDate: isoDate,
  modality: z.enum(MODALITIES),
  location: z.string().max(120).optional(),
  hostCountry: code.nullable().optional(),
  workingGroups: z.array(id).max(20),
  goals: z.array(id).max(20),
  purposes: z.array(id).max(10),
  functions: z.array(id).max(10),
  partners: z.array(shortText(120)).max(30),
  participants: participantsSchema,
  members: z.array(activityMemberSchema).max(100),
  evaluation: z
    .object({
      satisfaction: z.number().min(1).max(5).nullable().optional(),
      knowledgeGain: z.number().min(-100).max(100).nullable().optional(),
    })
    .optional(),
  cost: z.number().min(0, 'must not be negative').nullable().optional(),
  notes: optionalText(),
  version: z.number().int().min(1),
});

/** Numeric activity fields a measure can sum, average or divide. */
export const NUMERIC_FIELDS = [
  'participants.total',
  'participants.female',
  'participants.male',
  'participants.sexKnown',
  'evaluation.satisfaction',
  'evaluation.knowledgeGain',
  'cost',
] as const;
/** List-valued fields a measure can count distinct values of. */
export const LIST_FIELDS = ['memberStates', 'members', 'workingGroups', 'hostCountry'] as const;

type MeasureShape =
  | { kind: 'count' }
  | { kind: 'sum'; field: (typeof NUMERIC_FIELDS)[number] }
  | { kind: 'mean'; field: (typeof NUMERIC_FIELDS)[number] }
  | { kind: 'distinct'; field: (typeof LIST_FIELDS)[number] }
  | { kind: 'ratio'; numerator: MeasureShape; denominator: MeasureShape; scale: number }
  | { kind: 'reported' };

export const measureSchema: z.ZodType<MeasureShape> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('count') }),
    z.object({ kind: z.literal('sum'), field: z.enum(NUMERIC_FIELDS) }),
    z.object({ kind: z.literal('mean'), field: z.enum(NUMERIC_FIELDS) }),
    z.object({ kind: z.literal('distinct'), field: z.enum(LIST_FIELDS) }),
    z.object({
      kind: z.literal('ratio'),
      numerator: measureSchema,
      denominator: measureSchema,
      scale: z.number().positive(),
    }),
    z.object({ kind: z.literal('reported') }),
  ]),
);

/** Which activities an indicator counts; every list is "any of". */
export const activityFilterSchema = z.object({
  types: z.array(z.enum(ACTIVITY_TYPES)).optional(),
  statuses: z.array(z.enum(ACTIVITY_STATUSES)).optional(),
  goals: z.array(id).optional(),
  purposes: z.array(id).optional(),
  functions: z.array(id).optional(),
  workingGroups: z.array(id).optional(),
  members: z.array(code).optional(),
  modalities: z.array(z.enum(MODALITIES)).optional(),
});

/** Target period keys: `2019` (year), `2019-H1`/`2019-H2` (half-year). */
export const periodKey = z.string().regex(/^\d{4}(-H[12]|-Q[1-4]|-\d{2})?$/, 'must be a period like 2019 or 2019-H1');

export const indicatorSchema = z.object({
  id,
  code,
  name: shortText(),
  definition: z.string().max(2000),
  framework: id,
  level: z.enum(['output', 'outcome']),
  unit: z.string().max(40),
  direction: z.enum(['increase', 'decrease']),
  goals: z.array(id),
  purposes: z.array(id),
  measure: measureSchema,
  cumulation: z.enum(['period', 'cumulative', 'latest']),
  filter: activityFilterSchema.optional(),
  baseline: z.object({ value: z.number().nullable(), date: isoDate.nullable() }),
  targets: z.array(z.object({ period: periodKey, value: z.number() })),
  frameworkTarget: z.number().nullable(),
  dataSource: z.string().max(400),
  responsible: z.string().max(120),
});

export const actualSchema = z.object({
  id,
  indicator: id,
  date: isoDate,
  value: z.number(),
  note: optionalText(),
});

export const narrativeSchema = z.object({
  id,
  indicator: id.nullable(),
  goal: id.nullable(),
  period: periodKey,
  text: shortText(4000),
  author: z.string().max(120),
  updated: isoDate,
});

export const settingsSchema = z.object({
  id,
  yearStartMonth: z.number().int().min(1).max(12),
  onTrackThreshold: z.number().gt(0).max(2),
  atRiskThreshold: z.number().min(0).max(2),
  currentFramework: id,
  demoData: z.boolean(),
});

export type Framework = z.infer<typeof frameworkSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Purpose = z.infer<typeof purposeSchema>;
export type RsoFunction = z.infer<typeof functionSchema>;
export type Member = z.infer<typeof memberSchema>;
export type WorkingGroup = z.infer<typeof workingGroupSchema>;
export type Meeting = z.infer<typeof meetingSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type ActivityType = Activity['type'];
export type ActivityStatus = Activity['status'];
export type Modality = Activity['modality'];
export type ActivityFilter = z.infer<typeof activityFilterSchema>;
export type Measure = MeasureShape;
export type NumericField = (typeof NUMERIC_FIELDS)[number];
export type ListField = (typeof LIST_FIELDS)[number];
export type Indicator = z.infer<typeof indicatorSchema>;
export type Actual = z.infer<typeof actualSchema>;
export type Narrative = z.infer<typeof narrativeSchema>;
export type Settings = z.infer<typeof settingsSchema>;

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
} as const;
export type CollectionName = keyof typeof COLLECTION_SCHEMAS;

/** A record that failed its schema: set aside, counted and explained, never shown as data. */
export interface RejectedRecord {
  collection: CollectionName;
  id: string | null;
  problems: string[];
}

/** Splits an API response into records that satisfy the schema and ones that do not. */
export function partitionRecords<T>(
  collection: CollectionName,
  rows: unknown,
  schema: z.ZodType<T>,
): { valid: T[]; rejected: RejectedRecord[] } {
  if (!Array.isArray(rows)) {
    return {
      valid: [],
      rejected: [{ collection, id: null, problems: ['the response is not a list of records'] }],
    };
  }
  const valid: T[] = [];
  const rejected: RejectedRecord[] = [];
  for (const row of rows) {
    const result = schema.safeParse(row);
    if (result.success) valid.push(result.data);
    else rejected.push({ collection, id: recordId(row), problems: describeIssues(result.error) });
  }
  return { valid, rejected };
}

function recordId(row: unknown): string | null {
  if (row && typeof row === 'object' && 'id' in row) {
    const value = (row as { id: unknown }).id;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
  }
  return null;
}

/** Turns zod issues into sentences that name the field: "participants.total: must not be negative". */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
