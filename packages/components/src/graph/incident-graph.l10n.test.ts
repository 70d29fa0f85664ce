import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { incidentGraphTemplate } from '../../../../stories/incident-graph.stories.js';
import { mountInLanguage, switchLanguage, testApi, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import { formatDateTime } from '../internal/format.js';
import { groupKey } from './graph-grouping.js';
import { alertKey } from './graph-model.js';
import type { SocIncidentGraph } from './incident-graph.js';
import { sizedIncident } from './incident-graph.fixture.js';

describe('soc-incident-graph in other languages', function () {
  const test = useTestBackend();

  const service = () => test.backend.service;
  const root = (el: SocIncidentGraph) => el.shadowRoot!;
  const text = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  const nodes = (el: SocIncidentGraph) => [...root(el).querySelectorAll<SVGGElement>('.nodes > .node')];
  const node = (el: SocIncidentGraph, key: string) => nodes(el).find((candidate) => candidate.dataset.key === key);
  const drawn = (el: SocIncidentGraph) =>
    waitUntil(() => nodes(el).length > 0 && !root(el).querySelector('.laying-out'), 'the graph is drawn', TRANSLATION_LOADS);

  /** An incident of 3 alerts and 27 entities: three devices, and more of other types. */
  const incident = () => service().createIncident(service().principalFor('responder'), sizedIncident({ alerts: 3, entitiesPerAlert: 9 })).id;

  async function mount(lang: string, incidentId: string, dir?: 'rtl') {
    const template = incidentGraphTemplate({ api: testApi(), incidentId, groupThreshold: 2, height: '560px' });
    const mounted = await mountInLanguage(lang, 'soc-incident-graph', template, { provider: false, dir });
    await drawn(mounted.el);
    return mounted;
  }

  it('speaks German, then Japanese when the language changes', async () => {
    const id = incident();
    const { wrapper, el } = await mount('de', id);
    await waitUntil(() => text(root(el).querySelector('.switch')!).includes('Graphansicht'), 'German shows', TRANSLATION_LOADS);

    expect(node(el, groupKey('device'))!.getAttribute('aria-label')).to.include('3 Geräte').and.include('reduzierte Gruppe');
    const namedInGerman = () => text(root(el).querySelector('.labels')!).includes('3 Geräte');
    await waitUntil(namedInGerman, 'the group node is named in German', TRANSLATION_LOADS);
    const alert = service().listIncidentAlerts(id)[0]!;
    expect(node(el, alertKey(alert.id))!.getAttribute('aria-label'))
      .to.match(new RegExp(`^${alert.title}, Warnung, Schweregrad \\S+, Status \\S+`))
      .and.not.include('severity');
    expect(root(el).querySelector('.chip[data-type="device"]')!.getAttribute('title')).to.equal('Alle 3 Geräte einzeln anzeigen');

    // The flyout: German words, a German date.
    node(el, alertKey(alert.id))!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitUntil(() => root(el).querySelector('.flyout'), 'the flyout opens', TRANSLATION_LOADS);
    const flyout = root(el).querySelector('.flyout')!;
    expect(text(flyout)).to.include('Erkennungsquelle').and.include('Erste Aktivität');
    const time = flyout.querySelector('time')!;
    expect(time.textContent).to.equal(formatDateTime(time.dateTime, 'de'));
    expect(flyout.querySelector('h2')!.getAttribute('dir')).to.equal('auto');

    await switchLanguage(wrapper, 'ja', () => text(root(el).querySelector('.switch')!).includes('グラフ ビュー'), 'Japanese shows');
    expect(node(el, groupKey('device'))!.getAttribute('aria-label')).to.include('デバイス 3 件');
    expect(text(root(el).querySelector('.flyout')!)).to.include('検出ソース');
    const jaTime = root(el).querySelector('.flyout time')!;
    expect(jaTime.textContent).to.equal(formatDateTime(jaTime.getAttribute('datetime'), 'ja'));
  });

  it('opens the tree the way the page reads', async () => {
    const { el } = await mount('en', incident(), 'rtl');
    [...root(el).querySelectorAll<HTMLButtonElement>('.switch button')][1]!.click();
    await el.updateComplete;
    const first = root(el).querySelector<HTMLElement>('[role="treeitem"]')!;
    first.focus();
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded'), 'ArrowRight closes a branch in a right-to-left page').to.equal('false');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('true');
  });

  it('leaves no string untranslated in the pseudo-locale', async () => {
    const id = incident();
    const { el } = await mount('en-XA', id);
    const alert = service().listIncidentAlerts(id)[0]!;
    node(el, alertKey(alert.id))!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await waitUntil(() => root(el).querySelector('.flyout'), 'the flyout opens', TRANSLATION_LOADS);
    expect(text(root(el))).to.include('⟦');
    expect(untranslatedText(root(el))).to.deep.equal([]);

    // The list view and an entity's flyout too.
    [...root(el).querySelectorAll<HTMLButtonElement>('.switch button')][1]!.click();
    await el.updateComplete;
    const entityRow = [...root(el).querySelectorAll<HTMLElement>('[role="treeitem"]')].find((row) => row.dataset.key!.startsWith('e/'))!;
    entityRow.click();
    await waitUntil(() => root(el).querySelector('.flyout [part="open-entity"], .flyout .summary .verdict'), 'the entity flyout opens', TRANSLATION_LOADS);
    expect(untranslatedText(root(el))).to.deep.equal([]);
  });
});
