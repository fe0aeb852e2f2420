import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { Auth } from '../../core/auth';
import { formatIsoDate, formatRange } from '../../core/labels';
import type { Framework, Meeting } from '../../domain/schema';
import { referenceFeature } from '../../state/reference';
import { selectLoadState } from '../../state/load';
import { FrameworkDialog } from './framework-dialog';
import { IndicatorDialog } from './indicator-dialog';
import { MEETING_KIND_LABELS, MeetingDialog } from './meeting-dialog';

/**
 * The frameworks the RSO reports against and the meetings that anchor its reporting periods.
 * Co-managers add and edit them; which framework is reported on is chosen in Settings.
 */
@Component({
  selector: 'app-framework-page',
  imports: [MatButtonModule, MatIconModule, RouterLink],
  templateUrl: './framework-page.html',
  styleUrl: './framework-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FrameworkPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly auth = inject(Auth);
  protected readonly load = this.store.selectSignal(selectLoadState);
  protected readonly mayEditFrameworks = computed(() => this.auth.can('frameworks'));
  protected readonly mayEditMeetings = computed(() => this.auth.can('meetings'));
  private readonly frameworkList = this.store.selectSignal(referenceFeature.selectFrameworks);
  private readonly indicators = this.store.selectSignal(referenceFeature.selectIndicators);
  private readonly current = this.store.selectSignal(referenceFeature.selectCurrentFramework);
  private readonly meetingList = this.store.selectSignal(referenceFeature.selectMeetings);
  protected readonly kinds = MEETING_KIND_LABELS;
  protected readonly date = formatIsoDate;

  protected readonly frameworks = computed(() =>
    [...this.frameworkList()]
      .sort((a, b) => (a.start < b.start ? 1 : -1))
      .map((f) => ({
        record: f,
        dates: formatRange(f.start, f.end),
        indicators: this.indicators().filter((i) => i.framework === f.id).length,
        reported: this.current()?.id === f.id,
      })),
  );

  protected readonly meetings = computed(() =>
    [...this.meetingList()].sort((a, b) => (a.date < b.date ? 1 : -1)),
  );

  /** A new indicator, of the framework reported on unless the co-manager picks another. */
  protected newIndicator(): void {
    this.dialog.open(IndicatorDialog, {
      data: { framework: this.current()?.id ?? null },
      width: '640px',
    });
  }

  protected editFramework(framework: Framework | null): void {
    this.dialog.open(FrameworkDialog, { data: { framework }, width: '560px' });
  }

  protected editMeeting(meeting: Meeting | null): void {
    this.dialog.open(MeetingDialog, { data: { meeting }, width: '560px' });
  }
}
