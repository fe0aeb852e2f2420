/** Breakdowns of activities and participants by sex, member, sub-region and classification. */
import type { Activity, Measure, Member } from '../domain/schema';
import { Figure } from './figure';
import { computeMeasure, MeasureContext, numericValue } from './measures';
import { compareText } from './order';

export type Dimension =
  | 'type'
  | 'status'
  | 'modality'
  | 'workingGroup'
  | 'goal'
  | 'purpose'
  | 'function'
  | 'member'
  | 'subRegion';

export interface Breakdown {
  key: string;
  figure: Figure;
}

/** The keys an activity falls under for a dimension (several for multi-valued fields). */
export function keysOf(
  a: Activity,
  dimension: Dimension,
  membersByCode?: ReadonlyMap<string, Member>,
): readonly string[] {
  switch (dimension) {
    case 'type':
      return a.type ? [a.type] : [];
    case 'status':
      return a.status ? [a.status] : [];
    case 'modality':
      return a.modality ? [a.modality] : [];
    case 'workingGroup':
      return a.workingGroups;
    case 'goal':
      return a.goals;
    case 'purpose':
      return a.purposes;
    case 'function':
      return a.functions;
    case 'member':
      return a.members.map((m) => m.code);
    case 'subRegion': {
      const regions = new Set<string>();
      for (const m of a.members) {
        const region = membersByCode?.get(m.code)?.subRegion;
        if (region) regions.add(region);
      }
      return [...regions];
    }
  }
}

/**
 * A measure per key of a dimension. An activity under several keys (two goals, say) counts
 * under each, so the rows may add up to more than the whole: that is stated where shown.
 */
export function breakdown(
  activities: readonly Activity[],
  dimension: Dimension,
  measure: Measure,
  ctx: MeasureContext,
  membersByCode?: ReadonlyMap<string, Member>,
): Breakdown[] {
  const groups = new Map<string, Activity[]>();
  for (const a of activities) {
    for (const key of keysOf(a, dimension, membersByCode)) {
      const list = groups.get(key);
      if (list) list.push(a);
      else groups.set(key, [a]);
    }
  }
  return [...groups.entries()]
    .map(([key, list]) => ({ key, figure: computeMeasure(list, measure, ctx) }))
    .sort((x, y) => (y.figure.value ?? -1) - (x.figure.value ?? -1) || compareText(x.key, y.key));
}

export interface SexBreakdown {
  female: Figure;
  male: Figure;
  /** Participants counted in a known total whose sex was not recorded. */
  notRecorded: number;
  /** Women as a share of participants whose sex is known (ratio of sums), null when none. */
  femaleShare: number | null;
}

export function bySex(activities: readonly Activity[]): SexBreakdown {
  let female = 0;
  let male = 0;
  let femaleKnown = 0;
  let maleKnown = 0;
  let notRecorded = 0;
  let pairF = 0;
  let pairM = 0;
  for (const a of activities) {
    const f = numericValue(a, 'participants.female');
    const m = numericValue(a, 'participants.male');
    const t = numericValue(a, 'participants.total');
    if (f !== null) {
      female += f;
      femaleKnown++;
    }
    if (m !== null) {
      male += m;
      maleKnown++;
    }
    if (f !== null && m !== null) {
      pairF += f;
      pairM += m;
    }
    if (t !== null) notRecorded += Math.max(0, t - (f ?? 0) - (m ?? 0));
  }
  const n = activities.length;
  return {
    female: {
      value: femaleKnown || n === 0 ? female : null,
      records: n,
      known: femaleKnown,
      unknown: n - femaleKnown,
    },
    male: {
      value: maleKnown || n === 0 ? male : null,
      records: n,
      known: maleKnown,
      unknown: n - maleKnown,
    },
    notRecorded,
    femaleShare: pairF + pairM > 0 ? pairF / (pairF + pairM) : null,
  };
}

export interface MemberParticipation {
  code: string;
  /** Activities the member took part in. */
  activities: number;
  /** Participants from the member, over activities that recorded a count for it. */
  participants: number;
  /** Activities where the member took part but its count was not recorded. */
  countUnknown: number;
}

/** Participation per member code, from each activity's member list. */
export function byMember(activities: readonly Activity[]): MemberParticipation[] {
  const map = new Map<string, MemberParticipation>();
  for (const a of activities) {
    for (const m of a.members) {
      let row = map.get(m.code);
      if (!row)
        map.set(m.code, (row = { code: m.code, activities: 0, participants: 0, countUnknown: 0 }));
      row.activities++;
      if (m.count !== null && m.count >= 0) row.participants += m.count;
      else row.countUnknown++;
    }
  }
  return [...map.values()].sort(
    (x, y) => y.participants - x.participants || compareText(x.code, y.code),
  );
}
