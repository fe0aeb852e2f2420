import { Injectable } from '@angular/core';

/**
 * A session that ends in the middle of work: the request that found out waits while the user
 * signs in again over the page (nothing on it is lost), then goes out again. One sign-in
 * serves every request that was refused meanwhile.
 */
@Injectable({ providedIn: 'root' })
export class SessionExpiry {
  private pending: Promise<boolean> | null = null;
  private opener: (() => Promise<boolean>) | null = null;

  /** How to ask the user to sign in again (the app provides a dialog). */
  useOpener(open: () => Promise<boolean>): void {
    this.opener = open;
  }

  /** Resolves true once signed in again, false if the user declined. */
  signInAgain(): Promise<boolean> {
    if (!this.opener) return Promise.resolve(false);
    return (this.pending ??= this.opener().finally(() => (this.pending = null)));
  }
}
