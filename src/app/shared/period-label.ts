import { Pipe, PipeTransform } from '@angular/core';
import { periodLabel } from '../core/labels';
import type { Period } from '../results/periods';

/** `{{ period | periodLabel }}`: a period's name in words. */
@Pipe({ name: 'periodLabel' })
export class PeriodLabelPipe implements PipeTransform {
  transform(period: Period | null | undefined): string {
    return period ? periodLabel(period) : '';
  }
}
