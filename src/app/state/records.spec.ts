import type { ReferenceData } from '../domain/reference-data';
import { RecordApiActions, RecordEditorActions, recordWritesFeature } from './records';
import { ReferenceApiActions, referenceFeature } from './reference';

const loaded = (data: Partial<ReferenceData>) =>
  referenceFeature.reducer(
    undefined,
    ReferenceApiActions.loaded({ data: data as ReferenceData, rejected: [] }),
  );

describe('writes to the framework’s records', () => {
  const meeting = (id: string, version = 1) =>
    ({
      id,
      name: id,
      shortName: id,
      kind: 'other',
      date: '2026-01-01',
      place: '',
      version,
    }) as const;

  it('puts a saved record in every view at once: a new one added, a changed one replaced', () => {
    let state = loaded({ meetings: [meeting('a'), meeting('b')] });
    state = referenceFeature.reducer(
      state,
      RecordApiActions.saved({ collection: 'meetings', record: meeting('b', 2), copied: false }),
    );
    state = referenceFeature.reducer(
      state,
      RecordApiActions.saved({ collection: 'meetings', record: meeting('c'), copied: false }),
    );
    expect(state.data!.meetings.map((m) => `${m.id}${m.version}`)).toEqual(['a1', 'b2', 'c1']);
    state = referenceFeature.reducer(
      state,
      RecordApiActions.deleted({ collection: 'meetings', id: 'a' }),
    );
    expect(state.data!.meetings.map((m) => m.id)).toEqual(['b', 'c']);
  });

  it('takes in the other person’s version after a conflict', () => {
    let state = loaded({ meetings: [meeting('a')] });
    state = referenceFeature.reducer(
      state,
      RecordEditorActions.theirsLoaded({ collection: 'meetings', record: meeting('a', 5) }),
    );
    expect(state.data!.meetings[0]!.version).toBe(5);
  });

  it('tracks the write in flight, its refusal, and what was saved', () => {
    const { reducer } = recordWritesFeature;
    let state = reducer(undefined, RecordEditorActions.opened());
    state = reducer(
      state,
      RecordEditorActions.saveClicked({
        collection: 'meetings',
        record: meeting('a'),
        isNew: false,
        reason: null,
      }),
    );
    expect(state.saving).toBeTrue();
    const error = { message: 'stale', problems: [], conflict: meeting('a', 2) };
    state = reducer(state, RecordApiActions.writeFailed({ error }));
    expect(state).toEqual({ saving: false, error, done: null });
    state = reducer(
      state,
      RecordApiActions.saved({ collection: 'meetings', record: meeting('a', 3), copied: false }),
    );
    expect(state.done).toEqual({ collection: 'meetings', id: 'a' });
    // A dialog opened next starts clean.
    expect(reducer(state, RecordEditorActions.opened()).done).toBeNull();
  });
});
