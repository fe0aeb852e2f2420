/**
 * Deterministic demonstration data: the reference facts plus generated activities,
 * indicators with baselines and targets, reported actuals and narratives. The RSO does not
 * publish activity records or targets, so every activity figure here is invented and the
 * data set is flagged `demoData` for the UI to say so.
 */
import { INDICATOR_UNITS_ID, INDICATORS_ID, indonesian } from './reference-id';
import type {
  ValidActivity as Activity,
  ActivityType,
  Actual,
  Indicator,
  Meeting,
  Narrative,
} from '../../src/app/domain/schema';
import { addDays, dayNumber, fromDayNumber, monthStart, yearOf } from '../../src/app/domain/dates';
import {
  computeMeasure,
  filterActivities,
  DEFAULT_STATUSES,
  rangeOf,
  sortByEndDate,
} from '../../src/app/results';
import {
  frameworks,
  functions,
  goals,
  meetings,
  members,
  purposes,
  settings,
  workingGroups,
} from './reference';

/** mulberry32: small, fast, and the same sequence on every machine for a seed. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
    chance: (p: number) => next() < p,
    sample: <T>(list: readonly T[], n: number): T[] => {
      const copy = [...list];
      const out: T[] = [];
      while (out.length < n && copy.length)
        out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
  };
}
type Random = ReturnType<typeof createRandom>;

export interface GenerateOptions {
  activities: number;
  seed: number;
  /** The date the data set is "as of": activities after it are planned or ongoing. */
  today: string;
  firstDate?: string;
  lastDate?: string;
}

/** The date the committed seed (mock-api/db.seed.json) is generated as of. */
export const SEED_TODAY = '2026-11-24';
const SEED = 20180807;
const FIRST_DATE = '2016-01-04';
/** Activities are generated up to this many days after today (the last ones planned). */
const PLANNED_AHEAD_DAYS = 24;
/** 250 activities from FIRST_DATE to 24 days after SEED_TODAY: the density of every demonstration. */
const ACTIVITIES_PER_DAY =
  250 / (dayNumber(addDays(SEED_TODAY, PLANNED_AHEAD_DAYS)) - dayNumber(FIRST_DATE));

/**
 * The demonstration as of a date: records from 2016 up to just after `today`, at the same
 * density whatever the date, so the current work-plan year always has its activities. The same
 * date gives the same data set, byte for byte.
 */
export function demonstrationOptions(today: string = SEED_TODAY): GenerateOptions {
  const lastDate = addDays(today, PLANNED_AHEAD_DAYS);
  return {
    activities: Math.round(ACTIVITIES_PER_DAY * (dayNumber(lastDate) - dayNumber(FIRST_DATE))),
    seed: SEED,
    today,
    firstDate: FIRST_DATE,
    lastDate,
  };
}

export const DEFAULT_OPTIONS: GenerateOptions = demonstrationOptions();

const TOPICS: Record<string, string[]> = {
  SG1: [
    'victim identification',
    'financial investigations into people smuggling',
    'document fraud detection',
    'joint investigations of trafficking networks',
    'online recruitment and trafficking',
  ],
  SG2: [
    'refugee protection and mixed migration',
    'regional information exchange on smuggling routes',
    'labour migration and forced labour',
    'border management best practice',
  ],
  SG3: [
    'voluntary return and reintegration',
    'returns cooperation frameworks',
    'reintegration support for returnees',
  ],
  SG4: [
    'large-scale irregular movements at sea',
    'search and rescue coordination',
    'disembarkation contingency planning',
  ],
  SG5: [
    'secure transfer of biometric data',
    'personal information protection in migration',
    'identity management systems',
  ],
  SG6: ['alignment with ASEAN and COMMIT', 'cooperation with SAARC', 'regional partners dialogue'],
  SG7: [
    'working group support',
    'RSO services for member states',
    'coordination of Bali Process priorities',
  ],
};

const TYPE_LABEL: Record<ActivityType, string> = {
  training: 'Training',
  workshop: 'Workshop',
  roundtable: 'Roundtable',
  'table-top-exercise': 'Table-top exercise',
  conference: 'Regional forum',
  secondment: 'Secondment',
  research: 'Research study',
  'policy-resource': 'Policy guide',
  'information-campaign': 'Information campaign',
  'community-of-practice': 'Community of practice',
};

const TYPE_WEIGHTS: [ActivityType, number][] = [
  ['training', 26],
  ['workshop', 22],
  ['roundtable', 10],
  ['table-top-exercise', 6],
  ['conference', 8],
  ['secondment', 7],
  ['research', 6],
  ['policy-resource', 7],
  ['information-campaign', 4],
  ['community-of-practice', 4],
];

const GOAL_WGS: Record<string, string[]> = {
  SG1: ['WGTIP', 'WGDCN', 'GABF'],
  SG2: ['WGTIP', 'TEWGIM'],
  SG3: ['TEGRR'],
  SG4: ['TFPP'],
  SG5: ['TEWGIM', 'WGDCN'],
  SG6: ['AHG'],
  SG7: ['AHG', 'WGTIP', 'TFPP'],
};

const TYPE_FUNCTIONS: Record<ActivityType, string[]> = {
  training: ['F2'],
  workshop: ['F2', 'F1'],
  roundtable: ['F1'],
  'table-top-exercise': ['F2', 'F4'],
  conference: ['F1', 'F4'],
  secondment: ['F3', 'F2'],
  research: ['F1', 'F3'],
  'policy-resource': ['F2', 'F3'],
  'information-campaign': ['F1'],
  'community-of-practice': ['F1', 'F2'],
};

const TYPE_PURPOSES: Record<ActivityType, string[]> = {
  training: ['CP2'],
  workshop: ['CP2', 'CP3'],
  roundtable: ['CP3', 'CP1'],
  'table-top-exercise': ['CP2'],
  conference: ['CP4', 'CP1'],
  secondment: ['CP2', 'CP1'],
  research: ['CP3'],
  'policy-resource': ['CP3'],
  'information-campaign': ['CP4'],
  'community-of-practice': ['CP3', 'CP1'],
};

const CITIES: Record<string, string> = {
  THA: 'Bangkok',
  IDN: 'Jakarta',
  MYS: 'Kuala Lumpur',
  PHL: 'Manila',
  VNM: 'Hanoi',
  KHM: 'Phnom Penh',
  LKA: 'Colombo',
  AUS: 'Canberra',
  NZL: 'Wellington',
  FJI: 'Suva',
  BGD: 'Dhaka',
  NPL: 'Kathmandu',
  SGP: 'Singapore',
  LAO: 'Vientiane',
  MMR: 'Yangon',
  PAK: 'Islamabad',
  JPN: 'Tokyo',
  KOR: 'Seoul',
  TLS: 'Dili',
  PNG: 'Port Moresby',
  MNG: 'Ulaanbaatar',
  IND: 'New Delhi',
  MDV: 'Malé',
  BRN: 'Bandar Seri Begawan',
};
const HOSTS = Object.keys(CITIES);
const PARTNERS = [
  'IOM',
  'UNHCR',
  'UNODC',
  'ILO',
  'ASEAN Secretariat',
  'INTERPOL',
  'UN-ACT',
  'ICMPD',
];

function weightedType(rand: Random): ActivityType {
  const total = TYPE_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  let r = rand.next() * total;
  for (const [type, w] of TYPE_WEIGHTS) if ((r -= w) < 0) return type;
  return 'training';
}

function durationDays(type: ActivityType, rand: Random): number {
  switch (type) {
    case 'secondment':
      return rand.int(90, 180);
    case 'research':
    case 'policy-resource':
      return rand.int(60, 240);
    case 'information-campaign':
      return rand.int(30, 120);
    case 'community-of-practice':
      return rand.int(30, 365);
    case 'conference':
    case 'roundtable':
      return rand.int(1, 3);
    default:
      return rand.int(2, 5);
  }
}

function participantsFor(type: ActivityType, rand: Random): number {
  if (type === 'secondment') return rand.int(1, 4);
  if (type === 'research' || type === 'policy-resource') return rand.int(5, 25);
  if (type === 'conference') return rand.int(60, 180);
  if (type === 'information-campaign') return rand.int(20, 80);
  return rand.int(12, 60);
}

const memberStates = members
  .filter((m) => m.kind === 'state' && m.status === 'member')
  .map((m) => m.code);
const memberOrgs = members
  .filter((m) => m.kind === 'organisation' && m.status === 'member')
  .map((m) => m.code);

export function generateActivities(options: GenerateOptions): Activity[] {
  const rand = createRandom(options.seed);
  const first = dayNumber(options.firstDate ?? FIRST_DATE);
  const last = dayNumber(options.lastDate ?? addDays(options.today, PLANNED_AHEAD_DAYS));
  const activities: Activity[] = [];
  for (let i = 0; i < options.activities; i++) {
    const type = weightedType(rand);
    const goal = rand.pick(goals).id;
    const goalIds = rand.chance(0.35)
      ? [goal, rand.pick(goals).id].filter((g, j, all) => all.indexOf(g) === j)
      : [goal];
    const startDay = first + Math.floor(((last - first) * (i + rand.next())) / options.activities);
    const startDate = fromDayNumber(startDay);
    const endDate = addDays(startDate, durationDays(type, rand) - 1);
    const status =
      startDate > options.today
        ? 'planned'
        : endDate >= options.today
          ? 'ongoing'
          : rand.chance(0.05)
            ? 'cancelled'
            : 'completed';
    const modality =
      startDate >= '2020-04-01' && startDate < '2022-01-01'
        ? rand.pick(['virtual', 'virtual', 'hybrid'] as const)
        : rand.chance(0.85)
          ? 'in-person'
          : rand.pick(['virtual', 'hybrid'] as const);
    const host = modality === 'virtual' ? null : rand.pick(HOSTS);
    const wgPool = goalIds.flatMap((g) => GOAL_WGS[g]);
    const wgs = rand.chance(0.8) ? rand.sample([...new Set(wgPool)], rand.int(1, 2)) : [];
    const purposeIds = [
      ...new Set([
        ...TYPE_PURPOSES[type].slice(0, rand.int(1, 2)),
        ...(goalIds.includes('SG6') ? ['CP4'] : []),
      ]),
    ];
    const delivered = status === 'completed' || status === 'ongoing';

    const total = delivered ? participantsFor(type, rand) : null;
    let female: number | null = null;
    let male: number | null = null;
    if (total !== null) {
      female = Math.round(total * (0.22 + rand.next() * 0.4));
      male = total - female;
    }
    const stateCount =
      type === 'secondment'
        ? rand.int(1, 3)
        : rand.int(3, Math.min(16, Math.max(3, Math.round((total ?? 20) / 4))));
    const states = rand.sample(memberStates, stateCount);
    const orgs = rand.chance(0.4) ? rand.sample(memberOrgs, rand.int(1, 2)) : [];
    const codes = [...states, ...orgs];
    const withCounts = total !== null && rand.chance(0.75);
    const activityMembers = codes.map((code, j) => ({
      code,
      count: withCounts ? share(total!, codes.length, j) : null,
    }));

    const evaluated =
      status === 'completed' && ['training', 'workshop', 'table-top-exercise'].includes(type);
    const activity: Activity = {
      id: `act-${String(i + 1).padStart(4, '0')}`,
      title: `${TYPE_LABEL[type]} on ${rand.pick(TOPICS[goal])}`,
      type,
      status,
      startDate,
      endDate,
      modality,
      location: host ? CITIES[host] : 'Online',
      hostCountry: host,
      workingGroups: wgs,
      goals: goalIds,
      purposes: purposeIds,
      functions: rand.sample(TYPE_FUNCTIONS[type], rand.int(1, TYPE_FUNCTIONS[type].length)),
      partners: rand.chance(0.6) ? rand.sample(PARTNERS, rand.int(1, 3)) : [],
      participants: { total, female, male },
      members: delivered || rand.chance(0.5) ? activityMembers : [],
      evaluation: evaluated
        ? {
            satisfaction: rand.chance(0.75)
              ? Math.round((3.3 + rand.next() * 1.6) * 10) / 10
              : null,
            knowledgeGain: rand.chance(0.5) ? rand.int(4, 38) : null,
          }
        : undefined,
      cost: delivered && rand.chance(0.65) ? Math.round((total ?? 10) * rand.int(180, 650)) : null,
      notes: '',
      version: 1,
    };
    blurRecord(activity, rand);
    activities.push(activity);
  }
  return activities;
}

/** Splits `total` among `n` members, roughly evenly, exactly summing to total. */
function share(total: number, n: number, index: number): number {
  const base = Math.floor(total / n);
  return base + (index < total - base * n ? 1 : 0);
}

/** Real records are incomplete: some counts are unknown, some sexes unrecorded. */
function blurRecord(a: Activity, rand: Random) {
  if (a.participants.total === null) return;
  const r = rand.next();
  if (r < 0.08) a.participants = { total: null, female: null, male: null };
  else if (r < 0.18) a.participants = { ...a.participants, female: null, male: null };
  else if (r < 0.22) a.participants = { ...a.participants, male: null };
}

/** A handful of deliberately inconsistent records, so data-quality handling has something to show. */
export function inconsistentActivities(activities: Activity[]): void {
  const completed = activities.filter(
    (a) => a.status === 'completed' && a.participants.total !== null,
  );
  const pick = (n: number) => completed[Math.floor((completed.length * n) / 7)];
  const sexOver = pick(1);
  sexOver.participants = { total: 20, female: 24, male: 3 };
  const sexOver2 = pick(2);
  sexOver2.participants = { total: 30, female: 18, male: 19 };
  const backwards = pick(3);
  backwards.endDate = addDays(backwards.startDate, -2);
  backwards.startDate = addDays(backwards.endDate, 4);
  const backwards2 = pick(4);
  [backwards2.startDate, backwards2.endDate] = [
    addDays(backwards2.endDate, 1),
    backwards2.startDate,
  ];
  pick(5).members.push({ code: 'XXB', count: null });
  pick(6).goals = [];
}

interface IndicatorSpec extends Omit<
  Indicator,
  'targets' | 'frameworkTarget' | 'baseline' | 'framework' | 'version'
> {
  /** Multiplier range for targets relative to what the data shows: above 1 makes it hard. */
  ambition: [number, number];
  baselineValue: number | null;
}

const INDICATOR_SPECS: IndicatorSpec[] = [
  {
    id: 'IND-01',
    code: '1.1',
    name: 'Capacity-building activities delivered',
    definition: 'Trainings, workshops and table-top exercises completed in the period.',
    level: 'output',
    unit: 'activities',
    direction: 'increase',
    goals: ['SG1'],
    purposes: ['CP2'],
    measure: { kind: 'count' },
    cumulation: 'period',
    filter: { types: ['training', 'workshop', 'table-top-exercise'] },
    dataSource: 'Activity records; attendance sheets',
    responsible: 'Programme manager',
    ambition: [0.8, 1.3],
    baselineValue: 8,
  },
  {
    id: 'IND-02',
    code: '1.2',
    name: 'Officials trained',
    definition: 'Participants in completed trainings and workshops.',
    level: 'output',
    unit: 'people',
    direction: 'increase',
    goals: ['SG1'],
    purposes: ['CP2'],
    measure: { kind: 'sum', field: 'participants.total' },
    cumulation: 'period',
    filter: { types: ['training', 'workshop'] },
    dataSource: 'Attendance sheets',
    responsible: 'Programme manager',
    ambition: [0.85, 1.4],
    baselineValue: 250,
  },
  {
    id: 'IND-03',
    headline: 'women',
    code: '1.3',
    name: 'Women among participants',
    definition:
      'Women as a share of participants whose sex is recorded, across all completed activities (ratio of sums).',
    level: 'output',
    unit: '%',
    direction: 'increase',
    goals: ['SG1', 'SG2'],
    purposes: ['CP2'],
    measure: {
      kind: 'ratio',
      numerator: { kind: 'sum', field: 'participants.female' },
      denominator: { kind: 'sum', field: 'participants.sexKnown' },
      scale: 100,
    },
    cumulation: 'period',
    dataSource: 'Attendance sheets (sex-disaggregated)',
    responsible: 'Co-managers',
    ambition: [0.95, 1.15],
    baselineValue: 30,
  },
  {
    id: 'IND-04',
    headline: 'memberStates',
    code: '7.1',
    name: 'Member states reached',
    definition:
      'Distinct Bali Process member states that took part in at least one completed activity since the start of the framework.',
    level: 'outcome',
    unit: 'member states',
    direction: 'increase',
    goals: ['SG7'],
    purposes: ['CP1'],
    measure: { kind: 'distinct', field: 'memberStates' },
    cumulation: 'cumulative',
    dataSource: 'Activity records (participating members)',
    responsible: 'Co-managers',
    ambition: [0.95, 1.1],
    baselineValue: 28,
  },
  {
    id: 'IND-05',
    code: '2.1',
    name: 'Information-sharing events held',
    definition: 'Roundtables, forums and community-of-practice sessions completed.',
    level: 'output',
    unit: 'events',
    direction: 'increase',
    goals: ['SG2'],
    purposes: ['CP3'],
    measure: { kind: 'count' },
    cumulation: 'period',
    filter: { types: ['roundtable', 'conference', 'community-of-practice'] },
    dataSource: 'Activity records',
    responsible: 'Information sharing officer',
    ambition: [0.8, 1.5],
    baselineValue: 4,
  },
  {
    id: 'IND-06',
    code: '3.1',
    name: 'Activities on returns cooperation',
    definition: 'Completed activities contributing to cooperation on returns.',
    level: 'output',
    unit: 'activities',
    direction: 'increase',
    goals: ['SG3'],
    purposes: ['CP2'],
    measure: { kind: 'count' },
    cumulation: 'period',
    filter: { goals: ['SG3'] },
    dataSource: 'Activity records',
    responsible: 'Programme manager',
    ambition: [0.9, 1.6],
    baselineValue: 2,
  },
  {
    id: 'IND-07',
    code: '4.1',
    name: 'Exercises on irregular movements at sea',
    definition:
      'Table-top exercises, trainings and workshops on large-scale irregular movements at sea.',
    level: 'output',
    unit: 'activities',
    direction: 'increase',
    goals: ['SG4'],
    purposes: ['CP2'],
    measure: { kind: 'count' },
    cumulation: 'period',
    filter: { goals: ['SG4'], types: ['table-top-exercise', 'training', 'workshop'] },
    dataSource: 'Activity records',
    responsible: 'Programme manager',
    ambition: [0.9, 1.8],
    baselineValue: 1,
  },
  {
    id: 'IND-08',
    code: '5.1',
    name: 'Officials trained on secure information transfer',
    definition:
      'Participants in completed activities on transferring personal information securely.',
    level: 'output',
    unit: 'people',
    direction: 'increase',
    goals: ['SG5'],
    purposes: ['CP2'],
    measure: { kind: 'sum', field: 'participants.total' },
    cumulation: 'period',
    filter: { goals: ['SG5'] },
    dataSource: 'Attendance sheets',
    responsible: 'Programme manager',
    ambition: [0.8, 1.4],
    baselineValue: 40,
  },
  {
    id: 'IND-09',
    code: '6.1',
    name: 'Cooperation arrangements with regional organisations in force',
    definition:
      'Arrangements (MoUs, letters of exchange) with regional organisations such as ASEAN, COMMIT and SAARC in force at the end of the period.',
    level: 'outcome',
    unit: 'arrangements',
    direction: 'increase',
    goals: ['SG6'],
    purposes: ['CP4'],
    measure: { kind: 'reported' },
    cumulation: 'latest',
    dataSource: 'Signed arrangements held by the RSO',
    responsible: 'Co-managers',
    ambition: [1, 1],
    baselineValue: 1,
  },
  {
    id: 'IND-10',
    code: '6.2',
    name: 'Activities delivered with regional partners',
    definition: 'Completed activities contributing to partnerships with regional organisations.',
    level: 'output',
    unit: 'activities',
    direction: 'increase',
    goals: ['SG6'],
    purposes: ['CP4'],
    measure: { kind: 'count' },
    cumulation: 'period',
    filter: { goals: ['SG6'] },
    dataSource: 'Activity records',
    responsible: 'Co-managers',
    ambition: [0.8, 1.5],
    baselineValue: 2,
  },
  {
    id: 'IND-11',
    code: '7.2',
    name: 'Working-group events supported',
    definition:
      'Completed activities giving coordination or operational support to Bali Process working groups.',
    level: 'output',
    unit: 'events',
    direction: 'increase',
    goals: ['SG7'],
    purposes: ['CP1'],
    measure: { kind: 'count' },
    cumulation: 'period',
    filter: { functions: ['F4'] },
    dataSource: 'Activity records',
    responsible: 'Co-managers',
    ambition: [0.8, 1.3],
    baselineValue: 3,
  },
  {
    id: 'IND-12',
    code: '7.3',
    name: 'Participant satisfaction',
    definition: 'Mean satisfaction (1–5) of evaluated trainings, workshops and exercises.',
    level: 'outcome',
    unit: 'score (1–5)',
    direction: 'increase',
    goals: ['SG7'],
    purposes: ['CP1'],
    measure: { kind: 'mean', field: 'evaluation.satisfaction' },
    cumulation: 'period',
    dataSource: 'Post-activity evaluation forms',
    responsible: 'M&E officer',
    ambition: [1, 1.1],
    baselineValue: 3.9,
  },
  {
    id: 'IND-13',
    code: '1.4',
    name: 'Knowledge gain from training',
    definition: 'Mean difference between post- and pre-test scores, in percentage points.',
    level: 'outcome',
    unit: 'points',
    direction: 'increase',
    goals: ['SG1'],
    purposes: ['CP2'],
    measure: { kind: 'mean', field: 'evaluation.knowledgeGain' },
    cumulation: 'period',
    dataSource: 'Pre/post tests',
    responsible: 'M&E officer',
    ambition: [0.95, 1.25],
    baselineValue: 15,
  },
  {
    id: 'IND-14',
    code: '1.5',
    name: 'Secondments completed',
    definition:
      'Officials placed with the RSO for a project, counted since the start of the framework.',
    level: 'output',
    unit: 'secondments',
    direction: 'increase',
    goals: ['SG1'],
    purposes: ['CP2'],
    measure: { kind: 'count' },
    cumulation: 'cumulative',
    filter: { types: ['secondment'] },
    dataSource: 'Secondment agreements',
    responsible: 'Co-managers',
    ambition: [0.9, 1.3],
    baselineValue: 0,
  },
  {
    id: 'IND-15',
    code: '2.2',
    name: 'Policy guides and research published',
    definition:
      'Policy guides, resources and research studies completed since the start of the framework.',
    level: 'output',
    unit: 'publications',
    direction: 'increase',
    goals: ['SG2'],
    purposes: ['CP3'],
    measure: { kind: 'count' },
    cumulation: 'cumulative',
    filter: { types: ['policy-resource', 'research'] },
    dataSource: 'Publication records',
    responsible: 'Policy officer',
    ambition: [0.9, 1.3],
    baselineValue: 0,
  },
  {
    id: 'IND-16',
    code: '7.4',
    name: 'Days to respond to member requests',
    definition:
      'Average working days between a member request for support and the RSO response, as last reported.',
    level: 'outcome',
    unit: 'days',
    direction: 'decrease',
    goals: ['SG7'],
    purposes: ['CP1'],
    measure: { kind: 'reported' },
    cumulation: 'latest',
    dataSource: 'Request log',
    responsible: 'Co-managers',
    ambition: [1, 1],
    baselineValue: 30,
  },
  {
    id: 'IND-17',
    code: '7.5',
    name: 'Cost per participant',
    definition:
      'Activity cost divided by participants, over activities where both are recorded (ratio of sums).',
    level: 'output',
    unit: 'USD',
    direction: 'decrease',
    goals: ['SG7'],
    purposes: ['CP1'],
    measure: {
      kind: 'ratio',
      numerator: { kind: 'sum', field: 'cost' },
      denominator: { kind: 'sum', field: 'participants.total' },
      scale: 1,
    },
    cumulation: 'period',
    dataSource: 'Finance reports; attendance sheets',
    responsible: 'Finance officer',
    ambition: [1, 1],
    baselineValue: 520,
  },
  {
    id: 'IND-18',
    code: '2.3',
    name: 'Information campaigns run',
    definition: 'Public information campaigns completed.',
    level: 'output',
    unit: 'campaigns',
    direction: 'increase',
    goals: ['SG2'],
    purposes: ['CP4'],
    measure: { kind: 'count' },
    cumulation: 'period',
    filter: { types: ['information-campaign'] },
    dataSource: 'Activity records',
    responsible: 'Information sharing officer',
    ambition: [0.9, 1.6],
    baselineValue: 0,
  },
  {
    id: 'IND-19',
    code: '7.6',
    name: 'Member states hosting activities',
    definition: 'Distinct member states that hosted a completed in-person or hybrid activity.',
    level: 'output',
    unit: 'member states',
    direction: 'increase',
    goals: ['SG7'],
    purposes: ['CP1'],
    measure: { kind: 'distinct', field: 'hostCountry' },
    cumulation: 'period',
    dataSource: 'Activity records',
    responsible: 'Co-managers',
    ambition: [0.9, 1.3],
    baselineValue: 5,
  },
  {
    id: 'IND-20',
    code: '7.7',
    name: 'Working groups supported',
    definition: 'Distinct Bali Process working groups served by at least one completed activity.',
    level: 'output',
    unit: 'working groups',
    direction: 'increase',
    goals: ['SG7'],
    purposes: ['CP1'],
    measure: { kind: 'distinct', field: 'workingGroups' },
    cumulation: 'period',
    dataSource: 'Activity records',
    responsible: 'Co-managers',
    ambition: [0.9, 1.1],
    baselineValue: 4,
  },
  {
    id: 'IND-21',
    code: '7.8',
    name: 'Requests for support received from members',
    definition:
      'Requests for RSO support received from member states and working groups, as reported monthly.',
    level: 'outcome',
    unit: 'requests',
    direction: 'increase',
    goals: ['SG7'],
    purposes: ['CP1'],
    measure: { kind: 'reported' },
    cumulation: 'period',
    dataSource: 'Request log (monthly report)',
    responsible: 'Co-managers',
    ambition: [0.9, 1.3],
    baselineValue: 10,
  },
];

/** The same day a year earlier (used for half-year bounds, never 29 February). */
const yearEarlier = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;

/** Targets a planner sets as policy, per year, for levels and stocks (not derived from delivery). */
const POLICY_TARGETS: Record<string, (year: number) => number> = {
  'IND-03': (y) => (y <= 2020 ? 40 : 45),
  'IND-09': (y) => Math.min(7, 2 + Math.floor((y - 2018) / 2)),
  'IND-12': (y) => (y <= 2020 ? 4.0 : 4.2),
  'IND-13': () => 20,
  'IND-16': (y) => Math.max(8, 25 - (y - 2018) * 2),
  'IND-17': (y) => (y <= 2020 ? 450 : 400),
};

/**
 * The framework the demonstration reports on: the RSO's 2024–2026 work plan, carried on to the
 * end of 2028 at least and always to the end of the year after today's, so the demonstration
 * keeps a current year and next year's plan. Its indicators and targets are illustrative.
 */
export function demonstrationFramework(today: string) {
  const last = Math.max(2028, yearOf(today) + 1);
  return {
    id: 'WP2024',
    name: `RSO Work Plan 2024–${last} (demonstration)`,
    ...indonesian({ name: `Rencana Kerja RSO 2024–${last} (demonstrasi)` }),
    start: '2024-01-01',
    end: `${last}-12-31`,
  };
}

/** How indicators of one framework are numbered: the reported one keeps IND-nn. */
const HISTORY_PREFIX = 'SP18-';
export const historicalId = (id: string) => id.replace(/^IND-/, HISTORY_PREFIX);

const ILLUSTRATIVE =
  ' Illustrative: the demonstration framework’s indicators and targets are not the RSO’s.';
const ILLUSTRATIVE_ID =
  ' Ilustratif: indikator dan target kerangka kerja demonstrasi bukan milik RSO.';

/**
 * Indicators with targets set as a planner would (policy levels, or delivery seen plus
 * ambition): the 2018–2020 Strategic Plan's, kept as history (ids SP18-nn), and the reported
 * demonstration framework's (IND-nn) with a target for every year and half-year it spans.
 */
export function buildIndicators(
  rand: Random,
  today: string,
  actualFor: (
    spec: Pick<Indicator, 'measure' | 'filter'>,
    start: string,
    end: string,
  ) => number | null,
): Omit<Indicator, 'version'>[] {
  const history = frameworks[0];
  const current = demonstrationFramework(today);
  const build = (
    framework: { id: string; start: string; end: string },
    id: (id: string) => string,
    definition: (text: string) => string,
    definitionId: (text: string) => string,
  ) =>
    INDICATOR_SPECS.map(({ ambition, baselineValue, ...spec }) => {
      const policy = POLICY_TARGETS[spec.id];
      const cap =
        spec.measure.kind === 'distinct' && spec.measure.field === 'memberStates' ? 45 : Infinity;
      const planned = (observed: number | null) =>
        Math.min(
          cap,
          Math.max(
            1,
            Math.round(
              (observed ?? baselineValue ?? 1) *
                (ambition[0] + rand.next() * (ambition[1] - ambition[0])),
            ),
          ),
        );
      const from = (start: string) =>
        spec.cumulation === 'cumulative' && start >= framework.start ? framework.start : start;
      // What delivery a planner has seen for a period: its own once it has ended, else the
      // same months a year earlier (a target is set before its period runs).
      const seen = (start: string, end: string) =>
        end <= today
          ? actualFor(spec, from(start), end)
          : actualFor(spec, from(yearEarlier(start)), yearEarlier(end));
      const targets: Indicator['targets'] = [];
      const years: number[] = [];
      for (let y = yearOf(framework.start); y <= yearOf(framework.end); y++) years.push(y);
      for (const year of years) {
        let h1: number;
        let h2: number;
        let annual: number;
        if (policy) {
          h1 = h2 = annual = policy(year);
        } else if (spec.cumulation === 'period') {
          h1 = planned(seen(`${year}-01-01`, `${year}-06-30`));
          h2 = planned(seen(`${year}-07-01`, `${year}-12-31`));
          // Distinct counts do not add up across halves; additive ones do.
          annual = spec.measure.kind === 'distinct' ? Math.max(h1, h2) + 1 : h1 + h2;
        } else {
          h1 = planned(seen(`${year}-01-01`, `${year}-06-30`));
          h2 = annual = Math.max(h1, planned(seen(`${year}-01-01`, `${year}-12-31`)));
        }
        targets.push(
          { period: String(year), value: annual },
          { period: `${year}-H1`, value: h1 },
          { period: `${year}-H2`, value: h2 },
        );
      }
      const targetOf = (key: string) => targets.find((t) => t.period === key)?.value ?? 0;
      const additive = spec.cumulation === 'period' && !policy && spec.measure.kind !== 'distinct';
      const frameworkTarget = additive
        ? years.reduce((sum, y) => sum + targetOf(String(y)), 0)
        : targetOf(String(years.at(-1)));
      const baselineDate = addDays(framework.start, -1);
      const texts = INDICATORS_ID[spec.id];
      return {
        ...spec,
        id: id(spec.id),
        definition: definition(spec.definition),
        ...indonesian(
          texts && {
            name: texts.name,
            definition: definitionId(texts.definition),
            unit: INDICATOR_UNITS_ID[spec.unit] ?? spec.unit,
          },
        ),
        framework: framework.id,
        baseline: { value: baselineValue, date: baselineValue === null ? null : baselineDate },
        targets,
        frameworkTarget,
      };
    });
  return [
    ...build(
      current,
      (i) => i,
      (text) => text + ILLUSTRATIVE,
      (text) => text + ILLUSTRATIVE_ID,
    ),
    ...build(
      history,
      historicalId,
      (text) => text,
      (text) => text,
    ),
  ];
}

export function buildActuals(rand: Random, today: string): Omit<Actual, 'version'>[] {
  const actuals: Omit<Actual, 'version'>[] = [];
  // Arrangements in force (a stock): reported whenever one is signed.
  [
    ['2018-09-14', 2],
    ['2019-11-05', 3],
    ['2021-06-22', 4],
    ['2023-03-30', 5],
    ['2025-08-12', 6],
  ].forEach(([date, value], i) =>
    actuals.push({
      id: `actual-09-${i + 1}`,
      indicator: 'IND-09',
      date: date as string,
      value: value as number,
    }),
  );
  // Response time: reported each half-year, falling from the baseline with some noise.
  let days = 30;
  for (let year = 2018; year <= yearOf(today); year++) {
    for (const date of [`${year}-06-30`, `${year}-12-31`]) {
      if (date > today) continue;
      days = Math.max(6, Math.round(days * (0.8 + rand.next() * 0.25)));
      actuals.push({ id: `actual-16-${date}`, indicator: 'IND-16', date, value: days });
    }
  }
  // Requests received: a monthly report; two months of 2024 were never reported.
  for (let year = 2018; year <= yearOf(today); year++) {
    for (let month = 1; month <= 12; month++) {
      const date = addDays(monthStart(year, month + 1), -1);
      if (date > today || (year === 2024 && (month === 3 || month === 4))) continue;
      actuals.push({
        id: `actual-21-${date.slice(0, 7)}`,
        indicator: 'IND-21',
        date,
        value: rand.int(0, 4) + (year >= 2019 ? 1 : 0),
      });
    }
  }
  // Values of the 2018–2020 plan's years belong to its indicators; later ones to the reported
  // framework's (a stock's latest value carries over into it).
  return actuals.map((a) =>
    a.date <= frameworks[0].end ? { ...a, indicator: historicalId(a.indicator) } : a,
  );
}

export function buildNarratives(today: string): Omit<Narrative, 'version'>[] {
  const year = yearOf(today);
  const half = today.slice(5) <= '06-30' ? 1 : 2;
  return [
    {
      id: 'nar-1',
      indicator: historicalId('IND-01'),
      goal: null,
      period: '2020',
      text: 'In-person trainings were suspended from April 2020 during COVID-19 travel restrictions; several were redesigned as virtual workshops, which explains the shortfall against the annual target.',
      author: 'Co-managers',
      updated: '2021-01-20',
    },
    {
      id: 'nar-2',
      indicator: historicalId('IND-03'),
      goal: null,
      period: '2019',
      text: 'Nominating agencies were asked to propose women candidates for every training; the share of women rose but remains below the target in law-enforcement courses.',
      author: 'Co-managers',
      updated: '2020-01-28',
    },
    {
      id: 'nar-3',
      indicator: 'IND-16',
      goal: null,
      period: '2024',
      text: 'A request log with a named duty officer was introduced in 2023, cutting response times.',
      author: 'Co-managers',
      updated: '2025-01-15',
    },
    {
      id: 'nar-4',
      indicator: null,
      goal: 'SG4',
      period: '2021',
      text: 'The Task Force on Planning and Preparedness met virtually; exercises on irregular movements at sea were postponed to 2022.',
      author: 'Co-managers',
      updated: '2022-01-30',
    },
    // The current year and half-year always have a word from the co-managers.
    {
      id: `nar-${year}`,
      indicator: 'IND-01',
      goal: null,
      period: String(year),
      text: `Demonstration narrative: the capacity-building activities of the ${year} work plan are scheduled across both halves of the year; delivery is reviewed at each six-monthly report to the co-chairs.`,
      author: 'Co-managers',
      updated: today,
    },
    {
      id: `nar-${year}-h${half}`,
      indicator: null,
      goal: 'SG1',
      period: `${year}-H${half}`,
      text: `Demonstration narrative: work under this goal in the ${half === 1 ? 'first' : 'second'} half of ${year} focuses on joint investigations and victim identification, as agreed with the Working Group on Trafficking in Persons.`,
      author: 'Co-managers',
      updated: today,
    },
  ];
}

/**
 * The co-managers report to the co-chairs every six months: one demonstration meeting a
 * half-year from 2024 (after the last real meeting in the reference data), each in the month
 * after its half-year ends and before today, so "since the last meeting" is always recent.
 * Named as demonstration records; the real meetings are left as they are.
 */
export function demonstrationMeetings(today: string): Omit<Meeting, 'version'>[] {
  const out: Omit<Meeting, 'version'>[] = [];
  for (let year = 2024; year <= yearOf(today); year++) {
    for (const half of [1, 2] as const) {
      const date = half === 1 ? `${year}-07-21` : `${year + 1}-01-20`;
      if (date >= today) continue;
      const months = half === 1 ? 'January–June' : 'July–December';
      out.push({
        id: `demo-report-${year}-h${half}`,
        name: `Six-monthly report to the co-chairs, ${months} ${year} (demonstration)`,
        shortName: `H${half} ${year} report (demonstration)`,
        kind: 'other',
        date,
        place: 'Bangkok',
      });
    }
  }
  return out;
}

type Versioned<T> = T & { version: number };

/** Editable records start at version 1, as if each had been created once. */
function firstVersion<T extends object>(rows: readonly T[]): Versioned<T>[] {
  return rows.map((r) => ({ ...r, version: 1 }));
}

export interface Dataset {
  frameworks: Versioned<(typeof frameworks)[number]>[];
  goals: typeof goals;
  purposes: typeof purposes;
  functions: typeof functions;
  members: typeof members;
  workingGroups: typeof workingGroups;
  meetings: Versioned<(typeof meetings)[number]>[];
  indicators: Indicator[];
  actuals: Actual[];
  narratives: Narrative[];
  activities: Activity[];
  settings: Versioned<typeof settings>[];
  /** The audit trail starts empty: the data set is where history begins. */
  audit: [];
}

/** A data set as its file is written: the same data set gives the same bytes. */
export function datasetText(dataset: Dataset): string {
  return JSON.stringify(dataset, null, 1) + '\n';
}

/** The whole data set for a seed: same options, same file, on every machine. */
export function generateDataset(options: GenerateOptions = DEFAULT_OPTIONS): Dataset {
  const activities = generateActivities(options);
  if (options.activities >= 50) inconsistentActivities(activities);
  const rand = createRandom(options.seed + 1);
  const ctx = {
    memberStates: new Set(
      members.filter((m) => m.kind === 'state' && m.status === 'member').map((m) => m.code),
    ),
  };
  const byEnd = sortByEndDate(activities);
  const indicators = buildIndicators(rand, options.today, (spec, start, end) => {
    if (spec.measure.kind === 'reported') return null;
    const counted = filterActivities(byEnd, spec.filter, DEFAULT_STATUSES);
    const [from, to] = rangeOf(counted, start, end);
    return computeMeasure(counted, spec.measure, ctx, from, to).value;
  });
  return {
    frameworks: firstVersion([...frameworks, demonstrationFramework(options.today)]),
    goals,
    purposes,
    functions,
    members,
    workingGroups,
    meetings: firstVersion([...meetings, ...demonstrationMeetings(options.today)]),
    indicators: firstVersion(indicators),
    actuals: firstVersion(buildActuals(rand, options.today)),
    narratives: firstVersion(buildNarratives(options.today)),
    activities,
    settings: firstVersion([
      { ...settings, currentFramework: demonstrationFramework(options.today).id },
    ]),
    audit: [],
  };
}
