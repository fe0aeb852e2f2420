import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { firstValueFrom, Observable, of, Subject } from 'rxjs';
import { activity } from '../results/testing';
import { ActivitiesApiActions, ActivityUndoActions } from './activities';
import { announceDeleted, announceWrites, openSavedActivity } from './feedback-effects';

describe('feedback effects', () => {
  let actions$: Observable<Action>;
  const router = jasmine.createSpyObj<Router>('Router', ['navigate']);
  const undo = new Subject<void>();
  const snackBar = jasmine.createSpyObj<MatSnackBar>('MatSnackBar', ['open']);

  beforeEach(() => {
    router.navigate.calls.reset();
    snackBar.open.calls.reset();
    snackBar.open.and.returnValue({ onAction: () => undo } as never);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideMockActions(() => actions$),
        provideMockStore(),
        { provide: Router, useValue: router },
        { provide: MatSnackBar, useValue: snackBar },
      ],
    });
  });

  const run = <T>(effect: () => Observable<T>) =>
    firstValueFrom(TestBed.runInInjectionContext(effect));

  it('opens the saved activity', async () => {
    const a = activity({ id: 'a1' });
    actions$ = of(ActivitiesApiActions.saved({ activity: a, isNew: true }));
    await run(openSavedActivity);
    expect(router.navigate).toHaveBeenCalledWith(['/activities', 'a1'], {
      queryParamsHandling: 'preserve',
    });
  });

  it('after a delete, returns to the list and offers an undo that restores the record', async () => {
    const store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    const a = activity({ id: 'a2', title: 'Workshop' });
    actions$ = of(ActivitiesApiActions.deleted({ activity: a }));
    await run(announceDeleted);
    expect(router.navigate).toHaveBeenCalledWith(['/activities'], {
      queryParamsHandling: 'preserve',
    });
    expect(snackBar.open).toHaveBeenCalledWith('Activity deleted: Workshop', 'Undo', {
      duration: 10000,
    });
    undo.next();
    expect(store.dispatch).toHaveBeenCalledWith(
      ActivityUndoActions.undoDeleteClicked({ activity: a }),
    );
  });

  it('says what a write did, or why it failed', async () => {
    actions$ = of(ActivitiesApiActions.saved({ activity: activity(), isNew: true }));
    await run(announceWrites);
    expect(snackBar.open).toHaveBeenCalledWith('Activity created.', undefined, {
      duration: 4000,
    });
    actions$ = of(ActivitiesApiActions.deleteFailed({ error: 'The server could not be reached.' }));
    await run(announceWrites);
    expect(snackBar.open).toHaveBeenCalledWith('The server could not be reached.', 'Close');
  });
});
