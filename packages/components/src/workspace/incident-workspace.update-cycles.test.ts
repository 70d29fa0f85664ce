import { expect, fixture, waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { HttpIncidentApi } from '../api/index.js';
import { INCIDENT_PAGE_TABS } from '../incident-page/incident-page-tabs.js';
import { workspaceTemplate } from '../../../../stories/incident-workspace.stories.js';
import { BASE_URL, freshState, startTestBackend, TEST_NOW, type TestBackend } from '../../../../test/support/test-backend.js';
import type { SocIncidentWorkspace } from './incident-workspace.js';

const waitFor = (condition: () => unknown, message: string) => waitUntil(condition, message, { timeout: 20_000 });

/** Every element in `root` and in the shadow roots below it. */
function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** Nothing in the workspace is loading any more: no spinner, no busy region, no pending update. */
function settled(workspace: Element): boolean {
  const elements = [workspace, ...deepElements(workspace.shadowRoot!)];
  return elements.every(
    (element) =>
      !element.matches('.spinner, [aria-busy="true"]') && !(element instanceof ReactiveElement && element.isUpdatePending),
  );
}

/**
 * Lit's development build warns "<element> scheduled an update (generally because a property was
 * set) after an update completed" when an update is still pending once `updated()` has run: each
 * such update renders twice. The same condition is checked here on any build, and the warning
 * itself is caught when the development build runs.
 */
describe('soc-incident-workspace update cycles', function () {
  this.timeout(120_000);
  let test: TestBackend;
  const offenders: string[] = [];
  const prototype = ReactiveElement.prototype as unknown as { performUpdate(): void };
  const performUpdate = prototype.performUpdate;
  const warn = console.warn;

  before(async () => {
    test = await startTestBackend();
    prototype.performUpdate = function (this: ReactiveElement) {
      performUpdate.call(this);
      if (this.isUpdatePending) offenders.push(this.localName);
    };
    console.warn = (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      const element = /Element (\S+) scheduled an update/.exec(text);
      if (element) offenders.push(element[1]!);
      warn.apply(console, args);
    };
  });
  after(() => {
    prototype.performUpdate = performUpdate;
    console.warn = warn;
    return test.worker.stop();
  });
  beforeEach(() => {
    freshState(test);
    offenders.length = 0;
  });

  async function mount(): Promise<SocIncidentWorkspace> {
    const api = new HttpIncidentApi({ baseUrl: BASE_URL });
    const provider = await fixture(workspaceTemplate(api, '1400px', false, () => TEST_NOW));
    const workspace = provider.querySelector('soc-incident-workspace') as SocIncidentWorkspace;
    const queue = () => workspace.shadowRoot!.querySelector('soc-incident-queue')!;
    await waitFor(() => queue().shadowRoot?.querySelector('.body [role="row"][data-id]'), 'the queue shows incidents');
    await waitFor(() => settled(workspace), 'the queue settles');
    return workspace;
  }

  /** Shows `view` as the workspace does when a person navigates there. */
  async function show(workspace: SocIncidentWorkspace, view: object, what: string): Promise<void> {
    (workspace as unknown as { view: object }).view = view;
    await workspace.updateComplete;
    await waitFor(() => settled(workspace), `${what} settles`);
  }

  /** An incident with a device among its evidence. */
  function incidentWithDevice(): { id: string; deviceId: string } {
    const service = test.backend.service;
    for (const incident of service.listIncidents({ top: 30 }).items) {
      const device = service.listEvidence(incident.id).find((entity) => entity.type === 'device');
      if (device) return { id: incident.id, deviceId: device.id };
    }
    throw new Error('The generated data has no incident with a device.');
  }

  it('loads the queue without an update scheduled after an update', async () => {
    await mount();
    expect(offenders).to.deep.equal([]);
  });

  it('shows every tab of the incident page and the entity page without an update scheduled after an update', async () => {
    const workspace = await mount();
    const { id, deviceId } = incidentWithDevice();
    const seen: Record<string, string[]> = {};
    for (const tab of INCIDENT_PAGE_TABS) {
      offenders.length = 0;
      await show(workspace, { page: { id, tab } }, `the ${tab} tab`);
      if (offenders.length) seen[tab] = [...new Set(offenders)];
    }
    offenders.length = 0;
    await show(workspace, { page: { id, tab: 'assets' }, entityId: deviceId }, 'the entity page');
    if (offenders.length) seen['entity page'] = [...new Set(offenders)];
    expect(seen).to.deep.equal({});
  });
});
