import { CanDeactivateFn, Routes } from '@angular/router';
import type { Observable } from 'rxjs';
import { anySession, mayWrite, signedIn } from './core/auth-guard';

/**
 * The shell's code. The root asks for it as soon as the app starts, while the session is being
 * checked, instead of after the check: every screen but sign-in sits inside it.
 */
export const loadShell = () => import('./layout/shell').then((m) => m.Shell);

/** Leaving a form with unsaved changes asks first (the page decides). */
const leaveEditor: CanDeactivateFn<{ canLeave(): Observable<boolean> }> = (page) => page.canLeave();

/** Every screen inside the shell: toolbar, navigation, filter bar and banners. */
const screens: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'overview' },
  {
    path: 'overview',
    loadComponent: () => import('./features/overview/overview-page').then((m) => m.OverviewPage),
    title: $localize`Overview · RSO Results Dashboard`,
  },
  {
    path: 'goals',
    loadComponent: () => import('./features/goals/goals-page').then((m) => m.GoalsPage),
    title: $localize`Goals and purposes · RSO Results Dashboard`,
  },
  {
    path: 'goals/:id',
    loadComponent: () => import('./features/goals/goal-page').then((m) => m.GoalPage),
    title: $localize`Goal · RSO Results Dashboard`,
  },
  {
    path: 'indicators',
    loadComponent: () => import('./features/indicators/iptt-page').then((m) => m.IpttPage),
    title: $localize`Indicators · RSO Results Dashboard`,
  },
  {
    path: 'indicators/:id',
    loadComponent: () =>
      import('./features/indicators/indicator-page').then((m) => m.IndicatorPage),
    title: $localize`Indicator · RSO Results Dashboard`,
  },
  {
    path: 'activities',
    loadComponent: () =>
      import('./features/activities/activity-list-page').then((m) => m.ActivityListPage),
    title: $localize`Activities · RSO Results Dashboard`,
  },
  {
    path: 'activities/new',
    loadComponent: () =>
      import('./features/activities/activity-editor-page').then((m) => m.ActivityEditorPage),
    canActivate: [mayWrite('activities')],
    canDeactivate: [leaveEditor],
    title: $localize`New activity · RSO Results Dashboard`,
  },
  {
    path: 'activities/import',
    loadComponent: () =>
      import('./features/activities/activity-import-page').then((m) => m.ActivityImportPage),
    canActivate: [mayWrite('activities')],
    title: $localize`Import activities · RSO Results Dashboard`,
  },
  {
    path: 'activities/:id',
    loadComponent: () =>
      import('./features/activities/activity-detail-page').then((m) => m.ActivityDetailPage),
    title: $localize`Activity · RSO Results Dashboard`,
  },
  {
    path: 'activities/:id/edit',
    loadComponent: () =>
      import('./features/activities/activity-editor-page').then((m) => m.ActivityEditorPage),
    canActivate: [mayWrite('activities')],
    canDeactivate: [leaveEditor],
    title: $localize`Edit activity · RSO Results Dashboard`,
  },
  {
    path: 'alignment',
    loadChildren: () =>
      import('./features/alignment/alignment.routes').then((m) => m.ALIGNMENT_ROUTES),
    title: $localize`Alignment · RSO Results Dashboard`,
  },
  {
    path: 'reports',
    loadComponent: () => import('./features/reports/reports-page').then((m) => m.ReportsPage),
    title: $localize`Reports · RSO Results Dashboard`,
  },
  {
    path: 'reports/annual',
    loadComponent: () =>
      import('./features/reports/documents/report-page').then((m) => m.ReportPage),
    data: { kind: 'annual' },
    title: $localize`Annual Report · RSO Results Dashboard`,
  },
  {
    path: 'reports/monthly',
    loadComponent: () =>
      import('./features/reports/documents/report-page').then((m) => m.ReportPage),
    data: { kind: 'monthly' },
    title: $localize`Monthly Report · RSO Results Dashboard`,
  },
  {
    path: 'framework',
    loadComponent: () => import('./features/framework/framework-page').then((m) => m.FrameworkPage),
    title: $localize`Frameworks and meetings · RSO Results Dashboard`,
  },
  {
    path: 'workplan/import',
    loadComponent: () =>
      import('./features/workplan/item-import-page').then((m) => m.ItemImportPage),
    canActivate: [mayWrite('workPlans')],
    title: $localize`Import work-plan items · RSO Results Dashboard`,
  },
  {
    path: 'workplan',
    loadComponent: () => import('./features/workplan/workplan-page').then((m) => m.WorkplanPage),
    title: $localize`Work plan · RSO Results Dashboard`,
  },
  {
    path: 'rounds',
    loadChildren: () => import('./features/rounds/rounds.routes').then((m) => m.ROUNDS_ROUTES),
    title: $localize`Reporting rounds · RSO Results Dashboard`,
  },
  {
    path: 'audit',
    loadComponent: () => import('./features/audit/audit-page').then((m) => m.AuditPage),
    title: $localize`Audit trail · RSO Results Dashboard`,
  },
  {
    path: 'data-quality',
    loadComponent: () =>
      import('./features/data-quality/data-quality-page').then((m) => m.DataQualityPage),
    title: $localize`Data quality · RSO Results Dashboard`,
  },
  {
    path: 'users',
    loadChildren: () => import('./features/users/users.routes').then((m) => m.USERS_ROUTES),
    canActivate: [mayWrite('users')],
    title: $localize`Users · RSO Results Dashboard`,
  },
  {
    path: 'settings',
    loadComponent: () => import('./features/settings/settings-page').then((m) => m.SettingsPage),
    title: $localize`Settings · RSO Results Dashboard`,
  },
  {
    path: '**',
    loadComponent: () => import('./layout/not-found').then((m) => m.NotFound),
    title: $localize`Page not found · RSO Results Dashboard`,
  },
];

export const routes: Routes = [
  // The shell is a parent route, so a route placed beside it (presentation, print) renders
  // without it.
  {
    path: 'sign-in',
    loadComponent: () => import('./features/sign-in/sign-in-page').then((m) => m.SignInPage),
    title: $localize`Sign in · RSO Results Dashboard`,
  },
  // One's own password: without the shell, so it can come before everything else.
  {
    path: 'password',
    loadComponent: () => import('./features/sign-in/password-page').then((m) => m.PasswordPage),
    canActivate: [anySession],
    title: $localize`Password · RSO Results Dashboard`,
  },
  // The meeting-room presentation: signed in, without the shell.
  {
    path: 'reports/present',
    loadComponent: () => import('./features/reports/present-page').then((m) => m.PresentPage),
    canActivate: [signedIn],
    title: $localize`Presentation · RSO Results Dashboard`,
  },
  // The shell (toolbar, navigation, filters) and the Material code it needs load beside the
  // data, after the start-up code has run: the first request for the data does not wait for them.
  {
    path: '',
    loadComponent: loadShell,
    canActivate: [signedIn],
    children: screens,
  },
];
