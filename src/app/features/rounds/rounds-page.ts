import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { Auth } from '../../core/auth';
import { formatIsoDate, periodLabel } from '../../core/labels';
import { roundStateText } from '../../domain/refusal-text';
import { actionsFor, type RoundAction } from '../../domain/rounds';
import { referenceFeature } from '../../state/reference';
import { RoundDialog, type RoundDialogData } from './round-dialog';
import { type RoundRow, selectRoundPeriodOf, selectRoundRows } from './rounds.selectors';

/**
 * Reporting rounds: each half-year and work-plan year of the framework reported on, where it
 * stands (open, submitted, approved, returned), who moved it and when, and the moves the
 * reader's role may make. Co-chairs see first what awaits their decision.
 */
@Component({
  selector: 'app-rounds-page',
  imports: [MatButtonModule, MatIconModule, RouterLink],
  templateUrl: './rounds-page.html',
  styleUrl: './rounds-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundsPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly auth = inject(Auth);
  private readonly periodOf = this.store.selectSignal(selectRoundPeriodOf);
  protected readonly framework = this.store.selectSignal(referenceFeature.selectCurrentFramework);
  protected readonly rows = this.store.selectSignal(selectRoundRows);
  protected readonly format = formatIsoDate;
  protected readonly stateText = roundStateText;

  /** Rounds a co-chair is to approve or return. */
  protected readonly queue = computed(() =>
    this.auth.role() === 'co-chair' ? this.rows().filter((r) => r.state === 'submitted') : [],
  );

  protected label(row: RoundRow): string {
    return periodLabel(this.periodOf()(row.period));
  }

  /** The moves the reader may make on the row now; a running period cannot be submitted. */
  protected actions(row: RoundRow): { action: RoundAction; label: string }[] {
    return actionsFor(this.auth.role(), row.state)
      .filter((a) => !(a === 'submit' && row.running))
      .map((action) => ({ action, label: ACTION_LABELS[action] }));
  }

  protected open(row: RoundRow, action: RoundAction): void {
    this.dialog.open<RoundDialog, RoundDialogData>(RoundDialog, {
      data: { row, action },
      width: '560px',
      maxWidth: '95vw',
    });
  }
}

const ACTION_LABELS: Record<RoundAction, string> = {
  submit: $localize`:round button:Submit…`,
  approve: $localize`:round button:Approve…`,
  return: $localize`:round button:Return…`,
  reopen: $localize`:round button:Reopen…`,
};
