import { css } from 'lit';
import { severityMarkerStyles } from '../internal/severity-marker.js';
import { textButtonHoverLook, textButtonLook } from '../styles/bare-button-looks.styles.js';
import { buttonStyles } from '../styles/button.styles.js';
import { regionHostStyles } from '../styles/host.styles.js';
import { factsLook } from '../styles/looks.styles.js';
import { stackedStateStyles } from '../styles/notice.styles.js';
import { skeletonListStyles } from '../styles/skeleton.styles.js';
import { token } from '../styles/tokens.js';

export const similarIncidentsStyles = [
  regionHostStyles,
  severityMarkerStyles,
  buttonStyles,
  stackedStateStyles,
  skeletonListStyles,
  css`
    :host {
      container-type: inline-size;
    }

    .similar {
      display: grid;
      gap: 8px;
    }
    h2 {
      margin: 0;
      font-size: 16px;
      line-height: 22px;
    }
    .intro,
    .none p {
      margin: 0;
    }
    .none {
      display: grid;
      gap: 4px;
      padding-block: 16px;
    }
    .empty {
      font-weight: 600;
    }

    .incidents {
      margin: 0;
      padding: 0;
      list-style: none;
      border-block-start: 1px solid ${token.colorBorder};
    }
    .incident {
      display: grid;
      gap: 6px;
      padding: 12px 0;
      border-block-end: 1px solid ${token.colorBorder};
      min-width: 0;
    }
    h3 {
      margin: 0;
      font-size: inherit;
      line-height: inherit;
    }
    /* The incident's ID and name read as a link: it opens the incident. */
    button.open {
      ${textButtonLook}
      display: inline-flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 2px 8px;
      max-width: 100%;
      min-height: 0;
      white-space: normal;
      font-weight: 600;
      border-radius: ${token.radius};
    }
    button.open:hover {
      ${textButtonHoverLook}
    }
    .incident-id {
      color: ${token.colorTextMuted};
      font-weight: 400;
      white-space: nowrap;
    }
    .incident-name {
      min-width: 0;
      overflow-wrap: anywhere;
    }

    .facts {
      ${factsLook}
      margin: 0;
    }
    .facts > div {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .facts dd {
      margin: 0;
      color: ${token.colorText};
    }

    .reasons {
      display: grid;
      gap: 2px;
      margin: 0;
      padding-inline-start: 20px;
    }
    .reason {
      overflow-wrap: anywhere;
    }

    .skeleton {
      padding-inline: 0;
    }
    .skeleton span:nth-of-type(2n) {
      width: 70%;
    }

    @container (max-width: 480px) {
      .incident {
        padding-block: 10px;
      }
      .reasons {
        padding-inline-start: 16px;
      }
    }

    @media (forced-colors: active) {
      button.open {
        color: LinkText;
      }
      .incident-id {
        color: CanvasText;
      }
    }
  `,
];
