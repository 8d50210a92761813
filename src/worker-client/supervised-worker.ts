import type { Remote } from 'comlink';

/** One running worker behind comlink, as a client sees it. */
export interface WorkerHandle<Api> {
  /** The worker's service, through comlink: every call returns a Promise. */
  readonly api: Remote<Api>;
  /** Stop the worker at once; replies it had not sent yet are never delivered. */
  terminate(): void;
  /** Register the listener to call when the worker fails outside a call (its 'error' event). */
  onCrash?(listener: (message: string) => void): void;
}

/** Why a call failed because of the worker (not because of what it was asked). */
export type WorkerFailureReason = 'timeout' | 'crashed' | 'unavailable';

/** Thrown for a call whose worker hung, crashed or could not start; the next call starts a new worker. */
export class WorkerFailure extends Error {
  readonly reason: WorkerFailureReason;

  constructor(reason: WorkerFailureReason, message: string) {
    super(message);
    this.name = 'WorkerFailure';
    this.reason = reason;
  }
}

/** How a {@link SupervisedWorker} starts and watches its worker. */
export interface SupervisedWorkerOptions<Api> {
  /** Start a worker; called lazily on the first call and again after each failure. */
  readonly create: () => WorkerHandle<Api>;
  /** Time to wait for any one call, ms, > 0. */
  readonly timeoutMs: number;
  /** A name for messages, e.g. "projection" ("The projection worker gave no reply …"). */
  readonly name: string;
}

/**
 * One worker, supervised: started on the first call, every call timed, a crash (its 'error' event)
 * noticed, and a worker that hangs or crashes terminated — every call waiting on it fails with a
 * {@link WorkerFailure} and the next call starts a new one. An error the service throws fails only
 * its call; the worker is kept. comlink leaves all of this to the caller: the projection, uncertainty
 * and compare clients share this one implementation.
 */
export class SupervisedWorker<Api> {
  readonly #create: () => WorkerHandle<Api>;
  readonly #timeoutMs: number;
  readonly #name: string;
  #worker: WorkerHandle<Api> | null = null;
  /** Fail functions of calls waiting on the current worker. */
  readonly #waiting = new Set<(failure: WorkerFailure) => void>();
  #disposed = false;

  constructor(options: SupervisedWorkerOptions<Api>) {
    if (!(options.timeoutMs > 0 && Number.isFinite(options.timeoutMs))) {
      throw new RangeError(
        `timeoutMs is ${options.timeoutMs}; it must be a finite number of milliseconds above 0.`,
      );
    }
    this.#create = options.create;
    this.#timeoutMs = options.timeoutMs;
    this.#name = options.name;
  }

  /** Whether a worker is running now. */
  get running(): boolean {
    return this.#worker !== null;
  }

  /**
   * Call the worker. Resolves with the service's answer; rejects with the service's own error (the
   * worker is kept), or with a {@link WorkerFailure} when the worker could not start, gave no answer
   * within the timeout or crashed (it is then terminated, and so fail the other calls waiting on it).
   * @param timeoutMs this call's own timeout, ms (the supervisor's by default)
   */
  call<T>(invoke: (api: Remote<Api>) => Promise<T> | T, timeoutMs = this.#timeoutMs): Promise<T> {
    let worker: WorkerHandle<Api>;
    try {
      worker = this.#ensure();
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise<T>((resolve, reject) => {
      const fail = (failure: WorkerFailure) => finish(() => reject(failure));
      const finish = (action: () => void) => {
        if (!this.#waiting.delete(fail)) return; // settled already
        clearTimeout(timer);
        action();
      };
      this.#waiting.add(fail);
      const timer = setTimeout(() => {
        if (this.#worker === worker) {
          this.restart('timeout', `The ${this.#name} worker gave no reply within ${timeoutMs} ms.`);
        } else
          fail(
            new WorkerFailure('timeout', `The ${this.#name} worker gave no reply within ${timeoutMs} ms.`),
          );
      }, timeoutMs);
      // A synchronous throw from the handle becomes a rejection like any other.
      new Promise<T>((done) => done(invoke(worker.api))).then(
        (value) => finish(() => resolve(value)),
        (error: unknown) => finish(() => reject(error)),
      );
    });
  }

  /**
   * Terminate the worker and fail every call waiting on it with `reason`; the next call starts a new
   * worker. Used on a timeout or crash, and by a client that judges a failed call a crash.
   */
  restart(reason: WorkerFailureReason, message: string): void {
    const worker = this.#worker;
    this.#worker = null;
    worker?.terminate();
    const failure = new WorkerFailure(reason, message);
    for (const fail of [...this.#waiting]) fail(failure);
  }

  /** Stop the worker for good: waiting calls fail, later calls are refused. */
  dispose(): void {
    this.#disposed = true;
    this.restart('unavailable', `The ${this.#name} worker was stopped.`);
  }

  #ensure(): WorkerHandle<Api> {
    if (this.#disposed) {
      throw new WorkerFailure('unavailable', `The ${this.#name} worker was stopped; create a new client.`);
    }
    if (this.#worker !== null) return this.#worker;
    let worker: WorkerHandle<Api>;
    try {
      worker = this.#create();
    } catch (error) {
      throw new WorkerFailure(
        'unavailable',
        `The ${this.#name} worker could not start: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    this.#worker = worker;
    worker.onCrash?.((message) => {
      if (this.#worker === worker) this.restart('crashed', `The ${this.#name} worker crashed: ${message}`);
    });
    return worker;
  }
}
