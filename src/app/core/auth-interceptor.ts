import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, from, switchMap, throwError } from 'rxjs';
import { API_BASE } from './api';
import { Auth } from './auth';
import { SessionExpiry } from './session-expiry';

const READS = new Set(['GET', 'HEAD']);

/**
 * Every write to the API carries the session's CSRF token; a 401 in the middle of work asks the
 * user to sign in again, then sends the same request once more.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith(API_BASE)) return next(req);
  const auth = inject(Auth);
  const expiry = inject(SessionExpiry);
  const withToken = (r: HttpRequest<unknown>) => {
    const token = auth.csrfToken();
    return READS.has(r.method) || !token ? r : r.clone({ setHeaders: { 'x-csrf-token': token } });
  };
  const isSession = req.url === `${API_BASE}/session`;
  return next(withToken(req)).pipe(
    catchError((error: unknown) => {
      if (isSession || !(error instanceof HttpErrorResponse) || error.status !== 401)
        return throwError(() => error);
      return from(expiry.signInAgain()).pipe(
        switchMap((again) => (again ? next(withToken(req)) : throwError(() => error))),
      );
    }),
  );
};
