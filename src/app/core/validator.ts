import { joinParts } from './parts';
import type { Checked, ValidationRequest, ValidationResponse } from './validation';

type Request = ValidationRequest extends infer R
  ? R extends unknown
    ? Omit<R, 'id'>
    : never
  : never;

interface Pending {
  request: ValidationRequest;
  resolve: (response: ValidationResponse) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs schema checks of API responses in a worker, so a large data set loads without freezing
 * the page. Where a worker cannot be started, or fails, the same checks run on the main thread.
 */
export class Validator {
  /** Null once workers have proved unavailable. */
  private worker?: Worker | null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** A second checker for the other half of a large list, started when one first arrives. */
  private helper?: Validator;

  /**
   * `splitAbove`: a list response of more bytes than this is checked in two halves at once, in
   * two workers, where the machine has more than one core. Parsing and checking 50 000
   * activities takes seconds in one worker.
   */
  constructor(private readonly splitAbove = 4_000_000) {
    // Load the worker now, alongside the first requests, so that it is ready when their
    // responses arrive instead of only then starting to load.
    this.startWorker();
  }

  async run(request: Request): Promise<Checked<unknown>> {
    if (
      request.kind === 'collection' &&
      !request.part &&
      request.json.byteLength > this.splitAbove &&
      (navigator.hardwareConcurrency ?? 1) > 1
    ) {
      this.helper ??= new Validator(Infinity);
      const halves = await Promise.all([
        // Each worker gets a copy of the bytes (nothing is transferred) and parses them all.
        this.run({ ...request, part: { index: 0, of: 2 } }),
        this.helper.run({ ...request, part: { index: 1, of: 2 } }),
      ]);
      return joinParts(request.collection, halves as Checked<unknown[]>[]);
    }
    const full = { ...request, id: this.nextId++ } as ValidationRequest;
    const response = await new Promise<ValidationResponse>((resolve, reject) => {
      const worker = this.startWorker();
      if (!worker) return void this.runInline(full).then(resolve, reject);
      this.pending.set(full.id, { request: full, resolve, reject });
      worker.postMessage(full);
    });
    if ('failure' in response)
      throw new Error(
        response.failure === 'no-settings'
          ? $localize`The server returned no settings record.`
          : $localize`The server sent a response that could not be read.`,
      );
    return response.checked;
  }

  private startWorker(): Worker | null {
    if (this.worker !== undefined) return this.worker;
    try {
      const worker = new Worker(new URL('./validation.worker', import.meta.url), {
        type: 'module',
      });
      worker.addEventListener('message', ({ data }: MessageEvent<ValidationResponse>) => {
        const pending = this.pending.get(data.id);
        this.pending.delete(data.id);
        pending?.resolve(data);
      });
      worker.addEventListener('error', () => this.fallBack());
      worker.addEventListener('messageerror', () => this.fallBack());
      this.worker = worker;
    } catch {
      this.worker = null;
    }
    return this.worker;
  }

  /** The worker failed: stop it and check what it was given on the main thread instead. */
  private fallBack(): void {
    this.worker?.terminate();
    this.worker = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const { request, resolve, reject } of waiting)
      this.runInline(request).then(resolve, reject);
  }

  private async runInline(request: ValidationRequest): Promise<ValidationResponse> {
    const { validate } = await import('./validation');
    return validate(request);
  }
}
