import { inject, Injectable, signal } from '@angular/core';
import { NavigationEnd, NavigationError, Router } from '@angular/router';

export interface NavigationFailure {
  url: string;
  message: string;
}

/**
 * A navigation that failed — typically a page whose code could not be fetched because the
 * server is down — so the shell can say so and offer to try again, instead of a click that
 * silently does nothing.
 */
@Injectable({ providedIn: 'root' })
export class NavigationFailures {
  private readonly router = inject(Router);
  readonly failure = signal<NavigationFailure | null>(null);

  constructor() {
    this.router.events.subscribe((event) => {
      if (event instanceof NavigationEnd) this.failure.set(null);
    });
  }

  record(error: NavigationError): void {
    const offline = /dynamically imported module|Importing a module script failed|fetch/i.test(
      String((error.error as Error | undefined)?.message ?? error.error),
    );
    this.failure.set({
      url: error.url,
      message: offline
        ? $localize`This page could not be opened: the server could not be reached. Check the connection and try again.`
        : $localize`This page could not be opened.`,
    });
  }

  retry(): void {
    const failure = this.failure();
    if (failure) void this.router.navigateByUrl(failure.url);
  }
}
