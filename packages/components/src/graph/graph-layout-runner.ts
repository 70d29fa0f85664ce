import type { LayoutRequest, LayoutResult } from './layout-request.js';

/** Graphs with at least this many nodes are laid out in a worker, so the page stays responsive. */
export const WORKER_THRESHOLD = 400;

export type LayoutThread = 'main' | 'worker';

export interface LaidOut extends LayoutResult {
  /** Where the layout ran: a worker could not start when this says 'main' for a large graph. */
  thread: LayoutThread;
}

export interface RunLayoutOptions {
  signal?: AbortSignal;
  /** Node count from which to use a worker. Default `WORKER_THRESHOLD`. */
  workerThreshold?: number;
}

const cancelled = () => new DOMException('The layout was cancelled.', 'AbortError');

/**
 * Lays a graph out in a module worker; resolves `undefined` when no worker can do it (a strict
 * CSP, a bundler that did not emit the worker, an error inside it), so the caller falls back.
 */
function layoutInWorker(request: LayoutRequest, signal?: AbortSignal): Promise<LayoutResult | undefined> {
  let worker: Worker;
  try {
    // This exact form lets bundlers (Vite) find and emit the worker.
    worker = new Worker(new URL('./graph-layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(cancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', (event: MessageEvent<{ positions?: unknown }>) => {
      finish();
      const positions = event.data?.positions;
      resolve(positions instanceof Float64Array ? { positions } : undefined);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish();
      resolve(undefined);
    });
    worker.addEventListener('messageerror', () => {
      finish();
      resolve(undefined);
    });
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
  if (request.kinds.length >= workerThreshold) {
    const result = await layoutInWorker(request, signal);
    if (result) return { ...result, thread: 'worker' };
  }
  // Loaded on demand: pages that never show a graph never load d3-force.
  const { layoutGraph } = await import('./graph-layout.js');
  if (signal?.aborted) throw cancelled();
  return { ...layoutGraph(request), thread: 'main' };
}
