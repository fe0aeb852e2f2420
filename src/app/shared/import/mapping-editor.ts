import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { ImportMapping, ValueRows } from './mapping';

/**
 * The mapping step of an import: which column of the file is which field (or a default), what
 * the file's coded values stand for, and the separator of list cells. Presentational: the page's
 * ImportSession holds the mapping.
 */
@Component({
  selector: 'app-import-mapping-editor',
  imports: [MatFormFieldModule, MatInputModule, MatSelectModule],
  templateUrl: './mapping-editor.html',
  styleUrl: './mapping-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportMappingEditor {
  readonly mapping = input.required<ImportMapping>();
  readonly fileName = input.required<string>();
  readonly headers = input.required<readonly string[]>();
  readonly fields = input.required<readonly { field: string; required: boolean }[]>();
  readonly valueRows = input.required<ValueRows>();
  readonly columnChosen = output<{ field: string; header: string | null }>();
  readonly defaultChosen = output<{ field: string; value: string }>();
  readonly valueChosen = output<{ field: string; value: string; code: string }>();
  readonly separatorChosen = output<string>();

  protected valuesLabel(field: string): string {
    return $localize`Values of ${field}:field:`;
  }
}
