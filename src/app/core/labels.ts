/** Display names for coded values, marked for translation. */
import type { ActivityStatus, ActivityType, Modality } from './vocabulary';
import type { Status } from '../results/status';

export const ACTIVITY_TYPE_LABELS: Record<ActivityType, string> = {
  training: $localize`Training`,
  workshop: $localize`Workshop`,
  roundtable: $localize`Roundtable`,
  'table-top-exercise': $localize`Table-top exercise`,
  conference: $localize`Conference / forum`,
  secondment: $localize`Secondment`,
  research: $localize`Research`,
  'policy-resource': $localize`Policy guide / resource`,
  'information-campaign': $localize`Information campaign`,
  'community-of-practice': $localize`Community of practice`,
};

export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = {
  planned: $localize`Planned`,
  ongoing: $localize`Ongoing`,
  completed: $localize`Completed`,
  cancelled: $localize`Cancelled`,
};

export const MODALITY_LABELS: Record<Modality, string> = {
  'in-person': $localize`In person`,
  virtual: $localize`Virtual`,
  hybrid: $localize`Hybrid`,
};

export const STATUS_LABELS: Record<Status, string> = {
  'on-track': $localize`On track`,
  'at-risk': $localize`At risk`,
  'off-track': $localize`Off track`,
  'no-data': $localize`No data`,
  'not-yet-due': $localize`Not yet due`,
  'no-target': $localize`No target`,
};

const MONTHS = [
  $localize`Jan`,
  $localize`Feb`,
  $localize`Mar`,
  $localize`Apr`,
  $localize`May`,
  $localize`Jun`,
  $localize`Jul`,
  $localize`Aug`,
  $localize`Sep`,
  $localize`Oct`,
  $localize`Nov`,
  $localize`Dec`,
];

/** `2026-03-05` → `5 Mar 2026`, from the string itself (no Date, so no time-zone shift). */
export function formatIsoDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

export function formatRange(start: string, end: string): string {
  return `${formatIsoDate(start)} – ${formatIsoDate(end)}`;
}
