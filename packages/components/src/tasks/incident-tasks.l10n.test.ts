import { expect, html, waitUntil } from '@open-wc/testing';
import { mountInLanguage, switchLanguage, useTestBackend } from '../i18n/l10n-mount.fixture.js';
import { TRANSLATION_LOADS, untranslatedText } from '../i18n/untranslated-text.fixture.js';
import { formatDateTime } from '../internal/format.js';
import './define.js';
import type { SocIncidentTasks } from './incident-tasks.js';

const ANALYST = 'alex.wilber@contoso.com';

describe('soc-incident-tasks in other languages', function () {

  const test = useTestBackend();
  const service = () => test.backend.service;
  const root = (el: SocIncidentTasks) => el.shadowRoot!;
  const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
  const progress = (el: SocIncidentTasks) => text(root(el).querySelector('#progress-text')!);

  /** An incident with three tasks, the second one completed. */
  function incidentWithTasks(): string {
    const responder = service().principalFor('responder');
    const id = service().createIncident(responder, {
      displayName: 'Suspicious PowerShell',
      alerts: [{ title: 'Encoded command', severity: 'medium' }],
    }).id;
    service().saveTask(responder, id, { title: 'Collect the script', description: 'From the temp folder' });
    const second = service().saveTask(responder, id, { title: 'Block the hash' });
    service().saveTask(responder, id, { title: 'Tell the user' });
    service().saveTask(responder, id, { id: second.id, title: second.title, status: 'completed' });
    return id;
  }

  const mount = (lang: string, incidentId: string) =>
    mountInLanguage(lang, 'soc-incident-tasks', html`<soc-incident-tasks .incidentId=${incidentId}></soc-incident-tasks>`, {
      until: (el) => root(el).querySelector('.tasks'),
      message: 'tasks load',
    });

  it('speaks German, then Japanese when the language changes', async () => {
    const { wrapper, el } = await mount('de', incidentWithTasks());
    await waitUntil(() => text(root(el)).includes('Aufgabe hinzufügen'), 'German shows', TRANSLATION_LOADS);

    expect(progress(el)).to.equal('1 von 3 abgeschlossen');
    expect(root(el).querySelector('#tasks-heading')!.textContent).to.equal('Aufgaben');
    const meta = root(el).querySelector('.tasks > li .meta')!;
    const created = meta.querySelector('time')!;
    expect(text(meta)).to.equal(`Erstellt von ${ANALYST} am ${formatDateTime(created.dateTime, 'de')}`);
    expect(meta.querySelector('bdi')!.textContent).to.equal(ANALYST);
    expect(text(root(el))).to.include(`Abgeschlossen von ${ANALYST} am`);

    // A local validation message is in the reader's language too.
    root(el).querySelector<HTMLButtonElement>('button[part="add-button"]')!.click();
    await waitUntil(() => root(el).querySelector('#new-task-title-error'), 'the title is asked for', TRANSLATION_LOADS);
    expect(text(root(el).querySelector('#new-task-title-error')!)).to.equal('Geben Sie einen Titel für die Aufgabe ein.');

    await switchLanguage(wrapper, 'ja', () => text(root(el)).includes('タスクの追加'), 'Japanese shows');
    expect(progress(el)).to.equal('3 件中 1 件完了');
    const jaMeta = root(el).querySelector('.tasks > li .meta')!;
    expect(text(jaMeta)).to.equal(`作成者: ${ANALYST} (${formatDateTime(jaMeta.querySelector('time')!.dateTime, 'ja')})`);
  });

  it('leaves no string untranslated in the pseudo-locale', async () => {
    const { el } = await mount('en-XA', incidentWithTasks());
    expect(text(root(el))).to.include('⟦');
    expect(untranslatedText(root(el))).to.deep.equal([]);

    test.backend.setScenario({ role: 'reader' });
    const reader = await mount('en-XA', incidentWithTasks());
    await waitUntil(() => root(reader.el).querySelector('.note'), 'the read-only note shows', TRANSLATION_LOADS);
    expect(untranslatedText(root(reader.el))).to.deep.equal([]);
  });
});
