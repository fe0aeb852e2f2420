import { createEntityAdapter, EntityState } from '@ngrx/entity';
import { createActionGroup, createFeature, createReducer, on, props } from '@ngrx/store';
import type { Activity, RejectedRecord } from '../core/schema';
import type { LoadStatus } from './reference';
import { ShellActions } from './shell-actions';

export const ActivitiesApiActions = createActionGroup({
  source: 'Activities API',
  events: {
    Loaded: props<{ activities: Activity[]; rejected: RejectedRecord[] }>(),
    'Load Failed': props<{ error: string }>(),
  },
});

export interface ActivitiesState extends EntityState<Activity> {
  status: LoadStatus;
  error: string | null;
  rejected: RejectedRecord[];
}

export const activitiesAdapter = createEntityAdapter<Activity>({
  sortComparer: (a, b) =>
    a.endDate < b.endDate ? 1 : a.endDate > b.endDate ? -1 : a.id.localeCompare(b.id),
});

const initialState: ActivitiesState = activitiesAdapter.getInitialState({
  status: 'idle',
  error: null,
  rejected: [],
});

export const activitiesFeature = createFeature({
  name: 'activities',
  reducer: createReducer(
    initialState,
    on(ShellActions.opened, ShellActions.retryClicked, (state): ActivitiesState => ({
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
  ),
  extraSelectors: ({ selectActivitiesState }) =>
    activitiesAdapter.getSelectors(selectActivitiesState),
});
