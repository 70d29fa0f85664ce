import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Incident } from '../api/index.js';
import { mountInLanguage, switchLanguage, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS as LOADED, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import './define.js';
import type { SocIncidentPage } from './incident-page.js';

describe('soc-incident-page in other languages', function () {
  const test = useTestBackend();

  const root = (el: SocIncidentPage) => el.shadowRoot!;
  const button = (el: SocIncidentPage, label: string) =>
    [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === label);
  const tab = (el: SocIncidentPage, name: string) => root(el).querySelector<HTMLButtonElement>(`#tab-${name}`)!;
  const factLabels = (el: SocIncidentPage) => [...root(el).querySelectorAll('.facts dt')].map((dt) => dt.textContent!.trim());

  const mount = (lang: string, incidentId: string, dir?: 'rtl') =>
    mountInLanguage(lang, 'soc-incident-page', html`<soc-incident-page .incidentId=${incidentId}></soc-incident-page>`, {
      dir: dir ?? 'ltr',
      until: (el) => root(el).querySelector('header'),
      message: 'incident loads',
    });

  function taggedIncident(): Incident {
    const incident = test.backend.service
      .listIncidents({ top: 50, status: ['active'] })
      .items.find((i) => i.customTags.length > 0);
    if (!incident) throw new Error('The generated data has no active incident with tags.');
    return incident;
  }

  it('shows German inside lang="de" and Japanese once the lang changes to "ja"', async () => {
    const incident = taggedIncident();
    const { wrapper, el } = await mount('de', incident.id);

    await waitUntil(() => button(el, 'Vorfall verwalten'), 'German actions show', LOADED);
    expect(button(el, 'Vorfall auflösen')).to.exist;
    expect(tab(el, 'attack-story').textContent!.trim()).to.equal('Angriffsgeschichte');
    expect(tab(el, 'evidence-and-response').textContent!.trim()).to.equal('Beweise und Reaktion');
    expect(factLabels(el)).to.deep.equal(['Vorfall-ID', 'Schweregrad', 'Status', 'Zugewiesen an', 'Klassifizierung']);
    expect(root(el).querySelector('.tablist')!.getAttribute('aria-label')).to.equal('Vorfall');
    // The incident's own words stay as they are, isolated from the German around them.
    expect(root(el).querySelector('h1')!.textContent).to.equal(incident.displayName);
    expect(root(el).querySelector('h1 > bdi')?.textContent).to.equal(incident.displayName);
    expect([...root(el).querySelectorAll('.tags bdi')].map((bdi) => bdi.textContent)).to.include.members(incident.customTags);

    await switchLanguage(wrapper, 'ja', () => button(el, 'インシデントの管理'), 'Japanese actions show');
    expect(tab(el, 'attack-story').textContent!.trim()).to.equal('攻撃ストーリー');
    expect(factLabels(el)).to.deep.equal(['インシデント ID', '重大度', '状態', '割り当て先', '分類']);
    await expect(el).to.be.accessible();
  });

  it('says in German when the incident does not exist', async () => {
    const { el } = await mountInLanguage('de', 'soc-incident-page', html`<soc-incident-page incident-id="999999"></soc-incident-page>`);
    await waitUntil(() => root(el).querySelector('h1')?.textContent === 'Vorfall nicht gefunden', 'German not-found state', LOADED);
  });

  it('takes every word it shows from its catalogs (pseudo-locale)', async () => {
    const { el } = await mount('en-XA', taggedIncident().id);
    await waitUntil(() => root(el).querySelector('header [part="manage-button"]')!.textContent!.includes('⟦'), 'pseudo-locale shows');
    // The tabs' elements have tests of their own.
    expect(untranslatedText(root(el), { enter: () => false })).to.deep.equal([]);
  });

  it('moves to the next tab with Left in a right-to-left page', async () => {
    const { el } = await mount('en', taggedIncident().id, 'rtl');
    tab(el, 'attack-story').focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(tab(el, 'alerts').getAttribute('aria-selected')).to.equal('true');
    expect(root(el).activeElement).to.equal(tab(el, 'alerts'));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(tab(el, 'attack-story').getAttribute('aria-selected')).to.equal('true');
  });
});
