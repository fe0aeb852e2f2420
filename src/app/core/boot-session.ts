import { InjectionToken } from '@angular/core';

/**
 * What the page carried for the session check (core/boot-data.ts), handed over by main.ts when
 * it starts the app. A token, so the app's code does not import the page reader main.ts uses:
 * shared by both, it was a start-up file of its own.
 */
export const BOOT_SESSION = new InjectionToken<unknown>('session carried by the page', {
  factory: () => null,
});
