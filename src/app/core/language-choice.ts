import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { API_BASE } from './api';
import { Auth } from './auth';
import type { User } from '../domain/roles';
import {
  choiceWaiting,
  isLanguage,
  type Language,
  rememberLanguage,
  runningLanguage,
} from './language';

/**
 * Choosing the language: kept on the user's account when someone is signed in (so it follows
 * them to any browser), on this browser always; the page then starts again in it, because
 * translations are loaded once, before the app starts.
 */
@Injectable({ providedIn: 'root' })
export class LanguageChoice {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(Auth);
  readonly current = runningLanguage();

  async choose(language: Language): Promise<void> {
    if (language === this.current) return;
    const signedIn = !!this.auth.user();
    if (signedIn) await this.keep(language);
    rememberLanguage(language, !signedIn);
    window.location.reload();
  }

  /**
   * After sign-in: a choice made on the sign-in page is kept on the account; otherwise the
   * account's choice is this browser's too. Says whether the page must start again in it.
   */
  async follow(user: User): Promise<boolean> {
    if (choiceWaiting()) {
      await this.keep(this.current).catch(() => undefined);
      rememberLanguage(this.current);
      return false;
    }
    const chosen = user.language;
    if (!isLanguage(chosen) || chosen === this.current) return false;
    rememberLanguage(chosen);
    return true;
  }

  private keep(language: Language) {
    return firstValueFrom(this.http.patch(`${API_BASE}/session`, { language }));
  }
}
