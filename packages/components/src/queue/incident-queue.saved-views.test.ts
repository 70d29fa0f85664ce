import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { CAPABILITIES, HttpIncidentApi, localSavedViewStorage, type Capability, type SavedView } from '../api/index.js';
import { BASE_URL, freshState, offContract, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import type { SocIncidentQueue } from './incident-queue.js';
import { RecordingApi, button, eventually, gridRowCount, part, parts, renderQueue, settle } from './incident-queue.fixture.js';
import type { SocQueueSavedViews } from './saved-views-menu.js';

/** The kit's HTTP client as a backend that keeps no saved views: the queue must keep them elsewhere. */
class NoSavedViewsApi extends RecordingApi {
  override readonly capabilities: ReadonlySet<Capability> = new Set(CAPABILITIES.filter((capability) => capability !== 'savedViews'));
}

function menuOf(queue: SocIncidentQueue): SocQueueSavedViews {
  return queue.shadowRoot!.querySelector('soc-queue-saved-views')!;
}

function inMenu<T extends HTMLElement = HTMLElement>(queue: SocIncidentQueue, selector: string): T | null {
  return menuOf(queue).shadowRoot!.querySelector<T>(selector);
}

function allInMenu(queue: SocIncidentQueue, selector: string): HTMLElement[] {
  return [...menuOf(queue).shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

const viewsButton = (queue: SocIncidentQueue) => inMenu<HTMLButtonElement>(queue, '.views-button')!;
const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Opens the menu with the keyboard (APG menu button) and waits for its views. */
async function openMenu(queue: SocIncidentQueue): Promise<HTMLElement> {
  viewsButton(queue).focus();
  await sendKeys({ press: 'ArrowDown' });
  await eventually(() => inMenu(queue, '[role="menu"]') && !inMenu(queue, '[role="menu"][aria-busy="true"]'), 'the menu opens with the views');
  return inMenu(queue, '[role="menu"]')!;
}

function viewItems(queue: SocIncidentQueue): string[] {
  return allInMenu(queue, '[role="menuitem"][data-view-id] .label').map((label) => text(label));
}

async function openSaveDialog(queue: SocIncidentQueue): Promise<HTMLDialogElement> {
  await openMenu(queue);
  inMenu(queue, '[data-action="save-view"]')!.click();
  await eventually(() => inMenu<HTMLDialogElement>(queue, 'dialog.save')?.open, 'the save dialog opens');
  return inMenu<HTMLDialogElement>(queue, 'dialog.save')!;
}

async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ type: value });
}

async function saveView(queue: SocIncidentQueue, name: string, { makeDefault = false } = {}): Promise<void> {
  const dialog = await openSaveDialog(queue);
  const asNew = dialog.querySelector<HTMLInputElement>('input[value="new"]');
  if (asNew) {
    asNew.click();
    await menuOf(queue).updateComplete;
  }
  await typeInto(dialog.querySelector<HTMLInputElement>('#view-name')!, name);
  if (makeDefault) dialog.querySelector<HTMLInputElement>('input[name="default"]')!.click();
  dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await eventually(() => !dialog.open, 'the save dialog closes');
}

async function openManageDialog(queue: SocIncidentQueue): Promise<HTMLDialogElement> {
  await openMenu(queue);
  inMenu(queue, '[data-action="manage-views"]')!.click();
  await eventually(() => inMenu<HTMLDialogElement>(queue, 'dialog.manage')?.open && inMenu(queue, 'dialog.manage li'), 'the manage dialog lists the views');
  return inMenu<HTMLDialogElement>(queue, 'dialog.manage')!;
}

function managedRow(dialog: HTMLDialogElement, name: string): HTMLElement {
  const row = [...dialog.querySelectorAll<HTMLElement>('li[data-view-id]')].find((li) => text(li.querySelector('.name')) === name);
  if (!row) throw new Error(`No view "${name}" in the manage dialog.`);
  return row;
}

describe('soc-incident-queue saved views, default filter and list link', function () {
  let test: TestBackend;
  const original = location.href;

  before(async () => {
    test = await startTestBackend();
  });
  after(() => test.worker.stop());
  beforeEach(() => freshState(test));
  afterEach(() => history.replaceState(history.state, '', original));

  describe("the portal's default filter", () => {
    it('opens a fresh queue on open High, Medium and Low incidents, shown as chips, and "Clear all" shows every incident', async () => {
      const { queue, api } = await renderQueue({ initialFilter: 'portal' });
      expect(api.requests.length, 'no listing of everything before the default applies').to.equal(1);
      expect(api.lastQuery.status).to.deep.equal(['active', 'inProgress']);
      expect(api.lastQuery.severity).to.deep.equal(['high', 'medium', 'low']);
      const expected = await test.backend.service.listIncidents({
        status: ['active', 'inProgress'],
        severity: ['high', 'medium', 'low'],
        top: 1,
      });
      expect(gridRowCount(queue) - 1).to.equal(expected.totalCount);
      expect(parts(queue, '.chip').map((chip) => text(chip))).to.deep.equal([
        'Status: Active, In progress',
        'Severity: High, Medium, Low',
      ]);
      await expect(queue).to.be.accessible();

      button(queue, 'Clear all').click();
      await settle(queue);
      const everything = await test.backend.service.listIncidents({ top: 1 });
      expect(api.lastQuery.status).to.equal(undefined);
      expect(api.lastQuery.severity).to.equal(undefined);
      expect(gridRowCount(queue) - 1, 'every incident').to.equal(everything.totalCount);
      expect(everything.totalCount).to.be.greaterThan(expected.totalCount);
      expect(part(queue, '.chips')).to.equal(null);
    });

    it('lets filters the host gives, and a view in the URL, win over the default', async () => {
      const { queue } = await renderQueue({ initialFilter: 'portal', filters: { status: ['resolved'] } });
      expect(parts(queue, '.chip').map((chip) => text(chip))).to.deep.equal(['Status: Resolved']);

      const url = new URL(location.href);
      url.searchParams.set('severity', 'informational');
      history.replaceState(history.state, '', url);
      const { api } = await renderQueue({ initialFilter: 'portal', urlSync: true });
      expect(api.lastQuery.severity).to.deep.equal(['informational']);
      expect(api.lastQuery.status).to.equal(undefined);
    });
  });

  describe('saved views', () => {
    it('saves a view, lists it, applies it, renames it, makes it the default a fresh queue opens with, and deletes it', async () => {
      const { queue, api } = await renderQueue({ filters: { severity: ['high'] }, search: 'ransom' });
      expect(text(viewsButton(queue))).to.equal('Saved views');
      await saveView(queue, 'High ransomware');
      expect(text(viewsButton(queue))).to.contain('High ransomware');
      expect(queue.appliedView?.name).to.equal('High ransomware');
      const [stored] = await new HttpIncidentApi({ baseUrl: BASE_URL }).listSavedViews();
      expect(stored).to.include({ name: 'High ransomware', isDefault: false });
      expect(stored!.query).to.deep.include({ severity: ['high'], search: 'ransom' });

      // Moving a filter marks the view modified.
      queue.filters = {};
      await settle(queue);
      expect(text(viewsButton(queue))).to.contain('Modified');
      expect(text(viewsButton(queue)), 'named as a saved view').to.equal('Saved view: High ransomware Modified');

      await openMenu(queue);
      expect(viewItems(queue)).to.deep.equal(['High ransomware']);
      await expect(queue).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await settle(queue);
      expect(api.lastQuery).to.deep.include({ severity: ['high'], search: 'ransom' });
      expect(text(viewsButton(queue))).not.to.contain('Modified');
      expect(queue.shadowRoot!.activeElement, 'focus back on the menu button').to.equal(menuOf(queue));

      let dialog = await openManageDialog(queue);
      await expect(queue).to.be.accessible();
      managedRow(dialog, 'High ransomware').querySelector<HTMLButtonElement>('[data-action="rename"]')!.click();
      await eventually(() => dialog.querySelector('#rename'), 'the rename field shows');
      await typeInto(dialog.querySelector<HTMLInputElement>('#rename')!, 'Ransomware, high');
      await sendKeys({ press: 'Enter' });
      await eventually(() => dialog.querySelector('li .name') && text(dialog.querySelector('li .name')) === 'Ransomware, high', 'the view is renamed');
      expect(text(viewsButton(queue)), 'the button follows the new name').to.contain('Ransomware, high');

      managedRow(dialog, 'Ransomware, high').querySelector<HTMLButtonElement>('[data-action="default"]')!.click();
      await eventually(() => text(managedRow(dialog, 'Ransomware, high')).includes('Default'), 'the view is the default');
      dialog.querySelector<HTMLButtonElement>('[data-action="close"]')!.click();
      await eventually(() => !dialog.open, 'the dialog closes');

      // A fresh queue opens with the default view.
      const fresh = await renderQueue({ initialFilter: 'portal' });
      expect(fresh.api.requests.length).to.equal(1);
      expect(fresh.api.lastQuery).to.deep.include({ severity: ['high'], search: 'ransom' });
      expect(fresh.api.lastQuery.status).to.equal(undefined);
      expect(fresh.queue.appliedView?.name).to.equal('Ransomware, high');
      expect(part(fresh.queue, 'input[type="search"]')).to.have.property('value', 'ransom');

      dialog = await openManageDialog(fresh.queue);
      managedRow(dialog, 'Ransomware, high').querySelector<HTMLButtonElement>('[data-action="delete"]')!.click();
      await eventually(() => dialog.querySelector('[data-action="confirm-delete"]'), 'the deletion asks to confirm');
      expect(dialog.querySelector('.confirm')!.textContent).to.contain('Delete the view');
      await expect(fresh.queue).to.be.accessible();
      dialog.querySelector<HTMLButtonElement>('[data-action="confirm-delete"]')!.click();
      await eventually(() => !dialog.querySelector('li'), 'the view is gone');
      expect(await new HttpIncidentApi({ baseUrl: BASE_URL }).listSavedViews()).to.deep.equal([]);
      expect(fresh.queue.appliedView).to.equal(undefined);
      expect(text(viewsButton(fresh.queue))).to.equal('Saved views');
    });

    it('offers to update the view in force, and saves its columns', async () => {
      const { queue } = await renderQueue({ filters: { severity: ['high'] } });
      await saveView(queue, 'Triage');
      queue.filters = { severity: ['high', 'medium'] };
      queue.columnLayout = { order: queue.columnLayout.order, hidden: ['tags'] };
      await settle(queue);
      const dialog = await openSaveDialog(queue);
      expect(dialog.querySelector<HTMLInputElement>('input[value="update"]')!.checked, 'updating is offered first').to.be.true;
      expect(text(dialog.querySelector('fieldset'))).to.contain('Update "\u2068Triage\u2069"');
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await eventually(() => !dialog.open, 'the dialog closes');
      const views = await new HttpIncidentApi({ baseUrl: BASE_URL }).listSavedViews();
      expect(views.map((view) => view.name)).to.deep.equal(['Triage']);
      expect(views[0]!.query.severity).to.deep.equal(['high', 'medium']);
      expect(views[0]!.columns).to.include('name').and.not.include('tags');
      expect(text(viewsButton(queue))).not.to.contain('Modified');
    });

    it('shows a name the storage refuses beside the field, keeping what was typed', async () => {
      const { queue } = await renderQueue();
      let dialog = await openSaveDialog(queue);
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await eventually(() => dialog.querySelector('.field-error'), 'an empty name is refused');
      expect(text(dialog.querySelector('#name-error'))).to.equal('Enter a name for the view.');
      expect(dialog.querySelector('#view-name')!.getAttribute('aria-invalid')).to.equal('true');
      expect(menuOf(queue).shadowRoot!.activeElement?.id, 'focus on the field').to.equal('view-name');

      // Another tab saved the same name after the menu listed the views: the storage refuses it.
      await new HttpIncidentApi({ baseUrl: BASE_URL }).saveSavedView({ name: 'Night shift', query: {}, columns: null, isDefault: false });
      await typeInto(dialog.querySelector<HTMLInputElement>('#view-name')!, 'night SHIFT');
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await eventually(() => dialog.querySelector('#name-error'), 'the storage refuses the name');
      expect(text(dialog.querySelector('#name-error'))).to.match(/night shift/i);
      expect(dialog.open).to.be.true;
      expect(dialog.querySelector<HTMLInputElement>('#view-name')!.value, 'what was typed stays').to.equal('night SHIFT');
      await expect(queue).to.be.accessible();

      // A network failure says so for the whole form and keeps the name too.
      test.worker.use(...offContract(http.post(`${BASE_URL}/saved-views`, () => HttpResponse.error())));
      await typeInto(dialog.querySelector<HTMLInputElement>('#view-name')!, 'Day shift');
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await eventually(() => dialog.querySelector('.form-error'), 'the failure shows');
      expect(text(dialog.querySelector('.form-error'))).to.contain('The view was not saved.');
      expect(dialog.querySelector<HTMLInputElement>('#view-name')!.value).to.equal('Day shift');
      test.worker.resetHandlers();

      // A name already listed is refused before asking the storage.
      dialog.querySelector<HTMLButtonElement>('button[type="button"]')!.click();
      await eventually(() => !dialog.open, 'Cancel closes the dialog');
      dialog = await openSaveDialog(queue);
      await typeInto(dialog.querySelector<HTMLInputElement>('#view-name')!, 'NIGHT shift');
      dialog.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await eventually(() => dialog.querySelector('#name-error'), 'the taken name is refused');
      expect(text(dialog.querySelector('#name-error'))).to.contain('You already have a view named');
    });

    it('lets a reader keep views, and closes the save dialog on Escape with focus back on the menu button', async () => {
      test.backend.setScenario({ role: 'reader' });
      const { queue } = await renderQueue({ filters: { severity: ['low'] } });
      await saveView(queue, 'Low ones');
      expect((await new HttpIncidentApi({ baseUrl: BASE_URL }).listSavedViews()).map((view) => view.name)).to.deep.equal(['Low ones']);

      const dialog = await openSaveDialog(queue);
      await sendKeys({ press: 'Escape' });
      await eventually(() => !dialog.open, 'Escape closes the dialog');
      expect(queue.shadowRoot!.activeElement).to.equal(menuOf(queue));
      expect(menuOf(queue).shadowRoot!.activeElement).to.equal(viewsButton(queue));

      await openMenu(queue);
      await sendKeys({ press: 'Escape' });
      await eventually(() => !inMenu(queue, '[role="menu"]'), 'Escape closes the menu');
      expect(menuOf(queue).shadowRoot!.activeElement).to.equal(viewsButton(queue));
    });

    it('keeps views in the storage the host gives when the backend has no saved views', async () => {
      const memory = new Map<string, string>();
      const storage = localSavedViewStorage({
        key: 'views',
        storage: { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value) },
      });
      const api = new NoSavedViewsApi({ baseUrl: BASE_URL });
      const { queue } = await renderQueue({ api, viewStorage: storage, filters: { status: ['resolved'] } });
      await saveView(queue, 'Resolved', { makeDefault: true });
      const kept: SavedView[] = await storage.listSavedViews();
      expect(kept.map((view) => [view.name, view.isDefault])).to.deep.equal([['Resolved', true]]);
      expect(await new HttpIncidentApi({ baseUrl: BASE_URL }).listSavedViews(), 'nothing on the backend').to.deep.equal([]);

      const fresh = await renderQueue({ api: new NoSavedViewsApi({ baseUrl: BASE_URL }), viewStorage: storage, initialFilter: 'portal' });
      expect(fresh.api.lastQuery.status).to.deep.equal(['resolved']);
      expect(fresh.queue.appliedView?.name).to.equal('Resolved');
    });
  });

  describe('Copy list link', () => {
    let copied: string[];
    let refuse = false;
    beforeEach(() => {
      copied = [];
      refuse = false;
      // Only the clipboard is stubbed: the link is built by the queue as URL sync builds it.
      Object.defineProperty(navigator.clipboard, 'writeText', {
        configurable: true,
        value: async (link: string) => {
          if (refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
          copied.push(link);
        },
      });
    });
    afterEach(() => delete (navigator.clipboard as { writeText?: unknown }).writeText);

    it('copies a link that opens the same view in a queue with url-sync, and says so', async () => {
      const { queue } = await renderQueue();
      queue.filters = { status: ['active'], tags: ['a&b'], timeRange: '30d' };
      queue.search = 'ransom';
      queue.sort = { field: 'severity', direction: 'asc' };
      queue.columnLayout = { order: ['severity', ...queue.columnLayout.order.filter((id) => id !== 'severity')], hidden: ['tags', 'categories'] };
      await settle(queue);
      expect(location.href, 'without url-sync the page URL stays').to.equal(original);
      button(queue, 'Copy list link').click();
      await eventually(() => copied.length === 1, 'the link is copied');
      await eventually(() => part(queue, '[role="status"]:not(.count)')?.textContent === 'Link copied', 'the copy is announced');

      history.replaceState(history.state, '', copied[0]!);
      const { queue: opened, api } = await renderQueue({ urlSync: true });
      expect(opened.filters).to.deep.equal(queue.filters);
      expect(opened.search).to.equal('ransom');
      expect(opened.sort).to.deep.equal({ field: 'severity', direction: 'asc' });
      expect(parts(opened, '[role="columnheader"][data-column]').map((header) => header.dataset.column)).to.deep.equal(
        parts(queue, '[role="columnheader"][data-column]').map((header) => header.dataset.column),
      );
      expect(api.lastQuery).to.deep.include({ status: ['active'], tags: ['a&b'], search: 'ransom' });
    });

    it('names "every incident" in the link, so it does not open the default filter', async () => {
      const { queue } = await renderQueue({ initialFilter: 'portal' });
      button(queue, 'Clear all').click();
      await settle(queue);
      button(queue, 'Copy list link').click();
      await eventually(() => copied.length === 1, 'the link is copied');
      history.replaceState(history.state, '', copied[0]!);
      const { queue: opened } = await renderQueue({ urlSync: true, initialFilter: 'portal' });
      expect(opened.filters).to.deep.equal({});
      expect(gridRowCount(opened)).to.equal(gridRowCount(queue));
    });

    it('shows the link to copy by hand when the clipboard is refused', async () => {
      refuse = true;
      const { queue } = await renderQueue({ search: 'ransom' });
      button(queue, 'Copy list link').click();
      await eventually(() => part(queue, '.link-notice'), 'the refusal shows');
      expect(part(queue, '.link-notice')!.textContent).to.contain('did not allow copying');
      const field = part(queue, '#list-link') as HTMLInputElement;
      expect(new URL(field.value).searchParams.get('search')).to.equal('ransom');
      expect(queue.shadowRoot!.activeElement).to.equal(field);
      await expect(queue).to.be.accessible();
    });
  });
});
