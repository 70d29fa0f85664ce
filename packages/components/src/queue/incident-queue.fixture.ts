import { fixture, waitUntil } from '@open-wc/testing';
import { HttpIncidentApi, type CallOptions, type Incident, type IncidentQuery, type Page } from '../api/index.js';
import '../provider/define.js';
import './define.js';
import type { SocIncidentQueue } from './incident-queue.js';
import { queueTemplate, type QueueTemplateOptions } from '../../../../stories/incident-queue.stories.js';
import { BASE_URL, TEST_NOW } from '../../../../test/support/test-backend.js';

/** A real HTTP client that also remembers what the queue asked for, and whether it gave up waiting. */
export class RecordingApi extends HttpIncidentApi {
  readonly requests: { query: IncidentQuery; signal?: AbortSignal }[] = [];

  override listIncidents(query: IncidentQuery, options?: CallOptions): Promise<Page<Incident>> {
    this.requests.push({ query, signal: options?.signal });
    return super.listIncidents(query, options);
  }

  get lastQuery(): IncidentQuery {
    const last = this.requests.at(-1);
    if (!last) throw new Error('The queue has not asked for incidents yet.');
    return last.query;
  }
}

export interface QueueFixture {
  queue: SocIncidentQueue;
  api: RecordingApi;
}

/** Renders the story template over the test backend and waits for the first rows. */
export async function renderQueue(options: Partial<QueueTemplateOptions> & { api?: RecordingApi } = {}): Promise<QueueFixture> {
  const api = options.api ?? new RecordingApi({ baseUrl: BASE_URL });
  const provider = await fixture(
    queueTemplate({ clock: () => TEST_NOW, storageKey: '', height: '480px', ...options, api }),
  );
  const queue = provider.querySelector('soc-incident-queue')!;
  await settle(queue);
  return { queue, api };
}

export function part(queue: SocIncidentQueue, selector: string): HTMLElement | null {
  return queue.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function parts(queue: SocIncidentQueue, selector: string): HTMLElement[] {
  return [...queue.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** `waitUntil` with room for a busy machine: waits up to ten seconds for `condition`. */
export function eventually(condition: () => unknown, message: string): Promise<void> {
  return waitUntil(condition, message, { timeout: 10_000 });
}

/** Waits until the queue is neither loading its first page nor any page in view. */
export async function settle(queue: SocIncidentQueue): Promise<void> {
  await queue.updateComplete;
  await eventually(
    () => !part(queue, '[role="progressbar"]') && !part(queue, '.body .placeholder'),
    'the queue finishes loading',
  );
  await queue.updateComplete;
}

/** The rendered body rows, top to bottom. */
export function renderedRows(queue: SocIncidentQueue): HTMLElement[] {
  return parts(queue, '.body [role="row"]').sort(
    (a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')),
  );
}

export function renderedIds(queue: SocIncidentQueue): string[] {
  return renderedRows(queue).map((row) => row.dataset.id!);
}

export function rowById(queue: SocIncidentQueue, id: string): HTMLElement {
  const row = part(queue, `.body [role="row"][data-id="${CSS.escape(id)}"]`);
  if (!row) throw new Error(`No rendered row for incident ${id}.`);
  return row;
}

export function cellOf(row: HTMLElement, column: string): HTMLElement {
  const cell = row.querySelector<HTMLElement>(`[data-column="${column}"]`);
  if (!cell) throw new Error(`No ${column} cell in the row.`);
  return cell;
}

export function button(queue: SocIncidentQueue, text: string): HTMLButtonElement {
  const found = parts(queue, 'button').find((candidate) => candidate.textContent?.trim() === text);
  if (!found) throw new Error(`No button "${text}".`);
  return found as HTMLButtonElement;
}

export function gridRowCount(queue: SocIncidentQueue): number {
  return Number(part(queue, '[role="grid"]')?.getAttribute('aria-rowcount'));
}

/**
 * Opens the filter panel ("filters") or the column picker ("columns") from the toolbar, as a click does,
 * and resolves with the element once its dialog is open: the queue makes either only when first opened.
 */
export async function openPanel(queue: SocIncidentQueue, action: 'filters' | 'columns'): Promise<HTMLElement> {
  part(queue, `[data-action="${action}"]`)!.click();
  const tag = action === 'filters' ? 'soc-queue-filter-panel' : 'soc-queue-column-picker';
  await eventually(() => part(queue, tag)?.shadowRoot?.querySelector('dialog')?.open, `the ${tag} opens`);
  return part(queue, tag)!;
}
