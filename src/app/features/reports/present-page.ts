import {
  ChangeDetectionStrategy,
  Component,
  computed,
  HostListener,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { StatusChip } from '../../shared/status-chip';
import { loadApprovedBriefOfUrl } from './approved';
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
  private readonly loadApproved = loadApprovedBriefOfUrl(this.store);

  /**
   * The slides, each made to fit the screen: what the figures rest on first, the headline
   * figures, status by goal as bars, the highlights, then the indicators off track, at risk or
   * depending on missing data (off track first), a few to a slide.
   */
  protected readonly slides = computed((): Slide[] => {
    const v = this.view();
    if (!v) return [];
    const notes = [v.comparison, ...(v.lengths ? [v.lengths] : []), ...v.caveats];
    const notePages = Math.ceil(notes.length / NOTES_PER_SLIDE);
    const slides: Slide[] = [
      ...Array.from({ length: notePages }, (_, i) => ({
        kind: 'caveats' as const,
        title:
          notePages === 1
            ? $localize`Read these figures with`
            : $localize`Read these figures with (${i + 1}:page: of ${notePages}:pages:)`,
        notes: notes.slice(i * NOTES_PER_SLIDE, (i + 1) * NOTES_PER_SLIDE),
      })),
      { kind: 'headline', title: $localize`Headline figures` },
      { kind: 'goals', title: $localize`Progress by strategic goal` },
      { kind: 'highlights', title: $localize`Highlights` },
    ];
    const pages = Math.max(1, Math.ceil(v.risks.length / RISKS_PER_SLIDE));
    for (let i = 0; i < pages; i++)
      slides.push({
        kind: 'risks',
        title:
          pages === 1
            ? $localize`Indicators off track, at risk or depending on missing data`
            : $localize`Indicators off track, at risk or depending on missing data (${i + 1}:page: of ${pages}:pages:)`,
        risks: v.risks.slice(i * RISKS_PER_SLIDE, (i + 1) * RISKS_PER_SLIDE),
      });
    return slides;
  });
  protected readonly slide = signal(0);
  protected readonly current = computed(() => this.slides()[this.slide()] ?? null);

  /** Each goal's indicators by status, as shares of a bar (the numbers are written too). */
  protected readonly bars = computed(() =>
    (this.view()?.goals ?? []).map((g) => {
      const total = Math.max(1, g.indicators);
      const part = (n: number) => `${(n / total) * 100}%`;
      return {
        ...g,
        parts: [
          { status: 'on-track', n: g.onTrack, width: part(g.onTrack) },
          { status: 'at-risk', n: g.atRisk, width: part(g.atRisk) },
          { status: 'off-track', n: g.offTrack, width: part(g.offTrack) },
          { status: 'depends', n: g.depends, width: part(g.depends) },
          { status: 'other', n: g.other, width: part(g.other) },
        ].filter((p) => p.n > 0),
      };
    }),
  );

  @HostListener('document:keydown', ['$event'])
  protected key(event: KeyboardEvent): void {
    if (event.key === 'ArrowRight' || event.key === 'PageDown' || event.key === ' ') this.move(1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') this.move(-1);
    else if (event.key === 'Escape') this.leave();
    else return;
    event.preventDefault();
  }

  protected move(step: number): void {
    this.slide.set(Math.min(this.slides().length - 1, Math.max(0, this.slide() + step)));
  }

  protected leave(): void {
    void this.router.navigate(['/reports'], { queryParamsHandling: 'preserve' });
  }
}

/** As many indicators as fit a 1280 × 720 screen with their narratives. */
const RISKS_PER_SLIDE = 3;
/** As many notes on what the figures rest on as fit a slide. */
const NOTES_PER_SLIDE = 5;

type Risk = NonNullable<ReturnType<typeof selectBriefView>>['risks'][number];

interface Slide {
  kind: 'caveats' | 'headline' | 'goals' | 'highlights' | 'risks';
  title: string;
  risks?: Risk[];
  notes?: string[];
}
