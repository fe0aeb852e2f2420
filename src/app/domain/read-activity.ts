/**
 * Reads an activity from the API field by field. A record with one unusable field (a negative
 * count, an unknown status, a member entry without a code…) is kept: that field reads as
 * unknown and the record carries the problem, so it counts wherever its other fields allow and
 * is listed on Data quality. Only a record that cannot be placed at all — not an object, no
 * usable id, no usable end date — is set aside.
 */
import type { Problem } from './problems';
import {
  type Activity,
  activityReadSchema,
  activitySchema,
  describeIssues,
  idSchema,
  isoDate,
  type RecordReader,
} from './schema';

type Draft = Record<string, unknown>;

/** Lists whose unusable entries are dropped (the rest of the list is kept). */
const LISTS = new Set(['goals', 'purposes', 'functions', 'workingGroups', 'partners', 'members']);
/** Fields that read as null when unusable. */
const NULLABLE = new Set(['type', 'status', 'modality', 'startDate', 'hostCountry', 'cost']);
/** Optional fields that read as absent when unusable. */
const OPTIONAL = new Set(['location', 'notes', 'evaluation']);

export const readActivity: RecordReader<Activity> = (row) => {
  const strict = activitySchema.safeParse(row);
  if (strict.success) return { record: strict.data };
  if (!row || typeof row !== 'object' || Array.isArray(row))
    return { problems: [{ field: '', code: 'not-object' }] };
  const raw = row as Draft;
  const unplaceable = [
    ...prefixed('id', idSchema.safeParse(raw['id'])),
    ...prefixed('endDate', isoDate.safeParse(raw['endDate'])),
  ];
  if (unplaceable.length) return { problems: unplaceable };

  const draft = copy(raw);
  const problems: Problem[] = [];
  // Each pass makes every reported field unknown; a field inside a dropped entry can only
  // show up once its parent is fixed, hence a few passes.
  for (let pass = 0; pass < 4; pass++) {
    const result = activityReadSchema.safeParse(draft);
    if (result.success) return { record: { ...result.data, readProblems: problems } };
    const removals = new Map<string, number[]>();
    for (const issue of result.error.issues) {
      if (!makeUnknown(draft, issue.path, removals)) {
        return { problems: describeIssues(result.error) };
      }
    }
    problems.push(...describeIssues(result.error));
    for (const [list, indexes] of removals) {
      const items = draft[list] as unknown[];
      draft[list] = items.filter((_, i) => !indexes.includes(i));
    }
  }
  return { problems };
};

/** A single field's problems, named by that field. */
function prefixed(
  field: string,
  result: { success: true } | { success: false; error: Parameters<typeof describeIssues>[0] },
): Problem[] {
  return result.success ? [] : describeIssues(result.error).map((p) => ({ ...p, field }));
}

/** A copy deep enough that fixing a field never touches the response's own objects. */
function copy(raw: Draft): Draft {
  const draft: Draft = { ...raw };
  for (const key of LISTS) if (Array.isArray(raw[key])) draft[key] = [...(raw[key] as unknown[])];
  if (Array.isArray(raw['members']))
    draft['members'] = (raw['members'] as unknown[]).map((m) =>
      m && typeof m === 'object' ? { ...m } : m,
    );
  for (const key of ['participants', 'evaluation'])
    if (raw[key] && typeof raw[key] === 'object') draft[key] = { ...(raw[key] as Draft) };
  return draft;
}

/** Makes the value at `path` unknown; false when there is no sensible unknown for it. */
function makeUnknown(
  draft: Draft,
  path: readonly PropertyKey[],
  removals: Map<string, number[]>,
): boolean {
  const [field, index, leaf] = path.map(String);
  if (field === undefined) return false;
  if (field === 'title') {
    draft['title'] = '';
    return true;
  }
  if (field === 'version') {
    draft['version'] = 0;
    return true;
  }
  if (field === 'participants') {
    const current = draft['participants'];
    if (index === undefined || !current || typeof current !== 'object')
      draft['participants'] = { total: null, female: null, male: null };
    else (current as Draft)[index] = null;
    return true;
  }
  if (field === 'evaluation' && index !== undefined) {
    (draft['evaluation'] as Draft)[index] = null;
    return true;
  }
  if (LISTS.has(field)) {
    if (index === undefined || !Array.isArray(draft[field])) draft[field] = [];
    else if (field === 'members' && leaf === 'count')
      ((draft['members'] as Draft[])[Number(index)] as Draft)['count'] = null;
    else removals.set(field, [...(removals.get(field) ?? []), Number(index)]);
    return true;
  }
  if (NULLABLE.has(field)) {
    draft[field] = null;
    return true;
  }
  if (OPTIONAL.has(field)) {
    delete draft[field];
    return true;
  }
  return false;
}
