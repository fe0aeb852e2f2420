import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { describeProblem, problemText } from '../../domain/problem-text';
import type { QualityIssue, QualityRule } from '../../results/quality';
import { selectFiguresReady, selectLoadState, selectRejectedRecords } from '../../state/load';
import { selectQualityIssues } from '../../state/quality';
import { Auth } from '../../core/auth';

const RULE_LABELS: Partial<Record<QualityRule, string>> = {
  'sex-exceeds-total': $localize`Women and men exceed the total`,
  'end-before-start': $localize`Ends before it starts`,
  'completed-without-goal': $localize`Completed without a goal`,
  'unknown-member': $localize`Unknown member code`,
  'unknown-reference': $localize`Unknown goal, purpose, function or working group`,
  'unreadable-field': $localize`Unusable value, read as unknown`,
  'members-exceed-total': $localize`Participants by member exceed the total`,
  'member-listed-twice': $localize`Member listed twice`,
  'completed-in-future': $localize`Completed with an end date in the future`,
};
const ruleLabel = (issue: QualityIssue) => RULE_LABELS[issue.rule] ?? problemText(issue.problem);

/** Every record that breaks a rule, and every record the API sent that was set aside. */
@Component({
  selector: 'app-data-quality-page',
  imports: [MatTableModule, RouterLink],
  templateUrl: './data-quality-page.html',
  styleUrl: './data-quality-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataQualityPage {
  private readonly store = inject(Store);
  private readonly auth = inject(Auth);
  /** Co-managers go straight to the record's form; others to its page. */
  protected readonly mayEdit = computed(() => this.auth.can('activities'));
  /** Until the records are in, there is nothing to say about them: not even "no problems". */
  protected readonly ready = this.store.selectSignal(selectFiguresReady);
  protected readonly load = this.store.selectSignal(selectLoadState);
  protected readonly issues = this.store.selectSignal(selectQualityIssues);
  protected readonly rejected = this.store.selectSignal(selectRejectedRecords);
  protected readonly rows = computed(() =>
    this.issues().map((i) => ({
      ...i,
      ruleLabel: ruleLabel(i),
      message: describeProblem(i.problem),
    })),
  );
  protected readonly summary = computed(() => {
    const counts = new Map<string, number>();
    for (const i of this.issues()) counts.set(ruleLabel(i), (counts.get(ruleLabel(i)) ?? 0) + 1);
    return [...counts.entries()].map(([label, count]) => ({ rule: label, label, count }));
  });
  protected readonly issueColumns = ['id', 'title', 'rule', 'message'];
  protected readonly rejectedColumns = ['collection', 'id', 'problems'];
  protected readonly describe = describeProblem;
}
