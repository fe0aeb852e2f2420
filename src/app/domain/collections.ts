/** Which collections the API serves, and how they may be written. */

/** Reference data: written by the data set, never through the API. */
export const READ_ONLY_COLLECTIONS = [
  'goals',
  'purposes',
  'functions',
  'members',
  'workingGroups',
] as const;

/** Records that change through the API, each carrying the version it was read at. */
export const VERSIONED_COLLECTIONS = [
  'activities',
  'frameworks',
  'meetings',
  'indicators',
  'actuals',
  'narratives',
  'settings',
  'workPlans',
] as const;

/** Records of the results framework that co-managers and administrators edit on screen. */
export type EditableCollection = Exclude<(typeof VERSIONED_COLLECTIONS)[number], 'activities'>;

/**
 * Written only through their own requests: a round by its transitions (submit, approve, return,
 * reopen), an approved brief by the approval that freezes it.
 */
export const TRANSITION_COLLECTIONS = ['rounds', 'briefs'] as const;

/** The audit trail: appended by every successful write, never written directly. */
export const AUDIT_COLLECTION = 'audit';

/** Collections the app loads together at start: everything but the activities and the audit trail. */
export const REFERENCE_COLLECTIONS = [
  ...READ_ONLY_COLLECTIONS,
  'frameworks',
  'meetings',
  'indicators',
  'actuals',
  'narratives',
  'settings',
  'rounds',
  'workPlans',
] as const;
