import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { indonesianTexts } from '../../core/readable';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ACTIVITY_TYPE_LABELS } from '../../core/labels';
import type { Problem } from '../../domain/problems';
import { indicatorProblems } from '../../domain/rules';
import {
  ACTIVITY_TYPES,
  type ActivityType,
  describeIssues,
  type Indicator,
  indicatorSchema,
  type Measure,
} from '../../domain/schema';
import { WriteStatus } from '../../shared/write-status';
import { selectReferenceIds } from '../../state/quality';
import { referenceFeature } from '../../state/reference';
import { RecordDialog, RECORD_DIALOG_PROVIDERS } from './record-dialog';

/** The measures a new indicator can take, by name: what the engine computes from activities. */
const MEASURES: { key: string; label: string; measure: Measure }[] = [
  { key: 'count', label: $localize`Number of activities`, measure: { kind: 'count' } },
  {
    key: 'participants',
    label: $localize`Participants (sum)`,
    measure: { kind: 'sum', field: 'participants.total' },
  },
  {
    key: 'women',
    label: $localize`Share of women among participants whose sex is recorded (%)`,
    measure: {
      kind: 'ratio',
      numerator: { kind: 'sum', field: 'participants.female' },
      denominator: { kind: 'sum', field: 'participants.sexKnown' },
      scale: 100,
    },
  },
  {
    key: 'memberStates',
    label: $localize`Member states taking part (distinct)`,
    measure: { kind: 'distinct', field: 'memberStates' },
  },
  {
    key: 'hostCountry',
    label: $localize`Countries hosting activities (distinct)`,
    measure: { kind: 'distinct', field: 'hostCountry' },
  },
  {
    key: 'workingGroups',
    label: $localize`Working groups served (distinct)`,
    measure: { kind: 'distinct', field: 'workingGroups' },
  },
  {
    key: 'satisfaction',
    label: $localize`Mean participant satisfaction`,
    measure: { kind: 'mean', field: 'evaluation.satisfaction' },
  },
  {
    key: 'knowledgeGain',
    label: $localize`Mean knowledge gain`,
    measure: { kind: 'mean', field: 'evaluation.knowledgeGain' },
  },
  {
    key: 'cost',
    label: $localize`Cost per participant`,
    measure: {
      kind: 'ratio',
      numerator: { kind: 'sum', field: 'cost' },
      denominator: { kind: 'sum', field: 'participants.total' },
      scale: 1,
    },
  },
  {
    key: 'reported',
    label: $localize`A value reported by the co-managers (not computed)`,
    measure: { kind: 'reported' },
  },
];

/**
 * A new indicator of a framework: what it measures (from activities, or reported), which
 * activities count, how it accrues, and to which goals and purposes it belongs. Checked field
 * by field by the API's own rules; its targets are set afterwards on its page.
 */
@Component({
  selector: 'app-indicator-dialog',
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
    <h2 mat-dialog-title i18n>New indicator</h2>
    <form [formGroup]="form" (ngSubmit)="save()">
      <mat-dialog-content>
        <mat-form-field>
          <mat-label i18n>Framework</mat-label>
          <mat-select formControlName="framework" required>
            @for (f of frameworks(); track f.id) {
              <mat-option [value]="f.id">{{ f.name }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ error(form.controls.framework) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n>Code</mat-label>
          <input matInput formControlName="code" required maxlength="32" />
          <mat-hint i18n>As in the results framework, e.g. 1.1</mat-hint>
          <mat-error>{{ error(form.controls.code) }}</mat-error>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label i18n>Name</mat-label>
          <input matInput formControlName="name" required maxlength="200" />
          <mat-error>{{ error(form.controls.name) }}</mat-error>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label i18n>Definition</mat-label>
          <textarea matInput formControlName="definition" rows="2"></textarea>
          <mat-error>{{ error(form.controls.definition) }}</mat-error>
        </mat-form-field>
        <fieldset class="in-indonesian" lang="id">
          <legend i18n>In Bahasa Indonesia (read in English where empty)</legend>
          <mat-form-field class="wide">
            <mat-label i18n>Name in Bahasa Indonesia</mat-label>
            <input matInput formControlName="nameId" maxlength="200" />
            <mat-error>{{ error(form.controls.nameId) }}</mat-error>
          </mat-form-field>
          <mat-form-field class="wide">
            <mat-label i18n>Definition in Bahasa Indonesia</mat-label>
            <textarea matInput formControlName="definitionId" rows="2"></textarea>
            <mat-error>{{ error(form.controls.definitionId) }}</mat-error>
          </mat-form-field>
        </fieldset>
        <mat-form-field class="wide">
          <mat-label i18n>What it measures</mat-label>
          <mat-select formControlName="measure" required>
            @for (m of measures; track m.key) {
              <mat-option [value]="m.key">{{ m.label }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ error(form.controls.measure) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n>How it accrues</mat-label>
          <mat-select formControlName="cumulation">
            <mat-option value="period" i18n>Per period</mat-option>
            <mat-option value="cumulative" i18n>Cumulative since the framework start</mat-option>
            <mat-option value="latest" i18n>Latest value (a stock)</mat-option>
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n>Direction</mat-label>
          <mat-select formControlName="direction">
            <mat-option value="increase" i18n>Higher is better</mat-option>
            <mat-option value="decrease" i18n>Lower is better</mat-option>
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n>Level</mat-label>
          <mat-select formControlName="level">
            <mat-option value="output" i18n>Output</mat-option>
            <mat-option value="outcome" i18n>Outcome</mat-option>
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n>Unit</mat-label>
          <input matInput formControlName="unit" maxlength="40" />
          <mat-error>{{ error(form.controls.unit) }}</mat-error>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label i18n>Strategic goals it measures</mat-label>
          <mat-select formControlName="goals" multiple>
            @for (g of goals(); track g.id) {
              <mat-option [value]="g.id">{{ g.code }} {{ g.title }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ error(form.controls.goals) }}</mat-error>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label i18n>Core purposes</mat-label>
          <mat-select formControlName="purposes" multiple>
            @for (p of purposes(); track p.id) {
              <mat-option [value]="p.id">{{ p.code }} {{ p.title }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        @if (!reported()) {
          <fieldset>
            <legend i18n>Which completed activities count (all, unless narrowed)</legend>
            <mat-form-field class="wide">
              <mat-label i18n>Activity types</mat-label>
              <mat-select formControlName="types" multiple>
                @for (t of types; track t.value) {
                  <mat-option [value]="t.value">{{ t.label }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
            <mat-form-field class="wide">
              <mat-label i18n>Only activities serving these goals</mat-label>
              <mat-select formControlName="filterGoals" multiple>
                @for (g of goals(); track g.id) {
                  <mat-option [value]="g.id">{{ g.code }} {{ g.title }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          </fieldset>
        }
        <mat-form-field class="wide">
          <mat-label i18n>Data source</mat-label>
          <input matInput formControlName="dataSource" maxlength="400" />
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label i18n>Responsible</mat-label>
          <input matInput formControlName="responsible" maxlength="120" />
        </mat-form-field>
        <app-write-status
          [error]="writes().error"
          (loadTheirs)="loadTheirs($event)"
          (reapply)="reapply($event)"
        />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="close()" i18n>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="writes().saving" i18n>
          Save indicator
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './record-dialog.scss',
  styles: `
    fieldset {
      border: 0;
      padding: 0;
      margin: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      margin-bottom: 8px;
    }
  `,
  providers: RECORD_DIALOG_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IndicatorDialog extends RecordDialog<Indicator> {
  protected readonly data = inject<{ framework: string | null }>(MAT_DIALOG_DATA);
  protected readonly collection = 'indicators' as const;
  protected readonly isNew = true;
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly refs = this.store.selectSignal(selectReferenceIds);
  protected readonly frameworks = this.store.selectSignal(referenceFeature.selectFrameworks);
  protected readonly goals = this.store.selectSignal(referenceFeature.selectGoals);
  protected readonly purposes = this.store.selectSignal(referenceFeature.selectPurposes);
  protected readonly measures = MEASURES;
  protected readonly types = ACTIVITY_TYPES.map((value) => ({
    value,
    label: ACTIVITY_TYPE_LABELS[value],
  }));

  protected readonly form = this.fb.group({
    framework: this.fb.control(this.data.framework ?? '', this.rule('framework')),
    code: this.fb.control('', this.rule('code')),
    name: this.fb.control('', this.rule('name')),
    definition: this.fb.control('', this.rule('definition')),
    measure: this.fb.control('count', this.rule('measure')),
    cumulation: this.fb.control<Indicator['cumulation']>('period'),
    direction: this.fb.control<Indicator['direction']>('increase'),
    level: this.fb.control<Indicator['level']>('output'),
    unit: this.fb.control('activities', this.rule('unit')),
    goals: this.fb.control<string[]>([], this.rule('goals')),
    purposes: this.fb.control<string[]>([], this.rule('purposes')),
    types: this.fb.control<string[]>([]),
    filterGoals: this.fb.control<string[]>([]),
    dataSource: this.fb.control('', this.rule('dataSource')),
    responsible: this.fb.control('', this.rule('responsible')),
    nameId: this.fb.control('', this.rule('translations.id.name')),
    definitionId: this.fb.control('', this.rule('translations.id.definition')),
  });

  private readonly measureKey = toSignal(this.form.controls.measure.valueChanges, {
    initialValue: this.form.controls.measure.value,
  });
  /** A reported value is not computed from activities: no activity filter applies. */
  protected readonly reported = computed(() => this.measureKey() === 'reported');

  constructor() {
    super();
    this.start(null);
  }

  protected fill(): void {
    // A new indicator only: nothing to fill.
  }

  protected record(): Indicator {
    const v = this.form.getRawValue();
    const measure = MEASURES.find((m) => m.key === v.measure)?.measure ?? { kind: 'count' };
    const filter =
      measure.kind === 'reported'
        ? undefined
        : {
            ...(v.types.length ? { types: v.types as ActivityType[] } : {}),
            ...(v.filterGoals.length ? { goals: v.filterGoals } : {}),
          };
    return {
      id: '',
      code: v.code.trim(),
      name: v.name.trim(),
      definition: v.definition.trim(),
      framework: v.framework,
      level: v.level,
      unit: v.unit.trim(),
      direction: v.direction,
      goals: v.goals,
      purposes: v.purposes,
      measure,
      cumulation: v.cumulation,
      ...(filter && Object.keys(filter).length ? { filter } : {}),
      baseline: { value: null, date: null },
      targets: [],
      frameworkTarget: null,
      dataSource: v.dataSource.trim(),
      responsible: v.responsible.trim(),
      ...indonesianTexts({ name: v.nameId, definition: v.definitionId }),
      version: this.version(),
    };
  }

  protected problems(): Problem[] {
    const record = this.record();
    const parsed = indicatorSchema.safeParse({ ...record, id: 'new' });
    return parsed.success
      ? indicatorProblems(parsed.data, this.refs())
      : describeIssues(parsed.error);
  }
}
