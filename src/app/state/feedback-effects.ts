import { inject, Injector } from '@angular/core';
import type { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { concatMap, from, map, Observable, tap } from 'rxjs';
import { ActivitiesApiActions, ActivityUndoActions } from './activities';

/** The snack bar loads with the first message, keeping it out of the initial bundle. */
function withSnackBar<T>(injector: Injector) {
  return (source: Observable<T>) =>
    source.pipe(
      concatMap((value) =>
        from(import('@angular/material/snack-bar')).pipe(
          map((m) => [value, injector.get(m.MatSnackBar)] as [T, MatSnackBar]),
        ),
      ),
    );
}

/** After a delete: back to the list, with an undo that puts the record back. */
export const announceDeleted = createEffect(
  (
    actions$ = inject(Actions),
    injector = inject(Injector),
    store = inject(Store),
    router = inject(Router),
  ) =>
    actions$.pipe(
      ofType(ActivitiesApiActions.deleted),
      tap(() => void router.navigate(['/activities'], { queryParamsHandling: 'preserve' })),
      withSnackBar(injector),
      tap(([{ activity }, snackBar]) =>
        snackBar
          .open($localize`Activity deleted: ${activity.title}:title:`, $localize`Undo`, {
            duration: 10000,
          })
          .onAction()
          .subscribe(() => store.dispatch(ActivityUndoActions.undoDeleteClicked({ activity }))),
      ),
    ),
  { functional: true, dispatch: false },
);

/** After a save: the activity's page. */
export const openSavedActivity = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(ActivitiesApiActions.saved),
      tap(
        ({ activity }) =>
          void router.navigate(['/activities', activity.id], { queryParamsHandling: 'preserve' }),
      ),
    ),
  { functional: true, dispatch: false },
);

/** Tells the user what a write did, or why it failed. */
export const announceWrites = createEffect(
  (actions$ = inject(Actions), injector = inject(Injector)) =>
    actions$.pipe(
      ofType(
        ActivitiesApiActions.saved,
        ActivitiesApiActions.restored,
        ActivitiesApiActions.deleteFailed,
        ActivitiesApiActions.restoreFailed,
      ),
      withSnackBar(injector),
      tap(([action, snackBar]) => {
        if (action.type === ActivitiesApiActions.saved.type) {
          snackBar.open(
            action.isNew ? $localize`Activity created.` : $localize`Activity saved.`,
            undefined,
            {
              duration: 4000,
            },
          );
        } else if (action.type === ActivitiesApiActions.restored.type) {
          snackBar.open($localize`Activity restored.`, undefined, { duration: 4000 });
        } else {
          snackBar.open(action.error, $localize`Close`);
        }
      }),
    ),
  { functional: true, dispatch: false },
);
