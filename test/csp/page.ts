// First: the recorder listens before any of the kit's modules run.
import { errors, setStep, violations } from './violations.js';
import { HttpIncidentApi } from '@soc-kit/components/api';
import '@soc-kit/components/define';
import { MockBackend } from '@soc-kit/mock-api';
import { html, render, type TemplateResult } from 'lit';
import { getResponse } from 'msw';
import { sizedIncident } from '../../packages/components/src/graph/incident-graph.fixture.js';
import type { SocIncidentGraph } from '../../packages/components/src/graph/incident-graph.js';
import { composedElements, stillLoading } from '../support/composed.js';
import { recordResponse } from '../support/recorded-response.js';
import { PROBE_ID, PROBE_MARKUP, REPORT_SOURCE, type Box, type CspReport, type PageMessage } from './report.js';

/**
 * Runs the kit's pages in this document, which is served under a strict CSP (see
 * web-test-runner.config.mjs), and reports to the parent test what was blocked and how the
 * elements were laid out. `?without=soc-kit` serves it without the kit's Trusted Types policy:
 * then only the large graph is shown, which must fall back to the page and say so.
 */

const NOW = Date.parse('2024-06-01T12:00:00Z');
const clock = () => NOW;
/** How long one step may take on a busy machine before the page gives up and reports. */
const STEP_LIMIT_MS = 45_000;

const backend = new MockBackend({ baseUrl: '/api', seed: 20240601, size: 30, now: NOW });
const api = new HttpIncidentApi({
  baseUrl: '/api',
  // The mock service's own REST handlers, answered in the page. (MSW's service worker cannot
  // start here: registering it needs a script URL from a Trusted Types policy of the test's own.)
  fetch: async (input, init) => {
    const request = new Request(input instanceof Request ? input : new URL(String(input), location.href), init);
    const response = await getResponse(backend.handlers, request);
    if (!response) throw new Error(`No mock handler answers ${request.method} ${request.url}.`);
    report.responses.push(await recordResponse(request, response));
    return response;
  },
});

const stage = document.getElementById('stage')!;
const report: CspReport = {
  violations,
  errors,
  responses: [],
  styleElements: [],
  queueRows: [],
  incidentTabs: [],
  timelineRows: [],
};

/** Resolves once `condition` holds, checking every 50 ms; throws after `STEP_LIMIT_MS`. */
async function until<T>(condition: () => T | null | undefined | false, what: string): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = condition();
    if (value) return value;
    if (performance.now() - start > STEP_LIMIT_MS) throw new Error(`Gave up waiting until ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const box = (element: Element): Box => {
  const { top, bottom } = element.getBoundingClientRect();
  return { top, bottom };
};

/** The text of `root` and of every shadow root under it. */
const composedText = (root: ParentNode & Node): string =>
  [root, ...[...composedElements(root)].map((element) => element.shadowRoot).filter((shadow) => shadow !== null)]
    .map((node) => node.textContent ?? '')
    .join(' ')
    .trim();

const shadow = (element: Element | null | undefined): ShadowRoot | undefined => element?.shadowRoot ?? undefined;

/** Shows `template` in a fresh API provider, replacing what the last step showed. */
function show(template: TemplateResult): void {
  render(html`<soc-api-provider .api=${api}>${template}</soc-api-provider>`, stage);
}

/** Notes `<style>` elements: Lit writes them only when the page cannot adopt constructed style sheets. */
function noteStyleElements(step: string): void {
  for (const element of composedElements(document)) {
    if (element.localName === 'style') report.styleElements.push(`${step}: <style> in ${(element.getRootNode() as ShadowRoot).host?.localName ?? 'the document'}`);
  }
}

/**
 * Breaks the CSP on purpose with a style attribute (and, if `trustedTypes`, an HTML string), and
 * waits until the page hears of it: proof that the policy is in force, and — as violations are
 * reported in order — that every violation before it has been heard.
 */
async function probe(step: string, { trustedTypes }: { trustedTypes: boolean }): Promise<void> {
  setStep(step);
  const element = document.createElement('span');
  element.id = PROBE_ID;
  document.body.append(element);
  const heard = (directive: string) =>
    violations.some((violation) => violation.step === step && violation.effectiveDirective === directive);
  element.setAttribute('style', 'outline: 0');
  await until(() => heard('style-src-attr'), `the probe's style attribute is reported (${step})`);
  if (trustedTypes) {
    try {
      // eslint-disable-next-line no-restricted-syntax -- the probe breaks the policy on purpose
      element.innerHTML = PROBE_MARKUP;
    } catch {
      // Refused, as it should be: a string where Trusted Types require TrustedHTML.
    }
    await until(() => heard('require-trusted-types-for'), `the probe's HTML string is reported (${step})`);
  }
  element.remove();
}

async function showQueue(): Promise<void> {
  setStep('queue');
  show(html`<soc-incident-queue initial-filter="none" .clock=${clock}></soc-incident-queue>`);
  const queue = stage.querySelector('soc-incident-queue');
  const rows = () => [...(shadow(queue)?.querySelectorAll<HTMLElement>('[role="row"][data-index]') ?? [])];
  await until(() => rows().length >= 10 && !stillLoading(shadow(queue)!), 'the queue shows its incidents');
  report.queueRows = rows()
    .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
    .map(box);
  noteStyleElements('queue');
}

/** An incident with a device among its evidence, so that every tab has something to show. */
function incidentToShow(): { incidentId: string; deviceId: string } {
  const { service } = backend;
  for (const incident of service.listIncidents({ top: 30 }).items) {
    const device = service.listEvidence(incident.id).find((entity) => entity.type === 'device');
    if (device) return { incidentId: incident.id, deviceId: device.id };
  }
  throw new Error('The generated data has no incident with a device.');
}

async function showIncidentPage(incidentId: string): Promise<void> {
  setStep('incident page');
  show(html`<soc-incident-page .incidentId=${incidentId}></soc-incident-page>`);
  const page = stage.querySelector('soc-incident-page');
  const tabs = await until(() => {
    const found = [...(shadow(page)?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
    return found.length > 0 && found;
  }, 'the incident page shows its tabs');
  for (const tab of tabs) {
    const name = tab.id.replace(/^tab-/, '');
    setStep(`incident page, ${name} tab`);
    tab.click();
    const panel = () => shadow(page)?.querySelector<HTMLElement>(`#panel-${name}:not([hidden])`);
    const loaded = () => {
      const shown = panel();
      return (
        !!shown &&
        composedText(shown).length > 0 &&
        !stillLoading(shown) &&
        ![...composedElements(shown)].some((element) => element.classList.contains('laying-out'))
      );
    };
    await until(loaded, `the ${name} tab has loaded`);
    report.incidentTabs.push({ tab: name, loaded: loaded(), text: composedText(panel()!).length });
    noteStyleElements(`incident page, ${name} tab`);
  }
}

async function showEntityPage(entityId: string): Promise<void> {
  setStep('entity page');
  show(html`<soc-entity-page .entityId=${entityId} .clock=${clock}></soc-entity-page>`);
  const page = stage.querySelector('soc-entity-page');
  const timeline = () => shadow(shadow(page)?.querySelector('soc-entity-timeline'));
  const rows = () => [...(timeline()?.querySelectorAll<HTMLElement>('.row[role="option"]') ?? [])];
  await until(
    () => rows().length >= 3 && !stillLoading(timeline()!) && !stillLoading(shadow(page)!),
    "the entity page shows the entity's timeline",
  );
  report.timelineRows = rows()
    .sort((a, b) => Number(a.dataset.position) - Number(b.dataset.position))
    .map(box);
  noteStyleElements('entity page');
}

/** A graph of 400 nodes: large enough to be laid out in the worker. */
async function showLargeGraph(): Promise<void> {
  setStep('graph');
  const { service } = backend;
  const incidentId = service.createIncident(service.principalFor('responder'), sizedIncident({ alerts: 40, entitiesPerAlert: 9 })).id;
  show(html`<soc-incident-graph .incidentId=${incidentId} .groupThreshold=${Number.POSITIVE_INFINITY}></soc-incident-graph>`);
  const graph = stage.querySelector<SocIncidentGraph>('soc-incident-graph')!;
  const nodes = () => [...(shadow(graph)?.querySelectorAll('.nodes > .node') ?? [])];
  await until(
    () => graph.layoutThread && nodes().length > 0 && !shadow(graph)!.querySelector('.laying-out'),
    'the large graph is drawn',
  );
  report.graph = {
    nodes: nodes().length,
    distinctPositions: new Set(nodes().map((node) => ['transform', 'x', 'y', 'cx', 'cy'].map((name) => node.getAttribute(name)).join()))
      .size,
    thread: graph.layoutThread,
    note: shadow(graph)!.querySelector('.layout-note')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
  };
  noteStyleElements('graph');
}

async function run(): Promise<void> {
  await probe('probe before', { trustedTypes: true });
  if (new URLSearchParams(location.search).get('without') === 'soc-kit') {
    await showLargeGraph();
  } else {
    const { incidentId, deviceId } = incidentToShow();
    await showQueue();
    await showIncidentPage(incidentId);
    await showEntityPage(deviceId);
    await showLargeGraph();
  }
  await probe('probe after', { trustedTypes: false });
}

function send(message: PageMessage): void {
  parent.postMessage(message, location.origin);
}

run().then(
  () => send({ source: REPORT_SOURCE, report }),
  (error: unknown) => send({ source: REPORT_SOURCE, report: { ...report, failure: error instanceof Error ? error.message : String(error) } }),
);
