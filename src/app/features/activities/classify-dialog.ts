import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import type { ClassificationField } from '../../domain/bulk';
import { activitiesFeature, ActivityClassifyActions } from '../../state/activities';
import { referenceFeature } from '../../state/reference';

const FIELD_LABELS: Record<ClassificationField, string> = {
  goals: $localize`Strategic goals`,
  purposes: $localize`Core purposes`,
  functions: $localize`Functions`,
  workingGroups: $localize`Working groups`,
};

/**
 * Gives many activities a classification in one step: set (replace) or add goals, purposes,
 * functions or working groups. Every record is written at the version it was read and
 * audited; the answer lists each record not changed, by title, with why.
 */
@Component({
  selector: 'app-classify-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatSelectModule,
    MatRadioModule,
    MatButtonModule,
  ],
  template: `
    <h2 mat-dialog-title i18n>
      Classify {count(), plural, =1 {1 activity} other {{{ count() }} activities}}
    </h2>
    @if (result(); as r) {
      <mat-dialog-content>
        <p role="status" data-testid="classify-result" i18n>
          {r.saved, plural, =1 {1 activity saved} other {{{ r.saved }} activities saved}
          }{r.notSaved.length, plural,
            =0 {.}
            =1 {; 1 not changed:}
            other {; {{ r.notSaved.length }} not changed:}
          }
        </p>
        @if (r.notSaved.length) {
          <ul class="not-saved" data-testid="classify-not-saved">
            @for (n of r.notSaved; track n.id) {
              <li>
                <strong>{{ n.title }}</strong> ({{ n.id }}): {{ n.message }}
              </li>
            }
          </ul>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-flat-button type="button" mat-dialog-close i18n>Close</button>
      </mat-dialog-actions>
    } @else {
      <form [formGroup]="form" (ngSubmit)="save()">
        <mat-dialog-content>
          <mat-form-field class="wide">
            <mat-label i18n>Classification</mat-label>
            <mat-select formControlName="field">
              @for (f of fields; track f.value) {
                <mat-option [value]="f.value">{{ f.label }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <mat-radio-group formControlName="mode" i18n-aria-label aria-label="How">
            <mat-radio-button value="add" i18n>Add to what each records</mat-radio-button>
            <mat-radio-button value="set" i18n>Replace what each records</mat-radio-button>
          </mat-radio-group>
          <mat-form-field class="wide">
            <mat-label i18n>Values</mat-label>
            <mat-select formControlName="values" multiple required>
              @for (o of options(); track o.id) {
                <mat-option [value]="o.id">{{ o.code }} {{ o.name }}</mat-option>
              }
            </mat-select>
            <mat-error i18n>Choose at least one.</mat-error>
          </mat-form-field>
          @if (error(); as e) {
            <p class="error" role="alert">{{ e }}</p>
          }
        </mat-dialog-content>
        <mat-dialog-actions align="end">
          <button mat-button type="button" mat-dialog-close i18n>Cancel</button>
          <button mat-flat-button type="submit" [disabled]="busy()" i18n>
            Classify {count(), plural, =1 {1 activity} other {{{ count() }} activities}}
          </button>
        </mat-dialog-actions>
      </form>
    }
  `,
  styles: `
    .wide {
      width: 100%;
    }
    mat-radio-group {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      margin-bottom: 12px;
    }
    .error {
      color: var(--mat-sys-error);
    }
    .not-saved {
      padding-left: 20px;
      max-height: 40vh;
      overflow: auto;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClassifyDialog {
  private readonly store = inject(Store);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly ref = inject(MatDialogRef<ClassifyDialog>);
  private readonly ids = inject<{ ids: readonly string[] }>(MAT_DIALOG_DATA).ids;
  private readonly entities = this.store.selectSignal(activitiesFeature.selectEntities);
  private readonly state = this.store.selectSignal(activitiesFeature.selectActivitiesState);
  private readonly goals = this.store.selectSignal(referenceFeature.selectGoals);
  private readonly purposes = this.store.selectSignal(referenceFeature.selectPurposes);
  private readonly functions = this.store.selectSignal(referenceFeature.selectFunctions);
  private readonly groups = this.store.selectSignal(referenceFeature.selectWorkingGroups);
  protected readonly count = computed(() => this.ids.length);
  protected readonly busy = computed(() => this.state().classifying);
  protected readonly result = computed(() => this.state().classifyResult);
  protected readonly error = computed(() => this.state().classifyError);
  protected readonly fields = (Object.keys(FIELD_LABELS) as ClassificationField[]).map((value) => ({
    value,
    label: FIELD_LABELS[value],
  }));

  protected readonly form = this.fb.group({
    field: this.fb.control<ClassificationField>('goals'),
    mode: this.fb.control<'add' | 'set'>('add'),
    values: this.fb.control<string[]>([], Validators.required),
  });
  private readonly field = toSignal(this.form.controls.field.valueChanges, {
    initialValue: this.form.controls.field.value,
  });

  /** The values the chosen classification can take, by code and name. */
  protected readonly options = computed(() => {
    switch (this.field()) {
      case 'goals':
        return this.goals().map((g) => ({ id: g.id, code: g.code, name: g.title }));
      case 'purposes':
        return this.purposes().map((p) => ({ id: p.id, code: p.code, name: p.title }));
      case 'functions':
        return this.functions().map((f) => ({ id: f.id, code: f.code, name: f.title }));
      case 'workingGroups':
        return this.groups().map((g) => ({ id: g.id, code: g.code, name: g.name }));
    }
  });

  constructor() {
    this.store.dispatch(ActivityClassifyActions.opened());
    // Another classification's values do not carry over.
    this.form.controls.field.valueChanges.subscribe(() => this.form.controls.values.setValue([]));
  }

  protected save(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const { field, mode, values } = this.form.getRawValue();
    const entities = this.entities();
    const records = this.ids.flatMap((id) => {
      const a = entities[id];
      return a ? [{ id, version: a.version }] : [];
    });
    this.store.dispatch(
      ActivityClassifyActions.confirmed({ request: { records, [mode]: { [field]: values } } }),
    );
  }
}
