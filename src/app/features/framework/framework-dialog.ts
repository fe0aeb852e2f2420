import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { indonesianTexts } from '../../core/readable';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { Problem } from '../../domain/problems';
import { frameworkProblems } from '../../domain/rules';
import { describeIssues, type Framework, frameworkSchema } from '../../domain/schema';
import { WriteStatus } from '../../shared/write-status';
import { referenceFeature } from '../../state/reference';
import { RecordDialog, RECORD_DIALOG_PROVIDERS } from './record-dialog';

/**
 * A strategy the RSO reports against: name and dates; a new one can start from another's
 * indicators (copied without targets, which the co-managers then set).
 */
@Component({
  selector: 'app-framework-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    WriteStatus,
  ],
  template: `
    <h2 mat-dialog-title>
      @if (isNew) {
        <ng-container i18n>New framework</ng-container>
      } @else {
        <ng-container i18n>Framework</ng-container>
      }
    </h2>
    <form [formGroup]="form" (ngSubmit)="save()">
      <mat-dialog-content>
        <mat-form-field class="wide">
          <mat-label i18n>Name</mat-label>
          <input matInput formControlName="name" required maxlength="200" />
          <mat-error>{{ error(form.controls.name) }}</mat-error>
        </mat-form-field>
        <mat-form-field class="wide" lang="id">
          <mat-label i18n>Name in Bahasa Indonesia</mat-label>
          <input matInput formControlName="nameId" maxlength="200" />
          <mat-hint i18n>Read in English where empty</mat-hint>
          <mat-error>{{ error(form.controls.nameId) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n>Start</mat-label>
          <input matInput type="date" formControlName="start" required />
          <mat-error>{{ error(form.controls.start) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n>End</mat-label>
          <input matInput type="date" formControlName="end" required />
          <mat-error>{{ error(form.controls.end) }}</mat-error>
        </mat-form-field>
        @if (isNew) {
          <mat-form-field class="wide">
            <mat-label i18n>Copy the indicators of</mat-label>
            <mat-select formControlName="copyFrom">
              <mat-option value="" i18n>None: start empty</mat-option>
              @for (f of frameworks(); track f.id) {
                <mat-option [value]="f.id">{{ f.name }}</mat-option>
              }
            </mat-select>
            <mat-hint i18n
              >Definitions, goals, measures and baselines are copied; targets are not.</mat-hint
            >
          </mat-form-field>
        }
        <app-write-status
          [error]="writes().error"
          (loadTheirs)="loadTheirs($event)"
          (reapply)="reapply($event)"
        />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="close()" i18n>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="writes().saving" i18n>
          Save framework
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './record-dialog.scss',
  providers: RECORD_DIALOG_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FrameworkDialog extends RecordDialog<Framework> {
  protected readonly data = inject<{ framework: Framework | null }>(MAT_DIALOG_DATA);
  protected readonly collection = 'frameworks' as const;
  protected readonly isNew = this.data.framework === null;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly frameworks = this.store.selectSignal(referenceFeature.selectFrameworks);
  protected readonly form = this.fb.group({
    name: this.fb.control('', this.rule('name')),
    nameId: this.fb.control('', this.rule('translations.id.name')),
    start: this.fb.control('', this.rule('start')),
    end: this.fb.control('', this.rule('end')),
    copyFrom: this.fb.control(''),
  });

  constructor() {
    super();
    this.start(this.data.framework);
  }

  protected fill(f: Framework): void {
    this.form.patchValue({
      name: f.name,
      nameId: f.translations?.id?.name ?? '',
      start: f.start,
      end: f.end,
    });
  }

  protected record(): Framework {
    const v = this.form.getRawValue();
    return {
      id: this.data.framework?.id ?? '',
      name: v.name.trim(),
      start: v.start,
      end: v.end,
      ...indonesianTexts({ name: v.nameId }, this.base),
      version: this.version(),
    };
  }

  protected problems(): Problem[] {
    const record = this.record();
    const parsed = frameworkSchema.safeParse({ ...record, id: record.id || 'new' });
    return parsed.success ? frameworkProblems(parsed.data) : describeIssues(parsed.error);
  }

  protected override save(): void {
    if (this.checked()) this.send(null, this.form.controls.copyFrom.value || null);
  }
}
