import { expect, html, waitUntil } from '@open-wc/testing';
import type { Incident } from '../api/index.js';
import { mountInLanguage, switchLanguage, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import './define.js';
import type { SocManageIncident } from './manage-incident.js';

describe('soc-manage-incident in other languages', function () {

  const test = useTestBackend();
  const service = () => test.backend.service;
  const root = (el: SocManageIncident) => el.shadowRoot!;
  const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
  const label = (el: SocManageIncident, id: string) => text(root(el).querySelector(`label[for="${id}"]`)!);

  const activeIncidents = (count: number): Incident[] =>
    service().listIncidents({ status: ['active'], top: count }).items.slice(0, count);

  async function mount(lang: string, target: Incident | Incident[]) {
    const mounted = await mountInLanguage(lang, 'soc-manage-incident', html`<soc-manage-incident></soc-manage-incident>`);
    const { el } = mounted;
    el.show(target);
    await waitUntil(
      () => (root(el).querySelector<HTMLSelectElement>('#assignedTo')?.options.length ?? 0) > 2,
      'assignees load',
      TRANSLATION_LOADS,
    );
    return mounted;
  }

  it('speaks German, then Japanese when the language changes', async () => {
    const [incident] = activeIncidents(1);
    const { wrapper, el } = await mount('de', incident);
    await waitUntil(() => root(el).querySelector('h2')!.textContent === 'Vorfall verwalten', 'German shows', TRANSLATION_LOADS);

    expect(label(el, 'severity')).to.equal('Schweregrad');
    expect(label(el, 'assignedTo')).to.equal('Zugewiesen an');
    const subtitle = root(el).querySelector('#subtitle')!;
    expect(text(subtitle)).to.equal(`${incident.displayName} · Vorfall-ID ${incident.id}`);
    expect([...subtitle.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).to.deep.equal([incident.displayName, incident.id]);
    expect(text(root(el).querySelector('#comment-count')!)).to.equal('0/30.000 Zeichen');
    expect(root(el).querySelector<HTMLTextAreaElement>('#comment')!.placeholder).to.equal('Kommentar hinzufügen');

    // A local validation message is in the reader's language too.
    const name = root(el).querySelector<HTMLInputElement>('#displayName')!;
    name.value = ' ';
    name.dispatchEvent(new Event('input'));
    root(el).querySelector<HTMLButtonElement>('button[part="save-button"]')!.click();
    await waitUntil(() => root(el).querySelector('#displayName-error'), 'the name is asked for', TRANSLATION_LOADS);
    expect(text(root(el).querySelector('#displayName-error')!)).to.equal('Geben Sie einen Namen für den Vorfall ein.');

    await switchLanguage(wrapper, 'ja', () => root(el).querySelector('h2')!.textContent === 'インシデントの管理', 'Japanese shows');
    expect(label(el, 'severity')).to.equal('重大度');
    expect(text(root(el).querySelector('#subtitle')!)).to.equal(`${incident.displayName} · インシデント ID ${incident.id}`);
    expect(text(root(el).querySelector('#comment-count')!)).to.equal('0/30,000 文字');
  });

  it('counts a bulk selection in the reader’s language', async () => {
    const { el } = await mount('ja', activeIncidents(3));
    await waitUntil(() => text(root(el).querySelector('#subtitle')!) === '3 件のインシデントを選択済み', 'Japanese shows', TRANSLATION_LOADS);
    expect(text(root(el).querySelector('#tags-hint')!)).to.include('選択したすべてのインシデント');
  });

  it('leaves no string untranslated in the pseudo-locale', async () => {
    const { el } = await mount('en-XA', activeIncidents(1)[0]);
    expect(text(root(el))).to.include('⟦');
    expect(untranslatedText(root(el))).to.deep.equal([]);

    const bulk = await mount('en-XA', activeIncidents(3));
    expect(untranslatedText(root(bulk.el))).to.deep.equal([]);

    const resolving = await mount('en-XA', activeIncidents(1)[0]);
    resolving.el.show(activeIncidents(1)[0], { purpose: 'resolve' });
    await resolving.el.updateComplete;
    expect(untranslatedText(root(resolving.el))).to.deep.equal([]);
  });
});
