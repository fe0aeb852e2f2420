import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { selectMissingTranslations } from './data-quality.selectors';
import { collectionNoun } from '../../domain/refusal-text';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { describeProblem, problemText } from '../../domain/problem-text';
import type { QualityIssue, QualityRule } from '../../results/quality';
import { selectFiguresReady, selectLoadState, selectRejectedRecords } from '../../state/load';
import { selectQualityIssues } from '../../state/quality';
import { Auth } from '../../core/auth';
import { ClassifyDialog } from '../activities/classify-dialog';

type Row = QualityIssue & { message: string };

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
/** The texts a record carries in both languages, by field. */
const TEXT_FIELD_NAMES: Record<string, string> = {
  name: $localize`Name`,
  title: $localize`Title`,
  statement: $localize`Statement`,
  definition: $localize`Definition`,
  unit: $localize`Unit`,
  shortName: $localize`Short name`,
  place: $localize`Place`,
};

@Component({
  selector: 'app-data-quality-page',
  imports: [MatButtonModule, MatCheckboxModule, MatTableModule, RouterLink],
  templateUrl: './data-quality-page.html',
  styleUrl: './data-quality-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DataQualityPage {
  private readonly store = inject(Store);
  private readonly auth = inject(Auth);
  private readonly dialog = inject(MatDialog);
  /** Co-managers go straight to the record's form; others to its page. */
  protected readonly mayEdit = computed(() => this.auth.can('activities'));
  /** Until the records are in, there is nothing to say about them: not even "no problems". */
  protected readonly ready = this.store.selectSignal(selectFiguresReady);
  protected readonly load = this.store.selectSignal(selectLoadState);
  protected readonly issues = this.store.selectSignal(selectQualityIssues);
  protected readonly rejected = this.store.selectSignal(selectRejectedRecords);
  protected readonly untranslated = this.store.selectSignal(selectMissingTranslations);
  protected readonly collectionName = collectionNoun;
  protected fieldNames(fields: readonly string[]): string {
    return fields.map((f) => TEXT_FIELD_NAMES[f] ?? f).join(', ');
  }
  /**
   * Identical problems together ("50 activities: completed without a goal"), largest first:
   * a group can be opened, selected or classified in one step.
   */
  protected readonly groups = computed(() => {
    const groups = new Map<
      string,
      { key: string; label: string; message: string; rows: Row[]; ids: string[]; count: number }
    >();
    for (const i of this.issues()) {
      const label = ruleLabel(i);
      const message = describeProblem(i.problem);
      const key = `${i.rule}|${message}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { key, label, message, rows: [], ids: [], count: 0 }));
      g.rows.push({ ...i, message });
      if (!g.ids.includes(i.id)) g.ids.push(i.id);
      g.count = g.ids.length;
    }
    return [...groups.values()].sort((a, b) => b.count - a.count);
  });

  /** A group this small shows its records at once; a larger one opens on request. */
  protected readonly openUpTo = 5;

  /** Activities chosen for classification, by id. */
  protected readonly selected = signal<ReadonlySet<string>>(new Set());

  protected toggle(id: string): void {
    const next = new Set(this.selected());
    if (!next.delete(id)) next.add(id);
    this.selected.set(next);
  }

  protected allSelected(ids: readonly string[]): boolean {
    const selected = this.selected();
    return ids.every((id) => selected.has(id));
  }

  protected toggleAll(ids: readonly string[]): void {
    const next = new Set(this.selected());
    if (this.allSelected(ids)) for (const id of ids) next.delete(id);
    else for (const id of ids) next.add(id);
    this.selected.set(next);
  }

  protected violationsLabel(rule: string): string {
    return $localize`Rule violations: ${rule}:rule:`;
  }

  protected selectLabel(title: string): string {
    return $localize`Select ${title}:title:`;
  }

  protected classify(ids: readonly string[]): void {
    this.dialog
      .open(ClassifyDialog, { data: { ids }, width: '560px' })
      .afterClosed()
      .subscribe(() => this.selected.set(new Set()));
  }

  protected readonly rejectedColumns = ['collection', 'id', 'problems'];
  protected readonly describe = describeProblem;
}
