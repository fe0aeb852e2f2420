/**
 * Reference facts of the RSO results framework, from public RSO / Bali Process documents:
 * the Strategic Plan 2018–2020 goals, core purposes, the 2011 terms of reference functions,
 * working groups and the meetings that anchor reporting periods. Members (with sub-regions
 * assigned by geography) are in members.json beside this file.
 */
import type {
  Framework,
  Goal,
  Meeting,
  Member,
  Purpose,
  RsoFunction,
  Settings,
  WorkingGroup,
} from '../../src/app/domain/schema';
import membersJson from './members.json';
import {
  FRAMEWORKS_ID,
  FUNCTIONS_ID,
  GOALS_ID,
  indonesian,
  meetingId,
  ORGANISATIONS_ID,
  PURPOSES_ID,
  WORKING_GROUPS_ID,
} from './reference-id';

export const frameworks: Omit<Framework, 'version'>[] = [
  { id: 'SP2018', name: 'Strategic Plan 2018–2020', start: '2018-01-01', end: '2020-12-31' },
  { id: 'SP2021', name: 'Strategic Plan 2021–2022', start: '2021-01-01', end: '2022-12-31' },
].map((f) => ({ ...f, ...indonesian({ name: FRAMEWORKS_ID[f.id] ?? f.name }) }));

export const goals: Goal[] = [
  [
    'SG1',
    'Cooperation and capability against smuggling and trafficking',
    'Increasing cooperation and strengthening capability of Member States in countering people smuggling, trafficking in persons and related transnational crime, including current and emerging issues.',
  ],
  [
    'SG2',
    'Unified regional action through information sharing',
    'Encourage unified regional action on refugee protection and international migration, including human trafficking, smuggling and border management, through information sharing including the exchange of best practice and matching expertise between Bali Process Member States.',
  ],
  ['SG3', 'Cooperation on returns', "Enhance regional states' capacity to cooperate on returns."],
  [
    'SG4',
    'Irregular movements at sea',
    "Enhance the region's capacity to collaborate on large-scale irregular movements at sea.",
  ],
  [
    'SG5',
    'Secure transfer of personal information',
    "Bolster regional states' capacity to transfer personal information securely.",
  ],
  [
    'SG6',
    'Partnerships with regional organisations',
    'Build and strengthen partnerships with existing regional organisations such as ASEAN, COMMIT and SAARC to ensure better alignment and minimise duplication of effort.',
  ],
  [
    'SG7',
    'Confidence in the RSO as coordination point',
    "Build Member States' confidence in the RSO's usefulness as a regional coordination point on irregular migration issues by providing logistical, administrative, coordination and operational support to Bali Process working groups and encourage greater understanding and awareness among Bali Process Member States to access RSO services.",
  ],
].map(([code, title, statement]) => ({
  id: code,
  code,
  framework: 'SP2018',
  title,
  statement,
  ...indonesian(GOALS_ID[code]),
}));

export const purposes: Purpose[] = [
  [
    'CP1',
    'Responsive to members',
    'Ensuring the RSO is responsive to Bali Process Members and Working Groups.',
  ],
  [
    'CP2',
    'Operational capacity building',
    "Developing and delivering fit-for-purpose operational capacity-building activities relevant to the Bali Process' mandate.",
  ],
  [
    'CP3',
    'Policy and best practice',
    'Providing support in policy development and promoting best practice in migration management and responses to people smuggling, trafficking in persons and related transnational crime.',
  ],
  [
    'CP4',
    'Engagement beyond the Bali Process',
    "Actively engaging and promoting the RSO's work to partners and dialogues outside the Bali Process structure.",
  ],
].map(([code, title, statement]) => ({
  id: code,
  code,
  title,
  statement,
  ...indonesian(PURPOSES_ID[code]),
}));

export const functions: RsoFunction[] = [
  [
    'F1',
    'Information sharing',
    'Information sharing on trafficking, smuggling, migration and border management, refugee protection.',
  ],
  ['F2', 'Capacity building and best practice', 'Capacity building and exchange of best practice.'],
  ['F3', 'Pooling technical resources', 'Pooling common technical resources.'],
  [
    'F4',
    'Support to joint projects',
    'Logistical, administrative, coordination and operational support for joint pilot projects.',
  ],
].map(([code, title, statement]) => ({
  id: code,
  code,
  title,
  statement,
  ...indonesian(FUNCTIONS_ID[code]),
}));

export const workingGroups: WorkingGroup[] = (
  [
    {
      id: 'WGTIP',
      code: 'WG-TIP',
      name: 'Working Group on Trafficking in Persons',
      established: '2015-01-01',
    },
    {
      id: 'WGDCN',
      code: 'WG-DCN',
      name: 'Working Group on Disruption of Criminal Networks Involved in People Smuggling and Trafficking in Persons',
      established: '2014-01-01',
    },
    {
      id: 'TEGRR',
      code: 'TEG-RR',
      name: 'Technical Experts Group on Returns and Reintegration',
      established: '2018-04-01',
    },
    {
      id: 'TFPP',
      code: 'TF-PP',
      name: 'Task Force on Planning and Preparedness',
      established: '2017-01-01',
    },
    {
      id: 'TEWGIM',
      code: 'TEWG-IM',
      name: 'Technical Experts Working Group on Irregular Migration',
      established: null,
    },
    { id: 'GABF', code: 'GABF', name: 'Government and Business Forum', established: '2017-08-01' },
    { id: 'AHG', code: 'AHG', name: 'Ad Hoc Group', established: null },
  ] as WorkingGroup[]
).map((g) => ({ ...g, ...indonesian({ name: WORKING_GROUPS_ID[g.id] ?? g.name }) }));

export const meetings: Omit<Meeting, 'version'>[] = (
  [
    {
      id: 'ahg-som-10',
      name: "10th Ad Hoc Group Senior Officials' Meeting",
      shortName: '10th AHG SOM',
      kind: 'ahg-som',
      date: '2016-02-02',
      place: 'Bangkok',
    },
    {
      id: 'mc-6',
      name: '6th Ministerial Conference',
      shortName: '6th Ministerial Conference',
      kind: 'ministerial-conference',
      date: '2016-03-23',
      place: 'Bali',
    },
    {
      id: 'ahg-som-11',
      name: "11th Ad Hoc Group Senior Officials' Meeting",
      shortName: '11th AHG SOM',
      kind: 'ahg-som',
      date: '2016-11-16',
      place: 'Colombo',
    },
    {
      id: 'ahg-som-12',
      name: "12th Ad Hoc Group Senior Officials' Meeting",
      shortName: '12th AHG SOM',
      kind: 'ahg-som',
      date: '2017-10-31',
      place: 'Kuala Lumpur',
    },
    {
      id: 'mc-7',
      name: '7th Ministerial Conference',
      shortName: '7th Ministerial Conference',
      kind: 'ministerial-conference',
      date: '2018-08-07',
      place: 'Nusa Dua',
    },
    {
      id: 'ahg-som-14',
      name: "14th Ad Hoc Group Senior Officials' Meeting",
      shortName: '14th AHG SOM',
      kind: 'ahg-som',
      date: '2019-07-23',
      place: 'Da Nang',
    },
    {
      id: 'ahg-som-16',
      name: "16th Ad Hoc Group Senior Officials' Meeting (hybrid)",
      shortName: '16th AHG SOM',
      kind: 'ahg-som',
      date: '2022-12-06',
      place: 'Bali',
    },
    {
      id: 'mc-8',
      name: '8th Ministerial Conference',
      shortName: '8th Ministerial Conference',
      kind: 'ministerial-conference',
      date: '2023-02-10',
      place: 'Adelaide',
    },
  ] as Omit<Meeting, 'version'>[]
).map((m) => ({ ...m, ...indonesian(meetingId(m)) }));

export const members = (membersJson as Member[]).map((m) =>
  m.kind === 'organisation'
    ? { ...m, ...indonesian({ name: ORGANISATIONS_ID[m.id] ?? m.name }) }
    : m,
);

export const settings: Omit<Settings, 'version'> = {
  id: 'app',
  yearStartMonth: 1,
  onTrackThreshold: 0.9,
  atRiskThreshold: 0.6,
  currentFramework: 'SP2018',
  demoData: true,
  currency: 'USD',
};
