import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import type { QualityRule } from '../../results/quality';
import {
  selectFiguresReady,
  selectLoadState,
  selectQualityIssues,
  selectRejectedRecords,
} from '../../state/context';

const RULE_LABELS: Record<QualityRule, string> = {
  'sex-exceeds-total': $localize`Women and men exceed the total`,
  'end-before-start': $localize`Ends before it starts`,
  'completed-without-goal': $localize`Completed without a goal`,
  'unknown-member': $localize`Unknown member code`,
  'unknown-reference': $localize`Unknown goal, purpose, function or working group`,
  'negative-count': $localize`Negative count`,
  'unreadable-field': $localize`Unusable value, read as unknown`,
  'members-exceed-total': $localize`Participants by member exceed the total`,
  'completed-in-future': $localize`Completed with an end date in the future`,
};

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
  /** Until the records are in, there is nothing to say about them: not even "no problems". */
  protected readonly ready = this.store.selectSignal(selectFiguresReady);
  protected readonly load = this.store.selectSignal(selectLoadState);
  protected readonly issues = this.store.selectSignal(selectQualityIssues);
  protected readonly rejected = this.store.selectSignal(selectRejectedRecords);
  protected readonly rows = computed(() =>
    this.issues().map((i) => ({ ...i, ruleLabel: RULE_LABELS[i.rule] })),
  );
  protected readonly summary = computed(() => {
    const counts = new Map<QualityRule, number>();
    for (const i of this.issues()) counts.set(i.rule, (counts.get(i.rule) ?? 0) + 1);
    return [...counts.entries()].map(([rule, count]) => ({
      rule,
      label: RULE_LABELS[rule],
      count,
    }));
  });
  protected readonly issueColumns = ['id', 'title', 'rule', 'message'];
  protected readonly rejectedColumns = ['collection', 'id', 'problems'];
}
