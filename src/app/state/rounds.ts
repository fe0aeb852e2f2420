/**
 * Reporting rounds in the app: moving a round (submit, approve, return, reopen) from its dialog,
 * and the briefs as approved, loaded when a reader opens one. The rounds themselves live in the
 * reference slice, which takes each moved round in.
 */
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import {
  createActionGroup,
  createFeature,
  createReducer,
  emptyProps,
  on,
  props,
} from '@ngrx/store';
import { catchError, concatMap, map, mergeMap, of } from 'rxjs';
import { Api, errorMessage, RoundMove, writeError, type WriteError } from '../core/api';
import type { RoundAction } from '../domain/rounds';
import type { ApprovedBrief, Round } from '../domain/schema';

export const RoundDialogActions = createActionGroup({
  source: 'Round Dialog',
  events: {
    Opened: emptyProps(),
    'Move Clicked': props<{ id: string; action: RoundAction; move: RoundMove }>(),
  },
});

export const ApprovedBriefActions = createActionGroup({
  source: 'Approved Brief',
  events: {
    /** A page shows the brief as approved: load it unless it is here. */
    Opened: props<{ id: string }>(),
  },
});

export const RoundsApiActions = createActionGroup({
  source: 'Rounds API',
  events: {
    Moved: props<{ round: Round }>(),
    'Move Failed': props<{ error: WriteError }>(),
    'Brief Loaded': props<{ brief: ApprovedBrief }>(),
    'Brief Load Failed': props<{ id: string; error: string }>(),
  },
});

export interface RoundWritesState {
  saving: boolean;
  error: WriteError | null;
  /** The round just moved since the dialog opened: the dialog closes on it. */
  done: string | null;
}

const writesInitial: RoundWritesState = { saving: false, error: null, done: null };

export const roundWritesFeature = createFeature({
  name: 'roundWrites',
  reducer: createReducer(
    writesInitial,
    on(RoundDialogActions.opened, (): RoundWritesState => writesInitial),
    on(RoundDialogActions.moveClicked, (): RoundWritesState => ({
      ...writesInitial,
      saving: true,
    })),
    on(RoundsApiActions.moved, (_state, { round }): RoundWritesState => ({
      saving: false,
      error: null,
      done: round.id,
    })),
    on(RoundsApiActions.moveFailed, (_state, { error }): RoundWritesState => ({
      saving: false,
      error,
      done: null,
    })),
  ),
});

export interface ApprovedBriefsState {
  briefs: Readonly<Record<string, ApprovedBrief>>;
  errors: Readonly<Record<string, string>>;
}

export const approvedBriefsFeature = createFeature({
  name: 'approvedBriefs',
  reducer: createReducer(
    { briefs: {}, errors: {} } as ApprovedBriefsState,
    on(RoundsApiActions.briefLoaded, (state, { brief }): ApprovedBriefsState => ({
      ...state,
      briefs: { ...state.briefs, [brief.id]: brief },
    })),
    on(RoundsApiActions.briefLoadFailed, (state, { id, error }): ApprovedBriefsState => ({
      ...state,
      errors: { ...state.errors, [id]: error },
    })),
    // Opened again after a failure: the error goes while it is tried again.
    on(ApprovedBriefActions.opened, (state, { id }): ApprovedBriefsState =>
      id in state.errors
        ? {
            ...state,
            errors: Object.fromEntries(Object.entries(state.errors).filter(([key]) => key !== id)),
          }
        : state,
    ),
  ),
});

export const moveRound = createEffect(
  (actions$ = inject(Actions), api = inject(Api)) =>
    actions$.pipe(
      ofType(RoundDialogActions.moveClicked),
      concatMap(({ id, action, move }) =>
        api.moveRound(id, action, move).pipe(
          map((round) => RoundsApiActions.moved({ round })),
          catchError((error: unknown) =>
            of(RoundsApiActions.moveFailed({ error: writeError(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const loadApprovedBrief = createEffect(
  (actions$ = inject(Actions), api = inject(Api)) =>
    actions$.pipe(
      ofType(ApprovedBriefActions.opened),
      // A brief never changes once approved: each is loaded once.
      mergeMap(({ id }) =>
        api.approvedBrief(id).pipe(
          map((brief) => RoundsApiActions.briefLoaded({ brief })),
          catchError((error: unknown) =>
            of(RoundsApiActions.briefLoadFailed({ id, error: errorMessage(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);
