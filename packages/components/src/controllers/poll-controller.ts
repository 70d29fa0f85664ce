import { TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from '../api/api-error.js';

export interface PollOptions {
  /** Milliseconds between the end of one load and the start of the next. */
  intervalMs: () => number;
  /** Whether to keep polling: something shown is still changing and no load is under way. */
  active: () => boolean;
  /** Loads again. */
  poll: () => void;
}

/**
 * Reloads on an interval for as long as the host shows something in progress. The next poll is
 * scheduled after each update, so polls never overlap and stop by themselves once nothing is
 * in progress or the host leaves the page.
 */
export class PollController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: PollOptions;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveControllerHost, options: PollOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Back on the page: the next update decides whether to poll again. */
  hostConnected(): void {
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.#options.active()) {
      this.#stop();
      return;
    }
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#options.active()) this.#options.poll();
    }, Math.max(0, this.#options.intervalMs()));
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

/** Whether to poll again after a load that ended this way: after success, or after a failure that may pass. */
export function pollsAfter(status: TaskStatus, error: unknown): boolean {
  if (status === TaskStatus.COMPLETE) return true;
  return status === TaskStatus.ERROR && error instanceof ApiError && error.transient;
}

/** The wait before the next poll: the interval, or longer when the backend asked to slow down. */
export function pollDelay(intervalMs: number, error: unknown): number {
  const asked = error instanceof ApiError ? (error.retryAfterMs ?? 0) : 0;
  return Math.max(intervalMs, asked);
}
