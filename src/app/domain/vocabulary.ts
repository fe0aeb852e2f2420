/**
 * The coded values of the data model. No validation library here: the shell imports these
 * eagerly, while the schemas (and their validator) load with the data.
 */
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
export type SubRegion = (typeof SUB_REGIONS)[number];

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

export type MeasureShape =
  | { kind: 'count' }
  | { kind: 'sum'; field: (typeof NUMERIC_FIELDS)[number] }
  | { kind: 'mean'; field: (typeof NUMERIC_FIELDS)[number] }
  | { kind: 'distinct'; field: (typeof LIST_FIELDS)[number] }
  | { kind: 'ratio'; numerator: MeasureShape; denominator: MeasureShape; scale: number }
  | { kind: 'reported' };

export type Measure = MeasureShape;
export type NumericField = (typeof NUMERIC_FIELDS)[number];
export type ListField = (typeof LIST_FIELDS)[number];
export type ActivityType = (typeof ACTIVITY_TYPES)[number];
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export type Modality = (typeof MODALITIES)[number];
