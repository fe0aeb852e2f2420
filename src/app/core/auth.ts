import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { canWrite, type Role, type User } from '../domain/roles';
import { API_BASE, errorMessage } from './api';
import { BOOT_SESSION } from './boot-session';

/** A demonstration account, listed on the sign-in page with demonstration data only. */
export interface DemoUser {
  username: string;
  role: Role;
  password: string;
}

interface SessionAnswer {
  user: User;
  csrfToken: string;
}

function isSessionAnswer(value: unknown): value is SessionAnswer {
  const v = value as Partial<SessionAnswer> | null;
  return (
    typeof v?.csrfToken === 'string' &&
    typeof v.user?.username === 'string' &&
    typeof v.user.role === 'string'
  );
}

/**
 * Who is signed in. The server decides everything (every request carries the session cookie,
 * every write the CSRF token); this only mirrors it so the UI offers what the role may do.
 */
@Injectable({ providedIn: 'root' })
export class Auth {
  private readonly http = inject(HttpClient);
  private session?: Promise<User | null>;
  /** The session the page carried (core/boot-session.ts), until the first check uses it. */
  private carried: unknown = inject(BOOT_SESSION);
  private token: string | null = null;

  readonly user = signal<User | null>(null);
  readonly demoUsers = signal<DemoUser[]>([]);
  readonly role = computed(() => this.user()?.role ?? null);

  /** The session's CSRF token, for the interceptor to send with every write. */
  csrfToken(): string | null {
    return this.token;
  }

  /** Whether the signed-in user's role may write the collection (the API checks it again). */
  can(collection: string): boolean {
    return canWrite(this.role(), collection);
  }

  /**
   * Looks the session up once: the user, or null when no one is signed in. A signed-in
   * visitor's page carries the answer; otherwise the API is asked.
   */
  load(): Promise<User | null> {
    // Used once: after signing out and in again, the API is asked.
    const carried = this.carried as { user?: unknown; demoUsers?: unknown } | null;
    this.carried = null;
    if (!this.session && isSessionAnswer(carried))
      this.session = Promise.resolve(this.accept(carried));
    else if (!this.session && carried?.user === null && Array.isArray(carried.demoUsers)) {
      this.demoUsers.set(carried.demoUsers as DemoUser[]);
      this.session = Promise.resolve(null);
    }
    return (this.session ??= firstValueFrom(
      this.http.get<SessionAnswer>(`${API_BASE}/session`),
    ).then(
      (answer) => this.accept(answer),
      (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401) {
          const demo = (error.error as { demoUsers?: DemoUser[] } | null)?.demoUsers;
          this.demoUsers.set(Array.isArray(demo) ? demo : []);
          return null;
        }
        this.session = undefined;
        throw error;
      },
    ));
  }

  /** Signs in; rejects with the server's sentence (one generic one for a wrong name or password). */
  async signIn(username: string, password: string): Promise<User> {
    try {
      const answer = await firstValueFrom(
        this.http.post<SessionAnswer>(`${API_BASE}/session`, { username, password }),
      );
      const user = this.accept(answer);
      this.session = Promise.resolve(user);
      return user;
    } catch (error) {
      throw new Error(errorMessage(error));
    }
  }

  /**
   * Changes the signed-in user's own password (the current one first). The server ends their
   * other sessions and keeps this one; rejects with the server's refusal (see writeError).
   */
  async changePassword(current: string, password: string): Promise<User> {
    const answer = await firstValueFrom(
      this.http.post<SessionAnswer>(`${API_BASE}/session/password`, { current, password }),
    );
    const user = this.accept(answer);
    this.session = Promise.resolve(user);
    return user;
  }

  /** Signs out, then starts again from the sign-in page with nothing of the session kept. */
  async signOut(): Promise<void> {
    try {
      await firstValueFrom(this.http.delete(`${API_BASE}/session`));
    } finally {
      window.location.assign('/sign-in');
    }
  }

  private accept(answer: SessionAnswer): User {
    this.token = answer.csrfToken;
    this.user.set(answer.user);
    return answer.user;
  }
}
