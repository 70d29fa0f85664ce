/** The demo's language choice: `?lang=` in the URL, else the last choice (kept where storage allows), else the page's own. */

const LANGUAGE_KEY = 'soc-kit-demo-language';

/** Sets the page's language (kept for the next visit when storage allows). */
export function setDemoLanguage(tag: string): void {
  document.documentElement.lang = tag;
  try {
    localStorage.setItem(LANGUAGE_KEY, tag);
  } catch {
    // Storage blocked: the choice lasts for this visit.
  }
}

/** The language to start in: `?lang=` in the URL, else the last choice, else the page's own. */
export function initialDemoLanguage(): string {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl) return fromUrl;
  try {
    return localStorage.getItem(LANGUAGE_KEY) ?? document.documentElement.lang;
  } catch {
    return document.documentElement.lang;
  }
}
