import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { closestLang, resolveLocale } from './locale.js';
import { Localizer, LocaleController } from './localizer.js';
import { defineMessages, pseudoTemplate, registerTranslation, registerTranslations } from './messages.js';

const testCatalog = defineMessages(
  'i18n-test',
  {
    greeting: 'Hello {name}',
    alerts: { one: '{count} alert', other: '{count} alerts' },
  } as const,
  {
    de: () => Promise.resolve({ default: { greeting: 'Hallo {name}', alerts: { one: '{count} Warnung', other: '{count} Warnungen' } } }),
    ja: () => Promise.resolve({ default: { greeting: 'こんにちは {name}', alerts: { other: 'アラート {count} 件' } } }),
  },
);

@customElement('i18n-test-element')
class I18nTestElement extends LitElement {
  readonly l10n = new LocaleController(this, testCatalog);

  override render() {
    return html`<p>${this.l10n.t('greeting', { name: 'Ada' })}</p>
      <p>${this.l10n.t('alerts', { count: 1234 })}</p>
      <p>${this.l10n.t('severity.high')}</p>`;
  }
}

@customElement('i18n-test-outer')
class I18nTestOuter extends LitElement {
  override render() {
    return html`<i18n-test-element></i18n-test-element>`;
  }
}

const texts = (element: LitElement) => [...element.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent);

describe('localization', () => {
  it('resolves the closest lang across shadow roots, skipping lang=""', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="de-CH"><div lang=""><i18n-test-outer></i18n-test-outer></div></div>`);
    const inner = host.querySelector('i18n-test-outer')!.shadowRoot!.querySelector('i18n-test-element')!;
    expect(closestLang(inner)).to.equal('de-CH');
    expect(resolveLocale('de-CH')).to.deep.equal({ tag: 'de-CH', language: 'de' });
  });

  it('falls back to English, strings and formats alike, for a language without strings', () => {
    expect(resolveLocale('fr-FR')).to.deep.equal({ tag: 'en', language: 'en' });
    expect(resolveLocale('not a tag!')).to.deep.equal({ tag: 'en', language: 'en' });
  });

  it('shows English with English plurals and grouping', () => {
    const l10n = new Localizer(testCatalog, 'en');
    expect(l10n.t('greeting', { name: 'Ada' })).to.equal('Hello Ada');
    expect(l10n.t('alerts', { count: 1 })).to.equal('1 alert');
    expect(l10n.t('alerts', { count: 30000 })).to.equal('30,000 alerts');
  });

  it('follows the closest lang and changes language at run time without reloading', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><i18n-test-outer></i18n-test-outer></div>`);
    const element = wrapper.querySelector('i18n-test-outer')!.shadowRoot!.querySelector('i18n-test-element') as I18nTestElement;
    await waitUntil(() => texts(element)[0] === 'Hallo Ada', 'German strings load');
    expect(texts(element)[1]).to.equal('1.234 Warnungen');
    await waitUntil(() => texts(element)[2] !== 'High', 'the shared words load too');

    wrapper.lang = 'ja';
    await waitUntil(() => texts(element)[0] === 'こんにちは Ada', 'Japanese strings load after the change');
    expect(texts(element)[1]).to.equal('アラート 1,234 件');

    wrapper.removeAttribute('lang');
    document.documentElement.lang = 'de';
    try {
      await waitUntil(() => texts(element)[0] === 'Hallo Ada', "the document's lang applies when no closer one does");
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });

  it('switches language only once all its strings are at hand, never half and half', async () => {
    let arrive!: () => void;
    const slowCatalog = defineMessages('i18n-slow', { title: 'Incidents' } as const, {
      de: () => new Promise((resolve) => (arrive = () => resolve({ default: { title: 'Vorfälle' } }))),
    });
    @customElement('i18n-slow-element')
    class SlowElement extends LitElement {
      readonly l10n = new LocaleController(this, slowCatalog);
      override render() {
        return html`<p>${this.l10n.t('title')}</p>
          <p>${this.l10n.t('severity.high')}</p>`;
      }
    }
    // The shared words' German is at hand already; this element's own is still on its way.
    await new Localizer(undefined, 'de').load();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><i18n-slow-element></i18n-slow-element></div>`);
    const element = wrapper.querySelector('i18n-slow-element') as SlowElement;
    await element.updateComplete;
    expect(texts(element), 'English until every German string is there').to.deep.equal(['Incidents', 'High']);
    arrive();
    await waitUntil(() => texts(element)[0] === 'Vorfälle');
    expect(texts(element)).to.deep.equal(['Vorfälle', 'Hoch']);
  });

  it('follows a lang set inside a shadow root of the host page', async () => {
    const outer = await fixture<I18nTestOuter>(html`<i18n-test-outer></i18n-test-outer>`);
    const element = outer.shadowRoot!.querySelector('i18n-test-element') as I18nTestElement;
    element.setAttribute('lang', 'de');
    await waitUntil(() => texts(element)[0] === 'Hallo Ada', 'a lang change inside a shadow root is seen');
  });

  it('marks every string in the pseudo-locale, leaving placeholders and values alone', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-XA"><i18n-test-element></i18n-test-element></div>`);
    const element = wrapper.querySelector('i18n-test-element') as I18nTestElement;
    await waitUntil(() => texts(element)[0]!.startsWith('⟦'));
    expect(texts(element)).to.deep.equal(['⟦Ĥéļļó Ada⟧', '⟦1,234 áļéŕţš⟧', '⟦Ĥíğĥ⟧']);
    expect(pseudoTemplate('{count} of {total}')).to.equal('⟦{count} óƒ {total}⟧');
  });

  it("uses a host's registered translation for a language SOC Kit does not ship", async () => {
    registerTranslation(testCatalog, 'fr', { greeting: 'Bonjour {name}', alerts: { one: '{count} alerte', other: '{count} alertes' } });
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><i18n-test-element></i18n-test-element></div>`);
    const element = wrapper.querySelector('i18n-test-element') as I18nTestElement;
    await waitUntil(() => texts(element)[0] === 'Bonjour Ada');
    // French number grouping uses a narrow no-break space.
    expect(texts(element)[1]).to.equal(`1${new Intl.NumberFormat('fr').format(1234).charAt(1)}234 alertes`);
    // Shared words without a French translation stay English rather than showing keys.
    expect(texts(element)[2]).to.equal('High');
  });

  it('takes a host language by namespace, also for catalogs defined afterwards; missing keys stay English', () => {
    registerTranslations('nl', { 'i18n-later': { greeting: 'Hallo {name}' }, common: { 'severity.high': 'Hoog' } });
    const later = defineMessages('i18n-later', { greeting: 'Hello {name}', bye: 'Goodbye' } as const);
    const nl = new Localizer(later, 'nl-BE');
    expect(nl.locale).to.equal('nl-BE');
    expect(nl.t('greeting', { name: 'Ada' })).to.equal('Hallo Ada');
    expect(nl.t('bye')).to.equal('Goodbye');
    expect(nl.t('severity.high')).to.equal('Hoog');
  });

  it('shows a language a host registers after the element is on the page, by its primary subtag', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="pt-BR"><i18n-test-element></i18n-test-element></div>`);
    const element = wrapper.querySelector('i18n-test-element') as I18nTestElement;
    await element.updateComplete;
    expect(texts(element)[0]).to.equal('Hello Ada');
    registerTranslations('pt-BR', { 'i18n-test': { greeting: 'Olá {name}' } });
    await waitUntil(() => texts(element)[0] === 'Olá Ada', 'the registered language shows');
    expect(element.l10n.locale).to.equal('pt-BR');
  });

  it('fills markup parts, still choosing the plural form from a number', () => {
    const l10n = new Localizer(testCatalog, 'en');
    expect(l10n.markup('alerts', { count: 1 })).to.deep.equal(['1 alert']);
    const name = { strong: 'Ada' };
    expect(l10n.markup('greeting', { name })).to.deep.equal(['Hello ', name, '']);
  });

  it('formats dates, relative times and lists for the locale', () => {
    const de = new Localizer(testCatalog, 'de');
    const iso = '2026-12-04T19:50:00Z';
    expect(de.dateTime(iso)).to.equal(new Intl.DateTimeFormat('de', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(Date.parse(iso)));
    expect(de.relative('2026-12-04T17:50:00Z', Date.parse(iso))).to.equal('vor 2 Stunden');
    expect(de.list(['a', 'b', 'c'])).to.equal('a, b und c');
    expect(new Localizer(testCatalog, 'ja').count(30000)).to.equal('30,000');
    expect(de.dateTime(undefined)).to.equal('—');
  });
});
