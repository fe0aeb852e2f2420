import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { Auth } from '../../core/auth';
import { Credentials, SignInForm } from '../../shared/sign-in-form';

/** Only paths of this app: a return address never leads off the site. */
function localPath(url: string | undefined): string {
  return url && url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/sign-in')
    ? url
    : '/overview';
}

/** Sign in, then back to where the visitor was going. */
@Component({
  selector: 'app-sign-in-page',
  imports: [SignInForm],
  template: `
    <main class="page">
      <div class="card">
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
  styles: `
    .page {
      min-height: 100vh;
      display: grid;
      place-items: center;
      padding: 24px;
      box-sizing: border-box;
      background: var(--mat-sys-surface-container-low);
    }
    .card {
      width: min(440px, 100%);
      padding: 32px;
      border-radius: 24px;
      background: var(--mat-sys-surface);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    h1 {
      font: var(--mat-sys-headline-small);
      margin: 0 0 8px;
    }
    .lead {
      color: var(--mat-sys-on-surface-variant);
      margin: 0 0 24px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInPage {
  protected readonly auth = inject(Auth);
  readonly returnUrl = input<string>();
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    // Already signed in, or demonstration users to list: the session says which.
    void this.auth.load().then((user) => {
      if (user) window.location.assign(localPath(this.returnUrl()));
    });
  }

  protected async signIn({ username, password }: Credentials): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.auth.signIn(username, password);
      // A fresh page: the data loads with the session, nothing from before it is kept.
      window.location.assign(localPath(this.returnUrl()));
    } catch (error) {
      this.error.set((error as Error).message);
      this.busy.set(false);
    }
  }
}
