import { expect, html, waitUntil } from '@open-wc/testing';
import { TEST_NOW } from '../../../../test/support/test-backend.js';
import { mountInLanguage, switchLanguage, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import './define.js';
import type { SocIncidentTrend } from './incident-trend.js';

describe('soc-incident-trend in other languages', function () {
  useTestBackend();
  const root = (el: SocIncidentTrend) => el.shadowRoot!;
  const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
  const names = (el: SocIncidentTrend) =>
    [...root(el).querySelectorAll('.bucket')].map((bucket) => bucket.getAttribute('aria-label')!.replace(/[\u2068\u2069]/g, ''));

  const mount = (lang: string, options: { view?: 'chart' | 'table'; range?: '24h' | '7d'; timeZone?: string; dir?: 'rtl' } = {}) =>
    mountInLanguage(
      lang,
      'soc-incident-trend',
      html`<soc-incident-trend
        .clock=${() => TEST_NOW}
        time-zone=${options.timeZone ?? 'UTC'}
        view=${options.view ?? 'chart'}
        range=${options.range ?? '24h'}
      ></soc-incident-trend>`,
      {
        dir: options.dir,
        until: (el) => root(el).querySelector('.bucket, table'),
        message: 'the trend loads',
      },
    );

  it('speaks German in its time zone, then Japanese when the language changes', async () => {
    const { wrapper, el } = await mount('de', { timeZone: 'Europe/Berlin' });
    await waitUntil(() => text(root(el)).includes('Neueste Vorfälle und Warnungen'), 'German shows', TRANSLATION_LOADS);

    expect(text(root(el).querySelector('[part="totals"]')!)).to.match(/^\d+ (Vorfall|Vorfälle) · \d+ (Warnung|Warnungen)$/);
    // Noon UTC is 14:00 in Berlin in June: the newest hour is 13:00–14:00 there.
    expect(names(el).at(-1)).to.match(/^13:00–14:00: \d+ (Vorfall|Vorfälle), \d+ (Warnung|Warnungen)$/);
    expect([...root(el).querySelectorAll('.ticks time')].map((tick) => tick.textContent)).to.deep.equal(['14:00', '20:00', '2:00', '8:00']);
    expect(root(el).querySelector('.buckets')!.getAttribute('aria-label')).to.equal('Vorfälle und Warnungen pro Stunde');
    expect([...root(el).querySelectorAll('.ranges button')].map(text)).to.deep.equal(['24 Stunden', '7 Tage']);

    await switchLanguage(wrapper, 'ja', () => text(root(el)).includes('最近のインシデントとアラート'), 'Japanese shows');
    expect(names(el).at(-1)).to.match(/^13:00～14:00: インシデント \d+ 件、アラート \d+ 件$/);
    expect(text(root(el).querySelector('.view-toggle')!)).to.equal('表で表示');
  });

  it('writes the days of the week in the language, and the table too', async () => {
    const { el } = await mount('de', { range: '7d', view: 'table' });
    await waitUntil(() => text(root(el)).includes('Diagramm anzeigen'), 'German shows', TRANSLATION_LOADS);
    expect([...root(el).querySelectorAll('thead th')].map(text)).to.deep.equal(['Tag', 'Vorfälle', 'Warnungen']);
    expect(text(root(el).querySelector('tbody tr:last-child th')!)).to.equal('31. Mai, 12:00–1. Juni, 12:00');
    expect(text(root(el).querySelector('tfoot th')!)).to.equal('Gesamt');
  });

  it('leaves no string untranslated in the pseudo-locale, in the chart and in the table', async () => {
    const { el } = await mount('en-XA');
    expect(text(root(el))).to.include('⟦');
    expect(untranslatedText(root(el))).to.deep.equal([]);

    const table = await mount('en-XA', { view: 'table', range: '7d' });
    expect(untranslatedText(root(table.el))).to.deep.equal([]);
  });

  it('lays out right to left and stays accessible', async () => {
    const { el } = await mount('de', { dir: 'rtl' });
    await waitUntil(() => text(root(el)).includes('Neueste Vorfälle und Warnungen'), 'German shows', TRANSLATION_LOADS);
    const toggle = root(el).querySelector('[part="toggle"]')!.getBoundingClientRect();
    const ranges = root(el).querySelector('[part="ranges"]')!.getBoundingClientRect();
    expect(toggle.right, 'the heading starts on the right').to.be.greaterThan(ranges.right);
    await expect(el).to.be.accessible();
  });
});
