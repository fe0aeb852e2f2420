import { ChangeDetectionStrategy, Component, HostListener, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { StatusChip } from '../../shared/status-chip';
import { selectBriefView } from './reports.selectors';

/** The brief for the meeting room: one section a slide, large type, no shell. ←/→ move, Esc leaves. */
@Component({
  selector: 'app-present-page',
  imports: [MatButtonModule, StatusChip],
  templateUrl: './present-page.html',
  styleUrl: './present-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PresentPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  protected readonly view = this.store.selectSignal(selectBriefView);
  protected readonly slides = [
    $localize`Headline figures`,
    $localize`Progress by strategic goal`,
    $localize`Highlights`,
    $localize`Indicators off track, at risk or depending on missing data`,
  ];
  protected readonly slide = signal(0);

  @HostListener('document:keydown', ['$event'])
  protected key(event: KeyboardEvent): void {
    if (event.key === 'ArrowRight' || event.key === 'PageDown' || event.key === ' ') this.move(1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') this.move(-1);
    else if (event.key === 'Escape') this.leave();
    else return;
    event.preventDefault();
  }

  protected move(step: number): void {
    this.slide.set(Math.min(this.slides.length - 1, Math.max(0, this.slide() + step)));
  }

  protected leave(): void {
    void this.router.navigate(['/reports'], { queryParamsHandling: 'preserve' });
  }
}
