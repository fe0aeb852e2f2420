/** Which collections the API serves, and how they may be written. */

/** Reference data: written by the data set, never through the API. */
export const READ_ONLY_COLLECTIONS = [
  'frameworks',
  'goals',
  'purposes',
  'functions',
  'members',
  'workingGroups',
  'meetings',
] as const;

/** Collections the app loads together at start: everything but the activities. */
export const REFERENCE_COLLECTIONS = [
  ...READ_ONLY_COLLECTIONS,
  'indicators',
  'actuals',
  'narratives',
  'settings',
] as const;
