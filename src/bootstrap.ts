import { registerLocaleData } from '@angular/common';
import { LOCALE_ID } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import { BOOT_SESSION } from './app/core/boot-session';
import type { Language } from './app/core/language';

/**
 * Starts the app in a language, with that locale's data (plural rules) where it is not English,
 * and the session the page carried (null: the app asks the API).
 */
export function bootstrap(language: Language, localeData: unknown, bootSession: unknown) {
  if (localeData) registerLocaleData(localeData);
  return bootstrapApplication(App, {
    ...appConfig,
    providers: [
      ...appConfig.providers,
      { provide: LOCALE_ID, useValue: language },
      { provide: BOOT_SESSION, useValue: bootSession },
    ],
  });
}
