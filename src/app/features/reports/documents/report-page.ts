import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { formatIsoDate } from '../../../core/labels';
import { printMargins } from '../../../shared/print-margins';
import { selectLoadState } from '../../../state/load';
import { selectWorkPlanYear, selectWorkPlanYears } from '../../workplan/workplan.selectors';
import { loadApprovedBriefOfUrl } from '../approved';
import { selectApprovedError, selectApprovedId } from '../reports.selectors';
import { DocumentView } from './document-view';
import {
  selectAnnualReport,
  selectMonthlyReport,
  selectReportMonth,
  selectYearApprovals,
} from './documents.selectors';

/**
 * The Annual Report of a work-plan year (live, or from an approved round) or the Monthly Report
 * of a month: read on screen, printed on A4, or downloaded as a Word document to edit further.
 */
@Component({
  selector: 'app-report-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    DocumentView,
  ],
  templateUrl: './report-page.html',
  styleUrl: './report-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportPage {
  /** From the route: which report. */
  readonly kind = input<'annual' | 'monthly'>('annual');
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  protected readonly load = this.store.selectSignal(selectLoadState);
  protected readonly year = this.store.selectSignal(selectWorkPlanYear);
  protected readonly years = this.store.selectSignal(selectWorkPlanYears);
  protected readonly month = this.store.selectSignal(selectReportMonth);
  protected readonly approvals = this.store.selectSignal(selectYearApprovals);
  protected readonly approvedId = this.store.selectSignal(selectApprovedId);
  protected readonly approvedError = this.store.selectSignal(selectApprovedError);
  private readonly annual = this.store.selectSignal(selectAnnualReport);
  private readonly monthly = this.store.selectSignal(selectMonthlyReport);
  protected readonly report = computed(() =>
    this.kind() === 'annual' ? this.annual() : this.monthly(),
  );
  protected readonly format = formatIsoDate;
  protected readonly exporting = signal(false);
  protected readonly exportError = signal<string | null>(null);

  private readonly loadApproved = loadApprovedBriefOfUrl(this.store);
  private readonly pageHeader = printMargins(() => {
    const r = this.report();
    return r ? [r.title, ...r.meta.slice(1)].join(' · ') : null;
  });

  protected chooseYear(year: string): void {
    void this.router.navigate([], {
      queryParams: { year, approved: null },
      queryParamsHandling: 'merge',
    });
  }

  protected chooseFigures(approved: string): void {
    void this.router.navigate([], {
      queryParams: { approved: approved || null },
      queryParamsHandling: 'merge',
    });
  }

  protected chooseMonth(month: string): void {
    if (/^\d{4}-\d{2}$/.test(month))
      void this.router.navigate([], { queryParams: { month }, queryParamsHandling: 'merge' });
  }

  protected print(): void {
    window.print();
  }

  protected async downloadDocx(): Promise<void> {
    const report = this.report();
    if (!report) return;
    this.exporting.set(true);
    this.exportError.set(null);
    try {
      const { downloadDocx } = await import('./docx');
      await downloadDocx(report);
    } catch {
      this.exportError.set(
        $localize`The document could not be made. Check the connection and try again.`,
      );
    } finally {
      this.exporting.set(false);
    }
  }
}
