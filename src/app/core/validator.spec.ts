import { activity } from '../results/testing';
import { Validator } from './validator';

describe('Validator', () => {
  const good = activity({ id: 'good' });
  const rows = [good, { ...good, id: 'bad', endDate: '2019/03/03' }];
  const json = (body: unknown) => new TextEncoder().encode(JSON.stringify(body)).buffer;

  async function checkActivities(validator: Validator) {
    return validator.run({ kind: 'collection', collection: 'activities', json: json(rows) });
  }

  it('checks in a worker: keeps valid records and sets the others aside with the reason', async () => {
    const RealWorker = Worker;
    const started = spyOn(window, 'Worker').and.callThrough();
    // Were the worker to crash, the main thread would answer the same: make sure it did not.
    const inline = spyOn(
      Validator.prototype as unknown as { runInline(): unknown },
      'runInline',
    ).and.callThrough();
    const { data, rejected } = await checkActivities(new Validator());
    expect(started.calls.mostRecent().returnValue).toBeInstanceOf(RealWorker);
    expect(inline).not.toHaveBeenCalled();
    expect((data as { id: string }[]).map((a) => a.id)).toEqual(['good']);
    expect(rejected).toEqual([jasmine.objectContaining({ collection: 'activities', id: 'bad' })]);
  });

  it('gives the same answer on the main thread when no worker can be started', async () => {
    spyOn(window, 'Worker').and.throwError('workers are blocked');
    const { data, rejected } = await checkActivities(new Validator());
    expect(window.Worker).toHaveBeenCalled();
    expect((data as { id: string }[]).map((a) => a.id)).toEqual(['good']);
    expect(rejected.map((r) => r.id)).toEqual(['bad']);
  });

  it('refuses reference data without a settings record', async () => {
    await expectAsync(
      new Validator().run({ kind: 'reference', json: json({ goals: [] }) }),
    ).toBeRejectedWithError('The server returned no settings record.');
  });
});
