/**
 * The activity form's model: form values to an Activity and back, and every problem with it,
 * from the same schema and rules the API applies — so the form never accepts what the API
 * would refuse, and explains each problem beside its field.
 */
import type { Problem } from '../../domain/problems';
import { activityProblems, blocking, type ReferenceIds } from '../../domain/rules';
import { activitySchema, describeIssues, type Activity } from '../../domain/schema';
import type { ActivityStatus, ActivityType, Modality } from '../../domain/vocabulary';

export interface MemberRow {
  code: string;
  count: number | null;
}

export interface ActivityFormValue {
  title: string;
  type: ActivityType | null;
  status: ActivityStatus | null;
  startDate: string;
  endDate: string;
  modality: Modality | null;
  location: string;
  hostCountry: string | null;
  workingGroups: string[];
  goals: string[];
  purposes: string[];
  functions: string[];
  /** One partner per line. */
  partners: string;
  total: number | null;
  female: number | null;
  male: number | null;
  members: MemberRow[];
  satisfaction: number | null;
  knowledgeGain: number | null;
  cost: number | null;
  notes: string;
}

export function emptyForm(): ActivityFormValue {
  return {
    title: '',
    type: null,
    status: 'planned',
    startDate: '',
    endDate: '',
    modality: 'in-person',
    location: '',
    hostCountry: null,
    workingGroups: [],
    goals: [],
    purposes: [],
    functions: [],
    partners: '',
    total: null,
    female: null,
    male: null,
    members: [],
    satisfaction: null,
    knowledgeGain: null,
    cost: null,
    notes: '',
  };
}

export function formFromActivity(a: Activity): ActivityFormValue {
  return {
    title: a.title,
    type: a.type,
    status: a.status,
    startDate: a.startDate ?? '',
    endDate: a.endDate,
    modality: a.modality,
    location: a.location ?? '',
    hostCountry: a.hostCountry ?? null,
    workingGroups: [...a.workingGroups],
    goals: [...a.goals],
    purposes: [...a.purposes],
    functions: [...a.functions],
    partners: a.partners.join('\n'),
    total: a.participants.total,
    female: a.participants.female,
    male: a.participants.male,
    members: a.members.map((m) => ({ ...m })),
    satisfaction: a.evaluation?.satisfaction ?? null,
    knowledgeGain: a.evaluation?.knowledgeGain ?? null,
    cost: a.cost ?? null,
    notes: a.notes ?? '',
  };
}

const orNull = (v: number | null | undefined | string) =>
  v === '' || v === undefined || v === null ? null : Number(v);

/** The record the form describes; `base` keeps the id and version of the record being edited. */
export function activityFromForm(
  v: ActivityFormValue,
  base: Pick<Activity, 'id' | 'version'> | null,
): Activity {
  const evaluation =
    v.satisfaction === null && v.knowledgeGain === null
      ? undefined
      : { satisfaction: orNull(v.satisfaction), knowledgeGain: orNull(v.knowledgeGain) };
  return {
    id: base?.id ?? '',
    title: v.title.trim(),
    type: v.type as ActivityType,
    status: v.status as ActivityStatus,
    startDate: v.startDate,
    endDate: v.endDate,
    modality: v.modality as Modality,
    location: v.location.trim() || undefined,
    hostCountry: v.hostCountry || null,
    workingGroups: v.workingGroups,
    goals: v.goals,
    purposes: v.purposes,
    functions: v.functions,
    partners: v.partners
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean),
    participants: { total: orNull(v.total), female: orNull(v.female), male: orNull(v.male) },
    members: v.members.map((m) => ({ code: m.code, count: orNull(m.count) })),
    ...(evaluation ? { evaluation } : {}),
    cost: orNull(v.cost),
    notes: v.notes,
    version: base?.version ?? 1,
  };
}

/** Every problem with the record, by field (schema first, then the cross-field and reference rules). */
export function activityFormProblems(activity: Activity, refs: ReferenceIds): Problem[] {
  const parsed = activitySchema.safeParse({ ...activity, id: activity.id || 'new' });
  if (!parsed.success) return describeIssues(parsed.error);
  return blocking(activityProblems(activity, refs));
}

/** Which form control a problem belongs beside. */
export function controlOf(field: string): string {
  const [head, second] = field.split('.');
  if (head === 'participants') return second ?? 'participants';
  if (head === 'evaluation') return second ?? 'satisfaction';
  if (head === 'members' || head === 'partners') return head;
  return head;
}
