/**
 * Version conflicts on an activity, as pure functions of form values: which fields each side
 * changed since the record was opened, and a merge that applies mine on top of theirs.
 */
import { sameJson } from '../../domain/same-json';
import type { Activity } from '../../domain/schema';
import { ActivityFormValue, formFromActivity } from './activity-form';

type Field = keyof ActivityFormValue;

/** The fields of `value` that differ from `original`. */
export function changedFields(value: ActivityFormValue, original: ActivityFormValue): Field[] {
  return (Object.keys(value) as Field[]).filter((k) => !sameJson(value[k], original[k]));
}

export interface Conflict {
  /** The record as it is now on the server. */
  current: Activity;
  /** Fields they changed since I opened the record. */
  theirs: Field[];
  /** Fields I changed. */
  mine: Field[];
  /** Fields we both changed: the real conflicts. */
  both: Field[];
}

export function describeConflict(
  current: Activity,
  original: ActivityFormValue,
  mine: ActivityFormValue,
): Conflict {
  const theirs = changedFields(formFromActivity(current), original);
  const changed = changedFields(mine, original);
  return { current, theirs, mine: changed, both: changed.filter((k) => theirs.includes(k)) };
}

/**
 * Their record with the fields I changed applied on top, for me to review and save: nothing of
 * either edit is lost where we touched different fields.
 */
export function reapplyMine(
  current: Activity,
  original: ActivityFormValue,
  mine: ActivityFormValue,
): ActivityFormValue {
  const merged = formFromActivity(current);
  for (const key of changedFields(mine, original))
    (merged as unknown as Record<Field, unknown>)[key] = mine[key];
  return merged;
}
