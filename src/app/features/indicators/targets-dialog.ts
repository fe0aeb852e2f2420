import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { formatRange } from '../../core/labels';
import { periodKeySpan } from '../../domain/dates';
import type { Problem } from '../../domain/problems';
import { blocking, closedPeriodsChanged, indicatorProblems } from '../../domain/rules';
import { describeIssues, type Indicator, indicatorSchema } from '../../domain/schema';
import { WARNINGS } from '../../domain/problems';
import { LockNote } from '../../shared/lock-note';
import { WriteStatus } from '../../shared/write-status';
import { selectReferenceIds } from '../../state/quality';
import { referenceFeature } from '../../state/reference';
import { RecordDialog, RECORD_DIALOG_PROVIDERS } from '../framework/record-dialog';
import { sentence } from '../framework/rule-validator';

type TargetRow = FormGroup<{
  period: FormControl<string>;
  value: FormControl<number | null>;
}>;

type GroupTargetRow = FormGroup<{
  workingGroup: FormControl<string>;
  period: FormControl<string>;
  value: FormControl<number | null>;
}>;

const num = (v: number | string | null | undefined): number | null =>
  v === null || v === undefined || v === '' ? null : Number(v);

/**
 * Baseline, targets per year or half-year, and the whole-framework target of one indicator.
 * Each field is checked beside it by the API's own rules (periods inside the framework, one
 * target per period), a target against the indicator's direction is flagged, and a change to a
 * closed period asks why.
 */
@Component({
  selector: 'app-targets-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    WriteStatus,
    LockNote,
  ],
  template: `
    <h2 mat-dialog-title i18n>Targets and baseline · {{ indicator.code }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()">
      <mat-dialog-content>
        <p class="muted">
          {{ indicator.name }} · <ng-container i18n>framework {{ spanText() }}</ng-container> ·
          @if (indicator.direction === 'decrease') {
            <ng-container i18n>lower is better</ng-container>
          } @else {
            <ng-container i18n>higher is better</ng-container>
          }
        </p>
        <fieldset>
          <legend i18n>Baseline</legend>
          <mat-form-field>
            <mat-label i18n>Baseline value</mat-label>
            <input matInput type="number" formControlName="baselineValue" />
            <mat-error>{{ error(form.controls.baselineValue) }}</mat-error>
          </mat-form-field>
          <mat-form-field>
            <mat-label i18n>Baseline date</mat-label>
            <input matInput type="date" formControlName="baselineDate" />
            <mat-error>{{ error(form.controls.baselineDate) }}</mat-error>
          </mat-form-field>
        </fieldset>

        <fieldset>
          <legend i18n>Targets by period</legend>
          <p class="muted" i18n>
            A year (2027), a half-year (2027-H1) or a quarter (2027-Q3) of the work-plan year.
          </p>
          <div formArrayName="targets">
            @for (row of form.controls.targets.controls; track row; let i = $index) {
              <div class="row" [formGroupName]="i" [attr.data-period]="row.controls.period.value">
                <mat-form-field>
                  <mat-label i18n>Period</mat-label>
                  <input matInput formControlName="period" />
                  <mat-error>{{ error(row.controls.period) }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label i18n>Target</mat-label>
                  <input matInput type="number" formControlName="value" />
                  <mat-error>{{ error(row.controls.value) }}</mat-error>
                  @if (warnings()[i]; as w) {
                    <mat-hint class="warning">{{ w }}</mat-hint>
                  }
                </mat-form-field>
                <button
                  mat-icon-button
                  type="button"
                  (click)="removeRow(i)"
                  i18n-aria-label
                  aria-label="Remove this target"
                >
                  <mat-icon svgIcon="delete" aria-hidden="true" />
                </button>
              </div>
            }
          </div>
          <button mat-stroked-button type="button" (click)="addRow()" i18n>Add a target</button>
          <button mat-button type="button" (click)="addFrameworkYears()" i18n>
            Add the framework’s years
          </button>
        </fieldset>

        <mat-form-field>
          <mat-label i18n>Target for the whole framework</mat-label>
          <input matInput type="number" formControlName="frameworkTarget" />
          <mat-error>{{ error(form.controls.frameworkTarget) }}</mat-error>
        </mat-form-field>

        <fieldset data-testid="group-targets">
          <legend i18n>Targets set by working groups</legend>
          <p class="muted" i18n>
            A working group’s own target for its part of this indicator. A group is judged only
            against these: the targets above belong to the RSO as a whole.
          </p>
          <div formArrayName="groupTargets">
            @for (row of form.controls.groupTargets.controls; track row; let i = $index) {
              <div class="row" [formGroupName]="i">
                <mat-form-field>
                  <mat-label i18n>Working group</mat-label>
                  <mat-select formControlName="workingGroup">
                    @for (g of groups(); track g.id) {
                      <mat-option [value]="g.id">{{ g.code }}</mat-option>
                    }
                  </mat-select>
                  <mat-error>{{ error(row.controls.workingGroup) }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label i18n>Period</mat-label>
                  <input matInput formControlName="period" />
                  <mat-error>{{ error(row.controls.period) }}</mat-error>
                </mat-form-field>
                <mat-form-field>
                  <mat-label i18n>Group target</mat-label>
                  <input matInput type="number" formControlName="value" />
                  <mat-error>{{ error(row.controls.value) }}</mat-error>
                </mat-form-field>
                <button
                  mat-icon-button
                  type="button"
                  (click)="form.controls.groupTargets.removeAt(i)"
                  i18n-aria-label
                  aria-label="Remove this group target"
                >
                  <mat-icon svgIcon="delete" aria-hidden="true" />
                </button>
              </div>
            }
          </div>
          @if (error(form.controls.groupTargets); as e) {
            <p class="field-error" role="alert">{{ e }}</p>
          }
          <button mat-stroked-button type="button" (click)="addGroupRow()" i18n>
            Add a group target
          </button>
        </fieldset>

        @if (closed().length) {
          <mat-form-field class="wide">
            <mat-label i18n>Reason for changing {{ closed().join(', ') }} (closed)</mat-label>
            <textarea matInput formControlName="reason" rows="2" required></textarea>
            <mat-hint i18n>Kept in the audit trail with the change.</mat-hint>
            <mat-error i18n>Say why a closed period’s target changes.</mat-error>
          </mat-form-field>
        }

        <app-lock-note [round]="lock()" />
        <app-write-status
          [error]="writes().error"
          (loadTheirs)="loadTheirs($event)"
          (reapply)="reapply($event, reasonText())"
        />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="close()" i18n>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="writes().saving || !!lock()" i18n>
          Save targets
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../framework/record-dialog.scss',
  providers: RECORD_DIALOG_PROVIDERS,
  styles: `
    fieldset {
      border: 0;
      padding: 0;
      margin: 0 0 12px;
    }
    legend {
      font: var(--mat-sys-title-small);
      margin-bottom: 8px;
    }
    .row {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      flex-wrap: wrap;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .warning {
      color: var(--rso-status-at-risk);
    }
    .field-error {
      color: var(--mat-sys-error);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TargetsDialog extends RecordDialog<Indicator> {
  protected readonly indicator = inject<{ indicator: Indicator }>(MAT_DIALOG_DATA).indicator;
  protected readonly collection = 'indicators' as const;
  protected readonly isNew = false;
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly refs = this.store.selectSignal(selectReferenceIds);
  private readonly today = this.store.selectSignal(referenceFeature.selectToday);
  private readonly frameworks = this.store.selectSignal(referenceFeature.selectFrameworks);
  protected readonly groups = this.store.selectSignal(referenceFeature.selectWorkingGroups);
  private readonly submitted = signal(false);
  private cache = { key: '', problems: [] as Problem[] };

  /** The framework's dates as everywhere else on screen: "1 Jan 2018 – 31 Dec 2020". */
  protected readonly spanText = computed(() => formatRange(this.span().start, this.span().end));
  protected readonly span = computed(
    () =>
      this.frameworks().find((f) => f.id === this.indicator.framework) ?? {
        start: '—',
        end: '—',
      },
  );

  protected readonly form = this.fb.group({
    baselineValue: new FormControl<number | null>(
      null,
      this.rule((f) => f === 'baseline' || f === 'baseline.value'),
    ),
    baselineDate: this.fb.control(
      '',
      this.rule((f) => f === 'baseline.date'),
    ),
    targets: this.fb.array<TargetRow>(
      [],
      this.rule((f) => f === 'targets'),
    ),
    frameworkTarget: new FormControl<number | null>(
      null,
      this.rule((f) => f === 'frameworkTarget'),
    ),
    groupTargets: this.fb.array<GroupTargetRow>(
      [],
      this.rule((f) => f === 'groupTargets'),
    ),
    reason: this.fb.control(''),
  });

  private readonly value = toSignal(this.form.valueChanges, { initialValue: null });

  /** Closed periods whose targets this edit changes (each needs the reason). */
  protected readonly closed = computed(() => {
    this.value();
    return closedPeriodsChanged(
      'indicators',
      this.indicator,
      this.record(),
      this.today(),
      this.refs().firstMonth,
    );
  });

  /** Direction warnings per target row: worth knowing, not blocking. */
  protected readonly warnings = computed(() => {
    this.value();
    const out: Record<number, string> = {};
    for (const p of this.allProblems().filter((p) => WARNINGS.has(p.code))) {
      const row = /^targets\.(\d+)\./.exec(p.field);
      if (row) out[Number(row[1])] = sentence(p);
    }
    return out;
  });

  constructor() {
    super();
    this.start(this.indicator);
  }

  protected fill(i: Indicator): void {
    this.form.controls.targets.clear({ emitEvent: false });
    for (const t of i.targets)
      this.form.controls.targets.push(this.row(t.period, t.value), { emitEvent: false });
    this.form.controls.groupTargets.clear({ emitEvent: false });
    for (const t of i.groupTargets ?? [])
      this.form.controls.groupTargets.push(this.groupRow(t.workingGroup, t.period, t.value), {
        emitEvent: false,
      });
    this.form.patchValue({
      baselineValue: i.baseline.value,
      baselineDate: i.baseline.date ?? '',
      frameworkTarget: i.frameworkTarget,
    });
  }

  private row(period = '', value: number | null = null): TargetRow {
    const index = () => this.form.controls.targets.controls.indexOf(group);
    const group: TargetRow = this.fb.group({
      period: this.fb.control(
        period,
        this.rule((f) => f === `targets.${index()}.period`),
      ),
      value: new FormControl<number | null>(
        value,
        this.rule((f) => f === `targets.${index()}.value`),
      ),
    });
    return group;
  }

  private groupRow(workingGroup = '', period = '', value: number | null = null): GroupTargetRow {
    const index = () => this.form.controls.groupTargets.controls.indexOf(group);
    const field = (name: string) => this.rule((f) => f === `groupTargets.${index()}.${name}`);
    const group: GroupTargetRow = this.fb.group({
      workingGroup: this.fb.control(workingGroup, field('workingGroup')),
      period: this.fb.control(period, field('period')),
      value: new FormControl<number | null>(value, field('value')),
    });
    return group;
  }

  protected addGroupRow(): void {
    this.form.controls.groupTargets.push(this.groupRow());
  }

  protected addRow(): void {
    this.form.controls.targets.push(this.row());
  }

  protected removeRow(index: number): void {
    this.form.controls.targets.removeAt(index);
  }

  /** A row for each year of the framework that has no target yet. */
  protected addFrameworkYears(): void {
    const { start, end } = this.span();
    const have = new Set(this.form.controls.targets.value.map((t) => t.period));
    for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++)
      if (!have.has(String(y)) && periodKeySpan(String(y), this.refs().firstMonth))
        this.form.controls.targets.push(this.row(String(y)));
  }

  protected record(): Indicator {
    const v = this.form.getRawValue();
    const baselineValue = num(v.baselineValue);
    return {
      ...this.indicator,
      baseline: { value: baselineValue, date: v.baselineDate || null },
      targets: v.targets.map((t) => ({ period: t.period.trim(), value: num(t.value) as number })),
      frameworkTarget: num(v.frameworkTarget),
      // An indicator that never had group targets is not given an empty list it did not have.
      ...(v.groupTargets.length || this.indicator.groupTargets
        ? {
            groupTargets: v.groupTargets.map((t) => ({
              workingGroup: t.workingGroup,
              period: t.period.trim(),
              value: num(t.value) as number,
            })),
          }
        : {}),
      version: this.version(),
    };
  }

  /** What stops a save: the direction warnings do not. */
  protected problems(): Problem[] {
    return blocking(this.allProblems());
  }

  /** Every problem of the edited indicator: its shape, then the rules, once per value. */
  private allProblems(): Problem[] {
    const record = this.record();
    const key = JSON.stringify(record);
    if (key !== this.cache.key) {
      const parsed = indicatorSchema.safeParse(record);
      this.cache = {
        key,
        problems: parsed.success
          ? indicatorProblems(parsed.data, this.refs(), this.indicator)
          : describeIssues(parsed.error),
      };
    }
    return this.cache.problems;
  }

  protected override save(): void {
    this.submitted.set(true);
    if (this.checked(this.closed().length > 0)) this.send(this.reasonText());
  }
}
