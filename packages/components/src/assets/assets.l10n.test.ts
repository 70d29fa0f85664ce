import { expect, html, waitUntil } from '@open-wc/testing';
import { mountInLanguage, switchLanguage, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import type { AssetGroupKey } from './asset-groups.js';
import type { SocAssets } from './assets.js';
import './define.js';

describe('soc-assets in other languages', function () {
  const test = useTestBackend();

  const root = (el: SocAssets) => el.shadowRoot!;
  const tab = (el: SocAssets, key: AssetGroupKey) => root(el).querySelector<HTMLButtonElement>(`#group-${key}`)!;
  const label = (el: SocAssets, key: AssetGroupKey) => tab(el, key).querySelector('.group-label')!.textContent;
  const headings = (el: SocAssets) => [...root(el).querySelectorAll('thead th')].map((th) => th.textContent!.trim());
  const cells = (el: SocAssets) => [...root(el).querySelectorAll('tbody tr:first-child td')].map((td) => td.textContent!.trim());

  /** One device, one user (enabled) and one URL: the mailboxes group stays empty. */
  function incidentId(): string {
    const responder = test.backend.service.principalFor('responder');
    return test.backend.service.createIncident(responder, {
      displayName: 'Assets in words',
      alerts: [
        {
          title: 'Alert',
          severity: 'high',
          evidence: [
            {
              '@odata.type': '#microsoft.graph.security.deviceEvidence',
              hostName: 'device-1',
              osPlatform: 'Windows11',
              riskScore: 'high',
              healthStatus: 'active',
              verdict: 'malicious',
              remediationStatus: 'none',
              roles: ['compromised', 'attacked'],
            },
            {
              '@odata.type': '#microsoft.graph.security.userEvidence',
              userAccount: { displayName: 'user-1', userPrincipalName: 'user-1@contoso.com', accountName: 'user-1', domainName: 'CONTOSO' },
              department: 'Finance',
              verdict: 'suspicious',
              roles: ['attacked'],
            },
            { '@odata.type': '#microsoft.graph.security.urlEvidence', url: 'https://example.com/x', verdict: 'unknown', roles: [] },
          ],
        },
      ],
    }).id;
  }

  const mount = (lang: string) =>
    mountInLanguage(lang, 'soc-assets', html`<soc-assets .incidentId=${incidentId()}></soc-assets>`, {
      until: (el) => root(el).querySelector('[role="tablist"]'),
      message: 'assets load',
    });

  it('shows German inside lang="de" and Japanese once the lang changes to "ja"', async () => {
    const { wrapper, el } = await mount('de');

    await waitUntil(() => label(el, 'devices') === 'Geräte', 'German groups show', TRANSLATION_LOADS);
    expect(label(el, 'ips')).to.equal('IP-Adressen');
    expect(root(el).querySelector('[role="tablist"]')!.getAttribute('aria-label')).to.equal('Ressourcengruppen');
    expect(headings(el)).to.deep.equal([
      'Name',
      'Urteil',
      'Wartungsstatus',
      'Rollen',
      'Betriebssystemplattform',
      'Risikobewertung',
      'Integrität',
    ]);
    // Words in German, lists joined as German joins them; the backend's data as it is.
    const roles = new Intl.ListFormat('de', { type: 'unit' }).format(['Kompromittiert', 'Angegriffen']);
    expect(cells(el)).to.include.members(['Schädlich', 'Keine', roles, 'Windows11', 'Hoch', 'Aktiv']);
    expect(tab(el, 'devices').querySelector('.count')!.textContent).to.equal('1');

    tab(el, 'users').click();
    await el.updateComplete;
    expect(cells(el)).to.include.members(['Angegriffen', 'user-1@contoso.com', 'Finance', 'Ja']);
    tab(el, 'mailboxes').click();
    await el.updateComplete;
    expect(root(el).querySelector('.group-empty')!.textContent).to.equal('Dieser Vorfall enthält keine Postfächer.');

    await switchLanguage(wrapper, 'ja', () => label(el, 'devices') === 'デバイス', 'Japanese groups show');
    expect(root(el).querySelector('.group-empty')!.textContent).to.equal('このインシデントにメールボックスはありません。');
    tab(el, 'users').click();
    await el.updateComplete;
    expect(headings(el)).to.include.members(['名前', '判定', 'ユーザー プリンシパル名', 'アカウントの有効化']);
    expect(cells(el)).to.include('はい');
    await expect(el).to.be.accessible();
  });

  it('takes every word it shows from its catalogs (pseudo-locale)', async () => {
    const { el } = await mount('en-XA');
    for (const key of ['devices', 'users', 'other'] as const) {
      tab(el, key).click();
      await el.updateComplete;
      // Elements inside have tests of their own.
      expect(untranslatedText(root(el), { enter: () => false }), key).to.deep.equal([]);
    }
  });
});
