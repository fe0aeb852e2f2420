import { HttpErrorResponse, HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { activity } from '../results/testing';
import { Api, errorMessage } from './api';

/** A body as the server sends it: JSON text, as bytes. */
const bytes = (body: object | string) =>
  new TextEncoder().encode(typeof body === 'string' ? body : JSON.stringify(body)).buffer;

describe('Api', () => {
  let api: Api;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    api = TestBed.inject(Api);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** Answers the request once the lazily loaded schemas are in and the request has gone out. */
  async function answer(
    url: string,
    body: object | string,
    options?: { status: number; statusText: string },
  ) {
    for (let i = 0; i < 100; i++) {
      const [request] = http.match(url);
      if (request) return request.flush(bytes(body), options);
      await new Promise((r) => setTimeout(r, 10));
    }
    fail(`no request to ${url}`);
  }

  it('reports download progress while a large response arrives, and clears it after', async () => {
    const result = firstValueFrom(api.loadActivities());
    expect(api.progress()).toBeNull();
    const request = http.expectOne('/api/activities');
    request.event({ type: HttpEventType.DownloadProgress, loaded: 200_000, total: 20_000_000 });
    expect(api.progress()).toBeNull(); // too little yet to be worth a line
    request.event({ type: HttpEventType.DownloadProgress, loaded: 12_000_000, total: 20_000_000 });
    expect(api.progress()).toEqual({ loaded: 12_000_000, total: 20_000_000 });
    request.flush(bytes([]));
    await result;
    expect(api.progress()).toBeNull();
  });

  it('sets aside a second record with the same id instead of letting it replace the first', async () => {
    const first = activity({ id: 'same', title: 'First' });
    const result = firstValueFrom(api.loadActivities());
    await answer('/api/activities', [
      first,
      { ...first, title: 'Second' },
      { ...first, title: 'Third' },
    ]);
    const { data, rejected } = await result;
    expect(data.map((a) => a.title)).toEqual(['First']);
    expect(rejected.length).toBe(2);
    expect(rejected[0]!.problems[0]).toEqual({ field: 'id', code: 'duplicate-id' });
  });

  it('keeps valid records and sets malformed ones aside with the reason', async () => {
    const good = activity({ id: 'good' });
    const result = firstValueFrom(api.loadActivities());
    await answer('/api/activities', [
      good,
      { ...good, id: 'bad', endDate: '2019/03/03' },
      'nonsense',
    ]);
    const { data, rejected } = await result;
    expect(data.map((a) => a.id)).toEqual(['good']);
    expect(rejected).toEqual([
      {
        collection: 'activities',
        id: 'bad',
        problems: [{ field: 'endDate', code: 'date-format' }],
      },
      jasmine.objectContaining({ collection: 'activities', id: null }),
    ]);
  });

  it('says so when a response is not JSON at all', async () => {
    const result = firstValueFrom(api.loadActivities());
    await answer('/api/activities', '<html>Gateway timeout</html>');
    await expectAsync(result).toBeRejectedWithError(
      'The server sent a response that could not be read.',
    );
  });

  it("shows the server's own message when a list cannot be loaded", async () => {
    const result = firstValueFrom(api.loadActivities());
    await answer(
      '/api/activities',
      { message: 'The data file is being restored; try again in a minute.' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect(errorMessage(error)).toBe('The data file is being restored; try again in a minute.');
  });

  it('rejects a response that is not a list', async () => {
    const result = firstValueFrom(api.loadActivities());
    await answer('/api/activities', { error: 'oops' });
    expect((await result).rejected[0].problems).toEqual([
      { field: '', code: 'not-a-list-response' },
    ]);
  });
});
