import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { relinked } from '../domain/workplan-links';
import {
  catchError,
  concatMap,
  exhaustMap,
  filter,
  from,
  map,
  mergeMap,
  of,
  switchMap,
  toArray,
  withLatestFrom,
} from 'rxjs';
import { Api, errorMessage, writeError } from '../core/api';
import type { Activity } from '../domain/schema';
import {
  ActivitiesApiActions,
  ActivityClassifyActions,
  ActivityEditorActions,
  ActivityImportActions,
  ActivityUndoActions,
} from './activities';
import {
  ReferenceApiActions,
  referenceFeature,
  SettingsApiActions,
  SettingsPageActions,
} from './reference';
import { RecordApiActions, RecordEditorActions } from './records';
import type { RecordOf } from '../core/validation';
import type { EditableCollection } from '../domain/collections';
import { AppActions } from './app-actions';
import { ShellActions } from './shell-actions';

export const loadReference = createEffect(
  (actions$ = inject(Actions), api = inject(Api)) =>
    actions$.pipe(
      ofType(AppActions.opened, ShellActions.retryClicked, RecordApiActions.saved),
      // A new framework that copied indicators brings records the app has not seen.
      filter((action) => action.type !== RecordApiActions.saved.type || action.copied),
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
      ofType(AppActions.opened, ShellActions.retryClicked),
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

export const saveActivity = createEffect(
  (actions$ = inject(Actions), api = inject(Api)) =>
    actions$.pipe(
      ofType(ActivityEditorActions.saveClicked),
      concatMap(({ activity, isNew, delivers }) =>
        api.saveActivity(activity, isNew).pipe(
          map((saved) =>
            ActivitiesApiActions.saved({
              activity: saved,
              isNew,
              ...(delivers ? { delivers } : {}),
            }),
          ),
          catchError((error: unknown) =>
            of(ActivitiesApiActions.saveFailed({ error: writeError(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const deleteActivity = createEffect(
  (actions$ = inject(Actions), api = inject(Api)) =>
    actions$.pipe(
      ofType(ActivityEditorActions.deleteConfirmed),
      concatMap(({ activity }) =>
        api.deleteActivity(activity).pipe(
          map(() => ActivitiesApiActions.deleted({ activity })),
          catchError((error: unknown) =>
            of(ActivitiesApiActions.deleteFailed({ error: errorMessage(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** Undo puts the deleted record back under its own id. */
export const restoreActivity = createEffect(
  (actions$ = inject(Actions), api = inject(Api)) =>
    actions$.pipe(
      ofType(ActivityUndoActions.undoDeleteClicked),
      concatMap(({ activity }) =>
        api.saveActivity(activity, true).pipe(
          map((restored) => ActivitiesApiActions.restored({ activity: restored })),
          catchError((error: unknown) =>
            of(ActivitiesApiActions.restoreFailed({ error: errorMessage(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

interface ImportOutcome {
  isNew: boolean;
  saved?: Activity;
  failed?: { title: string; error: string };
}

/** Imports rows one by one (the API validates each); reports what was created and what was refused. */
export const importActivities = createEffect(
  (actions$ = inject(Actions), api = inject(Api)) =>
    actions$.pipe(
      ofType(ActivityImportActions.importConfirmed),
      concatMap(({ activities, updates, setAside }) =>
        from([
          ...activities.map((activity) => ({ activity, isNew: true })),
          ...updates.map((activity) => ({ activity, isNew: false })),
        ]).pipe(
          mergeMap(
            ({ activity, isNew }) =>
              api.saveActivity(activity, isNew).pipe(
                map((saved): ImportOutcome => ({ saved, isNew })),
                catchError((error: unknown) =>
                  of<ImportOutcome>({
                    isNew,
                    failed: { title: activity.title, error: errorMessage(error) },
                  }),
                ),
              ),
            4,
          ),
          toArray(),
          map((results) =>
            ActivityImportActions.importFinished({
              created: results.flatMap((r) => (r.saved && r.isNew ? [r.saved] : [])),
              updated: results.flatMap((r) => (r.saved && !r.isNew ? [r.saved] : [])),
              setAside,
              failed: results.flatMap((r) => (r.failed ? [r.failed] : [])),
            }),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const classifyActivities = createEffect(
  (actions$ = inject(Actions), api = inject(Api)) =>
    actions$.pipe(
      ofType(ActivityClassifyActions.confirmed),
      exhaustMap(({ request }) =>
        api.classifyActivities(request).pipe(
          map((answer) => ActivitiesApiActions.classified({ answer })),
          catchError((error: unknown) =>
            of(ActivitiesApiActions.classifyFailed({ error: errorMessage(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const saveRecord = createEffect(
  (actions$ = inject(Actions), api = inject(Api)) =>
    actions$.pipe(
      ofType(RecordEditorActions.saveClicked),
      concatMap(({ collection, record, isNew, reason, copyIndicatorsFrom }) =>
        api
          .saveRecord(collection, record as RecordOf<EditableCollection>, isNew, {
            reason,
            copyIndicatorsFrom: copyIndicatorsFrom ?? undefined,
          })
          .pipe(
            map((saved) =>
              RecordApiActions.saved({ collection, record: saved, copied: !!copyIndicatorsFrom }),
            ),
            catchError((error: unknown) =>
              of(RecordApiActions.writeFailed({ error: writeError(error) })),
            ),
          ),
      ),
    ),
  { functional: true },
);

export const deleteRecord = createEffect(
  (actions$ = inject(Actions), api = inject(Api)) =>
    actions$.pipe(
      ofType(RecordEditorActions.deleteClicked),
      concatMap(({ collection, record, reason }) =>
        api.deleteRecord(collection, record, reason).pipe(
          map(() => RecordApiActions.deleted({ collection, id: record.id })),
          catchError((error: unknown) =>
            of(RecordApiActions.writeFailed({ error: writeError(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/**
 * Once an activity is saved, the work-plan items chosen on its form list it (and those no longer
 * chosen do not): each plan that changes is saved with the version read, like any edit.
 */
export const linkDeliveredItems = createEffect(
  (actions$ = inject(Actions), store = inject(Store)) =>
    actions$.pipe(
      ofType(ActivitiesApiActions.saved),
      filter(({ delivers }) => !!delivers),
      withLatestFrom(store.select(referenceFeature.selectWorkPlans)),
      mergeMap(([{ activity, delivers }, plans]) =>
        relinked(plans, activity.id, delivers!).map((plan) =>
          RecordEditorActions.saveClicked({
            collection: 'workPlans',
            record: plan as never,
            isNew: false,
            reason: null,
          }),
        ),
      ),
    ),
  { functional: true },
);
