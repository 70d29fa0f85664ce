import type { LayoutRequest, LayoutResult } from './layout-request.js';

/** Graphs with at least this many nodes are laid out in a worker, so the page stays responsive. */
export const WORKER_THRESHOLD = 400;

/**
 * The Trusted Types policy through which the kit starts its layout worker. A page that requires
 * Trusted Types lists it in its CSP (`trusted-types lit-html soc-kit`); the policy makes a
 * script URL of the layout worker's own URL and of nothing else.
 */
export const TRUSTED_TYPES_POLICY = 'soc-kit';

export type LayoutThread = 'main' | 'worker';

export interface LaidOut extends LayoutResult {
  /** Where the layout ran: a worker could not start when this says 'main' for a large graph. */
  thread: LayoutThread;
  /** The graph was large enough for a worker, but none could start: it was laid out on the page. */
  workerUnavailable: boolean;
}

export interface RunLayoutOptions {
  signal?: AbortSignal;
  /** Node count from which to use a worker. Default `WORKER_THRESHOLD`. */
  workerThreshold?: number;
}

const cancelled = () => new DOMException('The layout was cancelled.', 'AbortError');

/** What the kit uses of the Trusted Types API (not yet in TypeScript's DOM types). */
interface ScriptUrlPolicy {
  createScriptURL(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy;
}

/** A stand-in that only keeps the URL it is given: see `layoutWorkerUrl`. */
class WorkerUrl {
  constructor(
    readonly url: URL,
    _options: WorkerOptions,
  ) {}
}

/**
 * The layout worker's script URL, wherever the host's bundler put it. Bundlers find, build and
 * rewrite a worker only in the form `new Worker(new URL('…', import.meta.url), { type: 'module' })`,
 * so the URL is written in that form, with a `Worker` that only keeps it: the real worker starts
 * from that URL once it is trusted.
 */
function layoutWorkerUrl(): string {
  const Worker = WorkerUrl;
  return new Worker(new URL('./graph-layout.worker.ts', import.meta.url), { type: 'module' }).url.href;
}

/** `undefined` until first needed; `null` when there is no Trusted Types or the page does not allow the policy. */
let policy: ScriptUrlPolicy | null | undefined;

/**
 * The layout worker's URL as `new Worker` takes it: a TrustedScriptURL from the kit's policy where
 * the browser has Trusted Types (created on first use), else the plain URL — which `new Worker`
 * refuses only where the page requires Trusted Types.
 */
function trustedLayoutWorkerUrl(): string {
  const url = layoutWorkerUrl();
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    try {
      policy =
        factory?.createPolicy(TRUSTED_TYPES_POLICY, {
          createScriptURL(input) {
            if (input !== layoutWorkerUrl()) throw new TypeError(`${TRUSTED_TYPES_POLICY}: not the layout worker`);
            return input;
          },
        }) ?? null;
    } catch {
      // The page's CSP does not allow the name (or another copy of the kit took it).
      policy = null;
    }
  }
  // A TrustedScriptURL, where `Worker` accepts one (the DOM types do not know it yet).
  return (policy ? policy.createScriptURL(url) : url) as string;
}

/** Set once `new Worker` threw: the page's policy does not change, so later layouts do not try again. */
let workerRefused = false;

let warned = false;

/** Tells the host's developers, once, why large graphs are laid out on the page. */
function warnWorkerUnavailable(reason: unknown): void {
  if (warned) return;
  warned = true;
  console.warn(`SOC Kit: no graph layout worker (see "Content Security Policy" in the README)`, reason);
}

/** How long a worker started ahead (`prepareLayoutWorker`) waits for its layout before it stops. */
const PREPARED_WORKER_LIFETIME = 10_000;

/**
 * How long a worker that finished a layout waits for the next before it stops: a portal that shows
 * graph after graph lays them out in a worker that is loaded and warm, not in a new one each time.
 */
export const IDLE_WORKER_LIFETIME = 30_000;

/** A worker waiting for a layout: the timer that stops it if none comes, and its error if it failed to load. */
interface WaitingWorker {
  worker: Worker;
  expiry: ReturnType<typeof setTimeout>;
  onError: (event: Event) => void;
  failed?: Event;
}

/** The one worker waiting for the next layout, started ahead or kept from the last. */
let waiting: WaitingWorker | undefined;

/** A new layout worker, or `undefined` (and a warning, once) where the page does not allow one. */
function startWorker(): Worker | undefined {
  if (workerRefused) return undefined;
  try {
    return new Worker(trustedLayoutWorkerUrl(), { type: 'module' });
  } catch (error) {
    workerRefused = true;
    warnWorkerUnavailable(error);
    return undefined;
  }
}

/**
 * Keeps `worker` for the next layout for `lifetime` ms, then stops it. One worker waits at most: a worker
 * that waits already (two graphs were laid out at once, or one was started ahead) stops, since the one that
 * just answered is loaded and warm.
 */
function keepWaiting(worker: Worker, lifetime: number): void {
  if (waiting) {
    clearTimeout(waiting.expiry);
    waiting.worker.terminate();
    waiting = undefined;
  }
  const kept: WaitingWorker = {
    worker,
    expiry: setTimeout(() => {
      if (waiting !== kept) return;
      waiting = undefined;
      worker.terminate();
    }, lifetime),
    onError: (event) => {
      // Kept for the layout that takes the worker: it falls back, and says why.
      event.preventDefault();
      kept.failed = event;
    },
  };
  worker.addEventListener('error', kept.onError);
  waiting = kept;
}

/**
 * Starts a layout worker ahead of a large graph's layout, so that the browser loads it while the
 * graph is still being built: the next layout in a worker takes it. Stops it if none comes soon.
 */
export function prepareLayoutWorker(): void {
  if (waiting) return;
  const worker = startWorker();
  if (worker) keepWaiting(worker, PREPARED_WORKER_LIFETIME);
}

/** The waiting worker, if any, or a new one; `undefined` when there can be none (said once). */
function takeWorker(): Worker | undefined {
  const kept = waiting;
  if (!kept) return startWorker();
  waiting = undefined;
  clearTimeout(kept.expiry);
  kept.worker.removeEventListener('error', kept.onError);
  if (!kept.failed) return kept.worker;
  kept.worker.terminate();
  warnWorkerUnavailable(kept.failed);
  return undefined;
}

/**
 * Lays a graph out in a module worker; resolves `undefined` when no worker can do it (a strict
 * CSP, a bundler that did not emit the worker, an error inside it), so the caller falls back.
 * The worker waits for the next layout once it answered; one that failed or was cancelled stops.
 */
function layoutInWorker(request: LayoutRequest, signal?: AbortSignal): Promise<LayoutResult | undefined> {
  const worker = takeWorker();
  if (!worker) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const release = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      worker.removeEventListener('messageerror', onMessageError);
      signal?.removeEventListener('abort', onAbort);
    };
    const stop = () => {
      release();
      worker.terminate();
    };
    const onAbort = () => {
      // The only way to stop a layout under way.
      stop();
      reject(cancelled());
    };
    const onMessage = (event: MessageEvent<{ positions?: unknown }>) => {
      const positions = event.data?.positions;
      if (positions instanceof Float64Array) {
        release();
        keepWaiting(worker, IDLE_WORKER_LIFETIME);
        resolve({ positions });
      } else {
        stop();
        resolve(undefined);
      }
    };
    const onError = (event: Event) => {
      event.preventDefault();
      stop();
      warnWorkerUnavailable(event);
      resolve(undefined);
    };
    const onMessageError = () => {
      stop();
      resolve(undefined);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    worker.addEventListener('messageerror', onMessageError);
    worker.postMessage(request);
  });
}

/**
 * Lays a graph out: on the main thread when it is small, in a worker when it is large (and on
 * the main thread after all when the worker cannot start). Both give the same positions.
 * Rejects with an `AbortError` when `signal` aborts.
 */
export async function runLayout(request: LayoutRequest, options: RunLayoutOptions = {}): Promise<LaidOut> {
  const { signal, workerThreshold = WORKER_THRESHOLD } = options;
  if (signal?.aborted) throw cancelled();
  const wantsWorker = request.kinds.length >= workerThreshold;
  if (wantsWorker) {
    const result = await layoutInWorker(request, signal);
    if (result) return { ...result, thread: 'worker', workerUnavailable: false };
  }
  // Loaded on demand: pages that never show a graph never load the layout.
  const { layoutGraph } = await import('./graph-layout.js');
  if (signal?.aborted) throw cancelled();
  return { ...layoutGraph(request), thread: 'main', workerUnavailable: wantsWorker };
}
