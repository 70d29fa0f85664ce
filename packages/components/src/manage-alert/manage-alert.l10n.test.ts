import { expect, html, waitUntil } from '@open-wc/testing';
import type { Alert } from '../api/index.js';
import { mountInLanguage, switchLanguage, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import './define.js';
import type { SocManageAlert } from './manage-alert.js';

describe('soc-manage-alert in other languages', function () {
  const test = useTestBackend();
  const root = (el: SocManageAlert) => el.shadowRoot!;
  const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
  const label = (el: SocManageAlert, id: string) => text(root(el).querySelector(`label[for="${id}"]`)!);

  const newAlerts = (count: number): Alert[] => test.backend.service.listAlerts({ status: ['new'], top: count }).items;

  async function mount(lang: string, target: Alert | Alert[], options: { dir?: 'rtl' } = {}) {
    const mounted = await mountInLanguage(lang, 'soc-manage-alert', html`<soc-manage-alert></soc-manage-alert>`, options);
    mounted.el.show(target);
    await waitUntil(
      () => (root(mounted.el).querySelector<HTMLSelectElement>('#assignedTo')?.options.length ?? 0) > 2,
      'assignees load',
      TRANSLATION_LOADS,
    );
    return mounted;
  }

  it('speaks German, then Japanese when the language changes', async () => {
    const [alert] = newAlerts(1);
    const { wrapper, el } = await mount('de', alert);
    await waitUntil(() => root(el).querySelector('h2')!.textContent === 'Warnung verwalten', 'German shows', TRANSLATION_LOADS);
    expect(label(el, 'status')).to.equal('Status');
    expect(label(el, 'classification')).to.equal('Klassifizierung');
    expect(label(el, 'assignedTo')).to.equal('Zugewiesen an');
    expect(text(root(el).querySelector('#subtitle')!)).to.equal(`${alert.title} · Warnungs-ID ${alert.id}`);
    expect(text(root(el).querySelector('#comment-count')!)).to.equal('0/30.000 Zeichen');

    await switchLanguage(wrapper, 'ja', () => root(el).querySelector('h2')!.textContent === 'アラートの管理', 'Japanese shows');
    expect(label(el, 'determination')).to.equal('判定');
    expect(text(root(el).querySelector('#comment-count')!)).to.equal('0/30,000 文字');
  });

  it('counts a bulk selection in the reader’s language', async () => {
    const { el } = await mount('ja', newAlerts(3));
    await waitUntil(() => text(root(el).querySelector('#subtitle')!) === '3 件のアラートを選択済み', 'Japanese shows', TRANSLATION_LOADS);
  });

  it('leaves no string untranslated in the pseudo-locale', async () => {
    const { el } = await mount('en-XA', newAlerts(1)[0]);
    expect(text(root(el))).to.include('⟦');
    expect(untranslatedText(root(el))).to.deep.equal([]);
    const bulk = await mount('en-XA', newAlerts(3));
    expect(untranslatedText(root(bulk.el))).to.deep.equal([]);
  });

  it('lays out right to left and stays accessible', async () => {
    const [alert] = newAlerts(1);
    const { el } = await mount('en', alert, { dir: 'rtl' });
    const dialog = root(el).querySelector('dialog')!;
    const box = dialog.getBoundingClientRect();
    expect(box.left, 'the panel sits at the inline end: the left in right-to-left').to.be.at.most(1);
    const close = root(el).querySelector('header button')!.getBoundingClientRect();
    const title = root(el).querySelector('h2')!.getBoundingClientRect();
    expect(close.right, 'the close button is at the left').to.be.at.most(title.left + 1);
    await expect(el).to.be.accessible();
  });
});
