import { activity } from '../results/testing';
import { activitiesFeature, ActivitiesApiActions } from './activities';
import { ShellActions } from './shell-actions';

const { reducer, selectAll } = activitiesFeature;

describe('activities state', () => {
  it('stores loaded activities oldest first by end date in the order the engine reads, and the records set aside', () => {
    const older = activity({ endDate: '2019-01-01' });
    const newer = activity({ endDate: '2020-01-01' });
    const rejected = [
      {
        collection: 'activities' as const,
        id: 'x',
        problems: [{ field: 'endDate', code: 'required' as const }],
      },
    ];
    const state = reducer(
      undefined,
      ActivitiesApiActions.loaded({ activities: [newer, older], rejected }),
    );
    expect(selectAll.projector(state).map((a) => a.id)).toEqual([older.id, newer.id]);
    expect(state.rejected).toEqual(rejected);
    expect(state.status).toBe('loaded');
  });

  it('keeps what is on screen when a reload fails', () => {
    let state = reducer(
      undefined,
      ActivitiesApiActions.loaded({ activities: [activity()], rejected: [] }),
    );
    state = reducer(state, ShellActions.retryClicked());
    state = reducer(state, ActivitiesApiActions.loadFailed({ error: 'The server answered 503' }));
    expect(state.ids.length).toBe(1);
    expect(state.error).toBe('The server answered 503');
  });
});
