import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Auth } from '../../core/auth';
import type { Problem } from '../../domain/problems';
import { narrativeProblems } from '../../domain/rules';
import { describeIssues, type Narrative, narrativeSchema } from '../../domain/schema';
import { LockNote } from '../../shared/lock-note';
import { WriteStatus } from '../../shared/write-status';
import { selectReferenceIds } from '../../state/quality';
import { referenceFeature } from '../../state/reference';
import { RecordDialog, RECORD_DIALOG_PROVIDERS } from '../framework/record-dialog';

export interface NarrativeDialogData {
  /** What the narrative explains: an indicator or a goal, with its code and name. */
  subject: { kind: 'indicator' | 'goal'; id: string; code: string; name: string };
  narrative: Narrative | null;
  /** The period to start with (a closed period asking for an explanation). */
  period?: string;
  /** Why it is asked for ("Off track in 2020"), shown above the text. */
  prompt?: string;
}

/** A co-manager's account of progress, and the explanation of a variance, for one period. */
@Component({
  selector: 'app-narrative-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatButtonModule,
    WriteStatus,
    LockNote,
  ],
  template: `
    <h2 mat-dialog-title i18n>Narrative · {{ data.subject.code }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()">
      <mat-dialog-content>
        <p class="muted">{{ data.subject.name }}</p>
        @if (data.prompt) {
          <p class="prompt">{{ data.prompt }}</p>
        }
        <mat-form-field>
          <mat-label i18n>Period</mat-label>
          <input matInput formControlName="period" required />
          <mat-hint i18n>2027, 2027-H1 or 2027-Q3</mat-hint>
          <mat-error>{{ error(form.controls.period) }}</mat-error>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label i18n>Progress and explanation of any variance</mat-label>
          <textarea matInput formControlName="text" rows="6" maxlength="4000" required></textarea>
          <mat-error>{{ error(form.controls.text) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n>Author</mat-label>
          <input matInput formControlName="author" maxlength="120" />
          <mat-error>{{ error(form.controls.author) }}</mat-error>
        </mat-form-field>
        <app-lock-note [round]="lock()" />
        <app-write-status
          [error]="writes().error"
          (loadTheirs)="loadTheirs($event)"
          (reapply)="reapply($event)"
        />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        @if (data.narrative; as n) {
          <button mat-button type="button" class="danger" (click)="remove(n)" i18n>Delete</button>
        }
        <button mat-button type="button" (click)="close()" i18n>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="writes().saving || !!lock()" i18n>
          Save narrative
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../framework/record-dialog.scss',
  providers: RECORD_DIALOG_PROVIDERS,
  styles: `
    .prompt {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NarrativeDialog extends RecordDialog<Narrative> {
  protected readonly data = inject<NarrativeDialogData>(MAT_DIALOG_DATA);
  protected readonly collection = 'narratives' as const;
  protected readonly isNew = this.data.narrative === null;
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly user = inject(Auth).user;
  private readonly refs = this.store.selectSignal(selectReferenceIds);
  private readonly today = this.store.selectSignal(referenceFeature.selectToday);
  protected readonly form = this.fb.group({
    period: this.fb.control(this.data.period ?? '', this.rule('period')),
    text: this.fb.control('', this.rule('text')),
    author: this.fb.control(this.user()?.name ?? '', this.rule('author')),
  });

  constructor() {
    super();
    this.start(this.data.narrative);
  }

  protected fill(n: Narrative): void {
    this.form.patchValue({ period: n.period, text: n.text, author: n.author });
  }

  protected record(): Narrative {
    const v = this.form.getRawValue();
    const { kind, id } = this.data.subject;
    return {
      id: this.data.narrative?.id ?? '',
      indicator: kind === 'indicator' ? id : null,
      goal: kind === 'goal' ? id : null,
      period: v.period.trim(),
      text: v.text,
      author: v.author.trim(),
      updated: this.today(),
      version: this.version(),
    };
  }

  protected problems(): Problem[] {
    const record = this.record();
    const parsed = narrativeSchema.safeParse({ ...record, id: record.id || 'new' });
    return parsed.success
      ? narrativeProblems(parsed.data, this.refs())
      : describeIssues(parsed.error);
  }
}
