import { HttpErrorResponse } from '@angular/common/http';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Action } from '@ngrx/store';
import { provideMockActions } from '@ngrx/effects/testing';
import { firstValueFrom, Observable, of, throwError } from 'rxjs';
import { Api } from '../core/api';
import { activity } from '../results/testing';
import type { ReferenceData } from '../domain/reference-data';
import type { Settings } from '../domain/schema';
import {
  ActivitiesApiActions,
  ActivityEditorActions,
  ActivityImportActions,
  ActivityUndoActions,
} from './activities';
import {
  deleteActivity,
  importActivities,
  loadActivities,
  loadReference,
  restoreActivity,
  saveActivity,
  saveSettings,
} from './effects';
import { ReferenceApiActions, SettingsApiActions, SettingsPageActions } from './reference';
import { AppActions } from './app-actions';
import { ShellActions } from './shell-actions';

describe('effects', () => {
  let actions$: Observable<Action>;
  const api = jasmine.createSpyObj<Api>('Api', [
    'loadActivities',
    'loadReference',
    'saveSettings',
    'saveActivity',
    'deleteActivity',
  ]);
  const run = <T>(effect: () => Observable<T>) =>
    firstValueFrom(TestBed.runInInjectionContext(effect));
  const conflict = (current: unknown) =>
    new HttpErrorResponse({
      status: 409,
      error: { message: 'This record was changed by someone else since you opened it.', current },
    });

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideMockActions(() => actions$),
        { provide: Api, useValue: api },
      ],
    });
  });

  it('loads activities when the app opens', async () => {
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

  it('loads the reference data when the app opens', async () => {
    const data = { goals: [] } as unknown as ReferenceData;
    api.loadReference.and.returnValue(of({ data, rejected: [] }));
    actions$ = of(AppActions.opened({ today: '2026-11-24' }));
    expect(await run(loadReference)).toEqual(ReferenceApiActions.loaded({ data, rejected: [] }));
  });

  it('saves settings, and says why when the API refuses them', async () => {
    const settings = { id: 'app' } as Settings;
    api.saveSettings.and.returnValue(of(settings));
    actions$ = of(SettingsPageActions.saveClicked({ settings }));
    expect(await run(saveSettings)).toEqual(SettingsApiActions.saved({ settings }));
    api.saveSettings.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({ status: 400, error: { message: 'The setting is not valid.' } }),
      ),
    );
    expect(await run(saveSettings)).toEqual(
      SettingsApiActions.saveFailed({ error: 'The setting is not valid.' }),
    );
  });

  it('saves an activity, and hands a version conflict over with the current record', async () => {
    const mine = activity({ id: 'a1', title: 'Mine' });
    api.saveActivity.and.returnValue(of(mine));
    actions$ = of(ActivityEditorActions.saveClicked({ activity: mine, isNew: false }));
    expect(await run(saveActivity)).toEqual(
      ActivitiesApiActions.saved({ activity: mine, isNew: false }),
    );
    const theirs = { ...mine, title: 'Theirs', version: 2 };
    api.saveActivity.and.returnValue(throwError(() => conflict(theirs)));
    const failed = (await run(saveActivity)) as ReturnType<typeof ActivitiesApiActions.saveFailed>;
    expect(failed.error.conflict).toEqual(theirs);
    expect(failed.error.message).toContain('changed by someone else');
  });

  it('deletes the version that was read, and reports a refusal', async () => {
    const a = activity({ id: 'a2', version: 3 });
    api.deleteActivity.and.returnValue(of(undefined));
    actions$ = of(ActivityEditorActions.deleteConfirmed({ activity: a }));
    expect(await run(deleteActivity)).toEqual(ActivitiesApiActions.deleted({ activity: a }));
    expect(api.deleteActivity).toHaveBeenCalledWith(a);
    api.deleteActivity.and.returnValue(throwError(() => conflict(a)));
    expect(await run(deleteActivity)).toEqual(
      ActivitiesApiActions.deleteFailed({
        error: 'This record was changed by someone else since you opened it.',
      }),
    );
  });

  it('puts a deleted activity back under its own id on undo', async () => {
    const a = activity({ id: 'a3' });
    api.saveActivity.and.returnValue(of(a));
    actions$ = of(ActivityUndoActions.undoDeleteClicked({ activity: a }));
    expect(await run(restoreActivity)).toEqual(ActivitiesApiActions.restored({ activity: a }));
    expect(api.saveActivity).toHaveBeenCalledWith(a, true);
  });

  it('imports row by row and reports what was created and what was refused', async () => {
    const ok = activity({ id: '', title: 'Good row' });
    const bad = activity({ id: '', title: 'Bad row' });
    api.saveActivity.and.callFake((a) =>
      a.title === 'Good row'
        ? of({ ...a, id: 'new-1' })
        : throwError(
            () => new HttpErrorResponse({ status: 400, error: { message: 'Not valid.' } }),
          ),
    );
    const again = { ...ok, id: 'act-9', title: 'Good row', version: 3 };
    actions$ = of(
      ActivityImportActions.importConfirmed({
        activities: [ok, bad],
        updates: [again],
        setAside: 2,
      }),
    );
    expect(await run(importActivities)).toEqual(
      ActivityImportActions.importFinished({
        created: [{ ...ok, id: 'new-1' }],
        updated: [{ ...again, id: 'new-1' }],
        setAside: 2,
        failed: [{ title: 'Bad row', error: 'Not valid.' }],
      }),
    );
    // A row already imported updates its record (PUT at the version read), never a new one.
    expect(api.saveActivity).toHaveBeenCalledWith(again, false);
  });
});
