import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { Auth } from '../../core/auth';
import { nextPage } from './return-url';
import { Credentials, SignInForm } from '../../shared/sign-in-form';

/**
 * The session ended in the middle of work: sign in again over the page, so the form behind
 * keeps what was typed, and what was being sent goes out once signed in.
 */
@Component({
  selector: 'app-sign-in-dialog',
  imports: [MatDialogModule, MatButtonModule, SignInForm],
  template: `
    <h2 mat-dialog-title i18n>Your session has ended</h2>
    <mat-dialog-content>
      <p i18n>Sign in again to carry on. Nothing on the page is lost.</p>
      <app-sign-in-form [error]="error()" [busy]="busy()" (submitted)="signIn($event)" />
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" i18n>Cancel</button>
    </mat-dialog-actions>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignInDialog {
  private readonly auth = inject(Auth);
  private readonly ref = inject<MatDialogRef<SignInDialog, boolean>>(MatDialogRef);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected async signIn({ username, password }: Credentials): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const user = await this.auth.signIn(username, password);
      // An administrator has just set this password: its owner chooses their own first.
      if (user.mustChangePassword)
        return window.location.assign(nextPage(user, window.location.pathname));
      this.ref.close(true);
    } catch (error) {
      this.error.set((error as Error).message);
      this.busy.set(false);
    }
  }
}
