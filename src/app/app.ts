import { ChangeDetectionStrategy, Component, inject, Injector, OnInit } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { firstValueFrom } from 'rxjs';
import { loadShell } from './app.routes';
import { Auth } from './core/auth';
import { TODAY } from './core/clock';
import { LanguageChoice } from './core/language-choice';
import { SessionExpiry } from './core/session-expiry';
import { AppActions } from './state/app-actions';

/**
 * The root: once someone is signed in, starts loading the data, whatever the first route is,
 * and renders the route. Most routes sit inside the shell (layout/shell); a route can also
 * render without it. A session that ends mid-work is renewed in a dialog over the page.
 */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet],
  template: '<router-outlet />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App implements OnInit {
  private readonly store = inject(Store);
  private readonly today = inject(TODAY);
  private readonly auth = inject(Auth);
  private readonly injector = inject(Injector);
  private readonly language = inject(LanguageChoice);

  constructor() {
    inject(SessionExpiry).useOpener(() => this.askToSignInAgain());
  }

  ngOnInit(): void {
    void loadShell();
    void this.auth.load().then(
      async (user) => {
        if (!user) return;
        // The account reads another language than this browser last did: start again in it.
        if (await this.language.follow(user)) return window.location.reload();
        this.store.dispatch(AppActions.opened({ today: this.today() }));
      },
      // The session could not be looked up at all: the data load reports the failure.
      () => this.store.dispatch(AppActions.opened({ today: this.today() })),
    );
  }

  /** The dialog and its module load only when a session actually ends. */
  private async askToSignInAgain(): Promise<boolean> {
    const [{ MatDialog }, { SignInDialog }] = await Promise.all([
      import('@angular/material/dialog'),
      import('./features/sign-in/sign-in-dialog'),
    ]);
    const ref = this.injector.get(MatDialog).open(SignInDialog, {
      disableClose: true,
      width: '440px',
    });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }
}
