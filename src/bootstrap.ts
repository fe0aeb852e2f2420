import { registerLocaleData } from '@angular/common';
import { LOCALE_ID } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import type { Language } from './app/core/language';

/** Starts the app in a language, with that locale's data (plural rules) where it is not English. */
export function bootstrap(language: Language, localeData: unknown) {
  if (localeData) registerLocaleData(localeData);
  return bootstrapApplication(App, {
    ...appConfig,
    providers: [...appConfig.providers, { provide: LOCALE_ID, useValue: language }],
  });
}
