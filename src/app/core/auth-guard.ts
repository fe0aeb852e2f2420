import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Auth } from './auth';

/**
 * The screens need a session: without one, sign in first and come back. A user whose password
 * an administrator set chooses their own first.
 */
export const signedIn: CanActivateFn = async (_route, state) => {
  const auth = inject(Auth);
  const router = inject(Router);
  const user = await auth.load();
  if (!user) return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
  return user.mustChangePassword
    ? router.createUrlTree(['/password'], { queryParams: { returnUrl: state.url } })
    : true;
};

/** The password page: any signed-in user, whether or not they must change it. */
export const anySession: CanActivateFn = async (_route, state) => {
  const user = await inject(Auth).load();
  return user
    ? true
    : inject(Router).createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
};

/** A screen for a role that may write `collection`; others go to the overview. */
export function mayWrite(collection: string): CanActivateFn {
  return async () => {
    const auth = inject(Auth);
    const router = inject(Router);
    await auth.load();
    return auth.can(collection) ? true : router.createUrlTree(['/overview']);
  };
}
