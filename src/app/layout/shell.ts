import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatRippleModule } from '@angular/material/core';
import { MatIconModule } from '@angular/material/icon';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { map } from 'rxjs';
import { Api } from '../core/api';
import { Auth } from '../core/auth';
import { registerIcons } from '../core/icons';
import { periodLabel, ROLE_LABELS } from '../core/labels';
import { NavigationFailures } from '../core/navigation-failures';
import { Theme } from '../core/theme';
import {
  GlobalFilter,
  paramsFromFilter,
  selectGlobalFilter,
  selectQueryParams,
  selectSelectedPeriod,
  selectUrl,
} from '../state/filter';
import { referenceFeature } from '../state/reference';
import { selectLoadState, selectRejectedRecords } from '../state/load';
import { selectQualityIssues } from '../state/quality';
import { ShellActions } from '../state/shell-actions';
import { FilterBar } from './filter-bar';
import { LoadBanner } from './load-banner';
import { LanguageMenu } from '../shared/language-menu';

interface NavItem {
  path: string;
  label: string;
  icon: string;
}

@Component({
  selector: 'app-shell',
  imports: [
    LanguageMenu,
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatSidenavModule,
    MatRippleModule,
    MatIconModule,
    MatButtonModule,
    FilterBar,
    LoadBanner,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  /** Where the password page returns to. */
  protected readonly currentUrl = () => this.router.url;
  protected readonly theme = inject(Theme);
  protected readonly navigationFailures = inject(NavigationFailures);
  protected readonly navigationFailure = this.navigationFailures.failure;
  protected readonly downloadProgress = inject(Api).progress;

  protected readonly handset = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 959px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );

  /** Whether the menu has been used on a narrow screen, where the drawer starts closed. */
  protected readonly drawerUsed = signal(false);

  /** Whether the filters are shown on a narrow screen, where they start folded away. */
  protected readonly filtersOpen = signal(false);

  protected readonly auth = inject(Auth);
  protected readonly roleLabels = ROLE_LABELS;
  private readonly allNav: (NavItem & { writes?: string })[] = [
    { path: '/overview', label: $localize`Overview`, icon: 'dashboard' },
    { path: '/goals', label: $localize`Goals and purposes`, icon: 'flag' },
    { path: '/indicators', label: $localize`Indicators`, icon: 'table_chart' },
    { path: '/activities', label: $localize`Activities`, icon: 'list_alt' },
    { path: '/alignment', label: $localize`Alignment`, icon: 'hub' },
    { path: '/reports', label: $localize`Reports`, icon: 'description' },
    { path: '/workplan', label: $localize`Work plan`, icon: 'assignment' },
    { path: '/rounds', label: $localize`Reporting rounds`, icon: 'task_alt' },
    { path: '/framework', label: $localize`Frameworks and meetings`, icon: 'event' },
    { path: '/data-quality', label: $localize`Data quality`, icon: 'fact_check' },
    { path: '/audit', label: $localize`Audit trail`, icon: 'schedule' },
    { path: '/settings', label: $localize`Settings`, icon: 'settings' },
    { path: '/users', label: $localize`Users`, icon: 'group', writes: 'users' },
  ];
  /** The sections this user's role opens. */
  protected readonly nav = computed(() =>
    this.allNav.filter((item) => !item.writes || this.auth.can(item.writes)),
  );

  protected readonly themeLabel = computed(() =>
    this.theme.dark() ? $localize`Use light theme` : $localize`Use dark theme`,
  );

  protected readonly filter = this.store.selectSignal(selectGlobalFilter);
  protected readonly selectedPeriod = this.store.selectSignal(selectSelectedPeriod);
  protected readonly load = this.store.selectSignal(selectLoadState);
  protected readonly settings = this.store.selectSignal(referenceFeature.selectSettings);
  protected readonly meetings = this.store.selectSignal(referenceFeature.selectMeetings);
  protected readonly workingGroups = this.store.selectSignal(referenceFeature.selectWorkingGroups);
  protected readonly members = this.store.selectSignal(referenceFeature.selectMembers);
  protected readonly framework = this.store.selectSignal(referenceFeature.selectCurrentFramework);
  protected readonly todayDate = this.store.selectSignal(referenceFeature.selectToday);
  private readonly url = this.store.selectSignal(selectUrl);
  private readonly params = this.store.selectSignal(selectQueryParams);
  /**
   * On Reports the brief covers an interval of its own (since a meeting, between meetings):
   * the filter's period then gives way to it, so the page never shows two periods.
   */
  protected readonly briefOwnsPeriod = computed(
    () => (this.url() ?? '').startsWith('/reports') && this.params()?.['brief'] !== 'period',
  );
  /**
   * The Annual and Monthly Reports and the Work plan cover the whole RSO for a year or a month
   * of their own: the filters do not apply there, so they are not offered.
   */
  protected readonly filtersApply = computed(
    () => !/^\/(reports\/(annual|monthly)|workplan)/.test(this.url() ?? ''),
  );
  /** "2026 · 2 more filters": what the folded filters currently select. */
  protected readonly filterSummary = computed(() => {
    const f = this.filter();
    const more = f.workingGroups.length + f.members.length + f.types.length;
    const selected = this.selectedPeriod().period;
    const period = selected ? periodLabel(selected) : '';
    return more ? $localize`${period}:period: · ${more}:count: more filters` : period;
  });
  private readonly issues = this.store.selectSignal(selectQualityIssues);
  private readonly rejected = this.store.selectSignal(selectRejectedRecords);
  /** Records with a data-quality problem or set aside as invalid. */
  protected readonly warningCount = computed(
    () => new Set(this.issues().map((i) => i.id)).size + this.rejected().length,
  );

  constructor() {
    registerIcons();
    // A working-group member's views start from their group, unless the address names others.
    effect(() => {
      const user = this.auth.user();
      const filter = untracked(this.filter);
      if (user?.role === 'wg-member' && user.workingGroup && !this.preselected) {
        this.preselected = true;
        if (!filter.workingGroups.length)
          void this.router.navigate([], {
            queryParams: paramsFromFilter({ workingGroups: [user.workingGroup] }),
            queryParamsHandling: 'merge',
            replaceUrl: true,
          });
      }
    });
  }
  private preselected = false;

  protected retry(): void {
    this.store.dispatch(ShellActions.retryClicked());
  }

  protected filterChanged(change: Partial<GlobalFilter>): void {
    void this.router.navigate([], {
      queryParams: paramsFromFilter(change),
      queryParamsHandling: 'merge',
    });
  }
}
