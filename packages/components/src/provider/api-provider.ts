import { ContextProvider } from '@lit/context';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { apiContext, principalContext, type ProvidedPrincipal } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import type { Principal } from '../api/model.js';
import { SocElement } from '../internal/soc-element.js';

/**
 * One client's principal: read with `whoAmI()` when a consumer first asks, then shared. A read
 * that failed is not kept: the next consumer to ask (a retry) reads again.
 */
class SharedPrincipal implements ProvidedPrincipal {
  readonly #abort = new AbortController();
  #read?: Promise<Principal>;

  constructor(
    readonly api: IncidentApi,
    readonly refresh: () => void,
  ) {}

  get principal(): Promise<Principal> {
    if (!this.#read) {
      const read = this.api.whoAmI({ signal: this.#abort.signal });
      this.#read = read;
      // The consumers that await it see the failure; here it only makes the next ask read again.
      read.catch(() => {
        if (this.#read === read) this.#read = undefined;
      });
    }
    return this.#read;
  }

  /** Stops a read no one waits for any more (the client was replaced, or read again). */
  discard(): void {
    this.#abort.abort();
  }
}

/**
 * Provides an `IncidentApi` to every SOC Kit element inside it, and who is signed in to it: the
 * principal is read once per client (when an element first needs it) and shared by all of them.
 *
 * @summary Hands the backend client to its subtree through `@lit/context`.
 * @slot - The elements that use the client.
 */
export class SocApiProvider extends SocElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  readonly #apiProvider = new ContextProvider(this, { context: apiContext });
  readonly #principalProvider = new ContextProvider(this, { context: principalContext });
  #api?: IncidentApi;
  #shared?: SharedPrincipal;

  /** The client the subtree uses; replacing it re-renders consumers with the new one (and reads the principal again). */
  @property({ attribute: false })
  get api(): IncidentApi | undefined {
    return this.#api;
  }
  set api(api: IncidentApi | undefined) {
    if (api === this.#api) return;
    this.#api = api;
    // Both in the same turn, so that no consumer pairs the new client with the old principal.
    this.#apiProvider.setValue(api);
    this.#sharePrincipal();
  }

  override render() {
    return html`<slot></slot>`;
  }

  #sharePrincipal(): void {
    this.#shared?.discard();
    const api = this.#api;
    this.#shared = api && new SharedPrincipal(api, () => this.#api === api && this.#sharePrincipal());
    this.#principalProvider.setValue(this.#shared);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-api-provider': SocApiProvider;
  }
}
