import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { App } from './app';
import { Auth } from './core/auth';
import { TODAY } from './core/clock';
import { AppActions } from './state/app-actions';

describe('App', () => {
  it('once someone is signed in, starts loading the data with today from the clock, whatever the route', async () => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        provideMockStore(),
        { provide: TODAY, useValue: () => '2026-11-24' },
        { provide: Auth, useValue: { load: () => Promise.resolve({ id: 'comanager' }) } },
      ],
    });
    const store = TestBed.inject(MockStore);
    spyOn(store, 'dispatch');
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    await Promise.resolve();
    expect(store.dispatch).toHaveBeenCalledOnceWith(AppActions.opened({ today: '2026-11-24' }));
  });
});
