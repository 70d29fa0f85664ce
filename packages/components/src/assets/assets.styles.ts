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
  `,
];
