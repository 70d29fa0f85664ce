import { expect, html, waitUntil } from '@open-wc/testing';
import type { Alert, Incident } from '../api/index.js';
import { mountInLanguage, switchLanguage, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import { formatDateTime } from '../internal/format.js';
import './define.js';
import type { SocAlertList } from './alert-list.js';

describe('soc-alert-list in other languages', function () {
  const test = useTestBackend();

  const root = (el: SocAlertList) => el.shadowRoot!;
  const rows = (el: SocAlertList) => [...root(el).querySelectorAll<HTMLElement>('[role="option"]')];
  const columns = (el: SocAlertList) => [...root(el).querySelectorAll('.columns span')].map((span) => span.textContent);
  const detailLabels = (el: SocAlertList) => [...root(el).querySelectorAll('aside dt')].map((dt) => dt.textContent);

  const mount = (lang: string, incidentId: string) =>
    mountInLanguage(lang, 'soc-alert-list', html`<soc-alert-list .incidentId=${incidentId}></soc-alert-list>`, {
      until: (el) => rows(el).length > 0,
      message: 'alerts load',
    });

  /** An incident with several alerts, one of them naming evidence. */
  function busyIncident(): { incident: Incident; alerts: Alert[] } {
    for (const incident of test.backend.service.listIncidents({ top: 50 }).items) {
      const alerts = test.backend.service.listIncidentAlerts(incident.id);
      if (alerts.length > 2 && alerts.some((alert) => alert.evidence.length > 0)) return { incident, alerts };
    }
    throw new Error('The generated data has no incident with several alerts and evidence.');
  }

  it('shows German inside lang="de", with German dates, and Japanese once the lang changes to "ja"', async () => {
    const { incident } = busyIncident();
    const { wrapper, el } = await mount('de', incident.id);

    await waitUntil(() => columns(el)[0] === 'Warnungsname', 'German columns show', TRANSLATION_LOADS);
    expect(columns(el)).to.include.members(['Schweregrad', 'Dienstquelle', 'Erste Aktivität']);
    expect(root(el).querySelector('[role="listbox"]')!.getAttribute('aria-label')).to.equal('Warnungen');
    const actions = [...root(el).querySelectorAll('.toolbar button')].map((button) => button.textContent!.trim());
    expect(actions).to.deep.equal(['Warnung verwalten', 'Warnung mit einem anderen Vorfall verknüpfen']);
    const time = rows(el)[0].querySelector('time')!;
    expect(time.textContent).to.equal(formatDateTime(time.dateTime, 'de'));
    expect(time.textContent).to.not.equal(formatDateTime(time.dateTime, 'en'));

    rows(el)[0].click();
    await el.updateComplete;
    expect(detailLabels(el)).to.include.members(['Schweregrad', 'Klassifizierung', 'Generiert am', 'Warnungs-ID']);
    expect(root(el).querySelector('[part="close-button"]')!.getAttribute('aria-label')).to.equal('Warnungsdetails schließen');

    await switchLanguage(wrapper, 'ja', () => columns(el)[0] === 'アラート名', 'Japanese columns show');
    expect(detailLabels(el)).to.include.members(['重大度', '分類', 'アラート ID']);
    const jaTime = rows(el)[0].querySelector('time')!;
    expect(jaTime.textContent).to.equal(formatDateTime(jaTime.dateTime, 'ja'));
    await expect(el).to.be.accessible();
  });

  it('takes every word it shows from its catalogs (pseudo-locale)', async () => {
    const { incident } = busyIncident();
    const { el } = await mount('en-XA', incident.id);
    const withEvidence = rows(el).find((row) => row.querySelector('.entity'))!;
    withEvidence.click();
    await waitUntil(() => root(el).querySelector('aside'), 'details open');
    // Elements inside have tests of their own.
    expect(untranslatedText(root(el), { enter: () => false })).to.deep.equal([]);
  });
});
