import type { ReferenceData } from '../domain/reference-data';
import { activity } from '../results/testing';
import { activitiesFeature, ActivitiesApiActions } from './activities';
import { referenceFeature, ReferenceApiActions } from './reference';
import { selectFiguresReady, selectLoadState } from './load';
import { AppActions } from './app-actions';
import { ShellActions } from './shell-actions';

const data = { settings: { id: 'app', yearStartMonth: 1 } } as unknown as ReferenceData;
const opened = AppActions.opened({ today: '2026-11-24' });

function root(...actions: Parameters<typeof activitiesFeature.reducer>[1][]) {
  let reference = referenceFeature.reducer(undefined, opened);
  let activities = activitiesFeature.reducer(undefined, opened);
  for (const action of actions) {
    reference = referenceFeature.reducer(reference, action);
    activities = activitiesFeature.reducer(activities, action);
  }
  return { reference, activities };
}

describe('when figures can be shown', () => {
  it('not while the activity records are still loading, even with the framework in', () => {
    const state = root(ReferenceApiActions.loaded({ data, rejected: [] }));
    expect(selectFiguresReady(state)).toBeFalse();
    expect(selectLoadState(state)).toEqual(
      jasmine.objectContaining({ loading: true, hasData: false }),
    );
  });

  it('not while the framework is still loading, even with the records in', () => {
    const state = root(ActivitiesApiActions.loaded({ activities: [activity()], rejected: [] }));
    expect(selectFiguresReady(state)).toBeFalse();
  });

  it('once both have arrived, also when there are no activity records at all', () => {
    const state = root(
      ReferenceApiActions.loaded({ data, rejected: [] }),
      ActivitiesApiActions.loaded({ activities: [], rejected: [] }),
    );
    expect(selectFiguresReady(state)).toBeTrue();
    expect(selectLoadState(state).hasData).toBeTrue();
  });

  it('keeps showing what was loaded while a reload is under way or has failed', () => {
    const state = root(
      ReferenceApiActions.loaded({ data, rejected: [] }),
      ActivitiesApiActions.loaded({ activities: [activity()], rejected: [] }),
      ShellActions.retryClicked(),
      ActivitiesApiActions.loadFailed({ error: 'offline' }),
    );
    expect(selectFiguresReady(state)).toBeTrue();
    expect(selectLoadState(state).error).toBe('offline');
  });

  it('not after a first load that failed', () => {
    const state = root(
      ReferenceApiActions.loaded({ data, rejected: [] }),
      ActivitiesApiActions.loadFailed({ error: 'offline' }),
    );
    expect(selectFiguresReady(state)).toBeFalse();
  });
});
