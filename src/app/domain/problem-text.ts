/**
 * The one place where problems become text, marked for translation. `$localize` is the global
 * tagged template the app (polyfill) and the API (`@angular/localize/init`) both install.
 */
import type { Problem } from './problems';

const REFERENCE_KINDS: Record<string, string> = {
  goal: $localize`strategic goal`,
  purpose: $localize`core purpose`,
  function: $localize`function`,
  workingGroup: $localize`working group`,
  member: $localize`member code`,
  indicator: $localize`indicator`,
  framework: $localize`framework`,
};

/** What is wrong, as a phrase about the field: "must not be negative". */
export function problemText(p: Problem): string {
  const v = p.params?.['value'];
  const n = (key: string) => p.params?.[key];
  switch (p.code) {
    case 'required':
      return $localize`is required`;
    case 'not-text':
      return $localize`must be text`;
    case 'not-whole-number':
      return $localize`must be a whole number`;
    case 'not-number':
      return $localize`must be a number`;
    case 'not-list':
      return $localize`must be a list`;
    case 'not-true-false':
      return $localize`must be true or false`;
    case 'not-object':
      return $localize`the record is not an object`;
    case 'one-of':
      return $localize`must be one of: ${String(v).split('|').join(', ')}:values:`;
    case 'max-entries':
      return $localize`must have at most ${v}:max: entries`;
    case 'empty':
      return $localize`must not be empty`;
    case 'max-length':
      return $localize`must be at most ${v}:max: characters`;
    case 'max-bytes':
      return $localize`must be at most ${v}:max: bytes (letters outside English take two to four each)`;
    case 'min-length':
      return $localize`must be at least ${v}:min: characters`;
    case 'safe-id':
      return $localize`must use only letters, digits, - and _ (and start with a letter or digit)`;
    case 'safe-code':
      return $localize`must use only letters, digits, ., - and _`;
    case 'script-tag':
      return $localize`must not contain script tags`;
    case 'control-character':
      return $localize`must not contain control characters`;
    case 'date-format':
      return $localize`must be a date written YYYY-MM-DD`;
    case 'real-date':
      return $localize`must be a real calendar date`;
    case 'negative':
      return $localize`must not be negative`;
    case 'min':
      return $localize`must be at least ${v}:min:`;
    case 'max':
      return $localize`must be at most ${v}:max:`;
    case 'above':
      return $localize`must be above ${v}:min:`;
    case 'positive':
      return $localize`must be positive`;
    case 'max-share':
      return $localize`must be at most ${v}:max: (${Number(v) * 100}:percent: %)`;
    case 'month':
      return $localize`must be a month from 1 to 12`;
    case 'currency':
      return $localize`must be a three-letter currency code such as USD, AUD or IDR`;
    case 'period':
      return $localize`must be a period like 2019, 2019-H1, 2019-Q3 or 2019-07`;
    case 'link':
      return $localize`must be a web address starting with http:// or https://`;
    case 'invalid':
      return String(n('detail') ?? $localize`is not valid`);
    case 'end-before-start':
      return $localize`must not be before the start date`;
    case 'sex-exceeds-total':
      return $localize`women and men must not add up to more than the total`;
    case 'members-exceed-total':
      return $localize`participants by member must not add up to more than the total`;
    case 'member-listed-twice':
      return $localize`each member may be listed once`;
    case 'completed-without-goal':
      return $localize`a completed activity must contribute to at least one strategic goal`;
    case 'completed-in-future':
      return $localize`is marked completed but ends in the future (${n('end')}:end:)`;
    case 'unknown-reference':
      return $localize`unknown ${REFERENCE_KINDS[String(n('kind'))] ?? n('kind')}:kind:: ${n('values')}:values:`;
    case 'markup':
      return $localize`must not contain markup such as < followed by a letter`;
    case 'target-period-twice':
      return $localize`each period may have one target`;
    case 'target-outside-framework':
      return $localize`${n('period')}:period: is outside the framework (${n('start')}:start: to ${n('end')}:end:)`;
    case 'target-against-direction':
      return n('direction') === 'decrease'
        ? $localize`the target for ${n('period')}:period: (${n('target')}:target:) is above the baseline (${n('baseline')}:baseline:), but the indicator should decrease`
        : $localize`the target for ${n('period')}:period: (${n('target')}:target:) is below the baseline (${n('baseline')}:baseline:), but the indicator should increase`;
    case 'baseline-incomplete':
      return $localize`a baseline needs both its value and its date`;
    case 'framework-in-use':
      return $localize`has indicators or goals: it cannot be deleted`;
    case 'framework-reported':
      return $localize`is the framework being reported on: choose another in Settings first`;
    case 'reason-required':
      return $localize`say why a closed period's figure is changed (${n('periods')}:periods:)`;
    case 'stale-version':
      return $localize`was changed by someone else since you opened it`;
    case 'read-only':
      return $localize`cannot be changed`;
    case 'narrative-subject':
      return $localize`a narrative explains an indicator or a goal`;
    case 'threshold-order':
      return $localize`must be below the on-track threshold`;
    case 'id-mismatch':
      return $localize`must match the URL`;
    case 'duplicate-id':
      return $localize`is used by an earlier record in the same response; only the first is used`;
    case 'password-weak':
      return $localize`is too easy to guess: choose a longer mix of words, or less predictable ones`;
    case 'password-has-name':
      return $localize`must not contain the user name or the person's name`;
    case 'password-wrong':
      return $localize`is not the current password`;
    case 'not-a-list-response':
      return $localize`the response is not a list of records`;
    case 'period-running':
      return $localize`the period has not ended yet (it ends on ${n('end')}:end:)`;
    case 'narrative-missing':
      return $localize`${n('indicator')}:indicator: is off track or at risk for the period and has no narrative for it`;
    case 'actuals-missing':
      return $localize`${n('indicator')}:indicator: is reported, but no value is dated in the period`;
    case 'quality-open':
      return $localize`${n('count')}:count: data-quality problems of the period are open: say in the cover note why the round is submitted with them`;
  }
}

/** A problem with its field: "participants.total: must not be negative". */
export function describeProblem(p: Problem): string {
  return p.field ? `${p.field}: ${problemText(p)}` : problemText(p);
}
