/** Display names for coded values, marked for translation. */
import type { ActivityFilter, Indicator } from '../domain/schema';
import { formatValue } from './format';
import type { Role } from '../domain/roles';
import type { ActivityStatus, ActivityType, Modality, SubRegion } from '../domain/vocabulary';
import type { Classification, IndicatorPeriodResult, Unclassified } from '../results/indicators';
import type { Period } from '../results/periods';
import type { Status } from '../results/status';
import type { Contribution } from '../results/contribution';
import type { ItemState } from '../results/workplan';

/** Where a work-plan item stands (results/workplan.ts). */
export const ITEM_STATE_LABELS: Record<ItemState, string> = {
  delivered: $localize`:work-plan item state:Delivered`,
  'in-progress': $localize`:work-plan item state:In progress`,
  delayed: $localize`:work-plan item state:Delayed`,
  cancelled: $localize`:work-plan item state:Cancelled`,
  'not-yet-due': $localize`:work-plan item state:Not yet due`,
};

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

export const INDICATOR_LEVEL_LABELS: Record<Indicator['level'], string> = {
  output: $localize`Output`,
  outcome: $localize`Outcome`,
};

export const SUB_REGION_LABELS: Record<SubRegion, string> = {
  'South-East Asia': $localize`South-East Asia`,
  'East Asia': $localize`East Asia`,
  'South Asia': $localize`South Asia`,
  Pacific: $localize`Pacific`,
  'Middle East / West Asia': $localize`Middle East / West Asia`,
  Americas: $localize`Americas`,
  Europe: $localize`Europe`,
  Global: $localize`Global`,
};

/** What a field the record does not state (or states unusably) reads as. */
export const NOT_RECORDED = $localize`Not recorded`;

/** The label of a vocabulary value, or "Not recorded" when the record has none. */
export function vocabularyLabel<K extends string>(
  labels: Record<K, string>,
  value: K | null,
): string {
  return value === null ? NOT_RECORDED : labels[value];
}

export const ROLE_LABELS: Record<Role, string> = {
  'co-manager': $localize`Co-manager`,
  'co-chair': $localize`Co-chair`,
  'wg-member': $localize`Working-group member`,
  administrator: $localize`Administrator`,
};

export const STATUS_LABELS: Record<Status, string> = {
  'on-track': $localize`On track`,
  'at-risk': $localize`At risk`,
  'off-track': $localize`Off track`,
  depends: $localize`Depends on missing data`,
  'no-data': $localize`No data`,
  'not-yet-due': $localize`Not yet due`,
  'no-target': $localize`No target`,
  'no-baseline': $localize`No baseline`,
};

const CLASSIFICATION_NAMES: Record<Classification, string> = {
  goals: $localize`strategic goal`,
  purposes: $localize`core purpose`,
  functions: $localize`function`,
  workingGroups: $localize`working group`,
};

/**
 * Why a figure that counts activities by classification may be low: "3 activities of this
 * period have no strategic goal recorded; the figure may be low." Null when none lack it.
 */
export function classificationNote(unclassified: readonly Unclassified[]): string | null {
  if (unclassified.length === 0) return null;
  const parts = unclassified.map(
    (u) =>
      $localize`${u.count}:count: ${u.count === 1 ? $localize`activity has` : $localize`activities have`}:have: no ${CLASSIFICATION_NAMES[u.field]}:classification: recorded`,
  );
  return $localize`In this period ${parts.join('; ')}:parts:: the figure may be low.`;
}

/**
 * The range a status that depends on missing data lies in, and what would decide it:
 * "Between 4 and 44 of 20 targeted: classify the 40 activities with no strategic goal recorded
 * to decide." Null for any other status.
 */
export function boundsNote(
  result: Pick<
    IndicatorPeriodResult,
    'actual' | 'target' | 'bounds' | 'status' | 'unclassified' | 'contribution'
  >,
): string | null {
  // A filtered view shows the RSO's status: its range is the RSO's too.
  const p = result.contribution?.judgedBy === 'rso' ? result.contribution.rso : result;
  if (p.status !== 'depends' || !p.bounds) return null;
  const low = formatValue(p.actual.value ?? 0);
  const high = formatValue(p.bounds.high.value);
  const missing = p.unclassified.map((u) => CLASSIFICATION_NAMES[u.field]).join($localize` or `);
  const range =
    p.target === null
      ? $localize`Between ${low}:low: and ${high}:high:`
      : $localize`Between ${low}:low: and ${high}:high: of ${formatValue(p.target)}:target: targeted`;
  return p.bounds.undecided === 1
    ? $localize`${range}:range:: classify the activity with no ${missing}:missing: recorded to decide.`
    : $localize`${range}:range:: classify the ${p.bounds.undecided}:count: activities with no ${missing}:missing: recorded to decide.`;
}

/**
 * Whose status a chip shows in a view narrowed to part of the RSO: the RSO's (a slice has no
 * target of its own) or the working group's against its own target. Null for the RSO as a
 * whole, where it goes without saying.
 */
export function statusOwner(
  c: Pick<Contribution, 'judgedBy'> | undefined,
): { short: string; title: string } | null {
  if (!c) return null;
  return c.judgedBy === 'group'
    ? {
        short: $localize`Group target`,
        title: $localize`The working group's status against the target it set itself`,
      }
    : {
        short: $localize`RSO`,
        title: $localize`The RSO's status as a whole: a part of the RSO is not judged against the RSO's targets`,
      };
}

/**
 * A slice's contribution in words: "4 of the RSO's 12 (33 %)"; for a ratio or mean the two
 * figures side by side ("41.2 %; the RSO: 45 %"); "reported for the RSO as a whole" where the
 * slice has no figure of its own. Null for the RSO as a whole.
 */
export function contributionText(
  p: Pick<IndicatorPeriodResult, 'actual' | 'contribution'>,
  unit = '',
): string | null {
  const c = p.contribution;
  if (!c) return null;
  const rso = formatValue(c.rso.actual.value, unit);
  if (c.kind === 'whole') return $localize`Reported for the RSO as a whole: ${rso}:value:`;
  const mine = formatValue(p.actual.value, unit);
  if (c.kind === 'beside') return $localize`${mine}:value:; the RSO: ${rso}:rso:`;
  const share = c.share === null ? null : formatValue(Math.round(c.share * 1000) / 10, '%');
  const text =
    share === null
      ? $localize`${mine}:value: of the RSO's ${rso}:rso:`
      : $localize`${mine}:value: of the RSO's ${rso}:rso: (${share}:share:)`;
  if (c.unplaced === 0) return text;
  return c.unplaced === 1
    ? $localize`at least ${text}:contribution:: 1 more activity may belong here (what the filter selects by is not recorded for it)`
    : $localize`at least ${text}:contribution:: ${c.unplaced}:count: more activities may belong here (what the filter selects by is not recorded for them)`;
}

/** How an indicator's figure accrues, when not per period. */
export const BASIS: Record<Indicator['cumulation'], string | null> = {
  period: null,
  cumulative: $localize`cumulative since the framework start`,
  latest: $localize`latest value`,
};

/** What a status that is not an assessment means, for the places that explain it. */
export function statusExplanation(status: Status): string | null {
  switch (status) {
    case 'no-baseline':
      return $localize`Progress on a decreasing indicator runs from its baseline to its target: record a baseline to assess it.`;
    case 'no-target':
      return $localize`No target is set for this period.`;
    case 'not-yet-due':
      return $localize`The period has not started yet.`;
    case 'depends':
      return $localize`Some activities of the period have no classification recorded: counted or not, they would give different statuses. Classify them to decide.`;
    default:
      return null;
  }
}

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

/**
 * Months as a written date names them: abbreviated in English ("5 Mar 2026"), in full where
 * the language writes dates so ("5 Maret 2026"). Separate messages from the short names that
 * label chart categories, where room is short in every language.
 */
const DATE_MONTHS = [
  $localize`:written date|month of a written date:Jan`,
  $localize`:written date|month of a written date:Feb`,
  $localize`:written date|month of a written date:Mar`,
  $localize`:written date|month of a written date:Apr`,
  $localize`:written date|month of a written date:May`,
  $localize`:written date|month of a written date:Jun`,
  $localize`:written date|month of a written date:Jul`,
  $localize`:written date|month of a written date:Aug`,
  $localize`:written date|month of a written date:Sep`,
  $localize`:written date|month of a written date:Oct`,
  $localize`:written date|month of a written date:Nov`,
  $localize`:written date|month of a written date:Dec`,
];

/** `2026-03-05` → `5 Mar 2026`, from the string itself (no Date, so no time-zone shift). */
export function formatIsoDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(d)} ${DATE_MONTHS[Number(m) - 1]} ${y}`;
}

export function formatRange(start: string, end: string): string {
  return `${formatIsoDate(start)} – ${formatIsoDate(end)}`;
}

/** A work-plan year by its start year: "2019", or "2019/20" when it starts after January. */
function yearLabel(startYear: number, firstMonth: number): string {
  return firstMonth === 1
    ? String(startYear)
    : `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** A period's name in words: "2019", "2019/20 H1", "Mar 2026", "Since 7th MC". */
export function periodLabel(period: Period): string {
  const name = period.name;
  switch (name.kind) {
    case 'year':
      return yearLabel(name.startYear, name.firstMonth);
    case 'half':
      return $localize`${yearLabel(name.startYear, name.firstMonth)}:year: H${name.part}:half:`;
    case 'quarter':
      return $localize`${yearLabel(name.startYear, name.firstMonth)}:year: Q${name.part}:quarter:`;
    case 'month':
      return `${MONTHS[name.month - 1]} ${name.year}`;
    case 'framework':
      return name.name;
    case 'range':
      return `${period.start} – ${period.end}`;
    case 'last-12-months':
      return $localize`Last 12 months`;
    case 'since':
      return $localize`Since ${name.meeting}:meeting:`;
    case 'between':
      return $localize`From ${name.from}:from: to ${name.to}:to:`;
  }
}

const FILTER_NAMES: Record<keyof ActivityFilter, string> = {
  types: $localize`types`,
  statuses: $localize`statuses`,
  goals: $localize`goals`,
  purposes: $localize`purposes`,
  functions: $localize`functions`,
  workingGroups: $localize`working groups`,
  members: $localize`members`,
  modalities: $localize`modalities`,
};

/** Which activities an indicator counts, as readable lines ("types: Training, Workshop"). */
export function filterDescription(filter: ActivityFilter | undefined): string[] {
  if (!filter) return [];
  const label = (key: keyof ActivityFilter, value: string): string =>
    key === 'types'
      ? ACTIVITY_TYPE_LABELS[value as ActivityType]
      : key === 'statuses'
        ? ACTIVITY_STATUS_LABELS[value as ActivityStatus]
        : key === 'modalities'
          ? MODALITY_LABELS[value as Modality]
          : value;
  return (Object.keys(FILTER_NAMES) as (keyof ActivityFilter)[])
    .filter((key) => filter[key]?.length)
    .map((key) => `${FILTER_NAMES[key]}: ${filter[key]!.map((v) => label(key, v)).join(', ')}`);
}
