import { createActionGroup, props } from '@ngrx/store';

/** The app as a whole, whichever layout a route uses (the shell, or none for print and presentation). */
export const AppActions = createActionGroup({
  source: 'App',
  events: {
    Opened: props<{ today: string }>(),
  },
});
