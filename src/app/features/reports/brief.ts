import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { StatusChip } from '../../shared/status-chip';
import type { BriefView } from './brief.view';

/** The brief as one A4 page: presentational, the same on screen and on paper. */
@Component({
  selector: 'app-brief',
  imports: [StatusChip],
  templateUrl: './brief.html',
  styleUrl: './brief.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Brief {
  readonly view = input.required<BriefView>();
}
