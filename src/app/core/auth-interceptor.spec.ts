import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { Auth } from './auth';
import { authInterceptor } from './auth-interceptor';
import { SessionExpiry } from './session-expiry';

describe('auth interceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let token = 'token-1';
  const expiry = jasmine.createSpyObj<SessionExpiry>('SessionExpiry', ['signInAgain']);

  beforeEach(() => {
    token = 'token-1';
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        { provide: Auth, useValue: { csrfToken: () => token } },
        { provide: SessionExpiry, useValue: expiry },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  it('sends the CSRF token with writes, not with reads', () => {
    http.get('/api/goals').subscribe();
    http.put('/api/activities/a1', {}).subscribe();
    expect(backend.expectOne('/api/goals').request.headers.has('x-csrf-token')).toBeFalse();
    expect(backend.expectOne('/api/activities/a1').request.headers.get('x-csrf-token')).toBe(
      'token-1',
    );
  });

  it('on a 401 asks to sign in again, then sends the request once more with the new token', async () => {
    let signedIn!: (again: boolean) => void;
    expiry.signInAgain.and.returnValue(new Promise((resolve) => (signedIn = resolve)));
    const saved = firstValueFrom(http.put<{ ok: boolean }>('/api/activities/a1', { title: 'x' }));
    backend
      .expectOne('/api/activities/a1')
      .flush({ message: 'Your session has ended' }, { status: 401, statusText: 'Unauthorized' });
    token = 'token-2';
    signedIn(true);
    await Promise.resolve();
    const retry = backend.expectOne('/api/activities/a1');
    expect(retry.request.headers.get('x-csrf-token')).toBe('token-2');
    expect(retry.request.body).toEqual({ title: 'x' });
    retry.flush({ ok: true });
    expect(await saved).toEqual({ ok: true });
  });

  it('passes the 401 on when the user declines to sign in again', async () => {
    expiry.signInAgain.and.resolveTo(false);
    const failed = firstValueFrom(http.get('/api/goals'));
    backend.expectOne('/api/goals').flush({}, { status: 401, statusText: 'Unauthorized' });
    await expectAsync(failed).toBeRejected();
  });

  it('never loops on the sign-in request itself', async () => {
    expiry.signInAgain.calls.reset();
    const failed = firstValueFrom(http.post('/api/session', { username: 'x', password: 'y' }));
    backend.expectOne('/api/session').flush({}, { status: 401, statusText: 'Unauthorized' });
    await expectAsync(failed).toBeRejected();
    expect(expiry.signInAgain).not.toHaveBeenCalled();
  });
});
