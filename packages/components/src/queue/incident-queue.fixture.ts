import { fixture } from '@open-wc/testing';
import { HttpIncidentApi, type CallOptions, type Incident, type IncidentQuery, type Page } from '../api/index.js';
import '../provider/define.js';
import './define.js';
import type { SocIncidentQueue } from './incident-queue.js';
import { queueTemplate, type QueueTemplateOptions } from '../../../../stories/incident-queue.stories.js';
import { BASE_URL, TEST_NOW } from '../../../../test/support/test-backend.js';
import { eventually, part, settle } from './queue-grid.fixture.js';

export { button, cellOf, eventually, gridRowCount, part, parts, renderedIds, renderedRows, rowById, settle } from './queue-grid.fixture.js';

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
