import {
  createActionGroup,
  createFeature,
  createReducer,
  createSelector,
  on,
  props,
} from '@ngrx/store';
import type { ReferenceData } from '../domain/reference-data';
import type { RejectedRecord, Settings } from '../domain/schema';
import { readReference } from '../core/reading';
import { AppActions } from './app-actions';
import { ShellActions } from './shell-actions';
import { RoundsApiActions } from './rounds';
import { EditableRecord, RecordApiActions, RecordEditorActions } from './records';
import type { EditableCollection } from '../domain/collections';

/** The data with one record put in (replacing the one with its id) or taken out. */
function withRecord(
  data: ReferenceData | null,
  collection: EditableCollection,
  id: string,
  record: EditableRecord | null,
): ReferenceData | null {
  if (!data) return data;
  if (collection === 'settings')
    return record ? { ...data, settings: record as unknown as Settings } : data;
  const rows = data[collection] as unknown as EditableRecord[];
  const index = rows.findIndex((r) => r.id === id);
  const next =
    record === null
      ? rows.filter((r) => r.id !== id)
      : index < 0
        ? [...rows, record]
        : rows.map((r, i) => (i === index ? record : r));
  return { ...data, [collection]: next };
}

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'error';

export const ReferenceApiActions = createActionGroup({
  source: 'Reference API',
  events: {
    Loaded: props<{ data: ReferenceData; rejected: RejectedRecord[] }>(),
    'Load Failed': props<{ error: string }>(),
  },
});

export const SettingsPageActions = createActionGroup({
  source: 'Settings Page',
  events: {
    'Save Clicked': props<{ settings: Settings }>(),
  },
});

export const SettingsApiActions = createActionGroup({
  source: 'Settings API',
  events: {
    Saved: props<{ settings: Settings }>(),
    'Save Failed': props<{ error: string }>(),
  },
});

export interface ReferenceState {
  data: ReferenceData | null;
  status: LoadStatus;
  error: string | null;
  rejected: RejectedRecord[];
  /** "today" as the user's calendar shows it, set when the app opens. */
  today: string;
  saving: boolean;
  saveError: string | null;
  /** The settings were saved, and nothing has been sent since. */
  saved: boolean;
}

const initialState: ReferenceState = {
  data: null,
  status: 'idle',
  error: null,
  rejected: [],
  today: '1970-01-01',
  saving: false,
  saveError: null,
  saved: false,
};

export const referenceFeature = createFeature({
  name: 'reference',
  reducer: createReducer(
    initialState,
    on(AppActions.opened, (state, { today }): ReferenceState => ({
      ...state,
      today,
      status: 'loading',
      error: null,
    })),
    on(ShellActions.retryClicked, (state): ReferenceState => ({
      ...state,
      status: 'loading',
      error: null,
    })),
    on(ReferenceApiActions.loaded, (state, { data, rejected }): ReferenceState => ({
      ...state,
      data,
      rejected,
      status: 'loaded',
    })),
    // A failed reload keeps whatever was already loaded on screen.
    on(ReferenceApiActions.loadFailed, (state, { error }): ReferenceState => ({
      ...state,
      error,
      status: 'error',
    })),
    on(SettingsPageActions.saveClicked, (state): ReferenceState => ({
      ...state,
      saving: true,
      saveError: null,
      saved: false,
    })),
    on(SettingsApiActions.saved, (state, { settings }): ReferenceState => ({
      ...state,
      saving: false,
      saved: true,
      data: state.data && { ...state.data, settings },
    })),
    on(
      RecordApiActions.saved,
      RecordEditorActions.theirsLoaded,
      (state, { collection, record }): ReferenceState => ({
        ...state,
        data: withRecord(state.data, collection, record.id, record),
      }),
    ),
    on(RecordApiActions.deleted, (state, { collection, id }): ReferenceState => ({
      ...state,
      data: withRecord(state.data, collection, id, null),
    })),
    on(RoundsApiActions.moved, (state, { round }): ReferenceState => ({
      ...state,
      data: state.data && {
        ...state.data,
        rounds: [...state.data.rounds.filter((r) => r.id !== round.id), round],
      },
    })),
    on(SettingsApiActions.saveFailed, (state, { error }): ReferenceState => ({
      ...state,
      saving: false,
      saveError: error,
    })),
  ),
  extraSelectors: ({ selectData: selectStored }) => {
    // Every screen reads the reference data in the reader's language; forms write the stored.
    const selectData = createSelector(selectStored, (d) => d && readReference(d));
    return {
      selectReadableData: selectData,
      selectSettings: createSelector(selectData, (d) => d?.settings ?? null),
      selectFrameworks: createSelector(selectData, (d) => d?.frameworks ?? []),
      selectGoals: createSelector(selectData, (d) => d?.goals ?? []),
      selectPurposes: createSelector(selectData, (d) => d?.purposes ?? []),
      selectFunctions: createSelector(selectData, (d) => d?.functions ?? []),
      selectMembers: createSelector(selectData, (d) => d?.members ?? []),
      selectWorkingGroups: createSelector(selectData, (d) => d?.workingGroups ?? []),
      selectMeetings: createSelector(selectData, (d) => d?.meetings ?? []),
      selectIndicators: createSelector(selectData, (d) => d?.indicators ?? []),
      selectActuals: createSelector(selectData, (d) => d?.actuals ?? []),
      selectNarratives: createSelector(selectData, (d) => d?.narratives ?? []),
      selectRounds: createSelector(selectStored, (d) => d?.rounds ?? []),
      selectWorkPlans: createSelector(selectData, (d) => d?.workPlans ?? []),
      selectCurrentFramework: createSelector(
        selectData,
        (d) =>
          d?.frameworks.find((f) => f.id === d.settings.currentFramework) ??
          d?.frameworks[0] ??
          null,
      ),
    };
  },
});
