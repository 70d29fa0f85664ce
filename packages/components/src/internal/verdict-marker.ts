import { html } from 'lit';
import type { Verdict } from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import { markerStyles } from '../styles/marker.styles.js';

const VERDICT_TONES: Record<Verdict, string> = {
  malicious: 'danger',
  suspicious: 'warning',
  noThreatsFound: 'success',
  unknown: 'neutral',
};

/**
 * A verdict as the portal shows it: a coloured dot and the word, so colour is never the only cue.
 * The word is in the language of `l10n` (any element's localizer: verdicts are shared words).
 */
export const verdictMarker = (verdict: Verdict, l10n: Localizer) =>
  html`<span class="verdict ${verdict}" data-tone=${VERDICT_TONES[verdict]}>${l10n.t(`verdict.${verdict}`)}</span>`;

/** The styles `verdictMarker` needs; add them to the element's styles. */
export const verdictMarkerStyles = markerStyles;
