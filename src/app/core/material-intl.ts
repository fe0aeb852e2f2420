import { Injectable, type Provider } from '@angular/core';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { formatNumber } from './format';

/** The paginator's own texts, in the reader's language. */
@Injectable()
export class PaginatorText extends MatPaginatorIntl {
  override itemsPerPageLabel = $localize`Rows per page:`;
  override nextPageLabel = $localize`Next page`;
  override previousPageLabel = $localize`Previous page`;
  override firstPageLabel = $localize`First page`;
  override lastPageLabel = $localize`Last page`;
  override getRangeLabel = (page: number, pageSize: number, length: number): string => {
    if (length === 0 || pageSize === 0) return $localize`0 of ${formatNumber(length)}:total:`;
    const start = page * pageSize;
    const end = Math.min(start + pageSize, length);
    return $localize`${formatNumber(start + 1)}:first:–${formatNumber(end)}:last: of ${formatNumber(length)}:total:`;
  };
}

/**
 * For the components that show a paginator: provided there, not app-wide, so the paginator's
 * code stays out of the first load.
 */
export const PAGINATOR_TEXT: Provider[] = [{ provide: MatPaginatorIntl, useClass: PaginatorText }];
