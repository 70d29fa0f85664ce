import { isAvailableLanguage, onTranslationsRegistered, PSEUDO_LOCALE } from './messages.js';

/**
 * Which locale an element speaks: the `lang` of the element or its closest ancestor (crossing
 * shadow roots to their hosts), else the document's, else the browser's.
 */
export interface ResolvedLocale {
  /** The BCP 47 tag dates and numbers are formatted for ("de-CH"). */
  readonly tag: string;
  /** The language whose strings are shown ("de"); English when there are none for the tag. */
  readonly language: string;
}

/** The `lang` that applies to `element`, crossing shadow boundaries; '' when none says. */
export function closestLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) {
      const lang = found.getAttribute('lang')?.trim() ?? '';
      // lang="" means "unknown": keep looking further out.
      if (lang) return lang;
      node = found.parentElement ?? hostOf(found);
      continue;
    }
    node = hostOf(node);
  }
  return '';
}

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** Maps a `lang` value to the tag to format with and the language to show strings in. */
export function resolveLocale(lang: string): ResolvedLocale {
  const tag = canonical(lang);
  if (!tag) return { tag: 'en', language: 'en' };
  if (tag.toLowerCase() === PSEUDO_LOCALE.toLowerCase()) return { tag: 'en', language: PSEUDO_LOCALE.toLowerCase() };
  const language = tag.split('-')[0]!.toLowerCase();
  // Strings and formats agree: a language without strings is shown, and formatted, in English.
  return isAvailableLanguage(language) ? { tag, language } : { tag: 'en', language: 'en' };
}

/** The locale of `element` (see `ResolvedLocale`). */
export function localeOf(element: Element): ResolvedLocale {
  return resolveLocale(closestLang(element) || (typeof navigator === 'undefined' ? 'en' : navigator.language));
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;
const observedRoots = new WeakSet<Node>();

function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer!.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Calls `listener` whenever a `lang` attribute changes in the document, in any shadow root that
 * holds `element`, or the browser's language changes. Returns the function that stops listening.
 */
export function onLangChange(element: Element, listener: Listener): () => void {
  listeners.add(listener);
  if (typeof MutationObserver === 'undefined' || typeof document === 'undefined') return () => listeners.delete(listener);
  if (!observer) {
    const notify = () => listeners.forEach((each) => each());
    observer = new MutationObserver(notify);
    window.addEventListener('languagechange', notify);
    // A language a host adds may be the one an element's `lang` asked for all along.
    onTranslationsRegistered(notify);
  }
  observe(document.documentElement);
  // A host portal that is itself built of shadow roots may set `lang` inside one of them.
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observe(root);
  return () => listeners.delete(listener);
}
