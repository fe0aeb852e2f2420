import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { PAGINATOR_TEXT } from '../../core/material-intl';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginator, MatPaginatorModule } from '@angular/material/paginator';
import { MatSort, MatSortModule } from '@angular/material/sort';
import { MatTableDataSource, MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import {
  ACTIVITY_STATUS_LABELS,
  ACTIVITY_TYPE_LABELS,
  formatIsoDate,
  vocabularyLabel,
} from '../../core/labels';
import { formatValue } from '../../core/format';
import type { Activity } from '../../domain/schema';
import { NOT_RECORDED_PARAM, selectActivityList } from './activities.selectors';
import { selectLoadState } from '../../state/load';
import { downloadCsv, downloadXlsx } from '../../shared/export';
import { activityRows } from './activity-table';
import { selectSelectedPeriod } from '../../state/filter';
import { referenceFeature } from '../../state/reference';
import { PeriodLabelPipe } from '../../shared/period-label';
import { Auth } from '../../core/auth';
import { ClassifyDialog } from './classify-dialog';

interface Row {
  id: string;
  title: string;
  type: string;
  status: string;
  endDate: string;
  end: string;
  host: string;
  participants: number | null;
  women: number | null;
  members: number;
}

function toRow(a: Activity, memberNames: ReadonlyMap<string, string>): Row {
  return {
    id: a.id,
    title: a.title,
    type: vocabularyLabel(ACTIVITY_TYPE_LABELS, a.type),
    status: vocabularyLabel(ACTIVITY_STATUS_LABELS, a.status),
    endDate: a.endDate,
    end: formatIsoDate(a.endDate),
    host: a.hostCountry ? (memberNames.get(a.hostCountry) ?? a.hostCountry) : (a.location ?? ''),
    participants: a.participants.total,
    women: a.participants.female,
    members: a.members.length,
  };
}

/** The activities behind a figure: the global filter, the period and any drill-down from the URL. */
@Component({
  providers: [PAGINATOR_TEXT],
  selector: 'app-activity-list-page',
  imports: [
    PeriodLabelPipe,
    MatTableModule,
    MatSortModule,
    MatPaginatorModule,
    MatFormFieldModule,
    MatInputModule,
    MatIconModule,
    MatButtonModule,
    RouterLink,
  ],
  templateUrl: './activity-list-page.html',
  styleUrl: './activity-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActivityListPage {
  private readonly store = inject(Store);
  /** Only a role that keeps the records is offered to change them (the API checks it too). */
  protected readonly mayEdit = computed(() => this.auth.can('activities'));
  private readonly auth = inject(Auth);
  private readonly dialog = inject(MatDialog);
  protected readonly list = this.store.selectSignal(selectActivityList);
  protected readonly period = this.store.selectSignal(selectSelectedPeriod);
  protected readonly load = this.store.selectSignal(selectLoadState);
  private readonly members = this.store.selectSignal(referenceFeature.selectMembers);
  private readonly goals = this.store.selectSignal(referenceFeature.selectGoals);
  private readonly purposes = this.store.selectSignal(referenceFeature.selectPurposes);
  private readonly groups = this.store.selectSignal(referenceFeature.selectWorkingGroups);
  protected readonly search = signal('');
  protected readonly columns = [
    'title',
    'type',
    'status',
    'endDate',
    'host',
    'participants',
    'women',
    'members',
  ];
  protected readonly format = formatValue;

  private readonly sort = viewChild(MatSort);
  private readonly paginator = viewChild(MatPaginator);
  protected readonly dataSource = new MatTableDataSource<Row>([]);

  protected readonly rows = computed(() => {
    const names = new Map(this.members().map((m) => [m.code, m.name]));
    return this.list().activities.map((a) => toRow(a, names));
  });

  /** What narrows this list beyond the global filter, in words. */
  protected readonly drillText = computed(() => {
    const { drill, indicator } = this.list();
    const parts: string[] = [];
    if (indicator)
      parts.push($localize`counted by indicator ${indicator.code}:code: ${indicator.name}:name:`);
    if (drill.status && drill.status in ACTIVITY_STATUS_LABELS) {
      parts.push(
        ACTIVITY_STATUS_LABELS[drill.status as keyof typeof ACTIVITY_STATUS_LABELS].toLowerCase(),
      );
    }
    if (drill.goal === NOT_RECORDED_PARAM) parts.push($localize`no strategic goal recorded`);
    const goal = drill.goal && this.goals().find((g) => g.id === drill.goal);
    if (goal) parts.push($localize`contributing to ${goal.code}:code: ${goal.title}:title:`);
    if (drill.purpose === NOT_RECORDED_PARAM) parts.push($localize`no core purpose recorded`);
    const purpose = drill.purpose && this.purposes().find((p) => p.id === drill.purpose);
    if (purpose) parts.push($localize`serving ${purpose.code}:code: ${purpose.title}:title:`);
    if (drill.group === NOT_RECORDED_PARAM) parts.push($localize`no working group recorded`);
    const group = drill.group && this.groups().find((g) => g.id === drill.group);
    if (group) parts.push($localize`for the ${group.name}:name:`);
    return parts.join(' · ');
  });

  /** Exactly the rows the list shows (filter, period, drill-down and search), in the import layout. */
  private exportTable() {
    const ids = new Set(this.dataSource.filteredData.map((r) => r.id));
    return activityRows(this.list().activities.filter((a) => ids.has(a.id)));
  }

  /** Every activity the list shows (filter, period, drill-down and search), classified at once. */
  protected classifyListed(): void {
    const ids = this.dataSource.filteredData.map((r) => r.id);
    if (ids.length) this.dialog.open(ClassifyDialog, { data: { ids }, width: '560px' });
  }

  protected exportCsv(): void {
    downloadCsv('activities.csv', this.exportTable());
  }

  protected exportXlsx(): Promise<void> {
    return downloadXlsx('activities.xlsx', 'Activities', this.exportTable());
  }

  constructor() {
    this.dataSource.filterPredicate = (row, text) =>
      `${row.title} ${row.type} ${row.host} ${row.id}`.toLowerCase().includes(text);
    effect(() => {
      this.dataSource.data = this.rows();
    });
    effect(() => {
      this.dataSource.filter = this.search().trim().toLowerCase();
      this.paginator()?.firstPage();
    });
    effect(() => {
      const sort = this.sort();
      const paginator = this.paginator();
      if (sort) this.dataSource.sort = sort;
      if (paginator) this.dataSource.paginator = paginator;
    });
  }
}
