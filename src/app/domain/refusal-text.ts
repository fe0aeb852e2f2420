/**
 * The API's refusals as text: the API answers with a code and parameters (and, for its log and
 * for scripts, the English sentence made here); the app makes the sentence again in the
 * reader's language from the same table. `$localize` holds one language per process, which is
 * why the server cannot write the reader's sentence itself.
 */
import type { Problem, ProblemParams } from './problems';
import { problemText } from './problem-text';

export type RefusalParams = ProblemParams;

/** What every refusal carries. */
export interface Refusal {
  code: string;
  params?: RefusalParams;
  problems?: readonly Problem[];
}

const p = (params: RefusalParams | undefined, key: string) => String(params?.[key] ?? '');

/** A collection named as a plural noun ("activities", "strategic goals"). */
export function collectionNoun(collection: string): string {
  switch (collection) {
    case 'activities':
      return $localize`activities`;
    case 'indicators':
      return $localize`indicators`;
    case 'actuals':
      return $localize`reported actuals`;
    case 'narratives':
      return $localize`narratives`;
    case 'meetings':
      return $localize`meetings`;
    case 'frameworks':
      return $localize`frameworks`;
    case 'goals':
      return $localize`strategic goals`;
    case 'purposes':
      return $localize`core purposes`;
    case 'functions':
      return $localize`functions`;
    case 'workingGroups':
      return $localize`working groups`;
    case 'members':
      return $localize`member states`;
    case 'settings':
      return $localize`settings`;
    case 'users':
      return $localize`users`;
    default:
      return collection;
  }
}

/** One record of a collection, as the subject of "… is not valid". */
function recordNoun(collection: string): string {
  switch (collection) {
    case 'activities':
      return $localize`The activity`;
    case 'indicators':
      return $localize`The indicator`;
    case 'actuals':
      return $localize`The reported actual`;
    case 'narratives':
      return $localize`The narrative`;
    case 'meetings':
      return $localize`The meeting`;
    case 'frameworks':
      return $localize`The framework`;
    case 'settings':
      return $localize`The settings record`;
    case 'users':
      return $localize`The user`;
    default:
      return $localize`The record`;
  }
}

function roleName(role: string): string {
  switch (role) {
    case 'co-manager':
      return $localize`co-manager`;
    case 'co-chair':
      return $localize`co-chair`;
    case 'wg-member':
      return $localize`working-group member`;
    case 'administrator':
      return $localize`administrator`;
    default:
      return role;
  }
}

/** The sentence a refusal code stands for, without the problems it lists. */
export function refusalText(code: string, params?: RefusalParams): string {
  switch (code) {
    case 'no-such-address':
      return $localize`There is no such address.`;
    case 'method-not-supported':
      return $localize`${p(params, 'method')}:method: is not supported here.`;
    case 'no-such-record':
      return $localize`There is no such record.`;
    case 'no-record-in':
      return $localize`There is no record "${p(params, 'id')}:id:" in ${collectionNoun(p(params, 'collection'))}:collection:.`;
    case 'body-too-large':
      return $localize`The request body is too large.`;
    case 'body-not-json':
      return $localize`The request body is not valid JSON.`;
    case 'body-not-object':
      return $localize`The request body must be a JSON object.`;
    case 'request-unreadable':
      return $localize`The request could not be read.`;
    case 'csrf':
      return $localize`The request is missing its security token: reload the page and try again.`;
    case 'server-error':
      return $localize`The server could not answer this request. Nothing was changed.`;
    case 'too-many-sign-ins':
      return $localize`Too many attempts to sign in. Wait a minute, then try again.`;
    case 'sign-in-required':
      return $localize`Sign in to continue.`;
    case 'sign-in-failed':
      return $localize`The user name or password is not correct.`;
    case 'session-ended':
      return $localize`Your session has ended: sign in again.`;
    case 'send-json':
      return $localize`Send the change as JSON (Content-Type: application/json).`;
    case 'password-not-changed':
      return $localize`The password was not changed.`;
    case 'account-changed':
      return $localize`Your account was changed meanwhile: sign in again.`;
    case 'password-change-required':
      return $localize`Choose a new password before going on.`;
    case 'language-not-changed':
      return $localize`The language was not changed.`;
    case 'role-may-not-change':
      return $localize`Your role (${roleName(p(params, 'role'))}:role:) may not change ${collectionNoun(p(params, 'collection'))}:collection:.`;
    case 'admin-only':
      return $localize`Only an administrator manages users.`;
    case 'user-exists':
      return $localize`There is already a user "${p(params, 'username')}:username:".`;
    case 'no-such-user':
      return $localize`There is no user "${p(params, 'id')}:id:".`;
    case 'last-administrator':
      return $localize`The last administrator cannot be disabled or given another role.`;
    case 'bulk-shape':
      return $localize`Send the records to change, each with its version, and the classification to set or add.`;
    case 'bulk-nothing':
      return $localize`Say which classification to set or add.`;
    case 'address-not-valid':
      return $localize`The address is not valid.`;
    case 'no-such-collection':
      return $localize`There is no collection "${p(params, 'collection')}:collection:".`;
    case 'nested-not-served':
      return $localize`Nested resources are not served.`;
    case 'query-repeated':
      return $localize`Give the query parameter "${p(params, 'key')}:key:" once, as plain text.`;
    case 'query-not-supported':
      return $localize`The query parameter "${p(params, 'key')}:key:" is not supported.`;
    case 'query-too-long':
      return $localize`The query parameter "${p(params, 'key')}:key:" is too long.`;
    case 'query-not-whole':
      return $localize`The query parameter "${p(params, 'key')}:key:" must be a whole number.`;
    case 'sort-shape':
      return $localize`"_sort" takes field names separated by commas.`;
    case 'order-shape':
      return $localize`"_order" takes asc or desc, separated by commas.`;
    case 'wrong-host':
      return $localize`This server does not answer for the host "${p(params, 'host')}:host:".`;
    case 'nested-writes':
      return $localize`Nested writes are not supported.`;
    case 'audit-read-only':
      return $localize`The audit trail records every change: it cannot be changed itself.`;
    case 'reference-read-only':
      return $localize`${collectionNoun(p(params, 'collection'))}:collection: are reference data and cannot be changed through the API.`;
    case 'singleton':
      return $localize`There is one ${collectionNoun(p(params, 'collection'))}:collection: record: update it instead.`;
    case 'delete-one':
      return $localize`Delete one record at a time.`;
    case 'undeletable':
      return $localize`${collectionNoun(p(params, 'collection'))}:collection: cannot be deleted.`;
    case 'if-match-required':
      return $localize`A delete must say which version of the record it removes (If-Match header).`;
    case 'framework-in-use':
      return $localize`The framework cannot be deleted.`;
    case 'create-on-collection':
      return $localize`Create records on the collection, not on a record.`;
    case 'update-one':
      return $localize`Update one record at a time.`;
    case 'id-mismatch':
      return $localize`The id in the body does not match the record being updated.`;
    case 'version-required':
      return $localize`An update must say which version of the record it changes.`;
    case 'id-exists':
      return $localize`A record with id "${p(params, 'id')}:id:" already exists.`;
    case 'record-not-valid':
      return $localize`${recordNoun(p(params, 'collection'))}:record: is not valid`;
    case 'reason-not-valid':
      return $localize`The reason is not valid`;
    case 'reason-required':
      return $localize`A reason is required`;
    case 'copy-failed':
      return $localize`Cannot copy indicators`;
    case 'changed-meanwhile':
      return $localize`This record was changed by someone else since you opened it.`;
    case 'user-changed':
      return $localize`This user was changed by someone else since you opened it.`;
    case 'period-locked':
      return $localize`${p(params, 'period')}:period: is ${roundStateText(p(params, 'state'))}:state: for reporting: nothing in it can change until an administrator reopens it.`;
    case 'round-by-transition':
      return $localize`Reporting rounds change only by being submitted, approved, returned or reopened.`;
    case 'no-such-round':
      return $localize`There is no reporting round ${p(params, 'id')}:id: in the framework reported on.`;
    case 'round-role':
      return $localize`Your role cannot ${roundActionText(p(params, 'action'))}:action: a reporting round.`;
    case 'round-state':
      return $localize`A round that is ${roundStateText(p(params, 'state'))}:state: cannot be ${roundActionDone(p(params, 'action'))}:action:.`;
    case 'round-not-valid':
      return $localize`The reporting round cannot be changed`;
    case 'submission-checks':
      return $localize`The round cannot be submitted yet`;
    default:
      return $localize`The request was refused.`;
  }
}

/** A round's state in words ("approved"). */
export function roundStateText(state: string): string {
  switch (state) {
    case 'submitted':
      return $localize`:round state:submitted`;
    case 'approved':
      return $localize`:round state:approved`;
    case 'returned':
      return $localize`:round state:returned`;
    default:
      return $localize`:round state:open`;
  }
}

/** What an action does, as a verb ("approve"). */
function roundActionText(action: string): string {
  switch (action) {
    case 'submit':
      return $localize`:round action:submit`;
    case 'approve':
      return $localize`:round action:approve`;
    case 'return':
      return $localize`:round action:return`;
    default:
      return $localize`:round action:reopen`;
  }
}

/** What an action has done to a round ("approved"). */
function roundActionDone(action: string): string {
  switch (action) {
    case 'submit':
      return $localize`:round action done:submitted`;
    case 'approve':
      return $localize`:round action done:approved`;
    case 'return':
      return $localize`:round action done:returned`;
    default:
      return $localize`:round action done:reopened`;
  }
}

/** Refusals whose sentence goes on with the problems it found ("…: field problem; …."). */
const LISTS_PROBLEMS: Record<string, 'with-field' | 'without-field'> = {
  'record-not-valid': 'with-field',
  'round-not-valid': 'with-field',
  'submission-checks': 'without-field',
  'reason-not-valid': 'without-field',
  'reason-required': 'without-field',
  'copy-failed': 'without-field',
};

/** A problem as a phrase about its field: "participants.total must not be negative". */
export function problemPhrase(problem: Problem): string {
  return `${problem.field} ${problemText(problem)}`;
}

/** The whole sentence of a refusal, problems included where the code lists them. */
export function refusalMessage(refusal: Refusal): string {
  const head = refusalText(refusal.code, refusal.params);
  const listing = LISTS_PROBLEMS[refusal.code];
  const problems = refusal.problems ?? [];
  if (!listing || !problems.length) return head;
  const details = problems.map(listing === 'with-field' ? problemPhrase : problemText);
  return `${head}: ${details.join('; ')}.`;
}

/** Why one record of a bulk change was not saved. */
export function bulkOutcomeText(outcome: {
  reason: 'missing' | 'stale' | 'invalid' | 'locked';
  params?: RefusalParams;
  problems?: readonly Problem[];
}): string {
  switch (outcome.reason) {
    case 'missing':
      return $localize`There is no such activity.`;
    case 'stale':
      return $localize`Changed by someone else since it was read (version ${p(outcome.params, 'now')}:now: now, ${p(outcome.params, 'read')}:read: read).`;
    case 'invalid':
      return (outcome.problems ?? []).map(problemPhrase).join('; ');
    case 'locked':
      return $localize`It ends in ${p(outcome.params, 'period')}:period:, which is ${roundStateText(p(outcome.params, 'state'))}:state: for reporting.`;
  }
}
