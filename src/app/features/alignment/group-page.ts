import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
} from '@angular/core';
import type { SubRegion } from '../../domain/vocabulary';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { formatIsoDate, formatRange, SUB_REGION_LABELS } from '../../core/labels';
import { formatValue } from '../../core/format';
import { PeriodLabelPipe } from '../../shared/period-label';
import { SliceNote } from '../../shared/slice-note';
import { StatusChip } from '../../shared/status-chip';
import { selectGlobalFilter } from '../../state/filter';
import { selectLoadState } from '../../state/load';
import { referenceFeature } from '../../state/reference';
import { MemberMap } from './member-map';
import { selectGroupFigures, selectGroupSync, selectRouteGroup } from './alignment.selectors';
import { groupView } from './alignment.view';

/** How many of the group's activities the page lists before pointing to the full list. */
const LISTED = 25;

/**
 * One working group's page, shareable as /alignment/<group>. It keeps the global working-group
 * filter on the group, so its figures are the overview's for that filter; choosing another
 * group in the filter bar moves to that group's page, and clearing it returns to the matrices.
 */
@Component({
  selector: 'app-group-page',
  imports: [MemberMap, PeriodLabelPipe, RouterLink, SliceNote, StatusChip],
  templateUrl: './group-page.html',
  styleUrl: './group-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GroupPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  protected subRegionLabel(region: string): string {
    return SUB_REGION_LABELS[region as SubRegion] ?? region;
  }
  protected readonly page = this.store.selectSignal(selectGroupSync);
  // Read only once the filter is the group's (see selectGroupFigures): a signal computes when read.
  private readonly figures = this.store.selectSignal(selectGroupFigures);
  protected readonly load = this.store.selectSignal(selectLoadState);
  private readonly routeGroup = this.store.selectSignal(selectRouteGroup);
  private readonly filter = this.store.selectSignal(selectGlobalFilter);
  private readonly goals = this.store.selectSignal(referenceFeature.selectGoals);
  private readonly purposes = this.store.selectSignal(referenceFeature.selectPurposes);
  private readonly members = this.store.selectSignal(referenceFeature.selectMembers);
  private readonly groups = this.store.selectSignal(referenceFeature.selectWorkingGroups);
  protected readonly listed = LISTED;
  protected readonly format = formatValue;
  protected readonly date = formatIsoDate;
  protected readonly range = formatRange;

  protected readonly view = computed(() => {
    const page = this.page().synced ? this.figures() : null;
    if (!page) return null;
    return {
      page,
      ...groupView(page, {
        goals: this.goals(),
        purposes: this.purposes(),
        members: this.members(),
        groups: this.groups(),
      }),
      activities: [...page.completed].reverse().slice(0, LISTED),
    };
  });

  protected readonly mapSummary = computed(() => {
    const v = this.view();
    return v
      ? $localize`Map of the ${v.memberStates.length}:total: member states: ${v.reached.length}:reached: took part in this period.`
      : '';
  });

  /** Moves to a section of the page and its heading (the router owns the URL's fragment). */
  protected jump(event: Event, id: string): void {
    event.preventDefault();
    const target = document.getElementById(id);
    target?.scrollIntoView({ block: 'start' });
    target?.setAttribute('tabindex', '-1');
    target?.focus({ preventScroll: true });
  }

  /** The group the page last put in the filter (the route's, once the filter has followed it). */
  private synced: string | null = null;
  private pending = false;

  constructor() {
    effect(() => {
      const id = this.routeGroup();
      const groups = this.filter().workingGroups;
      if (!id) return;
      untracked(() => this.follow(id, groups));
    });
  }

  private follow(id: string, groups: readonly string[]): void {
    if (groups.length === 1 && groups[0] === id) {
      this.synced = id;
      return;
    }
    if (this.pending) return;
    const go = (commands: unknown[], extras: object) => {
      this.pending = true;
      void this.router.navigate(commands, extras).finally(() => (this.pending = false));
    };
    if (this.synced !== id) {
      // Arriving at the page (a link, a shared URL): the route names the group.
      this.synced = id;
      go([], { queryParams: { wg: id }, queryParamsHandling: 'merge', replaceUrl: true });
    } else if (groups.length === 1) {
      go(['/alignment', groups[0]], { queryParamsHandling: 'preserve' });
    } else {
      go(['/alignment'], { queryParamsHandling: 'preserve' });
    }
  }
}
