import { html } from 'lit';
import type { MessageParams } from '../i18n/messages.js';

/** The words of a bulk save's failure notice, which Manage incident's and Manage alert's catalogs both have. */
export type BulkFailureKey = 'updatedSome' | 'updatedNone' | 'notUpdated' | 'retryFailed';

/**
 * The notice Manage incident and Manage alert show after a bulk save that did not save everything:
 * how many of the items were saved (`saved`), each one that was not with its reason (`failures`, as
 * the dialog words them), and that saving again retries only those. `t` gives the dialog's words.
 */
export function renderBulkFailures(t: (key: BulkFailureKey, params?: MessageParams) => string, saved: number, failures: readonly unknown[]) {
  const count = failures.length;
  return html`<section class="notice error" aria-labelledby="failures-title">
    <h3 id="failures-title">${saved > 0 ? t('updatedSome', { saved, count: saved + count }) : t('updatedNone')}</h3>
    <p>${t('notUpdated', { count })}</p>
    <ul>
      ${failures.map((failure) => html`<li>${failure}</li>`)}
    </ul>
    <p>${t('retryFailed', { count })}</p>
  </section>`;
}
