import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { selectSelectedPeriod } from '../../state/filter';
import { selectLoadState } from '../../state/load';
import { referenceFeature } from '../../state/reference';
import { Brief } from './brief';
import type { Comparison } from '../../results/brief';
import { Api } from '../../core/api';
import { formatIsoDate, periodLabel as labelOfPeriod } from '../../core/labels';
import { printMargins } from '../../shared/print-margins';
import type { AuditEntry } from '../../domain/schema';
import { roundPeriod } from '../../results/rounds';
import { selectFirstMonth } from '../../state/context';
import { loadApprovedBriefOfUrl } from './approved';
import { explainingEntries } from './brief-changes';
import {
  briefParam,
  selectApprovals,
  selectApprovedBrief,
  selectApprovedChanges,
  selectApprovedError,
  selectApprovedId,
  selectBriefChoice,
  selectBriefView,
  selectComparison,
  selectShownInterval,
} from './reports.selectors';

/** The co-chairs' brief: pick the interval, read, print, present. */
@Component({
  selector: 'app-reports-page',
  imports: [MatFormFieldModule, MatSelectModule, MatButtonModule, MatIconModule, RouterLink, Brief],
  templateUrl: './reports-page.html',
  styleUrl: './reports-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportsPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly choice = this.store.selectSignal(selectBriefChoice);
  private readonly interval = this.store.selectSignal(selectShownInterval);
  private readonly api = inject(Api);
  private readonly firstMonth = this.store.selectSignal(selectFirstMonth);

  private readonly meetings = this.store.selectSignal(referenceFeature.selectMeetings);
  private readonly today = this.store.selectSignal(referenceFeature.selectToday);
  private readonly period = this.store.selectSignal(selectSelectedPeriod);
  protected readonly load = this.store.selectSignal(selectLoadState);

  protected readonly view = this.store.selectSignal(selectBriefView);

  /** The brief as approved, when the URL asks for one; its load error. */
  protected readonly approvedId = this.store.selectSignal(selectApprovedId);
  protected readonly approved = this.store.selectSignal(selectApprovedBrief);
  protected readonly approvedError = this.store.selectSignal(selectApprovedError);
  protected readonly changes = this.store.selectSignal(selectApprovedChanges);
  private readonly approvalList = this.store.selectSignal(selectApprovals);
  protected readonly format = formatIsoDate;

  /** The approved briefs, latest first, named by period, approver, date and meeting. */
  protected readonly approvals = computed(() =>
    this.approvalList().map((a) => ({
      ...a,
      label: labelOfPeriod(roundPeriod(a.period, this.firstMonth())),
    })),
  );

  private readonly loadApproved = loadApprovedBriefOfUrl(this.store);

  /** The audit trail, read once an approved brief is shown: what explains the changes since. */
  private readonly trail = signal<AuditEntry[] | null>(null);
  private readonly loadTrail = effect(() => {
    if (!this.approved() || this.trail()) return;
    this.api
      .audit()
      .subscribe({ next: (entries) => this.trail.set(entries), error: () => this.trail.set([]) });
  });
  protected readonly explaining = computed(() => {
    const approved = this.approved();
    const interval = this.interval();
    const trail = this.trail();
    return approved && interval && trail
      ? explainingEntries(trail, approved.approvedAt, interval.current)
      : null;
  });

  protected showLive(): void {
    void this.router.navigate([], {
      queryParams: { approved: null },
      queryParamsHandling: 'merge',
    });
  }
  /**
   * Each printed page of the brief carries its title, interval and, for demonstration data, the
   * label, in the page's top margin.
   */
  private readonly pageHeader = printMargins(() => {
    const v = this.view();
    return v
      ? [
          $localize`RSO results brief`,
          v.title,
          v.dates,
          ...(v.demoData ? [$localize`Demonstration data, not official RSO statistics`] : []),
        ].join(' · ')
      : null;
  });

  protected readonly selected = computed(() => {
    const c = this.choice();
    return c ? briefParam(c) : 'period';
  });

  /** Since each past meeting, between each pair of consecutive meetings, or the filter's period. */
  protected readonly options = computed(() => {
    const past = [...this.meetings()]
      .filter((m) => m.date < this.today())
      .sort((a, b) => (a.date < b.date ? 1 : -1));
    const period = this.period().period;
    return [
      {
        label: $localize`Since a meeting`,
        choices: past.map((m) => ({
          value: briefParam({ kind: 'since', meeting: m.id }),
          label: $localize`Since the ${m.shortName}:meeting:`,
        })),
      },
      {
        label: $localize`Between two meetings`,
        choices: past.slice(0, -1).map((to, i) => {
          const from = past[i + 1]!;
          return {
            value: briefParam({ kind: 'between', from: from.id, to: to.id }),
            label: $localize`From the ${from.shortName}:from: to the ${to.shortName}:to:`,
          };
        }),
      },
      {
        label: $localize`The filter's period`,
        choices: [
          {
            value: 'period',
            label: period
              ? $localize`${labelOfPeriod(period)}:period: (the filter's period)`
              : $localize`The filter's period`,
          },
        ],
      },
    ];
  });

  protected readonly comparison = this.store.selectSignal(selectComparison);

  protected compareWith(value: Comparison): void {
    void this.router.navigate([], {
      queryParams: { compare: value === 'previous-meeting' ? 'meeting' : null },
      queryParamsHandling: 'merge',
    });
  }

  protected choose(value: string): void {
    void this.router.navigate([], { queryParams: { brief: value }, queryParamsHandling: 'merge' });
  }

  protected readonly exporting = signal(false);

  protected print(): void {
    window.print();
  }

  /** The brief as slides, named after its interval. */
  protected async downloadSlides(): Promise<void> {
    const view = this.view();
    const interval = this.interval()?.current;
    if (!view || !interval) return;
    this.exporting.set(true);
    try {
      const { downloadSlides } = await import('./brief.slides');
      await downloadSlides(view, `rso-brief-${interval.start}-${interval.end}.pptx`);
    } finally {
      this.exporting.set(false);
    }
  }
}
