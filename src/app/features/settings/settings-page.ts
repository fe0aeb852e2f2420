import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import {
  AbstractControl,
  FormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { Store } from '@ngrx/store';
import { settingsProblems } from '../../domain/rules';
import { referenceFeature, SettingsPageActions } from '../../state/reference';
import type { Settings } from '../../domain/schema';
import { Auth } from '../../core/auth';

const MONTHS = [
  $localize`January`,
  $localize`February`,
  $localize`March`,
  $localize`April`,
  $localize`May`,
  $localize`June`,
  $localize`July`,
  $localize`August`,
  $localize`September`,
  $localize`October`,
  $localize`November`,
  $localize`December`,
];

function withoutCurrency(settings: Settings): Omit<Settings, 'currency'> {
  const rest: Partial<Settings> = { ...settings };
  delete rest.currency;
  return rest as Omit<Settings, 'currency'>;
}

/** The shared settings rule (the at-risk threshold below the on-track one), on the form's percentages. */
function atRiskBelowOnTrack(group: AbstractControl): ValidationErrors | null {
  const { onTrack, atRisk } = group.value as { onTrack: number | null; atRisk: number | null };
  if (onTrack === null || atRisk === null) return null;
  const problems = settingsProblems({
    id: 'form',
    yearStartMonth: 1,
    currentFramework: '',
    demoData: false,
    onTrackThreshold: onTrack / 100,
    atRiskThreshold: atRisk / 100,
    version: 1,
  });
  return problems.some((p) => p.code === 'threshold-order') ? { order: true } : null;
}

/** Reporting settings: the work-plan year and the status thresholds. */
@Component({
  selector: 'app-settings-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
  ],
  templateUrl: './settings-page.html',
  styleUrl: './settings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SettingsPage {
  private readonly store = inject(Store);
  /** Only an administrator changes the settings (the API checks it too). */
  protected readonly mayEdit = inject(Auth).can('settings');
  protected readonly settings = this.store.selectSignal(referenceFeature.selectSettings);
  protected readonly saving = this.store.selectSignal(referenceFeature.selectSaving);
  protected readonly saveError = this.store.selectSignal(referenceFeature.selectSaveError);
  protected readonly saved = this.store.selectSignal(referenceFeature.selectSaved);
  protected readonly frameworks = this.store.selectSignal(referenceFeature.selectFrameworks);
  protected readonly months = MONTHS.map((label, i) => ({ value: i + 1, label }));

  protected readonly form = inject(FormBuilder).group(
    {
      currentFramework: ['', [Validators.required]],
      yearStartMonth: [1, [Validators.required]],
      onTrack: [90 as number | null, [Validators.required, Validators.min(1), Validators.max(200)]],
      atRisk: [60 as number | null, [Validators.required, Validators.min(0), Validators.max(200)]],
      currency: ['', [Validators.pattern(/^[A-Z]{3}$/)]],
    },
    { validators: atRiskBelowOnTrack },
  );

  constructor() {
    // Fill the form from the stored settings until the user starts editing.
    effect(() => {
      const s = this.settings();
      if (s && this.form.pristine) {
        this.form.reset({
          currentFramework: s.currentFramework,
          yearStartMonth: s.yearStartMonth,
          onTrack: Math.round(s.onTrackThreshold * 100),
          atRisk: Math.round(s.atRiskThreshold * 100),
          currency: s.currency ?? '',
        });
      }
    });
    // Once saved, the form holds what is stored.
    effect(() => {
      if (this.saved()) this.form.markAsPristine();
    });
  }

  /** Currency codes are capitals (ISO 4217); typing "usd" means USD. */
  protected upperCaseCurrency(): void {
    const control = this.form.controls.currency;
    const upper = (control.value ?? '').toUpperCase();
    if (upper !== control.value) control.setValue(upper);
  }

  protected save(): void {
    const current = this.settings();
    if (!current || this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    this.store.dispatch(
      SettingsPageActions.saveClicked({
        settings: {
          ...withoutCurrency(current),
          currentFramework: v.currentFramework!,
          yearStartMonth: v.yearStartMonth!,
          onTrackThreshold: v.onTrack! / 100,
          atRiskThreshold: v.atRisk! / 100,
          // Cleared, the setting is absent again: amounts then say the currency is not set.
          ...(v.currency ? { currency: v.currency } : {}),
        },
      }),
    );
  }
}
