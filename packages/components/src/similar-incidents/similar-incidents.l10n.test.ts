import { expect, html, waitUntil } from '@open-wc/testing';
import { mountInLanguage, switchLanguage, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import { formatDateTime } from '../internal/format.js';
import './define.js';
import { SHARED_TITLE, similarIncidentsData } from './similar-incidents.fixture.js';
import type { SocSimilarIncidents } from './similar-incidents.js';

describe('soc-similar-incidents in other languages', function () {
  const test = useTestBackend();
  const root = (el: SocSimilarIncidents) => el.shadowRoot!;
  const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
  const itemOf = (el: SocSimilarIncidents, id: string) => root(el).querySelector<HTMLLIElement>(`li[data-incident-id="${id}"]`)!;
  const reasons = (item: HTMLElement) => [...item.querySelectorAll('.reasons > li')].map(text);
  /** Values as the language lists them (the browser's own data: it differs between versions). */
  const list = (lang: string, values: string[]) => new Intl.ListFormat(lang, { type: 'unit' }).format(values).replace(/\s+/g, ' ');

  const mount = (lang: string, incidentId: string, dir?: 'rtl') =>
    mountInLanguage(lang, 'soc-similar-incidents', html`<soc-similar-incidents .incidentId=${incidentId}></soc-similar-incidents>`, {
      dir,
      until: (el) => root(el).querySelector('section.similar'),
      message: 'similar incidents load',
    });

  it('speaks German, with German plurals and lists, then Japanese when the language changes', async () => {
    const { incidentId, twinId } = similarIncidentsData(test.backend);
    const { wrapper, el } = await mount('de', incidentId);
    await waitUntil(() => text(root(el).querySelector('h2')!) === 'Ähnliche Vorfälle', 'German shows', TRANSLATION_LOADS);

    const twin = itemOf(el, twinId);
    expect(reasons(twin)).to.deep.equal([
      `5 gemeinsame Entitäten: ${list('de', ['CONTOSO-WS-9105', 'jdoe', 'invoice-9105.ps1', '+2 weitere'])}`,
      `Gleicher Warnungstitel: ${SHARED_TITLE}`,
      `2 gemeinsame Techniken: ${list('de', ['T1059.001', 'T1105'])}`,
    ]);
    const lastActivity = twin.querySelector('.last-activity time')!;
    expect(text(twin.querySelector('.facts')!)).to.equal(
      `Schweregrad Mittel Status Aktiv Klassifizierung Richtig positiv Bestimmung Schadsoftware Letzte Aktivität ${formatDateTime(lastActivity.getAttribute('datetime'), 'de')}`,
    );
    expect(text(twin.querySelector('h3')!)).to.equal(`ID ${twinId} Download cradle run again by jdoe`);

    await switchLanguage(wrapper, 'ja', () => text(root(el).querySelector('h2')!) === '類似のインシデント', 'Japanese shows');
    expect(reasons(itemOf(el, twinId))).to.deep.equal([
      `共通のエンティティ 5 件: ${list('ja', ['CONTOSO-WS-9105', 'jdoe', 'invoice-9105.ps1', '他 2 件'])}`,
      `共通のアラート タイトル 1 件: ${SHARED_TITLE}`,
      `共通の手法 2 件: ${list('ja', ['T1059.001', 'T1105'])}`,
    ]);
    await expect(el).to.be.accessible();
  });

  it('says there are none, and that the backend has none, in German', async () => {
    const { loneId } = similarIncidentsData(test.backend);
    const { el } = await mount('de', loneId);
    await waitUntil(() => text(root(el)).includes('Keine ähnlichen Vorfälle'), 'the German empty state shows', TRANSLATION_LOADS);
  });

  it('takes every word it shows from its catalogs (pseudo-locale), right to left too', async () => {
    const { incidentId } = similarIncidentsData(test.backend);
    const { el } = await mount('en-XA', incidentId, 'rtl');
    await waitUntil(() => root(el).querySelector('ol.incidents'), 'the list shows', TRANSLATION_LOADS);
    expect(text(root(el))).to.include('⟦');
    expect(untranslatedText(root(el))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
