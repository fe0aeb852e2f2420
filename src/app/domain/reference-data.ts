import type {
  Actual,
  Framework,
  Goal,
  Indicator,
  Meeting,
  Member,
  Narrative,
  Purpose,
  Round,
  WorkPlan,
  RsoFunction,
  Settings,
  WorkingGroup,
} from './schema';

/** The results framework and its lookup tables, loaded together. */
export interface ReferenceData {
  frameworks: Framework[];
  goals: Goal[];
  purposes: Purpose[];
  functions: RsoFunction[];
  members: Member[];
  workingGroups: WorkingGroup[];
  meetings: Meeting[];
  indicators: Indicator[];
  actuals: Actual[];
  narratives: Narrative[];
  settings: Settings;
  /** The reporting rounds written so far (a period without one is open). */
  rounds: Round[];
  /** The Annual Work Plans of the frameworks. */
  workPlans: WorkPlan[];
}
