import { css } from 'lit';
import { textButtonHoverLook, textButtonLook } from '../styles/bare-button-looks.styles.js';
import { countStyles } from '../styles/chip.styles.js';
import { regionHostStyles } from '../styles/host.styles.js';
import { stateStyles } from '../styles/notice.styles.js';
import { tableStyles } from '../styles/table.styles.js';
import { token } from '../styles/tokens.js';
import { verticalTabStyles } from '../styles/vertical-tabs.styles.js';

export const assetsStyles = [
  regionHostStyles,
  verticalTabStyles,
  countStyles,
  tableStyles,
  stateStyles,
  css`
    [role='tab'].none {
      color: ${token.colorTextMuted};
    }
    .count {
      color: ${token.colorText};
    }

    tbody th {
      min-width: 160px;
    }
    button.entity {
      ${textButtonLook}
    }
    button.entity:hover {
      ${textButtonHoverLook}
    }
    .group-empty {
      margin: 8px 0;
    }

    .skeleton {
      display: grid;
      grid-template-columns: minmax(180px, 220px) minmax(0, 1fr);
      gap: 16px;
      padding: 8px;
    }
    .skeleton span {
      height: 20px;
      margin-block-end: 10px;
    }

    /* A phone or a side column: the skeleton stacks as the groups do over the list (see vertical tabs). */
    @container (max-width: 480px) {
      .skeleton {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
];
