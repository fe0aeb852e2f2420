import { applyVerdict, joinParts, parseJson } from './parts';
import type {
  Checked,
  ListVerdict,
  ValidationFailure,
  ValidationRequest,
  ValidationResponse,
} from './validation';

type Request = ValidationRequest extends infer R
  ? R extends unknown
    ? Omit<R, 'id'>
    : never
  : never;

interface Pending {
  /** What to check should the worker fail. */
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

  /** A second checker for the other half of a large list. */
  private helper?: Validator;

  /**
   * `splitAbove`: a list response of more bytes than this is checked in two halves at once, in
   * two workers, where the machine has the cores for it (see `splits`).
   */
  constructor(private readonly splitAbove = 4_000_000) {
    // Load the worker now, alongside the first requests, so that it is ready when their
    // responses arrive instead of only then starting to load.
    this.startWorker();
  }

  /** A large list is arriving: the second worker loads meanwhile, not once the list is here. */
  expectLarge(): void {
    if (this.splits()) this.helper ??= new Validator(Infinity);
  }

  async run(request: Request): Promise<Checked<unknown>> {
    if (request.kind === 'reference') return checkedOf(await this.ask(request));
    const split = request.json.byteLength > this.splitAbove && this.splits();
    if (split) this.expectLarge();
    // The records themselves are parsed here while the workers check the same bytes: only
    // their verdicts come back (see ListVerdict). The last worker is handed the bytes; a copy
    // made here is quicker than the one posting them would make.
    const mine = request.json.slice(0);
    const asked = split
      ? [
          this.ask({ ...request, part: { index: 0, of: 2 } }),
          this.helper!.ask({ ...request, part: { index: 1, of: 2 } }, mine),
        ]
      : [this.ask(request, mine)];
    const text = new TextDecoder().decode(mine);
    const parsed = parseJson(text);
    const verdicts = (await Promise.all(asked)).map(verdictOf);
    if (!parsed) throw failureError('not-json');
    const shares = verdicts.map((verdict) => applyVerdict(parsed.body, verdict));
    return shares.length === 1 ? shares[0]! : joinParts(request.collection, shares);
  }

  /**
   * Two workers only where they and the main thread, which parses the list meanwhile, each have
   * a core: on two cores a second worker made the first overview of 50 000 activities slower.
   */
  private splits(): boolean {
    return this.splitAbove !== Infinity && (navigator.hardwareConcurrency ?? 1) > 2;
  }

  /**
   * Sends a request to the worker. Given a `copy` of its bytes, the bytes are handed over rather
   * than copied again (posting a copy of 30 MB holds the main thread a tenth of a second), and
   * the copy is what is checked should the worker fail.
   */
  private ask(request: Request, copy?: ArrayBuffer): Promise<ValidationResponse> {
    const full = { ...request, id: this.nextId++ } as ValidationRequest;
    return new Promise<ValidationResponse>((resolve, reject) => {
      const worker = this.startWorker();
      if (!worker) return void this.runInline(full).then(resolve, reject);
      this.pending.set(full.id, {
        request: copy ? { ...full, json: copy } : full,
        resolve,
        reject,
      });
      worker.postMessage(full, copy ? [full.json] : []);
    });
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

function failureError(failure: ValidationFailure): Error {
  return new Error(
    failure === 'no-settings'
      ? $localize`The server returned no settings record.`
      : $localize`The server sent a response that could not be read.`,
  );
}

function checkedOf(response: ValidationResponse): Checked<unknown> {
  if ('failure' in response) throw failureError(response.failure);
  if (!('checked' in response)) throw failureError('not-json');
  return response.checked;
}

function verdictOf(response: ValidationResponse): ListVerdict {
  if ('failure' in response) throw failureError(response.failure);
  if (!('verdict' in response)) throw failureError('not-json');
  return response.verdict;
}
