import { DOCUMENT, effect, inject, Injectable, signal } from '@angular/core';

export type ThemeChoice = 'light' | 'dark';
const STORAGE_KEY = 'rso.theme';

/** Light or dark: the system setting until the user picks one, then their choice, remembered. */
@Injectable({ providedIn: 'root' })
export class Theme {
  private readonly document = inject(DOCUMENT);
  private readonly media = this.document.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
  private readonly choice = signal<ThemeChoice | null>(this.read());
  private readonly systemDark = signal(this.media?.matches ?? false);

  readonly dark = () => (this.choice() ?? (this.systemDark() ? 'dark' : 'light')) === 'dark';

  constructor() {
    this.media?.addEventListener?.('change', (e) => this.systemDark.set(e.matches));
    effect(() => {
      const root = this.document.documentElement.classList;
      const choice = this.choice();
      root.toggle('theme-light', choice === 'light');
      root.toggle('theme-dark', choice === 'dark');
    });
  }

  toggle(): void {
    const next: ThemeChoice = this.dark() ? 'light' : 'dark';
    this.choice.set(next);
    try {
      this.document.defaultView?.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the choice still holds for this visit.
    }
  }

  private read(): ThemeChoice | null {
    try {
      const value = this.document.defaultView?.localStorage.getItem(STORAGE_KEY);
      return value === 'light' || value === 'dark' ? value : null;
    } catch {
      return null;
    }
  }
}
