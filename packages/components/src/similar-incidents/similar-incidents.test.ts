import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { CAPABILITIES, HttpIncidentApi, type Capability, type IncidentApi, type SimilarIncident } from '../api/index.js';
import type { IncidentOpenEvent } from '../events/incident-open.js';
import { formatDateTime } from '../internal/format.js';
import '../provider/define.js';
import './define.js';
import { SHARED_TITLE, similarIncidentsData } from './similar-incidents.fixture.js';
import type { SocSimilarIncidents } from './similar-incidents.js';

const MARKUP = '<img src=x onerror="window.__socSimilarPwned=1">';

declare global {
  interface Window {
    __socSimilarPwned?: number;
  }
}

/** A client of a backend that finds no similar incidents; it counts the calls made anyway. */
class NoSimilarApi extends HttpIncidentApi {
  override readonly capabilities: ReadonlySet<Capability> = new Set(CAPABILITIES.filter((c) => c !== 'similarIncidents'));
  calls = 0;
  override listSimilarIncidents(...args: Parameters<HttpIncidentApi['listSimilarIncidents']>): Promise<SimilarIncident[]> {
    this.calls++;
    return super.listSimilarIncidents(...args);
  }
}

describe('soc-similar-incidents', function () {
  let test: TestBackend;
  let api: HttpIncidentApi;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => {
    freshState(test);
    api = new HttpIncidentApi({ baseUrl: BASE_URL });
  });

  const service = () => test.backend.service;
  const root = (el: SocSimilarIncidents) => el.shadowRoot!;
  const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
  const items = (el: SocSimilarIncidents) => [...root(el).querySelectorAll<HTMLLIElement>('ol.incidents > li')];
  const itemOf = (el: SocSimilarIncidents, id: string) => root(el).querySelector<HTMLLIElement>(`li[data-incident-id="${id}"]`)!;
  const reasons = (item: HTMLElement) => [...item.querySelectorAll('.reasons > li')].map(text);
  const button = (el: SocSimilarIncidents, label: string) =>
    [...root(el).querySelectorAll('button')].find((b) => text(b) === label);

  async function mount(incidentId: string | undefined, options: { client?: IncidentApi; top?: number; width?: string; dir?: string } = {}) {
    const { client = api, top = 10, width = '960px', dir = 'ltr' } = options;
    const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir}>
      <soc-api-provider .api=${client}>
        <soc-similar-incidents .incidentId=${incidentId} .top=${top}></soc-similar-incidents>
      </soc-api-provider>
    </div>`);
    // Through the CSSOM, as the kit's elements set theirs: the page runs under a CSP without inline styles.
    wrapper.style.setProperty('width', width);
    return wrapper.querySelector('soc-similar-incidents')!;
  }

  const loaded = (el: SocSimilarIncidents) => waitUntil(() => root(el).querySelector('section.similar[aria-busy="false"]'), 'similar incidents load');

  describe('the list', () => {
    it('lists the incidents the service finds, most alike first, with their facts and what they share', async () => {
      const { incidentId, twinId } = similarIncidentsData(test.backend);
      const expected = service().listSimilarIncidents(incidentId, { top: 10 });
      const el = await mount(incidentId);
      await loaded(el);

      expect(items(el).map((item) => item.dataset.incidentId)).to.deep.equal(expected.map((similar) => similar.incident.id));
      expect(expected[0]!.incident.id).to.equal(twinId);
      expect(text(root(el).querySelector('h2')!)).to.equal('Similar incidents');

      const twin = itemOf(el, twinId);
      expect(text(twin.querySelector('h3')!)).to.equal(`ID ${twinId} Download cradle run again by jdoe`);
      expect(!!twin.querySelector('h3 button'), 'the name is a button').to.be.true;
      const twinIncident = expected[0]!.incident;
      expect(text(twin.querySelector('.facts')!)).to.equal(
        `Severity Medium Status Active Classification True positive Determination Malware Last activity ${formatDateTime(twinIncident.lastActivityDateTime)}`,
      );
      expect(reasons(twin)).to.deep.equal([
        '5 shared entities: CONTOSO-WS-9105, jdoe, invoice-9105.ps1, +2 more',
        `Same alert title: ${SHARED_TITLE}`,
        '2 shared techniques: T1059.001, T1105',
      ]);
      // The values are data: each isolated from the sentence around it; the shortened list is whole in the tooltip.
      expect([...twin.querySelectorAll('.reasons bdi')].map((bdi) => bdi.textContent)).to.include.members(['CONTOSO-WS-9105', 'jdoe', 'T1105']);
      expect(twin.querySelector('.reason.entities')!.getAttribute('title')!.replace(/[\u2068\u2069]/g, '')).to.equal(
        'CONTOSO-WS-9105, jdoe, invoice-9105.ps1, 10.91.0.5, https://cdn-9105.example.net/stage2',
      );

      // An incident of the generated data, like this one by a technique: its reason says which.
      const generated = expected.find((similar) => similar.reasons.length === 1 && similar.reasons[0]!.kind === 'techniques');
      if (generated) {
        const { values } = generated.reasons[0]!;
        const count = values.length;
        expect(reasons(itemOf(el, generated.incident.id))).to.deep.equal([
          `${count} shared ${count === 1 ? 'technique' : 'techniques'}: ${values.join(', ')}`,
        ]);
      }
      await expect(el).to.be.accessible();
    });

    it('asks for `top` incidents at most', async () => {
      const { incidentId } = similarIncidentsData(test.backend);
      const el = await mount(incidentId, { top: 2 });
      await loaded(el);
      expect(items(el).map((item) => item.dataset.incidentId)).to.deep.equal(
        service()
          .listSimilarIncidents(incidentId, { top: 2 })
          .map((similar) => similar.incident.id),
      );
    });

    it('opens an incident by click and by keyboard with soc-incident-open, carrying the whole incident', async () => {
      const { incidentId, twinId } = similarIncidentsData(test.backend);
      const el = await mount(incidentId);
      await loaded(el);
      const open = itemOf(el, twinId).querySelector<HTMLButtonElement>('h3 button')!;

      setTimeout(() => open.click());
      const clicked = (await oneEvent(el, 'soc-incident-open')) as IncidentOpenEvent;
      expect(clicked.detail.incident.id).to.equal(twinId);
      expect(clicked.detail.incident).to.have.property('etag').that.is.a('string');
      expect(clicked.bubbles && clicked.composed).to.be.true;

      open.focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const entered = (await oneEvent(el, 'soc-incident-open')) as IncidentOpenEvent;
      expect(entered.detail.incident.id).to.equal(twinId);

      // Tab goes from one incident to the next.
      await sendKeys({ press: 'Tab' });
      const buttons = items(el).map((item) => item.querySelector('h3 button'));
      expect(root(el).activeElement === buttons[1], 'the next incident has focus').to.be.true;
    });

    it('shows a list of many shared values shortened, and one over the limit whole', async () => {
      const { incidentId, twinId } = similarIncidentsData(test.backend);
      const el = await mount(incidentId);
      await loaded(el);
      el.valueLimit = 4;
      await el.updateComplete;
      expect(reasons(itemOf(el, twinId))[0]).to.equal(
        '5 shared entities: CONTOSO-WS-9105, jdoe, invoice-9105.ps1, 10.91.0.5, https://cdn-9105.example.net/stage2',
      );
      expect(itemOf(el, twinId).querySelector('.reason.entities')!.hasAttribute('title')).to.be.false;
      el.valueLimit = 1;
      await el.updateComplete;
      expect(reasons(itemOf(el, twinId))[0]).to.equal('5 shared entities: CONTOSO-WS-9105, +4 more');
    });

    it('loads again for another incident', async () => {
      const { incidentId, twinId } = similarIncidentsData(test.backend);
      const el = await mount(incidentId);
      await loaded(el);
      el.incidentId = twinId;
      await waitUntil(() => items(el)[0]?.dataset.incidentId === incidentId, 'the first incident is the most like its twin');
      expect(itemOf(el, twinId) === null, 'the twin is not like itself').to.be.true;
    });
  });

  describe('states', () => {
    it('shows a loading state while the incidents load', async () => {
      test.backend.setScenario({ latencyMs: 2_000 });
      const el = await mount(similarIncidentsData(test.backend).incidentId);
      expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Loading similar incidents…');
      expect(!!root(el).querySelector('[aria-busy="true"]'), 'busy').to.be.true;
      await expect(el).to.be.accessible();
    });

    it('says "No similar incidents" for an incident nothing is like', async () => {
      const el = await mount(similarIncidentsData(test.backend).loneId);
      await loaded(el);
      expect(items(el)).to.have.length(0);
      expect(text(root(el))).to.include('No similar incidents');
      await expect(el).to.be.accessible();
    });

    it('shows a server error with Retry, and loads on retry', async () => {
      const { incidentId } = similarIncidentsData(test.backend);
      test.backend.setScenario({ errorRate: 1 });
      const el = await mount(incidentId);
      await waitUntil(() => root(el).querySelector('.state.error'), 'the error shows');
      expect(text(root(el).querySelector('.state.error h2')!)).to.equal("Couldn't load similar incidents");
      expect(root(el).querySelector('.state.error')!.getAttribute('role')).to.equal('alert');
      await expect(el).to.be.accessible();

      test.backend.setScenario({ errorRate: 0 });
      button(el, 'Retry')!.click();
      await loaded(el);
      expect(items(el).length).to.be.greaterThan(0);
    });

    it('says when to retry when throttled', async () => {
      test.backend.setScenario({ throttled: true });
      const el = await mount(similarIncidentsData(test.backend).incidentId);
      await waitUntil(() => root(el).querySelector('.state.error'), 'the error shows');
      expect(text(root(el))).to.match(/Try again in \d+ seconds?/);
    });

    it('says an unknown incident was not found, in the service\'s words', async () => {
      const el = await mount('999999');
      await waitUntil(() => root(el).querySelector('.state.error'), 'the error shows');
      expect(text(root(el).querySelector('.state.error')!)).to.include('No incident with id "999999".');
      await expect(el).to.be.accessible();
    });

    it('says similar incidents are not available from a backend without them, and asks for none', async () => {
      const client = new NoSimilarApi({ baseUrl: BASE_URL });
      const el = await mount(similarIncidentsData(test.backend).incidentId, { client });
      await el.updateComplete;
      expect(text(root(el))).to.include('Not available from this backend');
      expect(client.calls).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('asks for an incident when none is given', async () => {
      const el = await mount(undefined);
      expect(text(root(el))).to.equal('Select an incident to see the incidents like it.');
    });
  });

  describe('layout', () => {
    it('fits a 360px container without scrolling sideways, left to right and right to left', async () => {
      const { incidentId } = similarIncidentsData(test.backend, { twinName: `A long name ${'without-any-break-'.repeat(8)}` });
      for (const dir of ['ltr', 'rtl']) {
        const el = await mount(incidentId, { width: '360px', dir });
        await loaded(el);
        expect(el.getBoundingClientRect().width, dir).to.equal(360);
        expect(el.scrollWidth, `${dir}: the element's width`).to.be.at.most(el.clientWidth);
        for (const item of items(el)) {
          const box = item.getBoundingClientRect();
          expect(box.width, `${dir}: an item's width`).to.be.at.most(360);
          expect(item.scrollWidth, `${dir}: an item's content`).to.be.at.most(item.clientWidth);
        }
        await expect(el).to.be.accessible();
      }
    });
  });

  it('renders markup from the API as text', async () => {
    const { incidentId, twinId } = similarIncidentsData(test.backend, { twinName: `Twin ${MARKUP}` });
    const el = await mount(incidentId);
    await loaded(el);
    expect(text(itemOf(el, twinId).querySelector('.incident-name')!)).to.equal(`Twin ${MARKUP}`);
    expect(root(el).querySelector('img, script') === null, 'no element from the markup').to.be.true;
    expect(window.__socSimilarPwned).to.be.undefined;
  });
});
