import { createActionGroup, emptyProps, props } from '@ngrx/store';

export const ShellActions = createActionGroup({
  source: 'Shell',
  events: {
    Opened: props<{ today: string }>(),
    'Retry Clicked': emptyProps(),
  },
});
