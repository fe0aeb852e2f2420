import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { Auth } from '../../core/auth';
import { LanguageChoice } from '../../core/language-choice';
import { LanguageMenu } from '../../shared/language-menu';
import { Credentials, SignInForm } from '../../shared/sign-in-form';
import { nextPage } from './return-url';

/** Sign in, then back to where the visitor was going. */
@Component({
  selector: 'app-sign-in-page',
  imports: [SignInForm, LanguageMenu],
  template: `
    <main class="page">
      <div class="card">
        <div class="language"><app-language-menu /></div>
        <h1 i18n>RSO Results Dashboard</h1>
        <p class="lead" i18n>
          Results-based management of the Regional Support Office of the Bali Process. Sign in to
          continue.
        </p>
        <app-sign-in-form
          [error]="error()"
          [busy]="busy()"
          [demoUsers]="auth.demoUsers()"
          (submitted)="signIn($event)"
        />
      </div>
    </main>
  `,
  styleUrl: './card-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  protected readonly auth = inject(Auth);
  private readonly language = inject(LanguageChoice);
  readonly returnUrl = input<string>();
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    // Already signed in, or demonstration users to list: the session says which.
    void this.auth.load().then((user) => {
      if (user) window.location.assign(nextPage(user, this.returnUrl()));
    });
  }

  protected async signIn({ username, password }: Credentials): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const user = await this.auth.signIn(username, password);
      await this.language.follow(user);
      // A fresh page, in the user's language: the data loads with the session, nothing from before it is kept.
      window.location.assign(nextPage(user, this.returnUrl()));
    } catch (error) {
      this.error.set((error as Error).message);
      this.busy.set(false);
    }
  }
}
