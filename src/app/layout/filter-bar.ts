import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ACTIVITY_TYPE_LABELS, formatRange } from '../core/labels';
import type { Framework, Meeting, Member, WorkingGroup } from '../domain/schema';
import { ACTIVITY_TYPES, ActivityType } from '../domain/vocabulary';
import type { Period } from '../results/periods';
import { yearOf } from '../domain/dates';
import type { GlobalFilter } from '../state/filter';

interface Choice {
  value: string;
  label: string;
}

/** The global filter: period, working group, member, activity type. Presentational. */
@Component({
  selector: 'app-filter-bar',
  imports: [MatFormFieldModule, MatSelectModule, MatInputModule, MatButtonModule],
  templateUrl: './filter-bar.html',
  styleUrl: './filter-bar.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilterBar {
  readonly filter = input.required<GlobalFilter>();
  readonly period = input<Period | null>(null);
  readonly periodInvalid = input(false);
  readonly meetings = input<Meeting[]>([]);
  readonly workingGroups = input<WorkingGroup[]>([]);
  readonly members = input<Member[]>([]);
  readonly framework = input<Framework | null>(null);
  readonly today = input.required<string>();
  /** The page covers an interval of its own (the co-chairs' brief): the period gives way to it. */
  readonly periodGivesWay = input(false);
  readonly changed = output<Partial<GlobalFilter>>();

  private readonly changeDetector = inject(ChangeDetectorRef);
  /**
   * Whether the user has come near the filters. Until then each select holds only its selected
   * options, which is all it needs to show its value: some ninety Material options would
   * otherwise be built during start-up, a visible pause on a phone before anything can be tapped.
   */
  protected readonly engaged = signal(false);

  protected readonly typeOptions = ACTIVITY_TYPES.map((value) => ({
    value,
    label: ACTIVITY_TYPE_LABELS[value],
  }));
  protected readonly customChoice: Choice = { value: 'custom', label: $localize`Custom range…` };

  protected readonly pastMeetings = computed(() =>
    this.meetings()
      .filter((m) => m.date < this.today())
      .sort((a, b) => (a.date < b.date ? 1 : -1)),
  );

  protected readonly years = computed(() => {
    const last = yearOf(this.today());
    const years: number[] = [];
    for (let y = last; y >= 2016; y--) years.push(y);
    return years;
  });

  protected readonly periodGroups = computed(() => {
    const meetings = this.pastMeetings();
    const framework = this.framework();
    const groups: { label: string; choices: Choice[] }[] = [
      {
        label: $localize`Current`,
        choices: [
          { value: 'this-year', label: $localize`This work-plan year` },
          { value: 'previous-half', label: $localize`Previous half-year` },
          { value: 'last-12-months', label: $localize`Last 12 months` },
        ],
      },
    ];
    if (meetings.length)
      groups.push({
        label: $localize`Since a meeting`,
        choices: meetings.map((m) => ({
          value: `since:${m.id}`,
          label: $localize`Since the ${m.shortName}:meeting:`,
        })),
      });
    groups.push({
      label: $localize`Framework and years`,
      choices: [
        ...(framework
          ? [{ value: 'framework', label: $localize`Whole framework (${framework.name}:name:)` }]
          : []),
        ...this.years().map((y) => ({ value: `year:${y}`, label: String(y) })),
      ],
    });
    return groups;
  });

  protected readonly selectedPeriod = computed(
    () =>
      [...this.periodGroups().flatMap((g) => g.choices), this.customChoice].find(
        (c) => c.value === this.filter().period,
      ) ?? null,
  );
  protected readonly selectedWorkingGroups = computed(() =>
    this.workingGroups().filter((wg) => this.filter().workingGroups.includes(wg.id)),
  );
  protected readonly selectedMembers = computed(() =>
    this.members().filter((m) => this.filter().members.includes(m.code)),
  );
  protected readonly selectedTypes = computed(() =>
    this.typeOptions.filter((t) => this.filter().types.includes(t.value)),
  );

  protected readonly memberGroups = computed(() => {
    const members = this.members();
    return [
      {
        label: $localize`Member states`,
        members: members.filter((m) => m.kind === 'state' && m.status === 'member'),
      },
      {
        label: $localize`Member organisations`,
        members: members.filter((m) => m.kind === 'organisation' && m.status === 'member'),
      },
      { label: $localize`Observers`, members: members.filter((m) => m.status === 'observer') },
    ];
  });

  protected readonly rangeText = computed(() => {
    const p = this.period();
    return p ? formatRange(p.start, p.end) : '';
  });

  protected readonly filtered = computed(() => {
    const f = this.filter();
    return f.workingGroups.length + f.members.length + f.types.length > 0;
  });

  /**
   * Builds every option as soon as a pointer is over the bar or focus enters it, synchronously,
   * so a select that is then clicked or opened from the keyboard has its options.
   */
  protected engage(): void {
    if (this.engaged()) return;
    this.engaged.set(true);
    this.changeDetector.detectChanges();
  }

  protected setPeriod(period: string): void {
    this.changed.emit(
      period === 'custom'
        ? { period, from: this.period()?.start ?? null, to: this.period()?.end ?? null }
        : { period, from: null, to: null },
    );
  }

  protected setRange(from: string, to: string): void {
    this.changed.emit({ period: 'custom', from: from || null, to: to || null });
  }

  protected setTypes(types: ActivityType[]): void {
    this.changed.emit({ types });
  }

  protected clear(): void {
    this.changed.emit({ workingGroups: [], members: [], types: [] });
  }
}
