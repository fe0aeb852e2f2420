/**
 * The languages the product speaks and the one this page runs in. Read by main.ts before
 * anything with a `$localize` text is evaluated, so it holds no translated text itself.
 */
export const LANGUAGES = ['en', 'id'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, as a language menu shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  id: 'Bahasa Indonesia',
};

const KEY = 'rso.language';
const WAITING = 'rso.language.waiting';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language chosen on this browser (before sign-in, or the signed-in user's, remembered). */
export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(KEY);
    return isLanguage(value) ? value : 'en';
  } catch {
    return 'en';
  }
}

/**
 * Remembers a choice on this browser. One made before sign-in is also marked as waiting: the
 * next sign-in keeps it on the account instead of taking the account's.
 */
export function rememberLanguage(language: Language, beforeSignIn = false): void {
  try {
    localStorage.setItem(KEY, language);
    if (beforeSignIn) localStorage.setItem(WAITING, '1');
    else localStorage.removeItem(WAITING);
  } catch {
    // A browser that keeps nothing starts in English next time.
  }
}

/** Whether a choice made before sign-in waits to be kept on the account. */
export function choiceWaiting(): boolean {
  try {
    return localStorage.getItem(WAITING) === '1';
  } catch {
    return false;
  }
}

/**
 * The language to start in: a choice made on this browser before sign-in wins; otherwise the
 * signed-in account's (from the page's session data), remembered here; otherwise this browser's.
 */
export function startingLanguage(session: unknown): Language {
  const chosen = (session as { user?: { language?: unknown } } | null)?.user?.language;
  if (!choiceWaiting() && isLanguage(chosen)) {
    if (chosen !== storedLanguage()) rememberLanguage(chosen);
    return chosen;
  }
  return storedLanguage();
}

/** The language the running app was started in: its translations are loaded once, at start. */
export function runningLanguage(): Language {
  return typeof $localize !== 'undefined' && $localize.locale === 'id' ? 'id' : 'en';
}
