import { fixture, waitUntil } from '@open-wc/testing';
import { automationRulesTemplate } from '../../../../stories/automation-rules.stories.js';
import { BASE_URL } from '../../../../test/support/test-backend.js';
import type { IncidentInput } from '@soc-kit/mock-api';
import { HttpIncidentApi, type Incident, type IncidentApi } from '../api/index.js';
import type { SocAutomationRules } from './automation-rules.js';
import type { SocAutomationRuleEditor } from './rule-editor.js';
import '../provider/define.js';
import './define.js';

/** Renders the story template over the test backend. */
export async function mountRules(api: IncidentApi = new HttpIncidentApi({ baseUrl: BASE_URL })): Promise<SocAutomationRules> {
  const provider = await fixture(automationRulesTemplate({ api }));
  return provider.querySelector('soc-automation-rules')!;
}

/** `waitUntil` with room for a busy machine. */
export function eventually(condition: () => unknown, message: string): Promise<void> {
  return waitUntil(condition, message, { timeout: 20_000 });
}

export const shadow = (el: Element) => el.shadowRoot!;
export const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const rows = (el: SocAutomationRules) => [...shadow(el).querySelectorAll<HTMLTableRowElement>('tbody tr')];
export const ruleNames = (el: SocAutomationRules) => rows(el).map((row) => textOf(row.querySelector('th')));
export const control = (el: SocAutomationRules, index: number, name: string) =>
  shadow(el).querySelector<HTMLButtonElement>(`#rule-${index}-${name}`)!;

export function button(root: Element | ShadowRoot, label: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find(
    (candidate) => textOf(candidate) === label || candidate.getAttribute('aria-label') === label,
  );
}

/** Waits until the table shows rules and no write or load is in flight. */
export async function settled(el: SocAutomationRules): Promise<void> {
  await eventually(() => {
    const table = shadow(el).querySelector('table');
    return table && table.getAttribute('aria-busy') === 'false';
  }, 'the rules to settle');
}

export function editorOf(el: SocAutomationRules): SocAutomationRuleEditor {
  return shadow(el).querySelector('soc-automation-rule-editor')!;
}

export const editorRoot = (el: SocAutomationRules) => shadow(editorOf(el));

export function field<T extends HTMLElement = HTMLInputElement>(el: SocAutomationRules, selector: string): T {
  const found = editorRoot(el).querySelector<T>(selector);
  if (!found) throw new Error(`The editor has no ${selector}.`);
  return found;
}

/** Types into an input or text area as a person would: the value, then an `input` event. */
export async function type(el: SocAutomationRules, selector: string, value: string): Promise<void> {
  const input = field<HTMLInputElement | HTMLTextAreaElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await editorOf(el).updateComplete;
}

/** Picks an option of a select, then a `change` event. */
export async function choose(el: SocAutomationRules, selector: string, value: string): Promise<void> {
  const select = field<HTMLSelectElement>(el, selector);
  if (![...select.options].some((option) => option.value === value)) {
    throw new Error(`${selector} offers no ${value}: ${[...select.options].map((o) => o.value).join(', ')}`);
  }
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await editorOf(el).updateComplete;
}

/** Ticks the checkbox labelled `label` in a condition's value list. */
export async function tick(el: SocAutomationRules, conditionIndex: number, label: string): Promise<void> {
  const row = editorRoot(el).querySelectorAll('li.condition')[conditionIndex];
  const choice = [...row.querySelectorAll('label.choice')].find((candidate) => textOf(candidate) === label);
  if (!choice) throw new Error(`Condition ${conditionIndex + 1} offers no value ${label}.`);
  choice.querySelector('input')!.click();
  await editorOf(el).updateComplete;
}

/** The stable key of the n-th condition or action row, from its controls' ids. */
export function rowKey(el: SocAutomationRules, kind: 'condition' | 'action', index: number): string {
  const row = editorRoot(el).querySelectorAll(`li.${kind}`)[index];
  const id = row?.querySelector('select')?.id;
  if (!id) throw new Error(`There is no ${kind} ${index + 1}.`);
  return id.replace(/-(property|kind)$/, '');
}

/**
 * Opens the editor on a new rule as a person would: focus on "Create", then a click.
 * (Assertions compare elements by identity: a failed deep comparison of DOM nodes is too big to report.)
 */
export async function openCreate(el: SocAutomationRules): Promise<void> {
  const create = button(shadow(el), 'Create')!;
  create.focus();
  create.click();
  await eventually(() => editorOf(el).open && editorRoot(el).querySelector('dialog')?.open, 'the editor to open');
}

export async function apply(el: SocAutomationRules): Promise<void> {
  field<HTMLButtonElement>(el, '#apply').click();
  await editorOf(el).updateComplete;
}

/** Fills a new rule's name, trigger and order, with the form's first action row left as it is. */
export async function describeRule(
  el: SocAutomationRules,
  { name, trigger = 'incidents.created', order }: { name: string; trigger?: string; order?: number },
): Promise<void> {
  await type(el, '#name', name);
  await choose(el, '#trigger', trigger);
  if (order !== undefined) await type(el, '#order', String(order));
}

/** Creates an incident over the REST API, as an ingesting system would. */
export async function ingest(input: IncidentInput): Promise<Incident> {
  const response = await fetch(`${BASE_URL}/incidents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  if (response.status !== 201) throw new Error(`Ingestion failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as Incident;
}
