import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { indonesianTexts } from '../../core/readable';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { Problem } from '../../domain/problems';
import { meetingProblems } from '../../domain/rules';
import { describeIssues, type Meeting, meetingSchema } from '../../domain/schema';
import { WriteStatus } from '../../shared/write-status';
import { RecordDialog, RECORD_DIALOG_PROVIDERS } from './record-dialog';

export const MEETING_KIND_LABELS: Record<Meeting['kind'], string> = {
  'ministerial-conference': $localize`Ministerial Conference`,
  'ahg-som': $localize`Ad Hoc Group Senior Officials’ Meeting`,
  other: $localize`Other meeting`,
};

/** A meeting that anchors reporting periods ("since the 19th AHG SOM"). */
@Component({
  selector: 'app-meeting-dialog',
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
        <ng-container i18n>New meeting</ng-container>
      } @else {
        <ng-container i18n>Meeting</ng-container>
      }
    </h2>
    <form [formGroup]="form" (ngSubmit)="save()">
      <mat-dialog-content>
        <mat-form-field class="wide">
          <mat-label i18n>Name</mat-label>
          <input matInput formControlName="name" required maxlength="200" />
          <mat-error>{{ error(form.controls.name) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n>Short name</mat-label>
          <input matInput formControlName="shortName" required maxlength="80" />
          <mat-hint i18n>As periods name it: “Since the 19th AHG SOM”</mat-hint>
          <mat-error>{{ error(form.controls.shortName) }}</mat-error>
        </mat-form-field>
        <fieldset class="in-indonesian" lang="id">
          <legend i18n>In Bahasa Indonesia (read in English where empty)</legend>
          <mat-form-field class="wide">
            <mat-label i18n>Name in Bahasa Indonesia</mat-label>
            <input matInput formControlName="nameId" maxlength="200" />
            <mat-error>{{ error(form.controls.nameId) }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label i18n>Short name in Bahasa Indonesia</mat-label>
            <input matInput formControlName="shortNameId" maxlength="80" />
            <mat-hint i18n>“Sejak SOM AHG ke-19”</mat-hint>
            <mat-error>{{ error(form.controls.shortNameId) }}</mat-error>
          </mat-form-field>
        </fieldset>
        <mat-form-field>
          <mat-label i18n>Kind</mat-label>
          <mat-select formControlName="kind">
            @for (k of kinds; track k.value) {
              <mat-option [value]="k.value">{{ k.label }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ error(form.controls.kind) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n>Date</mat-label>
          <input matInput type="date" formControlName="date" required />
          <mat-error>{{ error(form.controls.date) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n>Place</mat-label>
          <input matInput formControlName="place" maxlength="120" />
          <mat-error>{{ error(form.controls.place) }}</mat-error>
        </mat-form-field>
        <app-write-status
          [error]="writes().error"
          (loadTheirs)="loadTheirs($event)"
          (reapply)="reapply($event)"
        />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        @if (data.meeting; as m) {
          <button mat-button type="button" class="danger" (click)="remove(m)" i18n>Delete</button>
        }
        <button mat-button type="button" (click)="close()" i18n>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="writes().saving" i18n>
          Save meeting
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './record-dialog.scss',
  providers: RECORD_DIALOG_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MeetingDialog extends RecordDialog<Meeting> {
  protected readonly data = inject<{ meeting: Meeting | null }>(MAT_DIALOG_DATA);
  protected readonly collection = 'meetings' as const;
  protected readonly isNew = this.data.meeting === null;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly kinds = Object.entries(MEETING_KIND_LABELS).map(([value, label]) => ({
    value,
    label,
  }));
  protected readonly form = this.fb.group({
    name: this.fb.control('', this.rule('name')),
    shortName: this.fb.control('', this.rule('shortName')),
    kind: this.fb.control<Meeting['kind']>('ahg-som', this.rule('kind')),
    date: this.fb.control('', this.rule('date')),
    place: this.fb.control('', this.rule('place')),
    nameId: this.fb.control('', this.rule('translations.id.name')),
    shortNameId: this.fb.control('', this.rule('translations.id.shortName')),
  });

  constructor() {
    super();
    this.start(this.data.meeting);
  }

  protected fill(m: Meeting): void {
    this.form.patchValue({
      name: m.name,
      shortName: m.shortName,
      kind: m.kind,
      date: m.date,
      place: m.place,
      nameId: m.translations?.id?.name ?? '',
      shortNameId: m.translations?.id?.shortName ?? '',
    });
  }

  protected record(): Meeting {
    const v = this.form.getRawValue();
    return {
      id: this.data.meeting?.id ?? '',
      name: v.name.trim(),
      shortName: v.shortName.trim(),
      kind: v.kind,
      date: v.date,
      place: v.place.trim(),
      ...indonesianTexts({ name: v.nameId, shortName: v.shortNameId }, this.base),
      version: this.version(),
    };
  }

  protected problems(): Problem[] {
    const record = this.record();
    const parsed = meetingSchema.safeParse({ ...record, id: record.id || 'new' });
    return parsed.success ? meetingProblems(parsed.data) : describeIssues(parsed.error);
  }
}
