import { fixture } from '@open-wc/testing';
import { HttpIncidentApi, type Alert, type AlertQuery, type CallOptions, type Page } from '../api/index.js';
import '../provider/define.js';
import './define.js';
import type { SocAlertQueue } from './alert-queue.js';
import { alertQueueTemplate, type AlertQueueTemplateOptions } from '../../../../stories/alert-queue.stories.js';
import { BASE_URL, TEST_NOW } from '../../../../test/support/test-backend.js';
import { settle } from '../queue/queue-grid.fixture.js';

export { button, cellOf, eventually, gridRowCount, part, parts, renderedIds, renderedRows, rowById, settle } from '../queue/queue-grid.fixture.js';

/** A real HTTP client that also remembers what the queue asked for. */
export class RecordingAlertApi extends HttpIncidentApi {
  readonly requests: AlertQuery[] = [];

  override listAlerts(query: AlertQuery, options?: CallOptions): Promise<Page<Alert>> {
    this.requests.push(query);
    return super.listAlerts(query, options);
  }

  get lastQuery(): AlertQuery {
    const last = this.requests.at(-1);
    if (!last) throw new Error('The queue has not asked for alerts yet.');
    return last;
  }
}

export interface AlertQueueFixture {
  queue: SocAlertQueue;
  api: RecordingAlertApi;
}

/** Renders the story template over the test backend and waits for the first rows. */
export async function renderAlertQueue(
  options: Partial<AlertQueueTemplateOptions> & { api?: HttpIncidentApi } = {},
): Promise<AlertQueueFixture> {
  const api = options.api ?? new RecordingAlertApi({ baseUrl: BASE_URL });
  const provider = await fixture(alertQueueTemplate({ clock: () => TEST_NOW, height: '480px', ...options, api }));
  const queue = provider.querySelector('soc-alert-queue')!;
  await settle(queue);
  return { queue, api: api as RecordingAlertApi };
}

