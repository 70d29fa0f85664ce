import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface UrlSyncOptions {
  /** Whether the host syncs its view with the URL now (its `url-sync`). */
  enabled: () => boolean;
  /** Whether the query string names a view of the host's, which it then takes over what it shows. */
  names: (params: URLSearchParams) => boolean;
  /** Shows the view the query string gives. */
  apply: (params: URLSearchParams) => void;
  /** Writes the view shown into the query string. */
  write: (params: URLSearchParams) => void;
  /** The host took a view from the URL (when connected, or when `url-sync` was turned on). */
  onRead?: () => void;
}

/**
 * Keeps a queue's view (filters, search, sort…) in the page's query string so it can be shared: read
 * when the host connects (or `url-sync` is turned on) if the URL names a view, written (by
 * `history.replaceState`) as the view changes, and read again when the person goes back or forward.
 */
export class UrlSyncController implements ReactiveController {
  readonly #options: UrlSyncOptions;
  #key = '';

  constructor(host: ReactiveControllerHost, options: UrlSyncOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#options.enabled()) this.read();
    window.addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** Takes the view the URL names, if it names one; returns whether it did. */
  read(): boolean {
    const params = new URLSearchParams(location.search);
    if (!this.#options.names(params)) return false;
    this.#options.apply(params);
    this.#options.onRead?.();
    return true;
  }

  /** Takes the key of the view shown (from `willUpdate`): a changed view after the first is written into the URL. */
  follow(key: string): void {
    if (key === this.#key) return;
    const firstView = this.#key === '';
    this.#key = key;
    if (!firstView && this.#options.enabled()) this.write();
  }

  write(): void {
    const url = new URL(location.href);
    this.#options.write(url.searchParams);
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  readonly #onPopState = (): void => {
    if (this.#options.enabled()) this.#options.apply(new URLSearchParams(location.search));
  };
}
