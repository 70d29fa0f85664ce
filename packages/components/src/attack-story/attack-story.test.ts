import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { attackStoryTemplate, type AttackStoryTemplateOptions } from '../../../../stories/attack-story.stories.js';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { API_ERROR_KINDS, ApiError, HttpIncidentApi, type Alert, type IncidentApi } from '../api/index.js';
import type { AlertSelectEvent } from '../events/alert-select.js';
import { GraphSelectEvent, type GraphSelection } from '../events/graph-select.js';
import { formatDateTime } from '../internal/format.js';
import {
  ALERT_STATUS_LABELS,
  CLASSIFICATION_LABELS,
  DETECTION_SOURCE_LABELS,
  REMEDIATION_STATUS_LABELS,
  SERVICE_SOURCE_LABELS,
  SEVERITY_LABELS,
  VERDICT_LABELS,
  categoryLabel,
} from '../internal/labels.js';
import type { SocAttackStory } from './attack-story.js';
import { runFrom } from '../playbooks/playbook-runner.fixture.js';

const MARKUP = '<img src=x onerror="window.__socAttackStoryPwned=1">';

declare global {
  interface Window {
    __socAttackStoryPwned?: number;
  }
}

/** The graph side as the story drives it. */
type GraphSide = HTMLElement & { incidentId?: string; highlightedAlertId?: string | null };

describe('soc-attack-story', function () {
  let test: TestBackend;
  let api: HttpIncidentApi;

  before(async () => {
    await setViewport({ width: 1400, height: 900 });
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    api = new HttpIncidentApi({ baseUrl: BASE_URL });
  });

  const responder = () => test.backend.service.principalFor('responder');
  const root = (el: SocAttackStory) => el.shadowRoot!;
  const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
  const cards = (el: SocAttackStory) => [...root(el).querySelectorAll<HTMLElement>('li.alert')];
  const titleButton = (card: HTMLElement) => card.querySelector<HTMLButtonElement>('button.title')!;
  const disclosure = (card: HTMLElement) => card.querySelector<HTMLButtonElement>('button.disclosure')!;
  const detailsOf = (el: SocAttackStory, card: HTMLElement) =>
    root(el).getElementById(disclosure(card).getAttribute('aria-controls')!)!;
  const graph = (el: SocAttackStory) => root(el).querySelector<GraphSide>('soc-incident-graph')!;
  const retry = (el: SocAttackStory) =>
    [...root(el).querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Retry');

  async function mount(
    incidentId: string | undefined,
    options: Partial<AttackStoryTemplateOptions> = {},
  ): Promise<SocAttackStory> {
    const provider = await fixture(attackStoryTemplate({ api, incidentId, ...options }));
    return provider.querySelector('soc-attack-story')!;
  }

  const settled = { timeout: 5_000 };
  const loaded = (el: SocAttackStory) => waitUntil(() => cards(el).length > 0, 'the alert story loads', settled);

  /** The story's order, stated independently: first activity, then ID. */
  const expectedOrder = (alerts: Alert[]) =>
    [...alerts].sort(
      (a, b) =>
        Date.parse(a.firstActivityDateTime) - Date.parse(b.firstActivityDateTime) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );

  /** A generated incident with several alerts, of which at least one names evidence. */
  function busyIncident(): { id: string; alerts: Alert[] } {
    for (const incident of test.backend.service.listIncidents({ top: 50 }).items) {
      const alerts = test.backend.service.listIncidentAlerts(incident.id);
      if (alerts.length > 2 && alerts.some((alert) => alert.evidence.length > 0)) return { id: incident.id, alerts };
    }
    throw new Error('The generated data has no incident with several alerts and evidence.');
  }

  /** An incident of `count` alerts an hour apart, each naming a device of its own and a shared user. */
  function longIncident(count: number): { id: string; alerts: Alert[] } {
    const start = Date.parse('2024-05-20T08:00:00Z');
    const { id } = test.backend.service.createIncident(responder(), {
      displayName: 'Long attack',
      alerts: Array.from({ length: count }, (_, index) => ({
        title: `Stage ${index + 1}`,
        description: `What happened in stage ${index + 1}`,
        firstActivityDateTime: new Date(start + index * 3_600_000).toISOString(),
        lastActivityDateTime: new Date(start + index * 3_600_000 + 60_000).toISOString(),
        evidence: [
          { '@odata.type': '#microsoft.graph.security.deviceEvidence', hostName: `stage-host-${index + 1}` },
          {
            '@odata.type': '#microsoft.graph.security.userEvidence',
            userAccount: { accountName: 'jdoe', domainName: 'CONTOSO', userPrincipalName: 'jdoe@contoso.com' },
          },
        ],
      })),
    });
    return { id, alerts: test.backend.service.listIncidentAlerts(id) };
  }

  /** What the graph reports when a node is selected in it. */
  function selectInGraph(el: SocAttackStory, node: GraphSelection | null, alertIds: string[]): GraphSelectEvent {
    const event = new GraphSelectEvent(node, alertIds);
    graph(el).dispatchEvent(event);
    return event;
  }

  describe('the alert story', () => {
    it("tells the service's alerts in the order their activity began, each with what happened, sources and entities", async () => {
      const { id, alerts } = busyIncident();
      const el = await mount(id);
      await loaded(el);

      const expected = expectedOrder(alerts);
      expect(cards(el).map((card) => text(titleButton(card)))).to.deep.equal(expected.map((alert) => alert.title));
      expected.forEach((alert, index) => {
        const card = cards(el)[index];
        expect(card.dataset.alertId).to.equal(alert.id);
        expect(text(card.querySelector('time')!)).to.equal(formatDateTime(alert.firstActivityDateTime));
        expect(card.querySelector('.severity')!.classList.contains(alert.severity)).to.be.true;
        expect(text(card.querySelector('.severity')!)).to.equal(SEVERITY_LABELS[alert.severity]);
        if (alert.description) expect(text(card.querySelector('.what')!)).to.equal(alert.description.replace(/\s+/g, ' ').trim());
        expect(text(card.querySelector('.sources')!)).to.include(SERVICE_SOURCE_LABELS[alert.serviceSource]);
        expect(text(card.querySelector('.sources')!)).to.include(DETECTION_SOURCE_LABELS[alert.detectionSource]);
        const chips = [...card.querySelectorAll('.entity-name')].map(text);
        expect(chips).to.deep.equal(alert.evidence.slice(0, 4).map((entity) => entity.displayName));
        if (alert.evidence.length > 4) expect(text(card.querySelector('.more')!)).to.equal(`+${alert.evidence.length - 4} more`);
      });
      expect(text(root(el).querySelector('#story-heading')!)).to.equal('Alert story');
      expect(text(root(el).querySelector('#graph-heading')!)).to.equal('Incident graph');
      expect(graph(el).incidentId).to.equal(id);
      await expect(el).to.be.accessible();
    });

    it('orders alerts that began together by ID, whatever order the backend sends', async () => {
      const same = '2024-05-02T10:00:00Z';
      const { id } = test.backend.service.createIncident(responder(), {
        displayName: 'Alerts sent in no particular order',
        alerts: [
          { title: 'Latest', firstActivityDateTime: '2024-05-03T10:00:00Z', lastActivityDateTime: '2024-05-03T11:00:00Z' },
          { title: 'Together, endpoint', serviceSource: 'microsoftDefenderForEndpoint', firstActivityDateTime: same, lastActivityDateTime: same },
          { title: 'Earliest', firstActivityDateTime: '2024-05-01T10:00:00Z', lastActivityDateTime: '2024-05-01T11:00:00Z' },
          { title: 'Together, identity', serviceSource: 'microsoftDefenderForIdentity', firstActivityDateTime: same, lastActivityDateTime: same },
          { title: 'Together, office', serviceSource: 'microsoftDefenderForOffice365', firstActivityDateTime: same, lastActivityDateTime: same },
        ],
      });
      const alerts = test.backend.service.listIncidentAlerts(id);
      const expected = expectedOrder(alerts).map((alert) => alert.title);
      expect(expected[0]).to.equal('Earliest');
      expect(expected.at(-1)).to.equal('Latest');

      for (const sent of [alerts, [...alerts].reverse()]) {
        const el = await mount(id, { api: backendSending(api, sent) });
        await loaded(el);
        expect(cards(el).map((card) => text(titleButton(card)))).to.deep.equal(expected);
      }
    });

    it('shows and hides the details of an alert with its disclosure button, from the keyboard', async () => {
      const { id, alerts } = busyIncident();
      const el = await mount(id);
      await loaded(el);
      const index = expectedOrder(alerts).findIndex((alert) => alert.evidence.length > 0);
      const alert = expectedOrder(alerts)[index];
      const card = cards(el)[index];

      expect(disclosure(card).getAttribute('aria-expanded')).to.equal('false');
      expect(detailsOf(el, card).hidden).to.be.true;

      titleButton(card).focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(disclosure(card));
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;

      expect(disclosure(card).getAttribute('aria-expanded')).to.equal('true');
      const details = detailsOf(el, card);
      expect(details.hidden).to.be.false;
      const shown = text(details);
      expect(shown).to.include(alert.description.replace(/\s+/g, ' ').trim());
      expect(shown).to.include(categoryLabel(alert.category));
      for (const technique of alert.mitreTechniques) expect(shown).to.include(technique);
      expect(shown).to.include(ALERT_STATUS_LABELS[alert.status]);
      expect(shown).to.include(CLASSIFICATION_LABELS[alert.classification]);
      expect(shown).to.include(alert.recommendedActions.replace(/\s+/g, ' ').trim());
      const evidence = [...details.querySelectorAll('.evidence li')];
      expect(evidence).to.have.length(alert.evidence.length);
      alert.evidence.forEach((entity, position) => {
        const item = evidence[position];
        expect(text(item.querySelector('.evidence-name')!)).to.equal(entity.displayName);
        expect(item.querySelector('.verdict')!.classList.contains(entity.verdict)).to.be.true;
        expect(text(item.querySelector('.verdict')!)).to.equal(VERDICT_LABELS[entity.verdict]);
        expect(text(item)).to.include(`Remediation: ${REMEDIATION_STATUS_LABELS[entity.remediationStatus]}`);
      });
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(disclosure(card).getAttribute('aria-expanded')).to.equal('false');
      expect(detailsOf(el, card).hidden).to.be.true;
      expect(root(el).activeElement).to.equal(disclosure(card));
    });

    it('runs a playbook on an alert from its details, without choosing the alert', async () => {
      const { id, alerts } = busyIncident();
      const el = await mount(id);
      await loaded(el);
      const alert = expectedOrder(alerts)[0];
      const card = cards(el)[0];
      disclosure(card).click();
      await el.updateComplete;
      const runner = detailsOf(el, card).querySelector('soc-playbook-runner')!;
      expect(runner, 'the details offer playbooks').to.exist;
      expect(runner.target).to.deep.equal({ kind: 'alert', id: alert.id });

      let chosen = false;
      el.addEventListener('soc-alert-select', () => (chosen = true));
      await runFrom(runner, 'pb-alert-email');
      await waitUntil(
        () => test.backend.service.listPlaybookRuns({ kind: 'alert', id: alert.id }).length === 1,
        'the run starts on the alert',
        settled,
      );
      expect(chosen, 'running a playbook does not choose the alert').to.be.false;
    });

    it('keeps the details of several alerts open at once, and closes them when another incident is shown', async () => {
      const { id } = busyIncident();
      const el = await mount(id);
      await loaded(el);
      disclosure(cards(el)[0]).click();
      disclosure(cards(el)[1]).click();
      await el.updateComplete;
      expect(cards(el).slice(0, 2).map((card) => disclosure(card).getAttribute('aria-expanded'))).to.deep.equal(['true', 'true']);

      const other = longIncident(3);
      el.incidentId = other.id;
      const showsOther = () => cards(el).length > 0 && text(titleButton(cards(el)[0])) === 'Stage 1';
      await waitUntil(showsOther, 'the other incident loads', settled);
      expect(cards(el).every((card) => disclosure(card).getAttribute('aria-expanded') === 'false')).to.be.true;
    });
  });

  describe('with the graph', () => {
    it('emphasises in the graph the alert chosen in the story, and lets it go when chosen again', async () => {
      const { id, alerts } = busyIncident();
      const el = await mount(id);
      await loaded(el);
      const alert = expectedOrder(alerts)[1];
      expect(graph(el).highlightedAlertId).to.equal(null);

      setTimeout(() => titleButton(cards(el)[1]).click());
      const event = (await oneEvent(el, 'soc-alert-select')) as AlertSelectEvent;
      expect(event.detail.alert.id).to.equal(alert.id);
      expect(event.composed).to.be.true;
      await el.updateComplete;
      expect(graph(el).highlightedAlertId).to.equal(alert.id);
      expect(titleButton(cards(el)[1]).getAttribute('aria-pressed')).to.equal('true');
      expect(cards(el).filter((card) => titleButton(card).getAttribute('aria-pressed') === 'true')).to.have.length(1);

      // A click anywhere on the card's surface chooses it as well; the keyboard uses the title button.
      (cards(el)[2].querySelector('.sources') as HTMLElement).click();
      await el.updateComplete;
      expect(graph(el).highlightedAlertId).to.equal(expectedOrder(alerts)[2].id);

      titleButton(cards(el)[2]).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(graph(el).highlightedAlertId).to.equal(null);
      expect(titleButton(cards(el)[2]).getAttribute('aria-pressed')).to.equal('false');
    });

    it('does not choose the alert when its disclosure button is pressed', async () => {
      const { id } = busyIncident();
      const el = await mount(id);
      await loaded(el);
      disclosure(cards(el)[0]).click();
      await el.updateComplete;
      expect(graph(el).highlightedAlertId).to.equal(null);
    });

    it("highlights the alerts of the graph's selection, scrolls the first into view, and lets the event pass unchanged", async () => {
      const { id, alerts } = longIncident(14);
      const el = await mount(id, { width: '1100px', height: '360px' });
      await loaded(el);
      const ordered = expectedOrder(alerts);
      const picked = [ordered[12].id, ordered[11].id];

      const seen: Event[] = [];
      const listener = (event: Event) => seen.push(event);
      document.addEventListener('soc-graph-select', listener);
      try {
        const sent = selectInGraph(el, { kind: 'entity', entity: { ...ordered[11].evidence[0], alertIds: picked } }, picked);
        await el.updateComplete;
        expect(seen).to.deep.equal([sent]);
      } finally {
        document.removeEventListener('soc-graph-select', listener);
      }

      const highlighted = cards(el).filter((card) => card.classList.contains('in-graph-selection'));
      expect(highlighted.map((card) => card.dataset.alertId)).to.deep.equal([ordered[11].id, ordered[12].id]);
      expect(text(highlighted[0])).to.include('Selected in graph');
      expect(text(root(el).querySelector('[role="status"]')!)).to.equal('2 alerts match the graph selection.');

      const scroller = root(el).querySelector<HTMLElement>('.story-body')!;
      const inView = () => {
        const box = highlighted[0].getBoundingClientRect();
        const frame = scroller.getBoundingClientRect();
        return box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1;
      };
      await waitUntil(inView, 'the first highlighted alert scrolls into view', settled);
      expect(scroller.scrollTop).to.be.greaterThan(0);
      await expect(el).to.be.accessible();

      selectInGraph(el, null, []);
      await el.updateComplete;
      expect(cards(el).filter((card) => card.classList.contains('in-graph-selection'))).to.have.length(0);
    });

    it('drops a story choice when the graph selects another node, and keeps it when the graph selects that alert or clears', async () => {
      const { id, alerts } = busyIncident();
      const el = await mount(id);
      await loaded(el);
      const [first, second] = expectedOrder(alerts);

      titleButton(cards(el)[0]).click();
      await el.updateComplete;
      selectInGraph(el, { kind: 'alert', alert: first }, [first.id]);
      await el.updateComplete;
      expect(graph(el).highlightedAlertId).to.equal(first.id);

      selectInGraph(el, null, []);
      await el.updateComplete;
      expect(graph(el).highlightedAlertId).to.equal(first.id);

      selectInGraph(el, { kind: 'alert', alert: second }, [second.id]);
      await el.updateComplete;
      expect(graph(el).highlightedAlertId).to.equal(null);
      expect(titleButton(cards(el)[0]).getAttribute('aria-pressed')).to.equal('false');
      expect(cards(el)[1].classList.contains('in-graph-selection')).to.be.true;
    });

    it('highlights the alerts of an entity selected in the incident graph itself', async () => {
      const { id, alerts } = longIncident(4);
      const shared = test.backend.service.listEvidence(id).find((entity) => entity.alertIds.length === alerts.length)!;
      const el = await mount(id);
      await loaded(el);
      const node = () => graph(el).shadowRoot?.querySelector<SVGGElement>(`.node[data-key="e/${CSS.escape(shared.id)}"]`);
      await waitUntil(node, 'the graph draws the shared entity', { timeout: 8_000 });

      setTimeout(() => node()!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
      const event = (await oneEvent(el, 'soc-graph-select')) as GraphSelectEvent;
      expect(event.detail.alertIds).to.have.members(shared.alertIds);
      await el.updateComplete;
      expect(cards(el).filter((card) => card.classList.contains('in-graph-selection'))).to.have.length(alerts.length);
    });
  });

  describe('states', () => {
    it('shows a skeleton while the alerts load', async () => {
      test.backend.setScenario({ latencyMs: 2_000 });
      const { id } = busyIncident();
      const el = await mount(id);
      expect(text(root(el).querySelector('[role="status"]')!)).to.equal('Loading alerts…');
      expect(root(el).querySelector('.skeleton')!.getAttribute('aria-busy')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('says "No alerts" when the incident has none', async () => {
      const { id } = test.backend.service.createIncident(responder(), { displayName: 'Quiet incident', alerts: [] });
      const el = await mount(id);
      await waitUntil(() => /No alerts/.test(text(root(el))), 'the empty state shows', settled);
      expect(cards(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows a server error with Retry, and tells the story on retry', async () => {
      const { id, alerts } = busyIncident();
      test.backend.setScenario({ errorRate: 1 });
      const el = await mount(id);
      await waitUntil(() => root(el).querySelector('.story [role="alert"]'), 'the error shows', settled);
      expect(retry(el)).to.exist;
      await expect(el).to.be.accessible();

      test.backend.setScenario({ errorRate: 0 });
      retry(el)!.click();
      await loaded(el);
      expect(cards(el)).to.have.length(alerts.length);
    });

    it('says when to retry when throttled, and that the service is unreachable when offline', async () => {
      const { id } = busyIncident();
      test.backend.setScenario({ throttled: true });
      const throttled = await mount(id);
      await waitUntil(() => root(throttled).querySelector('[role="alert"]'), 'the throttled error shows', settled);
      expect(text(root(throttled).querySelector('[role="alert"]')!)).to.match(/Try again in \d+ seconds?/);

      test.backend.setScenario({ throttled: false, offline: true });
      const offline = await mount(id);
      await waitUntil(() => root(offline).querySelector('[role="alert"]'), 'the network error shows', settled);
      expect(text(root(offline).querySelector('[role="alert"]')!)).to.include("Can't reach the incident service");
      expect(retry(offline)).to.exist;
    });

    it('maps every kind of failure to its own message, with Retry only where retrying can help', async function () {
      for (const kind of API_ERROR_KINDS) {
        const failing = failingAlerts(api, new ApiError(kind, `The backend said ${kind}.`, { retryAfterMs: 3_000 }));
        const el = await mount('1001', { api: failing });
        await waitUntil(() => root(el).querySelector('[role="alert"]'), `the ${kind} error shows`, settled);
        const shown = text(root(el).querySelector('[role="alert"]')!);
        expect(shown, kind).to.include(`The backend said ${kind}`);
        if (kind === 'forbidden') {
          expect(shown).to.include('Your role cannot view the alerts of this incident');
          expect(retry(el), kind).to.be.undefined;
        } else if (kind === 'validation') {
          expect(retry(el), kind).to.be.undefined;
        } else {
          expect(retry(el), kind).to.exist;
        }
        if (kind === 'throttled') expect(shown).to.include('Try again in 3 seconds.');
      }
    });

    it('asks for an incident when none is set', async () => {
      const el = await mount(undefined);
      expect(text(root(el))).to.equal('Select an incident to see its attack story.');
    });
  });

  describe('layout', () => {
    const regions = (el: SocAttackStory) => ({
      story: root(el).querySelector('.story')!.getBoundingClientRect(),
      graph: root(el).querySelector('.graph')!.getBoundingClientRect(),
    });

    it('puts the story beside the graph when wide, and above it when narrow', async () => {
      const { id } = busyIncident();
      const wide = await mount(id, { width: '1200px' });
      await loaded(wide);
      const side = regions(wide);
      expect(side.graph.left).to.be.at.least(side.story.right - 1);
      expect(Math.abs(side.graph.top - side.story.top)).to.be.below(1);
      expect(side.story.width).to.be.at.least(340);

      const narrow = await mount(id, { width: '640px' });
      await loaded(narrow);
      const stacked = regions(narrow);
      expect(stacked.graph.top).to.be.at.least(stacked.story.bottom - 1);
      expect(Math.abs(stacked.graph.width - stacked.story.width)).to.be.below(1);
    });
  });

  it('renders markup from the API as text and runs none of it', async () => {
    const { id } = test.backend.service.createIncident(responder(), {
      displayName: `Name ${MARKUP}`,
      alerts: [
        {
          title: `Alert ${MARKUP}`,
          description: `Description ${MARKUP}`,
          recommendedActions: `Step one\n<script>window.__socAttackStoryPwned=2</script>`,
          category: `Category ${MARKUP}`,
          mitreTechniques: ['T1059'],
          evidence: [
            {
              '@odata.type': '#microsoft.graph.security.fileEvidence',
              verdict: 'malicious',
              fileDetails: { fileName: `file ${MARKUP}.exe`, sha256: 'a'.repeat(64) },
            },
          ],
        },
      ],
    });
    const el = await mount(id);
    await loaded(el);
    const card = cards(el)[0];
    disclosure(card).click();
    await el.updateComplete;

    expect(text(titleButton(card))).to.equal(`Alert ${MARKUP}`);
    expect(text(card.querySelector('.what')!)).to.equal(`Description ${MARKUP}`);
    expect(text(card.querySelector('.entity-name')!)).to.equal(`file ${MARKUP}.exe`);
    const details = text(detailsOf(el, card));
    expect(details).to.include(`Category ${MARKUP}`);
    expect(details).to.include('<script>window.__socAttackStoryPwned=2</script>');
    expect(root(el).querySelector('.story img, .story script')).to.be.null;
    expect(window.__socAttackStoryPwned).to.be.undefined;
  });
});

/** `api`, except that `listIncidentAlerts` answers `alerts` in the order given. */
function backendSending(api: IncidentApi, alerts: Alert[]): IncidentApi {
  return overriding(api, { listIncidentAlerts: () => Promise.resolve(alerts.map((alert) => structuredClone(alert))) });
}

/** `api`, except that `listIncidentAlerts` fails with `error`. */
function failingAlerts(api: IncidentApi, error: ApiError): IncidentApi {
  return overriding(api, { listIncidentAlerts: () => Promise.reject(error) });
}

function overriding(api: IncidentApi, overrides: Partial<IncidentApi>): IncidentApi {
  return new Proxy(api, {
    get(target, key, receiver) {
      if (Object.hasOwn(overrides, key)) return overrides[key as keyof IncidentApi];
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
