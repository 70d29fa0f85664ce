import { fixture, waitUntil } from '@open-wc/testing';
import type { MockBackend } from '@soc-kit/mock-api';
import { entityTimelineTemplate, type EntityTimelineTemplateOptions } from '../../../../stories/entity-timeline.stories.js';
import { BASE_URL, TEST_NOW } from '../../../../test/support/test-backend.js';
import { HttpIncidentApi, type CallOptions, type TimelinePage, type TimelineQuery } from '../api/index.js';
import '../provider/define.js';
import './define.js';
import type { SocEntityTimeline } from './entity-timeline.js';

export const DAY = 24 * 3600e3;
export const iso = (time: number) => new Date(time).toISOString();

/** A real HTTP client that also remembers what the timeline asked for and with which signal. */
export class RecordingApi extends HttpIncidentApi {
  readonly requests: { entityId: string; query: TimelineQuery; signal?: AbortSignal }[] = [];

  override getEntityTimeline(entityId: string, query: TimelineQuery, options?: CallOptions): Promise<TimelinePage> {
    this.requests.push({ entityId, query, signal: options?.signal });
    return super.getEntityTimeline(entityId, query, options);
  }
}

export interface TimelineFixture {
  timeline: SocEntityTimeline;
  api: RecordingApi;
}

/** Renders the story template over the test backend, with the test data's clock. */
export async function renderTimeline(
  entityId: string,
  options: Partial<Omit<EntityTimelineTemplateOptions, 'api' | 'entityId'>> = {},
): Promise<TimelineFixture> {
  const api = new RecordingApi({ baseUrl: BASE_URL });
  const provider = await fixture(entityTimelineTemplate({ api, entityId, clock: () => TEST_NOW, ...options }));
  const timeline = provider.querySelector('soc-entity-timeline')!;
  await timeline.updateComplete;
  return { timeline, api };
}

/** A device that some incident names, so that its timeline has alerts too. */
export function namedDevice(backend: MockBackend): string {
  const service = backend.service;
  for (const incident of service.listIncidents({ sort: { field: 'id', direction: 'asc' }, top: 100 }).items) {
    const device = service.listEvidence(incident.id).find((entity) => entity.type === 'device');
    if (device) return device.id;
  }
  throw new Error('No incident of the test data names a device.');
}

export const root = (timeline: SocEntityTimeline) => timeline.shadowRoot!;
export const part = (timeline: SocEntityTimeline, selector: string) =>
  root(timeline).querySelector<HTMLElement>(selector);
export const parts = (timeline: SocEntityTimeline, selector: string) => [
  ...root(timeline).querySelectorAll<HTMLElement>(selector),
];
export const text = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The rendered events, top to bottom. */
export const rows = (timeline: SocEntityTimeline) =>
  parts(timeline, '[role="option"]').sort((a, b) => Number(a.dataset.position) - Number(b.dataset.position));
export const rowTitles = (timeline: SocEntityTimeline) => rows(timeline).map((row) => text(row.querySelector('.title')));
export const rowTimes = (timeline: SocEntityTimeline) =>
  rows(timeline).map((row) => row.querySelector('time')!.getAttribute('datetime')!);
export const bars = (timeline: SocEntityTimeline) => parts(timeline, '.bar');
export const scroller = (timeline: SocEntityTimeline) => part(timeline, '.scroller')!;
export const totalText = (timeline: SocEntityTimeline) => text(part(timeline, '.total'));
export const button = (timeline: SocEntityTimeline, label: string) =>
  parts(timeline, 'button').find((b) => text(b) === label || b.getAttribute('aria-label') === label);

/** `waitUntil` with room for a busy machine. */
export function eventually(condition: () => unknown, message: string): Promise<void> {
  return waitUntil(condition, message, { timeout: 10_000 });
}

/** Waits until the list shows events and nothing is on its way. */
export async function settled(timeline: SocEntityTimeline): Promise<void> {
  await eventually(
    () =>
      rows(timeline).length > 0 &&
      !part(timeline, '[aria-busy="true"]') &&
      !part(timeline, '[role="progressbar"]'),
    'the timeline shows its events',
  );
  await timeline.updateComplete;
}

/** Chooses an option of the time range menu as a person would. */
export async function chooseRange(timeline: SocEntityTimeline, value: string): Promise<void> {
  const select = part(timeline, 'select') as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await timeline.updateComplete;
}
