import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountInLanguage, switchLanguage, testApi, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import { alertQueueTemplate } from '../../../../stories/alert-queue.stories.js';
import { TEST_NOW } from '../../../../test/support/test-backend.js';
import './define.js';
import type { SocAlertQueue } from './alert-queue.js';

describe('soc-alert-queue in other languages', function () {
  const test = useTestBackend();
  const root = (el: SocAlertQueue) => el.shadowRoot!;
  const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
  const loaded = (el: SocAlertQueue) => root(el).querySelector('.body [role="row"][data-id]') && !root(el).querySelector('[role="progressbar"]');

  const mount = (lang: string, options: { dir?: 'ltr' | 'rtl'; width?: string } = {}) =>
    mountInLanguage(
      lang,
      'soc-alert-queue',
      alertQueueTemplate({ api: testApi(), clock: () => TEST_NOW, height: '480px', width: options.width, filters: { status: ['new'], timeRange: '1w' } }),
      { provider: false, dir: options.dir, until: loaded, message: 'the alerts load' },
    );

  /** Opens the first row's summary pane and resolves with its shadow root. */
  async function openSummary(el: SocAlertQueue): Promise<ShadowRoot> {
    root(el).querySelector<HTMLElement>('.body [role="row"][data-id] [data-column="status"]')!.click();
    await waitUntil(() => root(el).querySelector('soc-alert-summary')?.shadowRoot?.querySelector('h3'), 'the summary opens', TRANSLATION_LOADS);
    return root(el).querySelector('soc-alert-summary')!.shadowRoot!;
  }

  it('speaks German, then Japanese when the language changes', async () => {
    const { wrapper, el } = await mount('de');
    await waitUntil(() => text(root(el)).includes('Warnungen verwalten'), 'German shows', TRANSLATION_LOADS);
    expect(root(el).querySelector('h2')!.textContent).to.equal('Warnungen');
    expect(root(el).querySelector('input[type="search"]')!.getAttribute('placeholder')).to.equal('Nach Name, ID oder Ressource suchen');
    expect(text(root(el).querySelector('[data-column="name"][role="columnheader"]')!)).to.equal('Warnungsname');
    expect(text(root(el).querySelector('.count')!)).to.match(/^[\d.]+ Warnung(en)?$/);
    // The chips speak the incident queue's words, whose German loads as a chunk of its own.
    const chips = () => [...root(el).querySelectorAll('.chip')].map(text);
    await waitUntil(() => chips()[0] !== 'Time range: 1 week', "the queue's words load", TRANSLATION_LOADS);
    expect(chips()).to.deep.equal(['Zeitraum: 1 Woche', 'Status: Neu']);
    const summary = await openSummary(el);
    expect([...summary.querySelectorAll('h3')].map(text)[0]).to.equal('Was ist passiert');
    expect(text(summary.querySelector('[data-action="manage"]')!)).to.equal('Warnung verwalten');

    await switchLanguage(wrapper, 'ja', () => text(root(el)).includes('アラートの管理'), 'Japanese shows');
    expect(root(el).querySelector('h2')!.textContent).to.equal('アラート');
    expect(text(root(el).querySelector('.count')!)).to.match(/^[\d,]+ 件のアラート$/);
    await waitUntil(() => text(summary).includes('発生した内容'), 'the pane follows', TRANSLATION_LOADS);
  });

  it('leaves no string untranslated in the pseudo-locale, in the grid, the summary pane and the filter panel', async () => {
    const { el } = await mount('en-XA');
    expect(text(root(el))).to.include('⟦');
    expect(untranslatedText(root(el))).to.deep.equal([]);
    await openSummary(el);
    // The playbook runner has a test of its own.
    expect(untranslatedText(root(el), { enter: (element) => element.localName !== 'soc-playbook-runner' })).to.deep.equal([]);
    root(el).querySelector<HTMLElement>('[data-action="filters"]')!.click();
    await waitUntil(() => root(el).querySelector('soc-queue-filter-panel')?.shadowRoot?.querySelector('dialog[open]'), 'the filters open');
    expect(untranslatedText(root(el).querySelector('soc-queue-filter-panel')!.shadowRoot!)).to.deep.equal([]);
  });

  it('lays out right to left: sticky columns on the right, Left moving to the next column', async () => {
    const { el } = await mount('en', { dir: 'rtl' });
    const grid = root(el).querySelector<HTMLElement>('[role="grid"]')!;
    const check = grid.querySelector<HTMLElement>('.head .check')!;
    const name = grid.querySelector<HTMLElement>('.head [data-column="name"]')!;
    expect(check.getBoundingClientRect().right).to.be.greaterThan(name.getBoundingClientRect().right);
    const start = root(el).querySelector<HTMLElement>('[role="grid"] [tabindex="0"]')!;
    start.focus();
    // Columns run the way the text reads: right to left, Left moves to the next column.
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    const active = root(el).activeElement as HTMLElement;
    expect(active.closest('[data-column]')?.getAttribute('data-column')).to.equal('tags');
    await expect(el).to.be.accessible();
  });

  it('fits a 360px container with compact rows', async () => {
    const { el } = await mount('en', { width: '360px' });
    await waitUntil(() => el.compact, 'compact rows');
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth + 1);
    const toolbar = root(el).querySelector<HTMLElement>('.toolbar')!;
    expect(toolbar.scrollWidth).to.be.at.most(toolbar.clientWidth + 1);
    void test;
  });
});
