import { HttpErrorResponse } from '@angular/common/http';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Action } from '@ngrx/store';
import { provideMockActions } from '@ngrx/effects/testing';
import { firstValueFrom, Observable, of, throwError } from 'rxjs';
import { Api } from '../core/api';
import { activity } from '../results/testing';
import { ActivitiesApiActions } from './activities';
import { loadActivities } from './effects';
import { AppActions } from './app-actions';
import { ShellActions } from './shell-actions';

describe('effects', () => {
  let actions$: Observable<Action>;
  const api = jasmine.createSpyObj<Api>('Api', ['loadActivities', 'loadReference', 'saveSettings']);

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideMockActions(() => actions$),
        { provide: Api, useValue: api },
      ],
    });
  });

  it('loads activities when the shell opens', async () => {
    const list = [activity()];
    api.loadActivities.and.returnValue(of({ data: list, rejected: [] }));
    actions$ = of(AppActions.opened({ today: '2026-11-24' }));
    const action = await firstValueFrom(TestBed.runInInjectionContext(() => loadActivities()));
    expect(action).toEqual(ActivitiesApiActions.loaded({ activities: list, rejected: [] }));
  });

  it('turns a failed request into a message the user can read', async () => {
    api.loadActivities.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({ status: 400, error: { message: 'The activity is not valid.' } }),
      ),
    );
    actions$ = of(ShellActions.retryClicked());
    const action = await firstValueFrom(TestBed.runInInjectionContext(() => loadActivities()));
    expect(action).toEqual(
      ActivitiesApiActions.loadFailed({ error: 'The activity is not valid.' }),
    );
  });

  it('explains an unreachable server', async () => {
    api.loadActivities.and.returnValue(throwError(() => new HttpErrorResponse({ status: 0 })));
    actions$ = of(ShellActions.retryClicked());
    const action = await firstValueFrom(TestBed.runInInjectionContext(() => loadActivities()));
    expect((action as ReturnType<typeof ActivitiesApiActions.loadFailed>).error).toContain(
      'could not be reached',
    );
  });
});
