/**
 * How a real event list maps to the activities template: the template's fields, the words real
 * lists use for its columns and coded values ("online" → virtual, "Thailand" → THA). The mapping
 * itself is shared with every import (shared/import/mapping.ts).
 */
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, MODALITIES } from '../../domain/vocabulary';
import * as mapping from '../../shared/import/mapping';
import {
  type Choice,
  type ImportMapping,
  type ImportSpec,
  vocabularyChoices,
  type Vocabulary,
} from '../../shared/import/mapping';
import { COLUMNS, REQUIRED_COLUMNS } from './activity-table';

export type { Choice, ImportMapping, Vocabulary };
export type Field = (typeof COLUMNS)[number];

/** Fields whose values are codes: each source value is mapped to one of the allowed ones. */
export const CODED = [
  'type',
  'status',
  'modality',
  'hostCountry',
  'workingGroups',
  'members',
] as const;
export type CodedField = (typeof CODED)[number];

export function choicesFor(field: string, vocab: Vocabulary): Choice[] {
  switch (field) {
    case 'type':
      return ACTIVITY_TYPES.map((code) => ({ code, label: code }));
    case 'status':
      return ACTIVITY_STATUSES.map((code) => ({ code, label: code }));
    case 'modality':
      return MODALITIES.map((code) => ({ code, label: code }));
    case 'hostCountry':
    case 'members':
      return vocabularyChoices('members', vocab);
    case 'workingGroups':
      return vocabularyChoices('groups', vocab);
    default:
      return [];
  }
}

/** Words a real list uses for the template's columns. */
const HEADER_WORDS: Partial<Record<Field, readonly string[]>> = {
  title: ['title', 'event', 'event name', 'name', 'activity'],
  type: ['type', 'event type', 'activity type', 'format'],
  status: ['status', 'state'],
  startDate: ['startdate', 'start date', 'start', 'from', 'date from', 'begins'],
  endDate: ['enddate', 'end date', 'end', 'to', 'date to', 'ends', 'date'],
  modality: ['modality', 'mode', 'delivery', 'online/in person'],
  location: ['location', 'venue', 'place', 'city'],
  hostCountry: ['hostcountry', 'host country', 'host', 'country'],
  workingGroups: ['workinggroups', 'working group', 'working groups', 'wg', 'group'],
  members: ['members', 'countries', 'participating countries', 'member states'],
  participantsTotal: ['participantstotal', 'participants', 'total participants', 'attendees'],
  participantsFemale: ['participantsfemale', 'women', 'female'],
  participantsMale: ['participantsmale', 'men', 'male'],
  goals: ['goals', 'strategic goals'],
  purposes: ['purposes', 'core purposes'],
  functions: ['functions'],
  partners: ['partners'],
  notes: ['notes', 'comments', 'remarks'],
  cost: ['cost', 'budget'],
};

/** Words a real list uses for the coded values. */
const VALUE_WORDS: Partial<Record<CodedField, Record<string, string>>> = {
  modality: {
    online: 'virtual',
    virtual: 'virtual',
    remote: 'virtual',
    'in person': 'in-person',
    'face to face': 'in-person',
    physical: 'in-person',
    hybrid: 'hybrid',
    blended: 'hybrid',
  },
  type: {
    forum: 'conference',
    meeting: 'roundtable',
    'round table': 'roundtable',
    seminar: 'workshop',
    course: 'training',
    'capacity building': 'training',
    exercise: 'table-top-exercise',
    'table top exercise': 'table-top-exercise',
    study: 'research',
    campaign: 'information-campaign',
  },
  status: {
    done: 'completed',
    held: 'completed',
    finished: 'completed',
    complete: 'completed',
    'in progress': 'ongoing',
    scheduled: 'planned',
    postponed: 'planned',
    canceled: 'cancelled',
  },
};

export const ACTIVITY_IMPORT: ImportSpec = {
  key: 'rso-import-mapping',
  fields: COLUMNS,
  required: REQUIRED_COLUMNS,
  coded: CODED,
  lists: new Set(['goals', 'purposes', 'functions', 'workingGroups', 'partners', 'members']),
  headerWords: HEADER_WORDS as ImportSpec['headerWords'],
  valueWords: VALUE_WORDS as ImportSpec['valueWords'],
  choices: choicesFor,
};

export const suggestColumns = (headers: readonly string[]) =>
  mapping.suggestColumns(headers, ACTIVITY_IMPORT) as Partial<Record<Field, string | null>>;
export const suggestValues = (field: CodedField, found: readonly string[], vocab: Vocabulary) =>
  mapping.suggestValues(field, found, vocab, ACTIVITY_IMPORT);
export const unmappedValues = (
  table: readonly (readonly string[])[],
  m: ImportMapping,
  field: CodedField,
) => mapping.unmappedValues(table, m, field, ACTIVITY_IMPORT);
export const applyMapping = (table: readonly (readonly string[])[], m: ImportMapping) =>
  mapping.applyMapping(table, m, ACTIVITY_IMPORT);
