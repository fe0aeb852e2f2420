import type { ReferenceData } from '../domain/reference-data';
import { referenceFeature, ReferenceApiActions, SettingsApiActions } from './reference';
import { AppActions } from './app-actions';
import { ShellActions } from './shell-actions';

const { reducer } = referenceFeature;
const data = { settings: { id: 'app', yearStartMonth: 1 } } as unknown as ReferenceData;

describe('reference state', () => {
  it('records today and starts loading when the shell opens', () => {
    const state = reducer(undefined, AppActions.opened({ today: '2026-11-24' }));
    expect(state.today).toBe('2026-11-24');
    expect(state.status).toBe('loading');
  });

  it('keeps the data already loaded when a reload fails', () => {
    let state = reducer(undefined, ReferenceApiActions.loaded({ data, rejected: [] }));
    state = reducer(state, ShellActions.retryClicked());
    state = reducer(state, ReferenceApiActions.loadFailed({ error: 'offline' }));
    expect(state.data).toBe(data);
    expect(state.error).toBe('offline');
    expect(state.status).toBe('error');
  });

  it('clears the error when retrying', () => {
    let state = reducer(undefined, ReferenceApiActions.loadFailed({ error: 'offline' }));
    state = reducer(state, ShellActions.retryClicked());
    expect(state.error).toBeNull();
  });

  it('replaces the settings once saved', () => {
    let state = reducer(undefined, ReferenceApiActions.loaded({ data, rejected: [] }));
    const settings = { ...data.settings, yearStartMonth: 7 };
    state = reducer(state, SettingsApiActions.saved({ settings }));
    expect(state.data!.settings.yearStartMonth).toBe(7);
    expect(state.saving).toBeFalse();
  });
});
