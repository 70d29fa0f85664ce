import { css } from 'lit';
import { buttonStyles } from '../styles/button.styles.js';
import { chipStyles, countStyles } from '../styles/chip.styles.js';
import { regionHostStyles } from '../styles/host.styles.js';
import { factsLook } from '../styles/looks.styles.js';
import { pageStyles } from '../styles/page.styles.js';
import { token } from '../styles/tokens.js';

export const entityPageStyles = [
  regionHostStyles,
  buttonStyles,
  chipStyles,
  countStyles,
  pageStyles,
  css`
    /*
     * A page given a height (the workspace's) lends what its header leaves to the timeline, whose
     * list grows to fill it; a page of auto height stays as tall as its content.
     */
    :host {
      container-type: inline-size;
      display: flex;
      flex-direction: column;
      min-height: 100%;
    }

    .back-row {
      padding: 12px 24px 0;
    }
    button.back {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      padding-inline: 8px;
      border-color: transparent;
      color: ${token.colorAccent};
    }
    button.back:hover {
      border-color: ${token.colorBorder};
      color: ${token.colorAccentHover};
    }
    /* "Back" points the way the page reads from. */
    :host(:dir(rtl)) .back-icon {
      transform: scaleX(-1);
    }

    header {
      display: grid;
      gap: 12px;
      padding: 12px 24px 16px;
      border-block-end: 1px solid ${token.colorBorder};
    }
    .title-row {
      display: flex;
      align-items: center;
      gap: 12px;
      min-width: 0;
    }
    .type-badge {
      display: inline-grid;
      place-items: center;
      flex: none;
      width: 40px;
      height: 40px;
      border-radius: 50%;
      background: ${token.colorSelected};
      color: ${token.colorAccent};
      font-weight: 600;
      font-size: ${token.fontSizeLarge};
    }
    .type-badge svg {
      width: 24px;
      height: 24px;
    }
    .title {
      display: grid;
      min-width: 0;
    }
    .type {
      color: ${token.colorTextMuted};
      font-size: ${token.fontSizeSmall};
    }

    .columns {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 16px;
      padding: 16px 24px 24px;
      align-items: start;
    }
    @container (min-width: 1024px) {
      .columns {
        grid-template-columns: minmax(240px, 300px) minmax(0, 1fr) minmax(240px, 300px);
      }
      .columns {
        flex: 1 0 auto;
      }
      .column.timeline {
        align-self: stretch;
        display: flex;
        flex-direction: column;
      }
      .column.timeline soc-entity-timeline {
        flex: 1 0 auto;
      }
    }
    .column {
      min-width: 0;
    }
    .details,
    .insights {
      padding: 12px 16px 16px;
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
    }
    h2 {
      margin: 0 0 12px;
    }
    h3 {
      display: flex;
      align-items: center;
      gap: 8px;
      margin: 0 0 8px;
    }

    /* One column in the side column; several when the columns stack and the overview is wide. */
    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
      gap: 12px 24px;
      margin: 0;
    }
    .field,
    .seen div {
      display: grid;
      align-content: start;
      gap: 2px;
    }
    code {
      font-family: Consolas, 'Cascadia Mono', 'Courier New', monospace;
      font-size: 13px;
      overflow-wrap: anywhere;
      word-break: break-all;
    }
    .values {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .none {
      color: ${token.colorTextMuted};
    }
    a.url {
      color: ${token.colorAccent};
      overflow-wrap: anywhere;
      word-break: break-all;
    }
    a.url:hover {
      color: ${token.colorAccentHover};
    }

    .seen {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
      gap: 12px 24px;
      margin: 0 0 16px;
    }
    .relative {
      display: block;
      color: ${token.colorTextMuted};
      font-size: ${token.fontSizeSmall};
    }

    .related,
    .activities {
      padding-block-start: 12px;
      border-block-start: 1px solid ${token.colorBorder};
    }
    .related {
      margin-block-end: 16px;
    }
    .incidents {
      display: grid;
      gap: 2px;
      margin: 0 -8px;
      padding: 0;
      list-style: none;
    }
    button.incident {
      display: grid;
      white-space: normal;
      gap: 2px;
      width: 100%;
      padding: 6px 8px;
      text-align: start;
      border-color: transparent;
    }
    button.incident:hover {
      background: ${token.colorSurfaceRaised};
    }
    .incident-name {
      color: ${token.colorAccent};
      overflow-wrap: anywhere;
    }
    button.incident:hover .incident-name {
      color: ${token.colorAccentHover};
      text-decoration: underline;
    }
    .incident-facts {
      ${factsLook}
    }
    .incident-facts .severity {
      color: ${token.colorText};
    }

    .activity-list {
      display: grid;
      gap: 10px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .activity-list li {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 4px 8px;
    }
    .activity-title {
      overflow-wrap: anywhere;
    }
    .activity-count {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    .bar {
      grid-column: 1 / -1;
      height: 4px;
      border-radius: 2px;
      background: ${token.colorSurfaceRaised};
      overflow: hidden;
    }
    .bar span {
      display: block;
      height: 100%;
      background: ${token.colorAccent};
    }

    .inline-error {
      display: grid;
      gap: 6px;
      justify-items: start;
    }
    .inline-error h3 {
      color: ${token.colorDanger};
    }
    .inline-error p {
      margin: 0;
    }

    .page-skeleton .skeleton-header {
      display: grid;
      gap: 10px;
      padding: 16px 24px;
    }
    .page-skeleton .skeleton-header span:first-child {
      height: 28px;
      width: 40%;
    }
    .page-skeleton .skeleton-header span:last-child {
      width: 25%;
    }
    .page-skeleton .column {
      display: grid;
      gap: 12px;
      padding: 16px;
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
    }
    .page-skeleton .column span:nth-child(2n) {
      width: 70%;
    }
    .insights-skeleton {
      display: grid;
      gap: 12px;
    }
    .insights-skeleton span:nth-of-type(2n) {
      width: 60%;
    }

    .playbooks {
      display: block;
      margin-block-start: 16px;
    }

    /* A phone or a side column: the margins give their room to the content. */
    @container (max-width: 480px) {
      .back-row {
        padding-inline: 8px;
      }
      header,
      .page-skeleton .skeleton-header {
        padding-inline: 8px;
      }
      .columns {
        padding: 12px 8px 16px;
      }
      .details,
      .insights {
        padding-inline: 12px;
      }
      soc-entity-timeline {
        padding-inline: 8px;
      }
    }

    @media (forced-colors: active) {
      .type-badge {
        border: 1px solid CanvasText;
      }
      .bar span {
        forced-color-adjust: none;
        background: CanvasText;
      }
    }
  `,
];
