import { activity } from '../results/testing';
import { Validator } from './validator';

describe('Validator', () => {
  const good = activity({ id: 'good' });
  const rows = [good, { ...good, id: 'bad', endDate: '2019/03/03' }];
  const json = (body: unknown) => new TextEncoder().encode(JSON.stringify(body)).buffer;

  /** Enough cores for two workers beside the main thread (see Validator.splits). */
  const cores = (count: number) =>
    spyOnProperty(Navigator.prototype, 'hardwareConcurrency').and.returnValue(count);

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

  it('answers on the main thread when the worker fails after it was handed the bytes', async () => {
    const post = Worker.prototype.postMessage;
    spyOn(Worker.prototype, 'postMessage').and.callFake(function (
      this: Worker,
      message: unknown,
      transfer: Transferable[],
    ) {
      post.call(this, message, { transfer });
      this.dispatchEvent(new Event('error'));
    } as Worker['postMessage']);
    const request = { kind: 'collection', collection: 'activities', json: json(rows) } as const;
    const { data, rejected } = await new Validator().run(request);
    // Handed over, not copied: the main thread no longer holds the bytes it re-checked.
    expect(request.json.byteLength).toBe(0);
    expect((data as { id: string }[]).map((a) => a.id)).toEqual(['good']);
    expect(rejected.map((r) => r.id)).toEqual(['bad']);
  });

  it('checks a large list in two halves at once and answers as one check would', async () => {
    const list = [
      activity({ id: 'a1' }),
      { ...good, id: 'broken', endDate: 'soon' },
      activity({ id: 'a2' }),
      activity({ id: 'a3' }),
      // A duplicate of a record kept in the first half: only the joined answer can know.
      activity({ id: 'a1', title: 'Copy' }),
      activity({ id: 'a4' }),
    ];
    const started = spyOn(window, 'Worker').and.callThrough();
    const cpus = cores(4);
    const whole = await new Validator().run({
      kind: 'collection',
      collection: 'activities',
      json: json(list),
    });
    const workersBefore = started.calls.count();
    const halves = await new Validator(0).run({
      kind: 'collection',
      collection: 'activities',
      json: json(list),
    });
    expect(started.calls.count() - workersBefore).toBe(2);
    expect((halves.data as { id: string }[]).map((a) => a.id)).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(halves.data).toEqual(whole.data);
    const byId = (r: { id: string | null }[]) => r.map((x) => x.id).sort();
    expect(byId(halves.rejected)).toEqual(['a1', 'broken']);
    expect(byId(halves.rejected)).toEqual(byId(whole.rejected));
    expect(halves.rejected.find((r) => r.id === 'a1')!.problems).toEqual([
      { field: 'id', code: 'duplicate-id' },
    ]);
    // On two cores the main thread parsing the list takes the second one.
    cpus.and.returnValue(2);
    const count = started.calls.count();
    const onTwoCores = await new Validator(0).run({
      kind: 'collection',
      collection: 'activities',
      json: json(list),
    });
    expect(started.calls.count() - count).toBe(1);
    expect(onTwoCores).toEqual(whole);
  });

  it('keeps records as the schema reads them, whole or in two halves', async () => {
    const [asKnown, plainRecord] = [activity({ id: 'extra' }), activity({ id: 'plain' })];
    const list = [
      // A key the schema does not know is dropped; an unusable count is read as unknown.
      { ...asKnown, colour: 'red' },
      plainRecord,
      { ...activity({ id: 'negative' }), participants: { total: -3, female: 1, male: 1 } },
    ];
    cores(4);
    for (const splitAbove of [Infinity, 0]) {
      const { data } = await new Validator(splitAbove).run({
        kind: 'collection',
        collection: 'activities',
        json: json(list),
      });
      const [extra, plain, negative] = data as Record<string, unknown>[];
      expect(extra).toEqual(asKnown);
      expect(plain).toEqual(plainRecord);
      expect(negative!['participants']).toEqual({ total: null, female: 1, male: 1 });
      expect(negative!['readProblems']).toEqual([
        jasmine.objectContaining({ field: 'participants.total' }),
      ]);
    }
  });

  it('reports a body that is not a list once, and refuses one that is not JSON', async () => {
    cores(4);
    for (const splitAbove of [Infinity, 0]) {
      const checked = await new Validator(splitAbove).run({
        kind: 'collection',
        collection: 'activities',
        json: json({ activities: [] }),
      });
      expect(checked.data).toEqual([]);
      expect(checked.rejected.map((r) => r.problems[0]!.code)).toEqual(['not-a-list-response']);
      await expectAsync(
        new Validator(splitAbove).run({
          kind: 'collection',
          collection: 'activities',
          json: new TextEncoder().encode('[{"id": "a1"},').buffer,
        }),
      ).toBeRejectedWithError('The server sent a response that could not be read.');
    }
  });

  it('refuses reference data without a settings record', async () => {
    await expectAsync(
      new Validator().run({ kind: 'reference', json: json({ goals: [] }) }),
    ).toBeRejectedWithError('The server returned no settings record.');
  });
});
