import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, concatMap, map, of, switchMap } from 'rxjs';
import { Api, errorMessage } from '../core/api';
import { ActivitiesApiActions } from './activities';
import { ReferenceApiActions, SettingsApiActions, SettingsPageActions } from './reference';
import { ShellActions } from './shell-actions';

export const loadReference = createEffect(
  (actions$ = inject(Actions), api = inject(Api)) =>
    actions$.pipe(
      ofType(ShellActions.opened, ShellActions.retryClicked),
      switchMap(() =>
        api.loadReference().pipe(
          map(({ data, rejected }) => ReferenceApiActions.loaded({ data, rejected })),
          catchError((error: unknown) =>
            of(ReferenceApiActions.loadFailed({ error: errorMessage(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const loadActivities = createEffect(
  (actions$ = inject(Actions), api = inject(Api)) =>
    actions$.pipe(
      ofType(ShellActions.opened, ShellActions.retryClicked),
      switchMap(() =>
        api.loadActivities().pipe(
          map(({ data, rejected }) => ActivitiesApiActions.loaded({ activities: data, rejected })),
          catchError((error: unknown) =>
            of(ActivitiesApiActions.loadFailed({ error: errorMessage(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const saveSettings = createEffect(
  (actions$ = inject(Actions), api = inject(Api)) =>
    actions$.pipe(
      ofType(SettingsPageActions.saveClicked),
      concatMap(({ settings }) =>
        api.saveSettings(settings).pipe(
          map((saved) => SettingsApiActions.saved({ settings: saved })),
          catchError((error: unknown) =>
            of(SettingsApiActions.saveFailed({ error: errorMessage(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);
