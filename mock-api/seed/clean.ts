/**
 * A clean start for real use: the RSO's reference facts — goals, core purposes, functions,
 * members, working groups, the meetings that anchor reporting periods and the frameworks —
 * with no activities, indicators, targets, reported values, narratives or users. The first
 * administrator comes from ADMIN_PASSWORD when the server starts; the demonstration label is off.
 */
import { datasetText, type Dataset } from './generator';
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

/** The RSO's 2024–2026 Work Plan (its indicators are not public: a co-manager adds them). */
export const WORK_PLAN_2024 = {
  id: 'WP2024',
  name: 'RSO Work Plan 2024–2026',
  start: '2024-01-01',
  end: '2026-12-31',
};

export function cleanDataset(): Dataset {
  const v = <T extends object>(rows: readonly T[]) => rows.map((r) => ({ ...r, version: 1 }));
  return {
    frameworks: v([...frameworks, WORK_PLAN_2024]),
    goals,
    purposes,
    functions,
    members,
    workingGroups,
    meetings: v(meetings),
    indicators: [],
    actuals: [],
    narratives: [],
    activities: [],
    settings: v([{ ...settings, currentFramework: WORK_PLAN_2024.id, demoData: false }]),
    audit: [],
  };
}

export const cleanDatasetText = () => datasetText(cleanDataset());
