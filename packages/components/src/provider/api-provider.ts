import { provide } from '@lit/context';
import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { apiContext } from '../api/context.js';
import type { IncidentApi } from '../api/incident-api.js';
import { SocElement } from '../internal/soc-element.js';

/**
 * Provides an `IncidentApi` to every SOC Kit element inside it.
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

  /** The client the subtree uses; replacing it re-renders consumers with the new one. */
  @provide({ context: apiContext })
  @property({ attribute: false })
  api?: IncidentApi;

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'soc-api-provider': SocApiProvider;
  }
}
