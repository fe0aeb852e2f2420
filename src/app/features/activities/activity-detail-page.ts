import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { HistoryPanel } from '../audit/history-panel';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { itemKey } from '../../domain/workplan-links';
import { describeProblem } from '../../domain/problem-text';
import { formatValue } from '../../core/format';
import {
  ACTIVITY_STATUS_LABELS,
  ACTIVITY_TYPE_LABELS,
  formatIsoDate,
  MODALITY_LABELS,
  NOT_RECORDED,
  vocabularyLabel,
} from '../../core/labels';
import { confirm } from '../../shared/confirm-dialog';
import { ActivityEditorActions } from '../../state/activities';
import { referenceFeature } from '../../state/reference';
import { selectActivityDetail } from './activities.selectors';
import { selectLoadState } from '../../state/load';
import { Auth } from '../../core/auth';

/** Everything about one activity, and the indicators it counts toward. */
@Component({
  selector: 'app-activity-detail-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, HistoryPanel],
  templateUrl: './activity-detail-page.html',
  styleUrl: './activity-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActivityDetailPage {
  private readonly store = inject(Store);
  /** Only a role that keeps the records is offered to change them (the API checks it too). */
  protected readonly mayEdit = computed(() => this.auth.can('activities'));
  private readonly auth = inject(Auth);
  private readonly dialog = inject(MatDialog);
  protected readonly detail = this.store.selectSignal(selectActivityDetail);
  protected readonly load = this.store.selectSignal(selectLoadState);
  private readonly data = this.store.selectSignal(referenceFeature.selectReadableData);
  private readonly plans = this.store.selectSignal(referenceFeature.selectWorkPlans);
  private readonly settings = this.store.selectSignal(referenceFeature.selectSettings);
  protected readonly currency = computed(() => this.settings()?.currency ?? null);
  protected readonly format = formatValue;
  protected readonly date = formatIsoDate;
  protected readonly notRecorded = NOT_RECORDED;
  protected readonly describe = describeProblem;

  protected readonly view = computed(() => {
    const d = this.detail();
    const data = this.data();
    if (!d || !data) return null;
    const a = d.activity;
    const name = (
      list: { id: string; code?: string; title?: string; name?: string }[],
      id: string,
    ) => {
      const item = list.find((x) => x.id === id);
      return item ? [item.code, item.title ?? item.name].filter(Boolean).join(' ') : id;
    };
    const memberName = (code: string) => data.members.find((m) => m.code === code)?.name ?? code;
    return {
      type: vocabularyLabel(ACTIVITY_TYPE_LABELS, a.type),
      status: vocabularyLabel(ACTIVITY_STATUS_LABELS, a.status),
      // "In person, Bangkok": joined here, where no template whitespace can slip before the comma.
      where: [vocabularyLabel(MODALITY_LABELS, a.modality), a.location].filter(Boolean).join(', '),
      host: a.hostCountry ? memberName(a.hostCountry) : null,
      goals: a.goals.map((id) => ({ id, label: name(data.goals, id) })),
      purposes: a.purposes.map((id) => ({ id, label: name(data.purposes, id) })),
      functions: a.functions.map((id) => name(data.functions, id)),
      workingGroups: a.workingGroups.map((id) => name(data.workingGroups, id)),
      members: a.members.map((m) => ({ name: memberName(m.code), count: m.count })),
      delivers: this.plans().flatMap((p) =>
        p.items
          .filter((i) => i.activities.includes(a.id))
          .map((i) => ({ key: itemKey(p.id, i.id), year: p.year, title: i.title })),
      ),
    };
  });

  protected remove(): void {
    const d = this.detail();
    if (!d) return;
    confirm(this.dialog, {
      title: $localize`Delete this activity?`,
      message: $localize`“${d.activity.title}:title:” will be removed from every figure. You can undo this right after.`,
      confirm: $localize`Delete`,
    }).subscribe((yes) => {
      if (yes) this.store.dispatch(ActivityEditorActions.deleteConfirmed({ activity: d.activity }));
    });
  }
}
