import { registerLocaleData } from '@angular/common';
import { loadTranslations } from '@angular/localize';
import { storedLanguage } from './app/core/language';

/**
 * Starts the app in the language chosen on this browser. The translations must be loaded before
 * any module with a `$localize` text is evaluated, so the app itself is imported afterwards.
 * The Indonesian catalogue and locale data are separate hashed files, fetched only when chosen.
 */
async function start(): Promise<void> {
  const language = storedLanguage();
  document.documentElement.lang = language;
  if (language === 'id') {
    const [catalogue, locale] = await Promise.all([
      import('./locale/messages.id.json'),
      import('@angular/common/locales/id'),
    ]);
    loadTranslations(catalogue.default.translations);
    registerLocaleData(locale.default);
    $localize.locale = 'id';
  }
  const { bootstrap } = await import('./bootstrap');
  await bootstrap(language);
}

start().catch((err) => console.error(err));
