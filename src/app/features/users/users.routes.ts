import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { UsersPage } from './users-page';
import { loadUsers, saveUser, usersFeature } from './users.state';

/** The Users screen with its own slice, loaded only when an administrator opens it. */
export const USERS_ROUTES: Routes = [
  {
    path: '',
    component: UsersPage,
    providers: [provideState(usersFeature), provideEffects({ loadUsers, saveUser })],
  },
];
