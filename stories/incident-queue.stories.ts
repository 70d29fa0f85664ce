import {
  CAPABILITIES,
  HttpIncidentApi,
  localSavedViewStorage,
  type Capability,
  type IncidentApi,
  type SavedViewDraft,
  type SavedViewStorage,
} from '@soc-kit/components/api';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/components/src/provider/define.js';
import '../packages/components/src/queue/define.js';
import type { QueueFilters } from '../packages/components/src/queue/queue-filters.js';
import type { InitialFilter } from '../packages/components/src/queue/saved-views.js';
import { BACKEND_ARG_TYPES, BACKEND_ARGS, DATA_NOW, loadBackend, type BackendArgs } from './support/story-backend.js';
import { until } from './support/play.js';

export interface QueueTemplateOptions {
  api: IncidentApi;
  filters?: QueueFilters;
  search?: string;
  /** The time "1 week" counts back from; generated data has its own clock. */
  clock?: () => number;
  storageKey?: string;
  pageSize?: number;
  urlSync?: boolean;
  /** CSS height of the queue; the grid fills what the toolbar leaves. */
  height?: string;
  /**
   * What a fresh queue opens with when the person has no default view. Tests about something else
   * start from every incident (`none`, the default here); the stories show the portal's default.
   */
  initialFilter?: InitialFilter;
  /** Where saved views are kept when the backend does not keep them. */
  viewStorage?: SavedViewStorage;
}

/** The queue inside a provider, as a portal embeds it. Tests render the same template. */
export function queueTemplate(options: QueueTemplateOptions) {
  return html`<soc-api-provider .api=${options.api}>
    <soc-incident-queue
      style="height: ${options.height ?? '640px'}"
      .filters=${options.filters ?? {}}
      .search=${options.search ?? ''}
      .clock=${options.clock ?? Date.now}
      storage-key=${options.storageKey ?? 'soc-incident-queue.columns'}
      page-size=${options.pageSize ?? nothing}
      ?url-sync=${options.urlSync ?? false}
      initial-filter=${options.initialFilter ?? 'none'}
      .viewStorage=${options.viewStorage}
    ></soc-incident-queue>
  </soc-api-provider>`;
}

interface QueueStoryArgs extends BackendArgs {
  filters: QueueFilters;
  search: string;
}

const meta = {
  title: 'Triage/Incident queue',
  // Helpers the tests reuse are exported in lower case; they are not stories.
  excludeStories: /^[a-z]/,
  component: 'soc-incident-queue',
  tags: ['autodocs'],
  args: { ...BACKEND_ARGS, filters: {}, search: '' },
  argTypes: BACKEND_ARG_TYPES,
  parameters: { layout: 'fullscreen' },
  loaders: [loadBackend],
  render: (args, { loaded }) =>
    html`<div style="padding: 16px 24px">
      ${queueTemplate({
        api: (loaded as { api: IncidentApi }).api,
        viewStorage: (loaded as { viewStorage?: SavedViewStorage }).viewStorage,
        filters: args.filters,
        search: args.search,
        clock: () => DATA_NOW,
        height: 'calc(100vh - 32px)',
        initialFilter: 'portal',
      })}
    </div>`,
} satisfies Meta<QueueStoryArgs>;

export default meta;
type Story = StoryObj<QueueStoryArgs>;

export const Loaded: Story = {};

export const Filtered: Story = {
  args: { filters: { status: ['active', 'inProgress'], serviceSources: ['microsoftSentinel'], timeRange: '30d' } },
};

/** Every request takes ten seconds: the skeleton and the progress bar. */
export const Loading: Story = {
  args: { latencyMs: 10_000 },
};

export const Empty: Story = {
  args: { search: 'no incident is called this' },
};

/** Every request fails with a server error: the message and "Retry". */
export const ErrorState: Story = {
  name: 'Error',
  args: { errorRate: 1 },
};

/** A reader can look but not manage. */
export const ReaderRole: Story = {
  args: { role: 'reader' },
};

/** 100,000 incidents: the grid renders only the rows in view and pages them in as they scroll. */
export const HundredThousandIncidents: Story = {
  args: { size: 100_000, latencyMs: 80 },
};

// ---------------------------------------------------------------------------
// Saved views, the portal's default filter and "Copy list link"
// ---------------------------------------------------------------------------

const VIEWS: SavedViewDraft[] = [
  { name: 'High severity, unassigned', query: { severity: ['high'], assignedTo: [''] }, columns: null, isDefault: false },
  { name: 'My open incidents', query: { status: ['active', 'inProgress'], assignedTo: ['alex@contoso.com'] }, columns: null, isDefault: true },
  { name: 'Sentinel triage', query: { serviceSources: ['microsoftSentinel'] }, columns: ['name', 'severity', 'status', 'lastUpdate'], isDefault: false },
];

/** Keeps the views of `drafts` in the story's backend, through its REST API. */
function withViews(drafts: SavedViewDraft[]) {
  return async () => {
    const api = new HttpIncidentApi({ baseUrl: '/api' });
    for (const draft of drafts) await api.saveSavedView(draft);
    return {};
  };
}

function savedViewsOf(canvas: HTMLElement): ShadowRoot {
  return canvas.querySelector('soc-incident-queue')!.shadowRoot!.querySelector('soc-queue-saved-views')!.shadowRoot!;
}

async function openMenu(canvas: HTMLElement): Promise<ShadowRoot> {
  const root = await until(() => canvas.querySelector('soc-incident-queue')?.shadowRoot?.querySelector('soc-queue-saved-views')?.shadowRoot);
  (await until(() => root.querySelector<HTMLElement>('.views-button'))).click();
  await until(() => root.querySelector('[role="menu"]:not([aria-busy="true"]) [data-action="save-view"]'));
  return root;
}

async function openSaveDialog(canvas: HTMLElement): Promise<HTMLDialogElement> {
  const root = await openMenu(canvas);
  root.querySelector<HTMLElement>('[data-action="save-view"]')!.click();
  return until(() => savedViewsOf(canvas).querySelector<HTMLDialogElement>('dialog.save[open]'));
}

/** The person's views in the "Saved views" menu; the queue opened with the default one ("My open incidents"). */
export const SavedViewsMenu: Story = {
  loaders: [withViews(VIEWS)],
  play: async ({ canvasElement }) => {
    await openMenu(canvasElement);
  },
};

/** "Save view…": a name, and whether a fresh queue opens with the view. */
export const SaveViewDialog: Story = {
  args: { filters: { severity: ['high'], status: ['active'] } },
  play: async ({ canvasElement }) => {
    await openSaveDialog(canvasElement);
  },
};

/** The storage refuses a name the person already uses; the name stays as typed. */
export const SaveViewNameTaken: Story = {
  loaders: [withViews([{ name: 'Night shift', query: { status: ['active'] }, columns: null, isDefault: false }])],
  args: { filters: { severity: ['high'] } },
  play: async ({ canvasElement }) => {
    const dialog = await openSaveDialog(canvasElement);
    const name = dialog.querySelector<HTMLInputElement>('#view-name')!;
    name.value = 'night SHIFT';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => dialog.querySelector('#name-error'));
  },
};

/** A backend without saved views (Graph, Sentinel): the queue keeps them in the host's storage (here `localSavedViewStorage` over memory). */
export const LocalStorageFallback: Story = {
  loaders: [
    async () => {
      class NoSavedViews extends HttpIncidentApi {
        override readonly capabilities: ReadonlySet<Capability> = new Set(CAPABILITIES.filter((capability) => capability !== 'savedViews'));
      }
      const memory = new Map<string, string>();
      const viewStorage = localSavedViewStorage({
        key: 'views',
        storage: { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value) },
      });
      await viewStorage.saveSavedView({ name: 'Kept in this browser', query: { severity: ['medium'] }, columns: null, isDefault: false });
      return { api: new NoSavedViews({ baseUrl: '/api' }), viewStorage };
    },
  ],
  play: async ({ canvasElement }) => {
    await openMenu(canvasElement);
  },
};
