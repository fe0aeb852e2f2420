/**
 * Writes to the results framework's records — targets and baselines, reported actuals,
 * narratives, meetings, frameworks — from the forms that edit them: the one write in flight,
 * and what the server said about it. The records themselves live in the reference slice, which
 * takes each saved record in, so every view reflects a write without a reload.
 */
import {
  createActionGroup,
  createFeature,
  createReducer,
  emptyProps,
  on,
  props,
} from '@ngrx/store';
import type { WriteError } from '../core/api';
import type { EditableCollection } from '../domain/collections';

/** Any editable record: what the forms and the reducer need of it. */
export interface EditableRecord {
  id: string;
  version: number;
}

export const RecordEditorActions = createActionGroup({
  source: 'Record Editor',
  events: {
    'Save Clicked': props<{
      collection: EditableCollection;
      record: EditableRecord;
      isNew: boolean;
      reason: string | null;
      copyIndicatorsFrom?: string | null;
    }>(),
    'Delete Clicked': props<{
      collection: EditableCollection;
      record: EditableRecord;
      reason: string | null;
    }>(),
    /** After a conflict: the other person's version replaces what was on screen. */
    'Theirs Loaded': props<{ collection: EditableCollection; record: EditableRecord }>(),
    Opened: emptyProps(),
  },
});

export const RecordApiActions = createActionGroup({
  source: 'Records API',
  events: {
    Saved: props<{ collection: EditableCollection; record: EditableRecord; copied: boolean }>(),
    Deleted: props<{ collection: EditableCollection; id: string }>(),
    'Write Failed': props<{ error: WriteError }>(),
  },
});

export interface RecordWritesState {
  saving: boolean;
  error: WriteError | null;
  /** The last record saved or deleted since the form opened: the form closes on it. */
  done: { collection: EditableCollection; id: string } | null;
}

const initialState: RecordWritesState = { saving: false, error: null, done: null };

export const recordWritesFeature = createFeature({
  name: 'recordWrites',
  reducer: createReducer(
    initialState,
    on(RecordEditorActions.opened, (): RecordWritesState => initialState),
    on(
      RecordEditorActions.saveClicked,
      RecordEditorActions.deleteClicked,
      (): RecordWritesState => ({ saving: true, error: null, done: null }),
    ),
    on(RecordEditorActions.theirsLoaded, (state): RecordWritesState => ({ ...state, error: null })),
    on(RecordApiActions.saved, (_state, { collection, record }): RecordWritesState => ({
      saving: false,
      error: null,
      done: { collection, id: record.id },
    })),
    on(RecordApiActions.deleted, (_state, { collection, id }): RecordWritesState => ({
      saving: false,
      error: null,
      done: { collection, id },
    })),
    on(RecordApiActions.writeFailed, (_state, { error }): RecordWritesState => ({
      saving: false,
      error,
      done: null,
    })),
  ),
});
