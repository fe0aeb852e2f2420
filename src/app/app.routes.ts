import { Routes } from '@angular/router';

/** Sections not built yet show a plain "not available yet" page, never invented content. */
const notYet = (title: string) => ({
  loadComponent: () => import('./core/pages/not-available').then((m) => m.NotAvailable),
  data: { section: title },
  title: `${title} · RSO Results Dashboard`,
});

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'overview' },
  { path: 'overview', ...notYet($localize`Overview`) },
  { path: 'goals', ...notYet($localize`Goals and purposes`) },
  { path: 'indicators', ...notYet($localize`Indicators`) },
  { path: 'activities', ...notYet($localize`Activities`) },
  { path: 'alignment', ...notYet($localize`Alignment`) },
  { path: 'reports', ...notYet($localize`Reports`) },
  {
    path: 'data-quality',
    loadComponent: () =>
      import('./features/data-quality/data-quality-page').then((m) => m.DataQualityPage),
    title: $localize`Data quality · RSO Results Dashboard`,
  },
  {
    path: 'settings',
    loadComponent: () => import('./features/settings/settings-page').then((m) => m.SettingsPage),
    title: $localize`Settings · RSO Results Dashboard`,
  },
  {
    path: '**',
    loadComponent: () => import('./core/pages/not-found').then((m) => m.NotFound),
    title: $localize`Page not found · RSO Results Dashboard`,
  },
];
