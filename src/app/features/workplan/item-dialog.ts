import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { formatIsoDate } from '../../core/labels';
import type { Problem } from '../../domain/problems';
import { workPlanProblems } from '../../domain/rules';
import {
  describeIssues,
  type WorkPlan,
  type WorkPlanItem,
  workPlanSchema,
} from '../../domain/schema';
import { LockNote } from '../../shared/lock-note';
import { WriteStatus } from '../../shared/write-status';
import { selectReferenceIds } from '../../state/quality';
import { referenceFeature } from '../../state/reference';
import { RecordDialog, RECORD_DIALOG_PROVIDERS } from '../framework/record-dialog';
import { selectLinkableActivities } from './workplan.selectors';

export interface ItemDialogData {
  plan: WorkPlan;
  /** The item to edit; none for a new one. */
  item: WorkPlanItem | null;
}

/**
 * One item of the work plan: what is planned, by when, with what budget, for which goals and
 * working groups, and the activities that deliver it. Saved as the plan with this item changed,
 * at the version the plan was read at.
 */
@Component({
  selector: 'app-item-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatCheckboxModule,
    MatButtonModule,
    WriteStatus,
    LockNote,
  ],
  template: `
    <h2 mat-dialog-title>
      @if (data.item) {
        <ng-container i18n>Work-plan item</ng-container>
      } @else {
        <ng-container i18n>New work-plan item</ng-container>
      }
    </h2>
    <form [formGroup]="form" (ngSubmit)="save()">
      <mat-dialog-content>
        <mat-form-field class="wide">
          <mat-label i18n>Title</mat-label>
          <input matInput formControlName="title" required maxlength="200" />
          <mat-error>{{ error(form.controls.title) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label i18n>Planned end</mat-label>
          <input matInput type="date" formControlName="plannedEnd" required />
          <mat-error>{{ error(form.controls.plannedEnd) }}</mat-error>
        </mat-form-field>
        <mat-form-field>
          <mat-label
            ><ng-container i18n>Planned budget</ng-container>
            @if (currency(); as c) {
              ({{ c }})
            }
          </mat-label>
          <input matInput type="number" min="0" formControlName="budget" />
          <mat-hint i18n>Leave empty when no budget was planned.</mat-hint>
          <mat-error>{{ error(form.controls.budget) }}</mat-error>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label i18n>Strategic goals</mat-label>
          <mat-select formControlName="goals" multiple>
            @for (g of goals(); track g.id) {
              <mat-option [value]="g.id">{{ g.code }} {{ g.title }}</mat-option>
            }
          </mat-select>
          <mat-error>{{ error(form.controls.goals) }}</mat-error>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label i18n>Working groups</mat-label>
          <mat-select formControlName="workingGroups" multiple>
            @for (w of groups(); track w.id) {
              <mat-option [value]="w.id">{{ w.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field class="wide">
          <mat-label i18n>Delivered by</mat-label>
          <mat-select formControlName="activities" multiple>
            @for (a of linkable(); track a.id) {
              <mat-option [value]="a.id">{{ a.title }} ({{ format(a.endDate) }})</mat-option>
            }
          </mat-select>
          <mat-hint i18n
            >The activities that deliver the item: it is delivered once all are completed.</mat-hint
          >
        </mat-form-field>
        <mat-checkbox formControlName="cancelled" i18n>Cancelled</mat-checkbox>
        <app-lock-note [round]="lock()" />
        <app-write-status
          [error]="writes().error"
          (loadTheirs)="loadTheirs($event)"
          (reapply)="reapply($event)"
        />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" (click)="close()" i18n>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="writes().saving || !!lock()" i18n>
          Save item
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: '../framework/record-dialog.scss',
  providers: RECORD_DIALOG_PROVIDERS,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemDialog extends RecordDialog<WorkPlan> {
  protected readonly data = inject<ItemDialogData>(MAT_DIALOG_DATA);
  protected readonly collection = 'workPlans' as const;
  protected readonly isNew = false;
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly refs = this.store.selectSignal(selectReferenceIds);
  protected readonly goals = this.store.selectSignal(referenceFeature.selectGoals);
  protected readonly groups = this.store.selectSignal(referenceFeature.selectWorkingGroups);
  protected readonly linkable = this.store.selectSignal(selectLinkableActivities);
  protected readonly format = formatIsoDate;
  private readonly settings = this.store.selectSignal(referenceFeature.selectSettings);
  protected readonly currency = computed(() => this.settings()?.currency ?? null);
  /** Where this item sits in the plan's list. */
  private readonly index = this.data.item
    ? this.data.plan.items.findIndex((i) => i.id === this.data.item!.id)
    : this.data.plan.items.length;
  private readonly field = (name: string) => (f: string) => f === `items.${this.index}.${name}`;

  protected readonly form = this.fb.group({
    title: this.fb.control('', this.rule(this.field('title'))),
    plannedEnd: this.fb.control('', this.rule(this.field('plannedEnd'))),
    budget: new FormControl<number | null>(null, this.rule(this.field('budget'))),
    goals: this.fb.control<string[]>([], this.rule(this.field('goals'))),
    workingGroups: this.fb.control<string[]>([]),
    activities: this.fb.control<string[]>([]),
    cancelled: this.fb.control(false),
  });

  constructor() {
    super();
    this.start(this.data.plan);
  }

  protected fill(plan: WorkPlan): void {
    const item = plan.items.find((i) => i.id === this.data.item?.id);
    if (!item) return;
    this.form.patchValue({
      title: item.title,
      plannedEnd: item.plannedEnd,
      budget: item.budget,
      goals: item.goals,
      workingGroups: item.workingGroups,
      activities: item.activities,
      cancelled: item.cancelled,
    });
  }

  protected record(): WorkPlan {
    const v = this.form.getRawValue();
    const plan = this.base ?? this.data.plan;
    const item: WorkPlanItem = {
      ...(this.data.item ?? {}),
      id: this.data.item?.id ?? this.newId(plan),
      title: v.title.trim(),
      type: this.data.item?.type ?? null,
      workingGroups: v.workingGroups,
      goals: v.goals,
      purposes: this.data.item?.purposes ?? [],
      plannedStart: this.data.item?.plannedStart ?? null,
      plannedEnd: v.plannedEnd,
      budget: v.budget === null || (v.budget as unknown) === '' ? null : Number(v.budget),
      activities: v.activities,
      cancelled: v.cancelled,
    };
    const items = [...plan.items];
    items[this.index] = item;
    return { ...plan, items, version: this.version() };
  }

  /** The first `item-<n>` the plan does not use yet. */
  private newId(plan: WorkPlan): string {
    const taken = new Set(plan.items.map((i) => i.id));
    let n = plan.items.length + 1;
    while (taken.has(`item-${n}`)) n++;
    return `item-${n}`;
  }

  protected problems(): Problem[] {
    const parsed = workPlanSchema.safeParse(this.record());
    return parsed.success
      ? workPlanProblems(parsed.data, this.refs())
      : describeIssues(parsed.error);
  }
}
