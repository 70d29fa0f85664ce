import { isolate } from '../i18n/isolate.js';
import { expect, html, waitUntil } from '@open-wc/testing';
import { TEST_NOW } from '../../../../test/support/test-backend.js';
import type { PlaybookTarget } from '../api/index.js';
import { mountInLanguage, switchLanguage, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS as PATIENCE, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import './define.js';
import type { SocPlaybookRunner } from './playbook-runner.js';

const MINUTE = 60_000;

const format = (locale: string, iso: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, options).format(Date.parse(iso));
const DATE_TIME: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
const TIME: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', second: '2-digit' };

describe('soc-playbook-runner in other languages', function () {
  const now = TEST_NOW + MINUTE;
  const test = useTestBackend({ clock: () => now });

  const service = () => test.backend.service;
  const root = (el: SocPlaybookRunner) => el.shadowRoot!;
  const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const runButton = (el: SocPlaybookRunner) => text(root(el).querySelector('#run-playbook'));

  /** A runner on an incident with one queued run, its log open. */
  async function mount(lang: string) {
    const target: PlaybookTarget = { kind: 'incident', id: service().listIncidents({ top: 1 }).items[0].id };
    const run = service().runPlaybook(service().principalFor('responder'), 'pb-servicenow', target);
    const { wrapper, el } = await mountInLanguage(
      lang,
      'soc-playbook-runner',
      html`<soc-playbook-runner .target=${target} .pollIntervalMs=${60_000}></soc-playbook-runner>`,
      { until: (runner) => root(runner).querySelector('tbody[data-run-id]'), message: 'the runs load' },
    );
    root(el).querySelector<HTMLButtonElement>('button.disclosure')!.click();
    await el.updateComplete;
    return { wrapper, el, target, run };
  }

  async function openDialog(el: SocPlaybookRunner): Promise<void> {
    root(el).querySelector<HTMLButtonElement>('#run-playbook')!.click();
    await waitUntil(() => root(el).querySelector('dialog')?.open && root(el).querySelector('.choices'), 'the playbooks load', PATIENCE);
  }

  const headers = (el: SocPlaybookRunner) => [...root(el).querySelectorAll('thead th')].map((th) => text(th));
  const cells = (el: SocPlaybookRunner) => [...root(el).querySelectorAll('tbody[data-run-id] tr:first-child > *')].map((cell) => text(cell));

  it('shows runs in German, with German times, then in Japanese when lang changes', async () => {
    const { wrapper, el, target, run } = await mount('de');
    await waitUntil(() => runButton(el) === 'Playbook ausführen', 'the German strings arrive', PATIENCE);

    expect(text(root(el).querySelector('#runs-title'))).to.equal('Playbook-Ausführungen');
    expect(headers(el)).to.deep.equal(['Playbook', 'Status', 'Gestartet', 'Beendet', 'Ausgelöst von']);
    expect(cells(el).slice(0, 2)).to.deep.equal([run.playbookName, 'In Warteschlange']);
    expect(cells(el)[3]).to.equal('—');
    const started = root(el).querySelector('td.time time')!;
    expect(started.textContent).to.equal(format('de', run.startedAt, DATE_TIME));
    expect(started.textContent).not.to.equal(format('en', run.startedAt, DATE_TIME));
    expect(root(el).querySelector('tbody[data-run-id] td bdi')!.textContent, 'who triggered it is isolated').to.equal(run.triggeredBy);

    const details = root(el).querySelector('tr.details p')!;
    expect(text(details)).to.equal(`Für Vorfall ${target.id} · Ausführungs-ID ${run.id}`);
    expect([...details.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).to.deep.equal([target.id, run.id]);
    const logTime = root(el).querySelector('.log time')!;
    expect(logTime.textContent).to.equal(format('de', logTime.getAttribute('datetime')!, TIME));
    expect(root(el).querySelector('.log')!.getAttribute('aria-label')).to.equal(`Protokoll von ${isolate(run.playbookName)}`);

    await openDialog(el);
    expect(text(root(el).querySelector('#dialog-title'))).to.equal('Playbook ausführen');
    expect(text(root(el).querySelector('#dialog-target'))).to.equal(`Für Vorfall ${target.id}`);
    expect(root(el).querySelector('#search')!.getAttribute('placeholder')).to.equal('Playbooks durchsuchen');
    expect(text(root(el).querySelector('dialog footer button.primary'))).to.equal('Ausführen');
    await expect(el).to.be.accessible();

    const japanese = () => text(root(el).querySelector('#dialog-title')) === 'プレイブックを実行';
    await switchLanguage(wrapper, 'ja', japanese, 'the Japanese strings arrive');
    expect(text(root(el).querySelector('#dialog-target'))).to.equal(`対象: インシデント ${target.id}`);
    expect(headers(el)).to.deep.equal(['プレイブック', '状態', '開始', '終了', 'トリガー元']);
    expect(cells(el)[1]).to.equal('キューに登録済み');
    expect(root(el).querySelector('td.time time')!.textContent).to.equal(format('ja', run.startedAt, DATE_TIME));
  });

  it('leaves no untranslated text in the pseudo-locale, outside user data', async () => {
    const { el } = await mount('en-XA');
    await waitUntil(() => runButton(el).includes('⟦'), 'the pseudo-locale applies', PATIENCE);
    // The runs, one with its log open.
    expect(untranslatedText(root(el))).to.deep.equal([]);

    await openDialog(el);
    // The dialog with its playbooks, then a search that finds none.
    expect(untranslatedText(root(el))).to.deep.equal([]);
    const search = root(el).querySelector<HTMLInputElement>('#search')!;
    search.value = 'nothing like this';
    search.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => root(el).querySelector('.choices-empty'), 'no playbook matches', PATIENCE);
    expect(untranslatedText(root(el))).to.deep.equal([]);
  });
});
