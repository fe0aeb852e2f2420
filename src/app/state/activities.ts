import { createEntityAdapter, EntityState } from '@ngrx/entity';
import {
  createActionGroup,
  createFeature,
  createReducer,
  emptyProps,
  on,
  props,
} from '@ngrx/store';
import type { WriteError } from '../core/api';
import type { BulkAnswer, BulkClassification } from '../domain/bulk';
import { readBulkOutcome } from '../core/reading';
import type { Activity, RejectedRecord } from '../domain/schema';
import type { LoadStatus } from './reference';
import { AppActions } from './app-actions';
import { ShellActions } from './shell-actions';
import { compareText } from '../results/order';

export const ActivitiesApiActions = createActionGroup({
  source: 'Activities API',
  events: {
    Loaded: props<{ activities: Activity[]; rejected: RejectedRecord[] }>(),
    'Load Failed': props<{ error: string }>(),
    /** `delivers`: the work-plan items (itemKey) it is to deliver; null leaves the links alone. */
    Saved: props<{ activity: Activity; isNew: boolean; delivers?: readonly string[] | null }>(),
    'Save Failed': props<{ error: WriteError }>(),
    Deleted: props<{ activity: Activity }>(),
    'Delete Failed': props<{ error: string }>(),
    Restored: props<{ activity: Activity }>(),
    'Restore Failed': props<{ error: string }>(),
    Classified: props<{ answer: BulkAnswer<Activity> }>(),
    'Classify Failed': props<{ error: string }>(),
  },
});

/** Many activities given a classification at once (Data quality, the activity list). */
export const ActivityClassifyActions = createActionGroup({
  source: 'Activity Classification',
  events: {
    Opened: emptyProps(),
    Confirmed: props<{ request: BulkClassification }>(),
  },
});

/** What a bulk classification did: how many were saved, and each one not saved with why. */
export interface ClassifyResult {
  saved: number;
  notSaved: { id: string; title: string; message: string }[];
}

export const ActivityEditorActions = createActionGroup({
  source: 'Activity Editor',
  events: {
    Opened: emptyProps(),
    'Save Clicked': props<{
      activity: Activity;
      isNew: boolean;
      delivers?: readonly string[] | null;
    }>(),
    'Delete Confirmed': props<{ activity: Activity }>(),
  },
});

export const ActivityUndoActions = createActionGroup({
  source: 'Activity Undo',
  events: {
    'Undo Delete Clicked': props<{ activity: Activity }>(),
  },
});

export interface ImportResult {
  created: number;
  updated: number;
  /** Rows of the file not imported because of their own problems (listed before importing). */
  setAside: number;
  failed: { title: string; error: string }[];
}

export const ActivityImportActions = createActionGroup({
  source: 'Activity Import',
  events: {
    Opened: emptyProps(),
    'File Chosen': emptyProps(),
    'Import Confirmed': props<{ activities: Activity[]; updates: Activity[]; setAside: number }>(),
    'Import Finished': props<{
      created: Activity[];
      updated: Activity[];
      setAside: number;
      failed: { title: string; error: string }[];
    }>(),
  },
});

export interface ActivitiesState extends EntityState<Activity> {
  status: LoadStatus;
  error: string | null;
  rejected: RejectedRecord[];
  saving: boolean;
  saveError: WriteError | null;
  /** The last activity deleted, for undo. */
  deleted: Activity | null;
  writeError: string | null;
  /** An import under way, and the outcome of the last one. */
  importing: boolean;
  importResult: ImportResult | null;
  classifying: boolean;
  classifyResult: ClassifyResult | null;
  classifyError: string | null;
}

/** Oldest first by end date: the order the results engine reads, so no selector re-sorts. */
export const activitiesAdapter = createEntityAdapter<Activity>({
  sortComparer: (a, b) =>
    a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : compareText(a.id, b.id),
});

const initialState: ActivitiesState = activitiesAdapter.getInitialState({
  status: 'idle',
  error: null,
  rejected: [],
  saving: false,
  saveError: null,
  deleted: null,
  writeError: null,
  importing: false,
  importResult: null,
  classifying: false,
  classifyResult: null,
  classifyError: null,
});

export const activitiesFeature = createFeature({
  name: 'activities',
  reducer: createReducer(
    initialState,
    on(AppActions.opened, ShellActions.retryClicked, (state): ActivitiesState => ({
      ...state,
      status: 'loading',
      error: null,
    })),
    on(ActivitiesApiActions.loaded, (state, { activities, rejected }): ActivitiesState =>
      activitiesAdapter.setAll(activities, { ...state, rejected, status: 'loaded' }),
    ),
    // Keep what is on screen when a reload fails.
    on(ActivitiesApiActions.loadFailed, (state, { error }): ActivitiesState => ({
      ...state,
      error,
      status: 'error',
    })),
    on(ActivityEditorActions.opened, (state): ActivitiesState => ({
      ...state,
      saving: false,
      saveError: null,
    })),
    on(ActivityEditorActions.saveClicked, (state): ActivitiesState => ({
      ...state,
      saving: true,
      saveError: null,
    })),
    on(ActivitiesApiActions.saved, (state, { activity }): ActivitiesState =>
      activitiesAdapter.upsertOne(activity, { ...state, saving: false, saveError: null }),
    ),
    on(ActivitiesApiActions.saveFailed, (state, { error }): ActivitiesState => ({
      ...state,
      saving: false,
      saveError: error,
    })),
    on(ActivitiesApiActions.deleted, (state, { activity }): ActivitiesState =>
      activitiesAdapter.removeOne(activity.id, { ...state, deleted: activity, writeError: null }),
    ),
    on(
      ActivitiesApiActions.deleteFailed,
      ActivitiesApiActions.restoreFailed,
      (state, { error }): ActivitiesState => ({ ...state, writeError: error }),
    ),
    on(ActivitiesApiActions.restored, (state, { activity }): ActivitiesState =>
      activitiesAdapter.upsertOne(activity, { ...state, deleted: null, writeError: null }),
    ),
    on(
      ActivityImportActions.opened,
      ActivityImportActions.fileChosen,
      (state): ActivitiesState => ({
        ...state,
        importing: false,
        importResult: null,
      }),
    ),
    on(ActivityImportActions.importConfirmed, (state): ActivitiesState => ({
      ...state,
      importing: true,
      importResult: null,
    })),
    on(ActivityClassifyActions.opened, (state): ActivitiesState => ({
      ...state,
      classifying: false,
      classifyResult: null,
      classifyError: null,
    })),
    on(ActivityClassifyActions.confirmed, (state): ActivitiesState => ({
      ...state,
      classifying: true,
      classifyResult: null,
      classifyError: null,
    })),
    on(ActivitiesApiActions.classified, (state, { answer }): ActivitiesState => {
      const notSaved = answer.outcomes.flatMap((o) =>
        o.saved
          ? []
          : [{ id: o.id, title: state.entities[o.id]?.title ?? o.id, message: readBulkOutcome(o) }],
      );
      return activitiesAdapter.upsertMany(answer.records, {
        ...state,
        classifying: false,
        classifyResult: { saved: answer.saved, notSaved },
      });
    }),
    on(ActivitiesApiActions.classifyFailed, (state, { error }): ActivitiesState => ({
      ...state,
      classifying: false,
      classifyError: error,
    })),
    on(
      ActivityImportActions.importFinished,
      (state, { created, updated, setAside, failed }): ActivitiesState =>
        activitiesAdapter.upsertMany([...created, ...updated], {
          ...state,
          importing: false,
          importResult: { created: created.length, updated: updated.length, setAside, failed },
        }),
    ),
  ),
  extraSelectors: ({ selectActivitiesState }) =>
    activitiesAdapter.getSelectors(selectActivitiesState),
});
