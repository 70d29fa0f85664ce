import { expect, html, waitUntil } from '@open-wc/testing';
import type { Alert } from '../api/index.js';
import { mountInLanguage, switchLanguage, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import './define.js';
import type { SocLinkAlerts } from './link-alerts.js';

describe('soc-link-alerts in other languages', function () {
  const test = useTestBackend();
  const root = (el: SocLinkAlerts) => el.shadowRoot!;
  const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
  const title = (el: SocLinkAlerts) => root(el).querySelector('h2')!.textContent;

  const someAlerts = (count: number): Alert[] => test.backend.service.listAlerts({ status: ['new'], top: count }).items;

  async function mount(lang: string, alerts: Alert[], options: { dir?: 'rtl' } = {}) {
    const mounted = await mountInLanguage(lang, 'soc-link-alerts', html`<soc-link-alerts></soc-link-alerts>`, options);
    mounted.el.show(alerts);
    await mounted.el.updateComplete;
    return mounted;
  }

  async function search(el: SocLinkAlerts, query: string): Promise<void> {
    const input = root(el).querySelector<HTMLInputElement>('#targetIncidentId')!;
    input.value = query;
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
  }

  it('speaks German, then Japanese when the language changes', async () => {
    const { wrapper, el } = await mount('de', someAlerts(1));
    await waitUntil(() => title(el) === 'Warnung mit einem anderen Vorfall verknüpfen', 'German shows', TRANSLATION_LOADS);
    expect(text(root(el).querySelector('label[for="targetIncidentId"]')!)).to.equal('Vorfall-ID');
    expect(text(root(el).querySelector('label:has(#mode-new)')!)).to.equal('Neuen Vorfall erstellen');
    await search(el, 'zzzz-nothing-matches');
    await waitUntil(() => text(root(el)).includes('Kein Vorfall entspricht „zzzz-nothing-matches“.'), 'the empty search shows');

    await switchLanguage(wrapper, 'ja', () => title(el) === 'アラートを別のインシデントにリンク', 'Japanese shows');
    expect(text(root(el).querySelector('label:has(#mode-existing)')!)).to.equal('既存のインシデントにリンク');
  });

  it('leaves no string untranslated in the pseudo-locale, with search results', async () => {
    const { el } = await mount('en-XA', someAlerts(2));
    expect(text(root(el))).to.include('⟦');
    const [incident] = test.backend.service.listIncidents({ top: 1 }).items;
    await search(el, incident.id);
    await waitUntil(() => root(el).querySelector('button.match'), 'results show', TRANSLATION_LOADS);
    expect(untranslatedText(root(el))).to.deep.equal([]);
  });

  it('lays out right to left and stays accessible', async () => {
    const { el } = await mount('en', someAlerts(1), { dir: 'rtl' });
    expect(root(el).querySelector('dialog')!.getBoundingClientRect().left).to.be.at.most(1);
    const radio = root(el).querySelector('#mode-existing')!.getBoundingClientRect();
    const labelText = root(el).querySelector('label:has(#mode-existing)')!.getBoundingClientRect();
    expect(radio.right, 'the radio button comes first, on the right').to.be.closeTo(labelText.right, 1);
    await expect(el).to.be.accessible();
  });
});
