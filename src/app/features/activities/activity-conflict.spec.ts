import { activity } from '../../results/testing';
import { changedFields, describeConflict, reapplyMine } from './activity-conflict';
import { formFromActivity } from './activity-form';

describe('activity conflicts', () => {
  const opened = activity({ id: 'a1', title: 'Workshop', location: 'Bangkok', version: 1 });
  const original = formFromActivity(opened);

  it('lists the fields that changed', () => {
    expect(changedFields({ ...original, title: 'New title' }, original)).toEqual(['title']);
    expect(changedFields(original, original)).toEqual([]);
  });

  it('tells my changes, theirs and the overlap apart', () => {
    const theirs = { ...opened, location: 'Jakarta', title: 'Their title', version: 2 };
    const mine = { ...original, title: 'My title', notes: 'Mine' };
    const conflict = describeConflict(theirs, original, mine);
    expect(conflict.theirs).toEqual(['title', 'location']);
    expect(conflict.mine).toEqual(['title', 'notes']);
    expect(conflict.both).toEqual(['title']);
  });

  it('re-applies my changes on top of theirs, keeping theirs where I changed nothing', () => {
    const theirs = { ...opened, location: 'Jakarta', version: 2 };
    const mine = { ...original, title: 'My title' };
    const merged = reapplyMine(theirs, original, mine);
    expect(merged.title).toBe('My title');
    expect(merged.location).toBe('Jakarta');
  });
});
