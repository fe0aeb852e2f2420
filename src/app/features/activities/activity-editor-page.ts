import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  HostListener,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  AbstractControl,
  FormArray,
  FormBuilder,
  FormControl,
  ReactiveFormsModule,
  ValidationErrors,
  ValidatorFn,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { Observable, of } from 'rxjs';
import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS, MODALITY_LABELS } from '../../core/labels';
import { problemText } from '../../domain/problem-text';
import type { Problem } from '../../domain/problems';
import { activitySchema, type Activity } from '../../domain/schema';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES, MODALITIES } from '../../domain/vocabulary';
import { confirm } from '../../shared/confirm-dialog';
import { activitiesFeature, ActivityEditorActions } from '../../state/activities';
import { referenceFeature } from '../../state/reference';
import { selectReferenceIds } from '../../state/quality';
import { selectFirstMonth, selectRouteActivity } from '../../state/context';
import { roundHolding } from '../../domain/rounds';
import { itemKey, itemsDelivering } from '../../domain/workplan-links';
import { LockNote } from '../../shared/lock-note';
import {
  activityFormProblems,
  activityFromForm,
  ActivityFormValue,
  controlOf,
  emptyForm,
  formFromActivity,
  MemberRow,
} from './activity-form';
import { describeConflict, reapplyMine } from './activity-conflict';

/** Every field that can hold a problem, by its label on screen. */
const FIELD_LABELS = {
  title: $localize`Title`,
  type: $localize`Type`,
  status: $localize`Status`,
  startDate: $localize`Start date`,
  endDate: $localize`End date`,
  modality: $localize`Modality`,
  location: $localize`Location`,
  hostCountry: $localize`Host country`,
  goals: $localize`Strategic goals`,
  purposes: $localize`Core purposes`,
  functions: $localize`Functions`,
  workingGroups: $localize`Working groups`,
  partners: $localize`Partners`,
  total: $localize`Total`,
  female: $localize`Women`,
  male: $localize`Men`,
  members: $localize`Participation by member`,
  satisfaction: $localize`Satisfaction`,
  knowledgeGain: $localize`Knowledge gain`,
  cost: $localize`Cost`,
  notes: $localize`Notes`,
} as const;

/** Create or edit an activity. Problems are explained beside their field; nothing invalid is sent. */
@Component({
  selector: 'app-activity-editor-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatButtonModule,
    MatIconModule,
    LockNote,
  ],
  templateUrl: './activity-editor-page.html',
  styleUrl: './activity-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActivityEditorPage {
  private readonly store = inject(Store);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly fb = inject(FormBuilder).nonNullable;

  protected readonly existing = this.store.selectSignal(selectRouteActivity);
  private readonly refs = this.store.selectSignal(selectReferenceIds);
  protected readonly saving = this.store.selectSignal(activitiesFeature.selectSaving);
  protected readonly saveError = this.store.selectSignal(activitiesFeature.selectSaveError);
  protected readonly goals = this.store.selectSignal(referenceFeature.selectGoals);
  protected readonly purposes = this.store.selectSignal(referenceFeature.selectPurposes);
  protected readonly functions = this.store.selectSignal(referenceFeature.selectFunctions);
  protected readonly workingGroups = this.store.selectSignal(referenceFeature.selectWorkingGroups);
  private readonly members = this.store.selectSignal(referenceFeature.selectMembers);
  protected removeMemberLabel(index: number): string {
    return $localize`Remove member ${index + 1}:number:`;
  }
  protected readonly states = computed(() => this.members().filter((m) => m.kind === 'state'));
  protected readonly memberOptions = computed(() =>
    [...this.members()].sort((a, b) => a.name.localeCompare(b.name)),
  );

  protected readonly types = ACTIVITY_TYPES.map((v) => ({ v, label: ACTIVITY_TYPE_LABELS[v] }));
  protected readonly statuses = ACTIVITY_STATUSES.map((v) => ({
    v,
    label: ACTIVITY_STATUS_LABELS[v],
  }));
  protected readonly modalities = MODALITIES.map((v) => ({ v, label: MODALITY_LABELS[v] }));

  /** The id and version being edited: the version moves on when the user resolves a conflict. */
  private readonly base = signal<Pick<Activity, 'id' | 'version'> | null>(null);
  private loadedId: string | null = null;
  /** The form as loaded, to tell which fields the user changed. */
  private original: ActivityFormValue = emptyForm();
  /** A save was sent from this page: once it succeeds, leaving needs no confirmation. */
  private sent = false;
  protected readonly submitted = signal(false);
  /** The route, not the URL: it is known while the page is built, before navigation ends. */
  protected readonly isNew = signal(
    inject(ActivatedRoute).snapshot.routeConfig?.path === 'activities/new',
  ).asReadonly();

  /** The codes a record uses can only be judged, and chosen, once the reference data is here. */
  private readonly referenceData = this.store.selectSignal(referenceFeature.selectData);
  protected readonly referenceReady = computed(() => this.referenceData() !== null);
  private readonly rounds = this.store.selectSignal(referenceFeature.selectRounds);
  private readonly plans = this.store.selectSignal(referenceFeature.selectWorkPlans);
  private readonly framework = this.store.selectSignal(referenceFeature.selectCurrentFramework);
  private readonly settings = this.store.selectSignal(referenceFeature.selectSettings);
  protected readonly currency = computed(() => this.settings()?.currency ?? null);

  /**
   * The work-plan items this activity delivers (kept on the plans, saved after the activity);
   * untouched, the links are left as they are.
   */
  protected readonly delivers = new FormControl<string[]>([], { nonNullable: true });
  /** The framework's plans, latest year first, with the items one may link: not cancelled. */
  protected readonly workPlanItems = computed(() =>
    this.plans()
      .filter((p) => p.framework === this.framework()?.id)
      .sort((a, b) => (a.year < b.year ? 1 : -1))
      .map((plan) => {
        const locked = roundHolding('workPlans', plan, null, this.rounds(), this.firstMonth());
        return {
          id: plan.id,
          locked: !!locked,
          label: locked
            ? $localize`Work plan ${plan.year}:year: (held by its reporting round)`
            : $localize`Work plan ${plan.year}:year:`,
          items: plan.items
            .filter((i) => !i.cancelled || i.activities.includes(this.base()?.id ?? ''))
            .map((i) => ({ key: itemKey(plan.id, i.id), title: i.title })),
        };
      })
      .filter((p) => p.items.length),
  );
  private readonly firstMonth = this.store.selectSignal(selectFirstMonth);

  private problemCache = { key: '', refs: null as unknown, problems: [] as Problem[] };
  protected readonly form = this.fb.group({
    title: ['', this.rule('title')],
    type: [null as Activity['type'] | null, this.rule('type')],
    status: ['planned' as Activity['status'] | null, this.rule('status')],
    startDate: ['', this.rule('startDate')],
    endDate: ['', this.rule('endDate')],
    modality: ['in-person' as Activity['modality'] | null, this.rule('modality')],
    location: ['', this.rule('location')],
    hostCountry: [null as string | null, this.rule('hostCountry')],
    workingGroups: [[] as string[], this.rule('workingGroups')],
    goals: [[] as string[], this.rule('goals')],
    purposes: [[] as string[], this.rule('purposes')],
    functions: [[] as string[], this.rule('functions')],
    partners: ['', this.rule('partners')],
    total: [null as number | null, this.rule('total')],
    female: [null as number | null, this.rule('female')],
    male: [null as number | null, this.rule('male')],
    members: this.fb.array<ReturnType<ActivityEditorPage['memberGroup']>>([], this.rule('members')),
    satisfaction: [null as number | null, this.rule('satisfaction')],
    knowledgeGain: [null as number | null, this.rule('knowledgeGain')],
    cost: [null as number | null, this.rule('cost')],
    notes: ['', this.rule('notes')],
  });

  constructor() {
    this.store.dispatch(ActivityEditorActions.opened());
    // A new record's form is ready at once: what is typed before the first change detection
    // must not be wiped by a late reset.
    if (this.isNew()) {
      this.loadedId = 'new';
      this.reset(emptyForm(), null);
    }
    // Fill the form once the record is there (and again if the route changes to another record).
    effect(() => {
      const a = this.existing();
      if (this.isNew()) {
        if (this.loadedId !== 'new') {
          this.loadedId = 'new';
          this.reset(emptyForm(), null);
        }
      } else if (a && a.id !== this.loadedId) {
        this.loadedId = a.id;
        this.reset(formFromActivity(a), a);
      }
    });
    // A change in one field can break or mend a rule on another (dates, participants).
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.revalidate());
    // The reference data may arrive after the record: codes it did not know yet are known now.
    effect(() => {
      this.refs();
      this.revalidate();
    });
  }

  private readonly endDate = toSignal(this.form.controls.endDate.valueChanges, {
    initialValue: this.form.controls.endDate.value,
  });

  /**
   * The reporting round that holds this activity — it ends in a submitted or approved period, or
   * the edit moves its end into one: the page says so and does not offer to save.
   */
  protected readonly lock = computed(() =>
    roundHolding(
      'activities',
      (this.existing() as unknown as Record<string, unknown> | null) ?? null,
      { endDate: this.endDate() },
      this.rounds(),
      this.firstMonth(),
    ),
  );

  protected get memberRows(): FormArray {
    return this.form.controls.members;
  }

  private memberGroup(row: MemberRow) {
    return this.fb.group({ code: [row.code], count: [row.count as number | null] });
  }

  private reset(value: ActivityFormValue, base: Pick<Activity, 'id' | 'version'> | null): void {
    this.base.set(base ? { id: base.id, version: base.version } : null);
    this.original = structuredClone(value);
    this.form.controls.members.clear({ emitEvent: false });
    for (const m of value.members)
      this.form.controls.members.push(this.memberGroup(m), { emitEvent: false });
    this.form.reset(value);
    this.delivers.reset(base ? itemsDelivering(this.plans(), base.id) : []);
    this.submitted.set(false);
  }

  protected addMember(): void {
    this.form.controls.members.push(this.memberGroup({ code: '', count: null }));
    this.form.markAsDirty();
  }

  protected removeMember(index: number): void {
    this.form.controls.members.removeAt(index);
    this.form.markAsDirty();
  }

  private value(): ActivityFormValue {
    return this.form.getRawValue() as ActivityFormValue;
  }

  /** Problems of the whole form, computed once per distinct value. */
  private problems(): Problem[] {
    const value = this.form ? this.value() : emptyForm();
    const key = JSON.stringify(value) + JSON.stringify(this.base());
    const refs = this.refs();
    if (key !== this.problemCache.key || refs !== this.problemCache.refs) {
      this.problemCache = {
        key,
        refs,
        problems: activityFormProblems(activityFromForm(value, this.base()), refs),
      };
    }
    return this.problemCache.problems;
  }

  /** A validator that reports the shared rules' problems for one control. */
  private rule(control: string): ValidatorFn {
    return (c: AbstractControl): ValidationErrors | null => {
      if (!c.parent && control !== 'members') return null;
      const mine = this.problems().filter(
        (p) =>
          controlOf(p.field) === control ||
          (control !== 'participants' &&
            p.field === 'participants' &&
            (control === 'female' || control === 'male')),
      );
      return mine.length ? { rule: mine.map((p) => this.sentence(p)).join(' ') } : null;
    };
  }

  private sentence(p: Problem): string {
    const text = problemText(p);
    const where = p.field.match(/^(members|partners)\.(\d+)/);
    return where
      ? $localize`Row ${Number(where[2]) + 1}:row:: ${text}:message:.`
      : `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  }

  private revalidate(): void {
    for (const c of Object.values(this.form.controls))
      c.updateValueAndValidity({ onlySelf: true, emitEvent: false });
    this.form.updateValueAndValidity({ emitEvent: false });
  }

  protected error(control: keyof typeof this.form.controls): string | null {
    return (this.form.controls[control].errors?.['rule'] as string | undefined) ?? null;
  }

  /** The fields that keep the activity from being saved, by their labels, in form order. */
  protected blockingFields(): string[] {
    return (Object.keys(FIELD_LABELS) as (keyof typeof FIELD_LABELS)[])
      .filter((name) => this.form.controls[name].invalid)
      .map((name) => FIELD_LABELS[name]);
  }

  protected save(): void {
    this.submitted.set(true);
    this.revalidate();
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      // Whatever blocks the save is marked, and the first of it takes the focus.
      afterNextRender(
        () =>
          this.host.nativeElement
            .querySelector<HTMLElement>(
              'input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, .field-error',
            )
            ?.focus(),
        { injector: this.injector },
      );
      return;
    }
    const activity = activityFromForm(this.value(), this.base());
    // The schema normalises (trims) what it accepts; send exactly that.
    const parsed = activitySchema.safeParse({ ...activity, id: activity.id || 'new' });
    if (!parsed.success) return;
    this.sent = true;
    this.store.dispatch(
      ActivityEditorActions.saveClicked({
        activity: { ...parsed.data, id: activity.id },
        isNew: this.isNew(),
        delivers: this.delivers.dirty ? this.delivers.value : null,
      }),
    );
  }

  /** After a conflict: start again from the record as it is now. */
  protected loadCurrent(current: Activity): void {
    this.reset(formFromActivity(current), current);
    this.store.dispatch(ActivityEditorActions.opened());
  }

  /**
   * After a conflict: take their version and apply on top of it the fields I changed, for me
   * to review and save. Nothing of either edit is lost where they touched different fields.
   */
  protected reapplyMine(current: Activity): void {
    this.reset(reapplyMine(current, this.original, this.value()), current);
    this.form.markAsDirty();
    this.store.dispatch(ActivityEditorActions.opened());
    this.revalidate();
  }

  /** The fields where the current record differs from what I am about to save. */
  protected readonly conflict = computed(() => {
    const current = this.saveError()?.conflict;
    const parsed = current ? activitySchema.safeParse(current) : null;
    return parsed?.success ? describeConflict(parsed.data, this.original, this.value()) : null;
  });

  /** Saved: a save was sent and the store reports it done without error. */
  private isSaved(): boolean {
    return this.sent && !this.saving() && this.saveError() === null;
  }

  canLeave(): Observable<boolean> {
    if (this.isSaved() || (this.form.pristine && this.delivers.pristine)) return of(true);
    return confirm(this.dialog, {
      title: $localize`Leave without saving?`,
      message: $localize`Your changes to this activity have not been saved and will be lost.`,
      confirm: $localize`Leave and lose changes`,
      cancel: $localize`Stay`,
    });
  }

  @HostListener('window:beforeunload', ['$event'])
  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (!this.isSaved() && (this.form.dirty || this.delivers.dirty)) event.preventDefault();
  }
}
