import { css } from 'lit';
import { token } from '../styles/tokens.js';

/**
 * What the Investigations and Evidence and Response tabs share: the error banner over data kept
 * on screen, the loading/empty/error states and their buttons.
 */
export const responseTabStyles = css`
  .banner strong {
    color: ${token.colorDanger};
  }

  .state {
    padding: 24px 16px;
  }
  .state h2 {
    margin: 0 0 4px;
    font-size: ${token.fontSize};
    font-weight: 600;
  }
  .state p {
    margin: 0 0 12px;
  }
  .state.error h2 {
    color: ${token.colorDanger};
  }
  .state button,
  .banner button {
    min-height: 32px;
    padding: 4px 12px;
    font: inherit;
    color: ${token.colorText};
    background: ${token.colorBackground};
    border: 1px solid ${token.colorBorderStrong};
    border-radius: ${token.radius};
    cursor: pointer;
  }
  .state button:hover,
  .banner button:hover {
    background: ${token.colorSurfaceRaised};
  }
  .empty {
    font-weight: 600;
  }
  .muted {
    color: ${token.colorTextMuted};
  }
`;
