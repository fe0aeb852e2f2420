import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { forkJoin, from, map, Observable, switchMap } from 'rxjs';
import type { Activity, CollectionName, RejectedRecord, Settings } from './schema';
import type { ReferenceData } from './reference-data';

export const API_BASE = '/api';

export interface Checked<T> {
  data: T;
  rejected: RejectedRecord[];
}

type Schemas = typeof import('./schema');
type RecordOf<K extends CollectionName> = ReturnType<Schemas['COLLECTION_SCHEMAS'][K]['parse']>;

/**
 * The REST client: every response is checked against the shared schema before use. The
 * schemas load on first use, beside the first request, to keep them out of the initial bundle.
 */
@Injectable({ providedIn: 'root' })
export class Api {
  private readonly http = inject(HttpClient);
  private schemas?: Promise<Schemas>;

  private loadSchemas(): Promise<Schemas> {
    return (this.schemas ??= import('./schema'));
  }

  list<K extends CollectionName>(collection: K): Observable<Checked<RecordOf<K>[]>> {
    return forkJoin([
      this.http.get<unknown>(`${API_BASE}/${collection}`),
      from(this.loadSchemas()),
    ]).pipe(
      map(([rows, s]) => {
        const schema = s.COLLECTION_SCHEMAS[collection] as unknown as Parameters<
          Schemas['partitionRecords']
        >[2];
        const { valid, rejected } = s.partitionRecords(collection, rows, schema);
        return { data: valid as RecordOf<K>[], rejected };
      }),
    );
  }

  /** The results framework and lookup tables in one request, each collection checked on its own. */
  loadReference(): Observable<Checked<ReferenceData>> {
    return forkJoin([
      this.http.get<unknown>(`${API_BASE}/reference`),
      from(this.loadSchemas()),
    ]).pipe(
      map(([body, s]) => {
        const parts = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
        const rejected: RejectedRecord[] = [];
        const check = <K extends keyof ReferenceData & CollectionName>(name: K) => {
          const schema = s.COLLECTION_SCHEMAS[name] as unknown as Parameters<
            Schemas['partitionRecords']
          >[2];
          const result = s.partitionRecords(name, parts[name], schema);
          rejected.push(...result.rejected);
          return result.valid as RecordOf<K>[];
        };
        const settings = check('settings')[0];
        if (!settings) throw new Error($localize`The server returned no settings record.`);
        const data: ReferenceData = {
          frameworks: check('frameworks'),
          goals: check('goals'),
          purposes: check('purposes'),
          functions: check('functions'),
          members: check('members'),
          workingGroups: check('workingGroups'),
          meetings: check('meetings'),
          indicators: check('indicators'),
          actuals: check('actuals'),
          narratives: check('narratives'),
          settings,
        };
        return { data, rejected };
      }),
    );
  }

  loadActivities(): Observable<Checked<Activity[]>> {
    return this.list('activities');
  }

  saveSettings(settings: Settings): Observable<Settings> {
    return this.checked(
      'settings',
      this.http.put<unknown>(`${API_BASE}/settings/${encodeURIComponent(settings.id)}`, settings),
    );
  }

  /** Creates (POST) or updates (PUT, with the version it was read at) an activity. */
  saveActivity(activity: Activity, isNew: boolean): Observable<Activity> {
    const request = isNew
      ? this.http.post<unknown>(`${API_BASE}/activities`, activity)
      : this.http.put<unknown>(
          `${API_BASE}/activities/${encodeURIComponent(activity.id)}`,
          activity,
        );
    return this.checked('activities', request);
  }

  deleteActivity(id: string): Observable<void> {
    return this.http
      .delete<unknown>(`${API_BASE}/activities/${encodeURIComponent(id)}`)
      .pipe(map(() => undefined));
  }

  /** Validates a written record as the server returned it. */
  private checked<K extends CollectionName>(
    collection: K,
    request: Observable<unknown>,
  ): Observable<RecordOf<K>> {
    return request.pipe(
      switchMap((body) =>
        from(this.loadSchemas()).pipe(
          map((s) => s.COLLECTION_SCHEMAS[collection].parse(body) as RecordOf<K>),
        ),
      ),
    );
  }
}

/** A sentence for the user from a failed request: the API's own message when it gave one. */
export function errorMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    const body = error.error as { message?: unknown } | null;
    if (body && typeof body === 'object' && typeof body.message === 'string') return body.message;
    if (error.status === 0)
      return $localize`The server could not be reached. Check the connection and try again.`;
    return $localize`The server answered ${error.status}:status: ${error.statusText}:statusText:.`;
  }
  if (error instanceof Error && error.name === '$ZodError')
    return $localize`The server sent a record that is not valid.`;
  if (error instanceof Error) return error.message;
  return $localize`Something went wrong.`;
}

/** What a refused write says: the message, the fields it names, and on 409 the current record. */
export interface WriteError {
  message: string;
  problems: { field: string; message: string }[];
  conflict: unknown | null;
}

export function writeError(error: unknown): WriteError {
  const message = errorMessage(error);
  if (error instanceof HttpErrorResponse && error.error && typeof error.error === 'object') {
    const body = error.error as { problems?: unknown; current?: unknown };
    const problems = Array.isArray(body.problems)
      ? body.problems.filter(
          (p): p is { field: string; message: string } =>
            !!p && typeof p === 'object' && typeof (p as { field?: unknown }).field === 'string',
        )
      : [];
    return { message, problems, conflict: error.status === 409 ? (body.current ?? null) : null };
  }
  return { message, problems: [], conflict: null };
}
