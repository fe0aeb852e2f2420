import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import {
  provideRouter,
  withComponentInputBinding,
  withInMemoryScrolling,
  withNavigationErrorHandler,
} from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideRouterStore, routerReducer } from '@ngrx/router-store';
import { provideState, provideStore } from '@ngrx/store';
import { provideStoreDevtools } from '@ngrx/store-devtools';
import { routes } from './app.routes';
import { authInterceptor } from './core/auth-interceptor';
import { NavigationFailures } from './core/navigation-failures';
import { activitiesFeature } from './state/activities';
import * as effects from './state/effects';
import * as feedbackEffects from './state/feedback-effects';
import { referenceFeature } from './state/reference';
import { recordWritesFeature } from './state/records';
import { approvedBriefsFeature, loadApprovedBrief } from './state/rounds';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideHttpClient(withFetch(), withInterceptors([authInterceptor])),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top' }),
      withNavigationErrorHandler((error) => inject(NavigationFailures).record(error)),
    ),
    provideStore({ router: routerReducer }),
    provideState(referenceFeature),
    provideState(activitiesFeature),
    provideState(recordWritesFeature),
    provideState(approvedBriefsFeature),
    provideEffects(effects, feedbackEffects, { loadApprovedBrief }),
    provideRouterStore(),
    // Action history for the Redux DevTools in development only: it costs time on every action.
    // The production build defines ngDevMode as false, so the devtools are not even bundled.
    typeof ngDevMode === 'undefined' || ngDevMode
      ? provideStoreDevtools({ maxAge: 50, connectInZone: false })
      : [],
  ],
};
