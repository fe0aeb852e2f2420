/** The users an administrator manages: a slice registered with the Users route. */
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { createEntityAdapter, EntityState } from '@ngrx/entity';
import {
  createActionGroup,
  createFeature,
  createReducer,
  emptyProps,
  on,
  props,
} from '@ngrx/store';
import { catchError, concatMap, map, of, switchMap } from 'rxjs';
import { Api, NewUser, UserChange, writeError, WriteError } from '../../core/api';
import type { User } from '../../domain/roles';

export const UsersPageActions = createActionGroup({
  source: 'Users Page',
  events: {
    Opened: emptyProps(),
    'Add Clicked': props<{ user: NewUser }>(),
    'Change Clicked': props<{ id: string; change: UserChange }>(),
  },
});

export const UsersApiActions = createActionGroup({
  source: 'Users API',
  events: {
    Loaded: props<{ users: User[] }>(),
    'Load Failed': props<{ error: string }>(),
    Saved: props<{ user: User; added: boolean }>(),
    'Save Failed': props<{ error: WriteError }>(),
  },
});

interface UsersState extends EntityState<User> {
  loading: boolean;
  error: string | null;
  saving: boolean;
  saveError: WriteError | null;
  /** The user just added, so the form can clear itself. */
  added: string | null;
  /** The user name of the last user saved, to say so. */
  saved: string | null;
}

const adapter = createEntityAdapter<User>({
  sortComparer: (a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0),
});

export const usersFeature = createFeature({
  name: 'users',
  reducer: createReducer(
    adapter.getInitialState({
      loading: false,
      error: null,
      saving: false,
      saveError: null,
      added: null,
      saved: null,
    } as Omit<UsersState, keyof EntityState<User>>),
    on(UsersPageActions.opened, (state): UsersState => ({ ...state, loading: true, error: null })),
    on(UsersApiActions.loaded, (state, { users }): UsersState =>
      adapter.setAll(users, { ...state, loading: false }),
    ),
    on(UsersApiActions.loadFailed, (state, { error }): UsersState => ({
      ...state,
      loading: false,
      error,
    })),
    on(UsersPageActions.addClicked, UsersPageActions.changeClicked, (state): UsersState => ({
      ...state,
      saving: true,
      saveError: null,
      added: null,
      saved: null,
    })),
    on(UsersApiActions.saved, (state, { user, added }): UsersState =>
      adapter.upsertOne(user, {
        ...state,
        saving: false,
        added: added ? user.id : null,
        saved: user.username,
      }),
    ),
    on(UsersApiActions.saveFailed, (state, { error }): UsersState => ({
      ...state,
      saving: false,
      saveError: error,
    })),
  ),
  extraSelectors: ({ selectUsersState }) => adapter.getSelectors(selectUsersState),
});

export const loadUsers = createEffect(
  (actions$ = inject(Actions), api = inject(Api)) =>
    actions$.pipe(
      ofType(UsersPageActions.opened),
      switchMap(() =>
        api.listUsers().pipe(
          map((users) => UsersApiActions.loaded({ users })),
          catchError((error: unknown) =>
            of(UsersApiActions.loadFailed({ error: writeError(error).message })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const saveUser = createEffect(
  (actions$ = inject(Actions), api = inject(Api)) =>
    actions$.pipe(
      ofType(UsersPageActions.addClicked, UsersPageActions.changeClicked),
      concatMap((action) =>
        (action.type === UsersPageActions.addClicked.type
          ? api.addUser(action.user)
          : api.changeUser(action.id, action.change)
        ).pipe(
          map((user) =>
            UsersApiActions.saved({
              user,
              added: action.type === UsersPageActions.addClicked.type,
            }),
          ),
          catchError((error: unknown) =>
            of(UsersApiActions.saveFailed({ error: writeError(error) })),
          ),
        ),
      ),
    ),
  { functional: true },
);
