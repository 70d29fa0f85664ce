/**
 * Test support for the l10n tests: the mock backend of a test file, an element mounted in a
 * `<div lang=…>` under a `<soc-api-provider>`, and a change of that language, each waiting with the
 * patience a lazily loaded translation needs.
 */
import { styleProps, type StyleProps } from '../internal/style-props.js';
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { MockBackendOptions } from '@soc-kit/mock-api';
import { nothing, type TemplateResult } from 'lit';
import { BASE_URL, freshState, startTestBackend, type TestBackend } from '../../../../test/support/test-backend.js';
import { HttpIncidentApi, type IncidentApi } from '../api/index.js';
import '../provider/define.js';
import { TRANSLATION_LOADS } from './untranslated-text.fixture.js';

/**
 * The mock backend of the enclosing `describe` block: started before its tests, given fresh data
 * before each one and stopped after them. Its fields are there once the block's `before` has run.
 */
export function useTestBackend(options: MockBackendOptions = {}): TestBackend {
  const test = {} as TestBackend;
  before(async () => {
    Object.assign(test, await startTestBackend(options));
  });
  after(() => test.worker.stop());
  beforeEach(() => freshState(test));
  return test;
}

/** A new client of the test backend. */
export const testApi = (): HttpIncidentApi => new HttpIncidentApi({ baseUrl: BASE_URL });

export interface MountInLanguageOptions<E extends Element> {
  /** The client the `<soc-api-provider>` around the template gives (default: a new one of the test backend). */
  api?: IncidentApi;
  /** `false` where the template brings its own `<soc-api-provider>`, as a story's template does. */
  provider?: boolean;
  /** The wrapper's `dir`. */
  dir?: 'ltr' | 'rtl';
  /** Style properties of the wrapper (a width, say), set through the CSSOM as the kit's elements set theirs. */
  styles?: StyleProps;
  /** What to wait for once mounted (the element has loaded), with the patience a translation needs. */
  until?: (el: E) => unknown;
  /** Names `until` in the message of a timeout. */
  message?: string;
}

export interface MountedInLanguage<E extends Element> {
  /** The `<div lang=…>` around it all: change its `lang` to change the language. */
  wrapper: HTMLDivElement;
  /** The first `tag` in it. */
  el: E;
}

/**
 * Mounts `template` inside `<div lang=${lang}>`, under a `<soc-api-provider>` unless the template has
 * one, and returns the wrapper and its first `tag` once `until` holds.
 */
export async function mountInLanguage<K extends keyof HTMLElementTagNameMap>(
  lang: string,
  tag: K,
  template: TemplateResult,
  { api, provider = true, dir, styles = {}, until, message = `<${tag}> loads` }: MountInLanguageOptions<HTMLElementTagNameMap[K]> = {},
): Promise<MountedInLanguage<HTMLElementTagNameMap[K]>> {
  const content = provider ? html`<soc-api-provider .api=${api ?? testApi()}>${template}</soc-api-provider>` : template;
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang} dir=${dir ?? nothing} ${styleProps(styles)}>${content}</div>`);
  const el = wrapper.querySelector(tag);
  if (!el) throw new Error(`The template has no <${tag}>.`);
  if (until) await waitUntil(() => until(el), message, TRANSLATION_LOADS);
  return { wrapper, el };
}

/**
 * Sets the wrapper's `lang` and waits, with the patience a translation needs, until `shows` holds:
 * the new language has arrived.
 */
export async function switchLanguage(
  wrapper: HTMLElement,
  lang: string,
  shows: () => unknown,
  message: string,
  patience: { timeout: number } = TRANSLATION_LOADS,
): Promise<void> {
  wrapper.lang = lang;
  await waitUntil(shows, message, patience);
}
