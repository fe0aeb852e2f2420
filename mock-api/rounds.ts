/**
 * Reporting rounds: POST /api/rounds/<framework>_<period>/<action> with
 * `{ version?, note?, comments?, reason?, meeting? }` moves a round — submit (a co-manager, with
 * a cover note; the submission checks must pass), approve (a co-chair, naming the meeting it was
 * presented at if any; freezes the brief), return (a co-chair, with comments) or reopen (the
 * administrator, with a reason). Each is one versioned, audited write; rounds and approved
 * briefs are never written any other way. The figures are the engine's, computed here, never
 * sent by the browser.
 */
import express, { type Request, type Response } from 'express';
import * as z from 'zod/mini';
import type { ReferenceIds } from '../src/app/domain/rules';
import {
  parseRoundId,
  ROUND_ACTIONS,
  roundPeriods,
  TRANSITIONS,
  type RoundAction,
} from '../src/app/domain/rounds';
import {
  describeIssues,
  idSchema,
  shortText,
  type Activity,
  type Goal,
  type Indicator,
  type Member,
  type Narrative,
  type Round,
  type Settings,
} from '../src/app/domain/schema';
import { periodKeySpan } from '../src/app/domain/dates';
import type { BriefInput } from '../src/app/results/brief';
import { sortByEndDate, rangeOf } from '../src/app/results/filter';
import { frameworkIndicators, type EvaluationContext } from '../src/app/results/indicators';
import { checkActivities } from '../src/app/results/quality';
import { roundBrief, roundResults, submissionProblems } from '../src/app/results/rounds';
import { auditEntries } from './audit';
import { currentUser } from './auth';
import type { Today } from './clock';
import { refuse } from './refuse';
import { handled, Refused, type Reader, type Row, type Store } from './store';
import { referenceIds } from './writes';

const transitionBody = z.object({
  version: z.optional(z.int()),
  note: z.optional(z.nullable(shortText(4000))),
  comments: z.optional(z.nullable(shortText(4000))),
  reason: z.optional(z.nullable(shortText(500))),
  meeting: z.optional(z.nullable(idSchema)),
});

export function roundRoutes(store: Store, today: Today) {
  const router = express.Router();
  router.post(
    '/rounds/:id/:action',
    handled(async (req: Request, res: Response) => {
      const action = String(req.params['action']) as RoundAction;
      if (!ROUND_ACTIONS.includes(action)) return refuse(res, 404, 'no-such-address');
      if (!req.is('application/json')) return refuse(res, 415, 'send-json');
      const parsed = transitionBody.safeParse(req.body ?? {});
      if (!parsed.success)
        return refuse(res, 400, {
          code: 'round-not-valid',
          problems: describeIssues(parsed.error),
        });
      const user = currentUser(res);
      if (TRANSITIONS[action].role !== user.role)
        return refuse(res, 403, { code: 'round-role', params: { action } });
      const round = await store.transaction((tx) =>
        transition(tx, String(req.params['id']), action, parsed.data, user.username, today()),
      );
      res.json(round);
    }),
  );
  // Rounds and approved briefs are read like any collection, and written only as above.
  router.all(['/rounds', '/rounds/:id', '/briefs', '/briefs/:id'], (req, res, next) =>
    req.method === 'GET' || req.method === 'HEAD'
      ? next()
      : refuse(res, 405, 'round-by-transition'),
  );
  return router;
}

type Body = z.infer<typeof transitionBody>;
const blank = (text: string | null | undefined) => !text?.trim();

async function transition(
  tx: Parameters<Parameters<Store['transaction']>[0]>[0],
  id: string,
  action: RoundAction,
  body: Body,
  who: string,
  today: string,
): Promise<Round> {
  const names = parseRoundId(id);
  const settings = (await tx.all('settings'))[0] as unknown as Settings | undefined;
  const framework = names && (await tx.one('frameworks', names.framework));
  const firstMonth = settings?.yearStartMonth ?? 1;
  const slot =
    framework && settings?.currentFramework === names!.framework
      ? roundPeriods(framework as never, today, firstMonth).find((p) => p.id === id)
      : undefined;
  if (!slot) throw new Refused(404, { code: 'no-such-round', params: { id } });

  const current = (await tx.one('rounds', id)) as Round | undefined;
  // A round not written yet is at version 0: a client that read it as open sends that, or nothing.
  if ((current?.version ?? 0) !== (body.version ?? current?.version ?? 0))
    throw new Refused(409, 'changed-meanwhile', current ? { current } : {});
  const state = current?.state ?? 'open';
  if (!TRANSITIONS[action].from.includes(state))
    throw new Refused(409, { code: 'round-state', params: { action, state } });

  // A round keeps the dates it was first written with.
  const round: Round = current ?? {
    id,
    framework: names!.framework,
    period: slot.period,
    start: slot.start,
    end: slot.end,
    state: 'open',
    coverNote: null,
    comments: null,
    submittedBy: null,
    submittedAt: null,
    decidedBy: null,
    decidedAt: null,
    approvals: [],
    version: 0,
  };
  const at = new Date().toISOString();
  const next: Round = { ...round, state: TRANSITIONS[action].to, version: round.version + 1 };
  let reason: string | null = null;
  const created: Row[] = [];
  if (action === 'submit') {
    const note = body.note?.trim() || null;
    const figures = await roundFigures(tx, round, today);
    const problems = submissionProblems({
      round,
      results: roundResults(figures.input, round.period, figures.ctx),
      narratives: figures.narratives,
      actuals: figures.input.actuals,
      quality: figures.quality,
      coverNote: note,
      today,
    });
    if (problems.length) throw new Refused(400, { code: 'submission-checks', problems });
    Object.assign(next, { coverNote: note, comments: null, submittedBy: who, submittedAt: at });
    reason = note;
  } else if (action === 'return') {
    if (blank(body.comments))
      throw new Refused(400, {
        code: 'round-not-valid',
        problems: [{ field: 'comments', code: 'required' }],
      });
    reason = body.comments!.trim();
    Object.assign(next, { comments: reason, decidedBy: who, decidedAt: at });
  } else if (action === 'reopen') {
    if (blank(body.reason))
      throw new Refused(400, {
        code: 'reason-required',
        problems: [{ field: 'reason', code: 'required' }],
      });
    reason = body.reason!.trim();
    Object.assign(next, { decidedBy: who, decidedAt: at });
  } else {
    const meeting = body.meeting ?? null;
    if (meeting !== null && !(await tx.one('meetings', meeting)))
      throw new Refused(400, {
        code: 'round-not-valid',
        problems: [
          {
            field: 'meeting',
            code: 'unknown-reference',
            params: { kind: 'meeting', values: meeting },
          },
        ],
      });
    const brief = await approvedBrief(tx, round, today, who, at, meeting);
    created.push(brief);
    Object.assign(next, {
      decidedBy: who,
      decidedAt: at,
      approvals: [...round.approvals, { brief: brief['id'], at, by: who, meeting }],
    });
  }
  if (current) {
    if (!(await tx.update('rounds', next, current.version)))
      throw new Refused(409, 'changed-meanwhile', { current: await tx.one('rounds', id) });
  } else await tx.insert('rounds', next);
  for (const brief of created) await tx.insert('briefs', brief);
  await tx.audit([
    ...auditEntries(
      who,
      'rounds',
      [{ id, before: (current as Row | undefined) ?? null, after: next }],
      reason,
    ),
    ...auditEntries(
      who,
      'briefs',
      created.map((b) => ({ id: String(b['id']), before: null, after: b })),
      null,
    ),
  ]);
  return next;
}

/** What the engine computes a round's figures from, as the store holds it now. */
async function roundFigures(tx: Reader, round: Round, today: string) {
  const [settingsRows, framework, indicators, activities, actuals, narratives, goals, members] =
    await Promise.all([
      tx.all('settings'),
      tx.one('frameworks', round.framework),
      tx.all('indicators'),
      tx.all('activities'),
      tx.all('actuals'),
      tx.all('narratives'),
      tx.all('goals'),
      tx.all('members'),
    ]);
  const settings = settingsRows[0] as unknown as Settings;
  const memberList = members as unknown as Member[];
  const ctx: EvaluationContext = {
    memberStates: new Set(
      memberList.filter((m) => m.kind === 'state' && m.status === 'member').map((m) => m.code),
    ),
    today,
    frameworkStart: String(framework?.['start'] ?? '1900-01-01'),
    thresholds: { onTrack: settings.onTrackThreshold, atRisk: settings.atRiskThreshold },
    firstMonth: settings.yearStartMonth,
  };
  const sorted = sortByEndDate(activities as unknown as Activity[]);
  // The goals as the live brief reads them: every goal of the results framework.
  const allGoals = goals as unknown as Goal[];
  const input: BriefInput = {
    indicators: frameworkIndicators(indicators as unknown as Indicator[], round.framework),
    activities: sorted,
    all: sorted,
    actuals: actuals as never,
    slice: null,
    goalIds: allGoals.map((g) => g.id),
  };
  const [from, to] = rangeOf(sorted, round.start, round.end);
  const refs: ReferenceIds = await referenceIds(tx);
  const quality = checkActivities(sorted.slice(from, to), { refs, today });
  return {
    ctx,
    input,
    settings,
    goals: allGoals,
    members: memberList,
    narratives: narratives as unknown as Narrative[],
    quality,
  };
}

/** The round's brief as approved now: figures and codes, never sentences. */
async function approvedBrief(
  tx: Reader,
  round: Round,
  today: string,
  who: string,
  at: string,
  meeting: string | null,
): Promise<Row> {
  const figures = await roundFigures(tx, round, today);
  const brief = roundBrief(figures.input, round.period, figures.ctx);
  const { start, end } = brief.interval.current;
  const firstMonth = figures.settings.yearStartMonth;
  const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return {
    id: `${round.id}-${round.approvals.length + 1}`,
    round: round.id,
    framework: round.framework,
    period: round.period,
    approvedAt: at,
    approvedBy: who,
    meeting,
    today,
    thresholds: figures.ctx.thresholds,
    brief: plain(brief),
    context: plain({
      goals: figures.goals,
      members: figures.members,
      // The narratives the brief can show: those whose period ends inside its interval.
      narratives: figures.narratives.filter((n) => {
        const ends = periodKeySpan(n.period, firstMonth)?.end;
        return !!ends && ends >= start && ends <= end;
      }),
      demoData: figures.settings.demoData,
      today,
      flagged: [...new Set(figures.quality.map((q) => q.id))],
      memberStatesTotal: figures.ctx.memberStates.size,
      firstMonth,
      frameworkStart: figures.ctx.frameworkStart,
    }),
  };
}
