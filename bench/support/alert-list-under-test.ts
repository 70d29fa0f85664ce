import { ApiError, type Alert, type IncidentApi } from '@soc-kit/components/api';
import '../../packages/components/src/provider/define.js';
import '../../packages/components/src/alerts/define.js';

/**
 * An `IncidentApi` whose alerts are a list the benchmark holds, served for any incident in that
 * order. It has no capabilities (so no playbooks in the details panel) and answers nothing else:
 * the alert list asks for nothing else.
 */
export function orderedAlertApi(alerts: () => readonly Alert[]): IncidentApi {
  const supported: Partial<IncidentApi> = {
    capabilities: new Set(),
    listIncidentAlerts: (_incidentId, options) =>
      options?.signal?.aborted ? Promise.reject(new ApiError('aborted', 'The request was cancelled.')) : Promise.resolve([...alerts()]),
  };
  return new Proxy(supported, {
    get(target, name, receiver) {
      // Not a thenable: an awaited client must stay a client.
      if (name in target || typeof name === 'symbol' || name === 'then') return Reflect.get(target, name, receiver);
      return () => Promise.reject(new ApiError('server', `The benchmark backend does not implement ${name}.`));
    },
  }) as IncidentApi;
}

/** A mounted list of one incident's alerts, as the operations benchmark drives and reads it. */
export interface OperableAlertList {
  /** Loads the alerts again from the API. */
  refresh(): void;
  /** Clicks row `index`, as a person choosing that alert does. */
  clickRow(index: number): void;
  /**
   * Leaves no alert chosen, as a person does: takes every selected alert out of the selection (a
   * click on its row's box, where the list has one) and closes the details panel (its close button).
   */
  deselect(): void;
  /** The titles the rows show, in the order of the DOM. */
  titles(): string[];
  /** Whether row `index` is shown as the chosen one. */
  selectedAt(index: number): boolean;
  /** The title the details panel shows, if it is open. */
  detailsTitle(): string | undefined;
  /** Rows in the DOM. */
  rowCount(): number;
  /** Whether the list says it has no alerts. */
  showsEmpty(): boolean;
  remove(): void;
}

/** One of the implementations being compared. */
export interface OperableAlertListUnderTest {
  readonly name: string;
  /** Inserts a new list into `container` synchronously; its rows arrive later. */
  mount(container: HTMLElement): OperableAlertList;
}

/**
 * `soc-alert-list` inside `soc-api-provider`, as a portal embeds it, filling the container; driven
 * through its public API and behaviour only: `refresh()`, a click on a row or its box, the close button.
 */
export function alertListUnderTest(api: IncidentApi, incidentId: string): OperableAlertListUnderTest {
  return {
    name: 'soc-alert-list',
    mount(container) {
      const provider = document.createElement('soc-api-provider');
      provider.api = api;
      const list = document.createElement('soc-alert-list');
      list.incidentId = incidentId;
      list.style.height = `${container.clientHeight}px`;
      provider.append(list);
      container.append(provider);
      const root = list.shadowRoot;
      if (!root) throw new Error('soc-alert-list has no shadow root after insertion.');
      const rows = () => root.querySelectorAll<HTMLElement>('[role="option"]');
      return {
        refresh: () => list.refresh(),
        clickRow: (index) => rows()[index]?.click(),
        deselect: () => {
          // A selected alert stays selected when its details close: a click on its box takes it out (and closes them).
          for (const row of rows()) if (row.getAttribute('aria-selected') === 'true') row.querySelector<HTMLElement>('.check')?.click();
          root.querySelector<HTMLElement>('[part~="close-button"]')?.click();
        },
        titles: () => [...rows()].map((row) => row.querySelector('.title')?.textContent ?? ''),
        selectedAt: (index) => rows()[index]?.getAttribute('aria-selected') === 'true',
        detailsTitle: () => root.querySelector('[part~="details"] h2')?.textContent ?? undefined,
        rowCount: () => rows().length,
        showsEmpty: () => root.querySelector('.empty') !== null,
        remove: () => provider.remove(),
      };
    },
  };
}
