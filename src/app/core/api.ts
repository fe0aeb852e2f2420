import type { BulkAnswer, BulkClassification } from '../domain/bulk';
import { HttpClient, HttpErrorResponse, HttpEvent, HttpEventType } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { filter, finalize, from, map, Observable, switchMap, tap } from 'rxjs';
import type { ReferenceData } from '../domain/reference-data';
import type {
  Activity,
  ApprovedBrief,
  AuditEntry,
  CollectionName,
  Round,
  Settings,
} from '../domain/schema';
import type { RoundAction } from '../domain/rounds';
import type { EditableCollection } from '../domain/collections';
import type { Checked, RecordOf } from './validation';
import type { User } from '../domain/roles';
import { Validator } from './validator';
import type { Problem } from '../domain/problems';
import type { Refusal } from '../domain/refusal-text';
import { readProblem, readRefusal } from './reading';

export const API_BASE = '/api';

export type { Checked } from './validation';

export type NewUser = Pick<User, 'username' | 'name' | 'role' | 'workingGroup'> & {
  password: string;
};
export type UserChange = Partial<Pick<User, 'name' | 'role' | 'workingGroup' | 'disabled'>> & {
  version: number;
  password?: string;
};

/** What a round's move carries besides the action: the version read and the action's text. */
export interface RoundMove {
  version: number;
  note?: string | null;
  comments?: string | null;
  reason?: string | null;
  meeting?: string | null;
}

/** Bytes received so far by the loads under way; `total` is null when the server did not say. */
export interface DownloadProgress {
  loaded: number;
  total: number | null;
}

type Schemas = typeof import('../domain/schema');

/**
 * The REST client: every response is checked against the shared schema before use. Lists are
 * checked in a worker, off the main thread; the schemas load on first use, never at start-up.
 */
@Injectable({ providedIn: 'root' })
export class Api {
  private readonly http = inject(HttpClient);
  private readonly validator = new Validator();
  private schemas?: Promise<Schemas>;

  private readonly downloads = signal<ReadonlyMap<string, DownloadProgress>>(new Map());
  /** What the loads under way have received, for a progress line on large data sets. */
  readonly progress = computed((): DownloadProgress | null => {
    const all = [...this.downloads().values()];
    if (!all.length) return null;
    const loaded = all.reduce((sum, d) => sum + d.loaded, 0);
    const total = all.every((d) => d.total !== null)
      ? all.reduce((sum, d) => sum + (d.total ?? 0), 0)
      : null;
    return { loaded, total };
  });

  private loadSchemas(): Promise<Schemas> {
    return (this.schemas ??= import('../domain/schema'));
  }

  // Lists and the reference data are fetched as bytes and checked in a worker: no parsed record
  // is ever copied from one thread to the other (see Validator).
  list<K extends CollectionName>(collection: K): Observable<Checked<RecordOf<K>[]>> {
    return this.bytes(`${API_BASE}/${collection}`).pipe(
      switchMap((json) => this.validator.run({ kind: 'collection', collection, json })),
      map((checked) => checked as Checked<RecordOf<K>[]>),
    );
  }

  /** The results framework and lookup tables in one request, each collection checked on its own. */
  loadReference(): Observable<Checked<ReferenceData>> {
    return this.bytes(`${API_BASE}/reference`).pipe(
      switchMap((json) => this.validator.run({ kind: 'reference', json })),
      map((checked) => checked as Checked<ReferenceData>),
    );
  }

  /** A response body as bytes, with its download progress recorded while it arrives. */
  private bytes(url: string): Observable<ArrayBuffer> {
    let shown = 0;
    return this.http
      .get(url, { responseType: 'arraybuffer', observe: 'events', reportProgress: true })
      .pipe(
        tap((event: HttpEvent<ArrayBuffer>) => {
          // A step per half megabyte: enough to see it move, without a render per chunk.
          if (event.type !== HttpEventType.DownloadProgress || event.loaded - shown < 512 * 1024)
            return;
          shown = event.loaded;
          this.setDownload(url, { loaded: event.loaded, total: event.total ?? null });
          // Half a megabyte and counting: a second checker may be needed, let it load now.
          this.validator.expectLarge();
        }),
        filter((event) => event.type === HttpEventType.Response),
        map((event) => event.body ?? new ArrayBuffer(0)),
        finalize(() => this.setDownload(url, null)),
      );
  }

  private setDownload(url: string, progress: DownloadProgress | null): void {
    const next = new Map(this.downloads());
    if (progress) next.set(url, progress);
    else next.delete(url);
    this.downloads.set(next);
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

  /**
   * Classifies many activities in one request: each at the version it was read, answered
   * record by record; the records written come back checked like any other.
   */
  classifyActivities(request: BulkClassification): Observable<BulkAnswer<Activity>> {
    return this.http.post<BulkAnswer<unknown>>(`${API_BASE}/activities/bulk`, request).pipe(
      switchMap((answer) =>
        from(this.loadSchemas()).pipe(
          map((s) => ({
            ...answer,
            records: answer.records.map(
              (r) => s.COLLECTION_SCHEMAS.activities.parse(r) as Activity,
            ),
          })),
        ),
      ),
    );
  }

  /** Deletes the version of the activity that was read: a newer one on the server gets 409. */
  deleteActivity(activity: Pick<Activity, 'id' | 'version'>): Observable<void> {
    return this.http
      .delete<unknown>(`${API_BASE}/activities/${encodeURIComponent(activity.id)}`, {
        headers: { 'If-Match': String(activity.version) },
      })
      .pipe(map(() => undefined));
  }

  /**
   * Creates (POST) or updates (PUT, with the version it was read at) a record of the results
   * framework. `extra` travels with the record but is not part of it: the reason for a change
   * to a closed period, the framework whose indicators a new framework copies.
   */
  saveRecord<K extends EditableCollection>(
    collection: K,
    record: RecordOf<K>,
    isNew: boolean,
    extra: { reason?: string | null; copyIndicatorsFrom?: string } = {},
  ): Observable<RecordOf<K>> {
    const body = { ...record, ...withoutEmpty(extra) };
    const request = isNew
      ? this.http.post<unknown>(`${API_BASE}/${collection}`, body)
      : this.http.put<unknown>(`${API_BASE}/${collection}/${encodeURIComponent(record.id)}`, body);
    return this.checked(collection, request);
  }

  /** Deletes the version of a record that was read, with a reason where one is needed. */
  deleteRecord(
    collection: EditableCollection,
    record: { id: string; version: number },
    reason: string | null = null,
  ): Observable<void> {
    return this.http
      .delete<unknown>(`${API_BASE}/${collection}/${encodeURIComponent(record.id)}`, {
        headers: { 'If-Match': String(record.version) },
        params: reason ? { reason } : {},
      })
      .pipe(map(() => undefined));
  }

  /** The audit trail, oldest first; for one record when `collection` and `id` are given. */
  audit(filter: { collection?: string; id?: string } = {}): Observable<AuditEntry[]> {
    const params: Record<string, string> = {};
    if (filter.collection) params['collection'] = filter.collection;
    if (filter.id) params['id'] = filter.id;
    return this.http
      .get<unknown>(`${API_BASE}/audit`, { params })
      .pipe(
        switchMap((body) =>
          from(this.loadSchemas()).pipe(map((s) => s.auditTrailSchema.parse(body))),
        ),
      );
  }

  /** Moves a reporting round (submit, approve, return, reopen) from the version read. */
  moveRound(id: string, action: RoundAction, body: RoundMove): Observable<Round> {
    return this.http
      .post<unknown>(`${API_BASE}/rounds/${encodeURIComponent(id)}/${action}`, body)
      .pipe(
        switchMap((answer) =>
          from(this.loadSchemas()).pipe(map((s) => s.roundSchema.parse(answer) as Round)),
        ),
      );
  }

  /** A brief as approved, checked against its schema. */
  approvedBrief(id: string): Observable<ApprovedBrief> {
    return this.http
      .get<unknown>(`${API_BASE}/briefs/${encodeURIComponent(id)}`)
      .pipe(
        switchMap((answer) =>
          from(this.loadSchemas()).pipe(map((s) => s.approvedBriefSchema.parse(answer))),
        ),
      );
  }

  listUsers(): Observable<User[]> {
    return this.http.get<User[]>(`${API_BASE}/users`);
  }

  addUser(user: NewUser): Observable<User> {
    return this.http.post<User>(`${API_BASE}/users`, user);
  }

  /** Changes a user, from the version that was read. */
  changeUser(id: string, change: UserChange): Observable<User> {
    return this.http.patch<User>(`${API_BASE}/users/${encodeURIComponent(id)}`, change);
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

/** The body of a failed request, read as JSON where it was fetched as bytes. */
function errorBody(error: HttpErrorResponse): unknown {
  if (!(error.error instanceof ArrayBuffer)) return error.error;
  try {
    return JSON.parse(new TextDecoder().decode(error.error));
  } catch {
    return null;
  }
}

/** A sentence for the user from a failed request: the API's own message when it gave one. */
export function errorMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    const body = errorBody(error) as { code?: unknown; message?: unknown } | null;
    if (body && typeof body === 'object' && typeof body.code === 'string') {
      const sentence = readRefusal(body as Refusal);
      if (sentence) return sentence;
    }
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
  const raw = error instanceof HttpErrorResponse ? errorBody(error) : null;
  if (error instanceof HttpErrorResponse && raw && typeof raw === 'object') {
    const body = raw as { problems?: unknown; current?: unknown };
    const problems = Array.isArray(body.problems)
      ? body.problems
          .filter(
            (p): p is Problem & { message: string } =>
              !!p && typeof p === 'object' && typeof (p as { field?: unknown }).field === 'string',
          )
          // Written again in the reader's language from the code; the server's English otherwise.
          .map((p) => ({
            ...p,
            message: typeof p.code === 'string' ? readProblem(p) : String(p.message),
          }))
      : [];
    return { message, problems, conflict: error.status === 409 ? (body.current ?? null) : null };
  }
  return { message, problems: [], conflict: null };
}

function withoutEmpty(extra: object): object {
  return Object.fromEntries(
    Object.entries(extra).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  );
}
