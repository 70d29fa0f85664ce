import { html } from 'lit';

/** The words of a bulk save's failure notice, in the element's language. */
export interface BulkFailureWords {
  /** "2 of 5 incidents updated" or "No incidents updated". */
  title: string;
  /** "3 were not updated:" */
  notUpdated: string;
  /** That saving again retries only those. */
  retry: string;
}

/**
 * The notice Manage incident and Manage alert show after a bulk save that did not save everything:
 * how many were saved, each item that was not with its reason (`items`, as the dialog words them),
 * and that saving again retries only those.
 */
export function renderBulkFailures(words: BulkFailureWords, items: readonly unknown[]) {
  return html`<section class="notice error" aria-labelledby="failures-title">
    <h3 id="failures-title">${words.title}</h3>
    <p>${words.notUpdated}</p>
    <ul>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>
    <p>${words.retry}</p>
  </section>`;
}
