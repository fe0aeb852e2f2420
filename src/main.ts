import { takeBootData } from './app/core/boot-data';
import { startingLanguage } from './app/core/language';

/**
 * Starts the app in the signed-in account's language, or the one chosen on this browser. The translations must be loaded before
 * any module with a `$localize` text is evaluated, so the app itself is imported afterwards.
 * The Indonesian catalogue, locale data and readers are separate hashed files, fetched only
 * when chosen.
 */
async function start(): Promise<void> {
  // Taken from the page here and handed to the app, which reads no page itself.
  const bootSession = takeBootData();
  const language = startingLanguage(bootSession);
  document.documentElement.lang = language;
  let localeData: unknown = null;
  if (language === 'id') {
    const [catalogue, locale, { loadTranslations }] = await Promise.all([
      import('./locale/messages.id.json'),
      import('@angular/common/locales/id'),
      import('@angular/localize'),
    ]);
    loadTranslations(catalogue.default.translations);
    $localize.locale = 'id';
    localeData = locale.default;
  }
  const [{ bootstrap }] = await Promise.all([
    import('./bootstrap'),
    // The server writes English: another language reads its codes and translations itself.
    language === 'id' ? import('./app/core/translated-readers') : null,
  ]);
  // Running the app's code and starting it are two tasks, not one long one the page cannot
  // answer input during (a phone takes about 200 ms for both).
  await new Promise((resolve) => setTimeout(resolve));
  await bootstrap(language, localeData, bootSession);
}

start().catch((err) => console.error(err));
