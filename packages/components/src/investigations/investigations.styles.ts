import { css } from 'lit';
import { textButtonHoverLook, textButtonLook } from '../styles/bare-button-looks.styles.js';
import { forcedSelectionBar, forcedStatusMarkerStyles } from '../styles/forced-colors.styles.js';
import { regionHostStyles } from '../styles/host.styles.js';
import { propertyListStyles } from '../styles/property-list.styles.js';
import { skeletonListStyles } from '../styles/skeleton.styles.js';
import { tableStyles } from '../styles/table.styles.js';
import { token } from '../styles/tokens.js';

export const investigationsStyles = [
  regionHostStyles,
  tableStyles,
  propertyListStyles,
  skeletonListStyles,
  forcedStatusMarkerStyles,
  css`
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      align-items: start;
    }
    .layout.with-details {
      grid-template-columns: minmax(0, 1fr) minmax(320px, 400px);
    }

    .table-scroll {
      min-width: 0;
      padding: 0 16px 16px;
    }
    tbody tr {
      cursor: pointer;
    }
    tbody tr:hover {
      background: ${token.colorSurface};
    }
    tbody tr.selected {
      background: ${token.colorSelected};
    }
    tbody tr.selected th {
      box-shadow: inset 3px 0 0 ${token.colorAccent};
    }
    /* The selection bar sits on the start edge: the right one in a right-to-left page. */
    :host(:dir(rtl)) tbody tr.selected th {
      box-shadow: inset -3px 0 0 ${token.colorAccent};
    }
    .time,
    .count {
      white-space: nowrap;
    }

    button.row-button {
      ${textButtonLook}
      padding-inline-start: 8px;
      white-space: nowrap;
    }
    button.row-button:hover {
      ${textButtonHoverLook}
    }

    .pending-count {
      display: inline-block;
      margin-inline-start: 8px;
      padding: 0 6px;
      font-size: ${token.fontSizeSmall};
      color: ${token.colorText};
      background: ${token.colorWarningSurface};
      border: 1px solid ${token.colorWarning};
      border-radius: 10px;
      white-space: nowrap;
    }

    .details {
      display: grid;
      gap: 16px;
      align-content: start;
      min-width: 0;
      padding: 12px 16px 16px;
      border-inline-start: 1px solid ${token.colorBorder};
    }
    .details header {
      display: flex;
      align-items: start;
      justify-content: space-between;
      gap: 8px;
    }
    .details h2 {
      font-size: ${token.fontSizeLarge};
      line-height: 28px;
      overflow-wrap: anywhere;
    }
    .details h3 {
      margin: 0 0 8px;
    }
    dl {
      grid-template-columns: max-content minmax(0, 1fr);
    }

    button.icon {
      display: inline-grid;
      place-items: center;
      min-width: 32px;
      min-height: 32px;
      padding: 4px;
      color: ${token.colorText};
      background: none;
      border: 1px solid transparent;
      border-radius: ${token.radius};
      cursor: pointer;
    }
    button.icon:hover {
      background: ${token.colorSurfaceRaised};
    }
    svg {
      width: 16px;
      height: 16px;
      fill: currentColor;
    }

    .entities {
      display: grid;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .entity {
      display: grid;
      gap: 4px;
      padding: 8px 0;
      border-block-end: 1px solid ${token.colorBorder};
    }
    .entity:first-child {
      padding-block-start: 0;
    }
    .entity-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 8px;
    }
    .entity-name {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .entity-state {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
    }
    .actions {
      display: grid;
      gap: 4px;
      margin-block-start: 4px;
      padding-inline-start: 12px;
      border-inline-start: 2px solid ${token.colorBorder};
    }

    .note,
    .banner {
      margin: 0 16px 8px;
    }

    @media (forced-colors: active) {
      tbody tr.selected th {
        position: relative;
      }
      tbody tr.selected th::before {
        ${forcedSelectionBar}
      }
    }
  `,
];
