import { css } from 'lit';
import { buttonStyles } from '../styles/button.styles.js';
import { entityChipStyles } from '../styles/chip.styles.js';
import { forcedSelectionBar } from '../styles/forced-colors.styles.js';
import { regionHostStyles } from '../styles/host.styles.js';
import { factsLook } from '../styles/looks.styles.js';
import { stackedStateStyles } from '../styles/notice.styles.js';
import { token } from '../styles/tokens.js';

export const attackStoryStyles = [
  regionHostStyles,
  buttonStyles,
  entityChipStyles,
  stackedStateStyles,
  css`
    :host {
      container-type: inline-size;
      /* Height the two regions share when side by side; a host may set it. */
      --_region-height: var(--soc-attack-story-height, max(480px, 70vh));
    }

    /* One above the other until there is room for both: the story reads badly under ~340px. */
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
    }
    .story,
    .graph {
      display: flex;
      flex-direction: column;
      min-width: 0;
      min-height: 0;
    }
    .story-body {
      flex: 1;
      min-height: 0;
      max-height: var(--_region-height);
      overflow: auto;
    }
    .story {
      border-block-end: 1px solid ${token.colorBorder};
    }
    .graph {
      height: var(--_region-height);
      padding: 0 16px 16px;
    }
    @container (min-width: 880px) {
      .layout {
        grid-template-columns: minmax(340px, 2fr) minmax(0, 3fr);
        height: var(--_region-height);
      }
      .story {
        border-block-end: none;
      }
      .story-body {
        max-height: none;
      }
      .graph {
        height: auto;
        padding-inline-start: 0;
      }
    }
    /* Its own display (a flex column) stays: its drawing grows with the card. */
    soc-incident-graph {
      flex: 1;
      min-height: 0;
    }

    .region-header {
      display: flex;
      align-items: baseline;
      gap: 8px;
      padding: 12px 16px 8px;
    }
    .graph .region-header {
      padding-inline: 0;
    }
    .count {
      color: ${token.colorTextMuted};
      font-size: ${token.fontSizeSmall};
    }

    /* The story: a rail of severity dots joining the alerts from the first to the last. */
    .alerts {
      margin: 0;
      padding: 0 16px 16px;
      list-style: none;
    }
    .alert {
      display: grid;
      grid-template-columns: 14px minmax(0, 1fr);
      gap: 8px;
    }
    .rail {
      position: relative;
    }
    .rail::before {
      content: '';
      position: absolute;
      inset-inline-start: 6px;
      inset-block: 0;
      width: 2px;
      background: ${token.colorBorder};
    }
    .alert:first-child .rail::before {
      inset-block-start: 16px;
    }
    .alert:last-child .rail::before {
      height: 16px;
    }
    .alert:only-child .rail::before {
      display: none;
    }
    .dot {
      position: absolute;
      inset-block-start: 11px;
      inset-inline-start: 2px;
      width: 10px;
      height: 10px;
      border-radius: 50%;
      background: ${token.severityInformational};
      box-shadow: 0 0 0 2px ${token.colorBackground};
    }
    .dot.high {
      background: ${token.severityHigh};
    }
    .dot.medium {
      background: ${token.severityMedium};
    }
    .dot.low {
      background: ${token.severityLow};
    }
    .dot.unknown {
      background: ${token.colorBackground};
      border: 1px solid ${token.colorBorderStrong};
    }

    .card {
      margin-block-end: 8px;
      padding-block: 6px 8px;
      padding-inline: 12px 6px;
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
      background: ${token.colorBackground};
      cursor: pointer;
      min-width: 0;
    }
    .card:hover {
      border-color: ${token.colorBorderStrong};
    }
    .in-graph-selection .card {
      background: ${token.colorSelected};
    }
    .chosen .card,
    .in-graph-selection .card {
      border-color: ${token.colorAccent};
      box-shadow: inset 3px 0 0 ${token.colorAccent};
    }
    /* The selection bar sits on the start edge: the right one in a right-to-left page. */
    :host(:dir(rtl)) .chosen .card,
    :host(:dir(rtl)) .in-graph-selection .card {
      box-shadow: inset -3px 0 0 ${token.colorAccent};
    }
    .chosen .card {
      background: ${token.colorSelected};
    }

    .meta {
      ${factsLook}
    }
    .meta .severity {
      color: ${token.colorText};
    }
    .graph-flag {
      color: ${token.colorAccent};
      font-weight: 600;
    }
    .title-row {
      display: flex;
      align-items: flex-start;
      gap: 4px;
    }
    h3 {
      flex: 1;
      min-width: 0;
    }
    button.title {
      display: block;
      white-space: normal;
      width: 100%;
      min-height: 24px;
      padding: 2px 0;
      border: none;
      background: none;
      font-weight: 600;
      text-align: start;
      overflow-wrap: anywhere;
    }
    button.title:hover {
      background: none;
      color: ${token.colorAccent};
      text-decoration: underline;
    }
    .disclosure svg {
      transition: transform 120ms ease-out;
    }
    .disclosure[aria-expanded='true'] svg {
      transform: rotate(90deg);
    }
    /* The closed chevron points along the reading direction: leftwards in a right-to-left page. */
    :host(:dir(rtl)) .disclosure svg {
      transform: scaleX(-1);
    }
    :host(:dir(rtl)) .disclosure[aria-expanded='true'] svg {
      transform: scaleX(-1) rotate(90deg);
    }
    @media (prefers-reduced-motion: reduce) {
      .disclosure svg {
        transition: none;
      }
    }
    .what {
      margin: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .sources {
      display: flex;
      flex-wrap: wrap;
      gap: 0 6px;
      margin: 2px 0 0;
      font-size: ${token.fontSizeSmall};
      color: ${token.colorTextMuted};
    }

    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .entities {
      margin-block-start: 6px;
    }
    .entity .entity-icon {
      width: 14px;
      height: 14px;
      flex: none;
      color: ${token.colorTextMuted};
    }
    .more {
      align-self: center;
    }

    .details {
      margin-block-start: 8px;
      padding-block-start: 4px;
      border-block-start: 1px solid ${token.colorBorder};
      cursor: auto;
    }
    .details[hidden] {
      display: none;
    }
    h4 {
      margin: 8px 0 4px;
      font-size: ${token.fontSizeSmall};
      color: ${token.colorTextMuted};
    }
    .prose {
      margin: 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    dl {
      display: grid;
      grid-template-columns: minmax(112px, max-content) minmax(0, 1fr);
      gap: 4px 16px;
      margin: 12px 0 0;
    }
    dt {
      color: ${token.colorTextMuted};
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .evidence li {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 0 8px;
      padding-block: 6px;
      border-block-start: 1px solid ${token.colorBorder};
    }
    .evidence li:first-child {
      border-block-start: none;
    }
    .evidence-name {
      display: flex;
      align-items: flex-start;
      gap: 6px;
      font-weight: 600;
      overflow-wrap: anywhere;
      min-width: 0;
    }
    .evidence-name .entity-icon {
      flex: none;
      margin-block-start: 2px;
      color: ${token.colorTextMuted};
    }
    .evidence-state {
      grid-column: 1 / -1;
      padding-inline-start: 22px;
      display: flex;
      flex-wrap: wrap;
      gap: 2px 16px;
    }

    button.icon {
      min-width: 28px;
      min-height: 28px;
    }

    .state {
      padding: 8px 16px 24px;
    }
    .state.error h3 {
      flex: none;
    }
    .empty {
      color: ${token.colorTextMuted};
    }

    .skeleton {
      display: grid;
      gap: 8px;
      padding-block: 0 16px;
      padding-inline: 38px 16px;
    }
    .skeleton-card {
      display: grid;
      gap: 8px;
      padding: 10px 12px;
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
    }
    .skeleton-card span:nth-child(1) {
      width: 40%;
      height: 12px;
    }
    .skeleton-card span:nth-child(2) {
      width: 85%;
    }
    .skeleton-card span:nth-child(3) {
      width: 60%;
      height: 12px;
    }

    /* Forced colors: the rail and its dots in the text colour, hollow for an unknown severity. */
    @media (forced-colors: active) {
      .rail::before {
        forced-color-adjust: none;
        background: CanvasText;
      }
      .dot,
      .dot.high,
      .dot.medium,
      .dot.low {
        forced-color-adjust: none;
        background: CanvasText;
        border: 1px solid CanvasText;
      }
      .dot.unknown {
        background: Canvas;
      }
      .chosen .card,
      .in-graph-selection .card {
        position: relative;
        border-color: Highlight;
      }
      .chosen .card::before,
      .in-graph-selection .card::before {
        ${forcedSelectionBar}
      }
    }
  `,
];
