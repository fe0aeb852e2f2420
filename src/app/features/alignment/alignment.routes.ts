import { Routes } from '@angular/router';

/** Alignment for working groups: the matrices, and a page per group. */
export const ALIGNMENT_ROUTES: Routes = [
  {
    path: '',
    loadComponent: () => import('./alignment-page').then((m) => m.AlignmentPage),
  },
  {
    path: ':wg',
    loadComponent: () => import('./group-page').then((m) => m.GroupPage),
    title: $localize`Working group · RSO Results Dashboard`,
  },
];
