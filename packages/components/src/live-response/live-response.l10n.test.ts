import { expect, html, waitUntil } from '@open-wc/testing';
import type { DeviceEntity, Evidence } from '../api/index.js';
import { mountInLanguage, switchLanguage, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import './define.js';
import type { SocLiveResponse } from './live-response.js';

describe('soc-live-response in other languages', function () {
  const test = useTestBackend();

  const service = () => test.backend.service;
  const root = (el: SocLiveResponse) => el.shadowRoot!;
  const text = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
  const connection = (el: SocLiveResponse) => text(root(el).querySelector('.connection')!);
  const lastEntry = (el: SocLiveResponse) => [...root(el).querySelectorAll<HTMLElement>('.entry')].at(-1)!;

  function onboardedDevice(): DeviceEntity {
    for (const incident of service().listIncidents({ top: 30 }).items) {
      const device = service()
        .listEvidence(incident.id)
        .find((entity): entity is Evidence & DeviceEntity => entity.type === 'device' && entity.onboardingStatus === 'onboarded');
      if (device) return device;
    }
    throw new Error('The generated data has no onboarded device.');
  }

  const mount = (lang: string, deviceId: string) =>
    mountInLanguage(lang, 'soc-live-response', html`<soc-live-response .deviceId=${deviceId}></soc-live-response>`, {
      until: (el) => root(el).querySelector('#command'),
      message: 'the session starts',
    });

  it('speaks German, then Japanese, and keeps the terminal left to right', async () => {
    const device = onboardedDevice();
    const { wrapper, el } = await mount('de', device.id);
    await waitUntil(() => connection(el) === 'Verbindung: Verbunden', 'German shows', TRANSLATION_LOADS);

    const banner = root(el).querySelector('.banner')!;
    expect(text(banner)).to.equal(`Sitzung mit ${device.displayName} gestartet. Geben Sie help ein, um die Befehle aufzulisten.`);
    expect(banner.querySelector('bdi')!.textContent).to.equal(device.displayName);
    const input = root(el).querySelector<HTMLInputElement>('#command')!;
    expect(input.placeholder).to.equal('Befehl eingeben');
    expect(input.getAttribute('aria-label')).to.equal('Befehl');

    await el.run('processes');
    await waitUntil(() => lastEntry(el).dataset.state !== 'running', 'the command is answered', TRANSLATION_LOADS);
    const output = lastEntry(el).querySelector('pre')!;
    expect(output.getAttribute('dir'), 'output is a terminal’s').to.equal('ltr');
    expect(lastEntry(el).querySelector('.echo')!.getAttribute('dir')).to.equal('ltr');
    expect(root(el).querySelector('.command-line')!.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(output).direction).to.equal('ltr');

    await switchLanguage(wrapper, 'ja', () => connection(el) === '接続: 接続済み', 'Japanese shows');
    expect(text(root(el).querySelector('.banner')!)).to.include(`${device.displayName} とのセッションを開始しました。`);
    expect(root(el).querySelector<HTMLInputElement>('#command')!.placeholder).to.equal('コマンドを入力');
    expect(text(root(el).querySelector('.header-button')!)).to.equal('クリア');
  });

  it('says in German why a device cannot take commands', async () => {
    const incident = service().createIncident(service().principalFor('responder'), {
      displayName: 'Not onboarded',
      alerts: [
        {
          title: 'Suspicious PowerShell',
          severity: 'medium',
          evidence: [
            {
              '@odata.type': '#microsoft.graph.security.deviceEvidence',
              hostName: 'l10n-ws-1',
              deviceDnsName: 'l10n-ws-1.contoso.com',
              mdeDeviceId: 'mde-l10n-ws-1',
              osPlatform: 'Windows11',
              onboardingStatus: 'canBeOnboarded',
            },
          ],
        },
      ],
    });
    const device = service().listEvidence(incident.id).find((entity) => entity.type === 'device')!;
    const { el } = await mount('de', device.id);
    await waitUntil(() => connection(el) === 'Verbindung: Nicht verfügbar', 'German shows', TRANSLATION_LOADS);
    const banner = root(el).querySelector('.banner')!;
    expect(text(banner)).to.equal(
      `${device.displayName} ist nicht in Defender for Endpoint integriert; für die Live-Reaktion ist ein integriertes Gerät erforderlich.`,
    );
    expect(banner.querySelector('bdi')!.textContent).to.equal(device.displayName);
  });

  it('leaves no string untranslated in the pseudo-locale', async () => {
    const { el } = await mount('en-XA', onboardedDevice().id);
    await el.run('help');
    await waitUntil(() => lastEntry(el).dataset.state !== 'running', 'the command is answered', TRANSLATION_LOADS);
    expect(text(root(el))).to.include('⟦');
    expect(untranslatedText(root(el))).to.deep.equal([]);

    test.backend.setScenario({ role: 'reader' });
    const reader = await mount('en-XA', onboardedDevice().id);
    await waitUntil(() => root(reader.el).querySelector('.command-line.blocked'), 'the reader is refused', TRANSLATION_LOADS);
    expect(untranslatedText(root(reader.el))).to.deep.equal([]);
  });
});
