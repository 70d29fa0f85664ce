import { css } from 'lit';
import { buttonLook, primaryButtonLook } from './button-looks.styles.js';
import { token } from './tokens.js';

/**
 * The kit's buttons for an element that gives their looks by class: `.button` (with `.primary`), and
 * `.icon-button`, a 32px square holding only an icon; its other buttons take the text's font and
 * colour, for the element to style.
 */
export const buttonClassStyles = css`
  :where(button) {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .button {
    ${buttonLook}
  }
  .button:hover {
    background: ${token.colorSurfaceRaised};
  }
  .button.primary {
    ${primaryButtonLook}
  }
  .button.primary:hover {
    background: ${token.colorAccentHover};
    border-color: ${token.colorAccentHover};
  }
  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 32px;
    height: 32px;
    padding: 0;
    color: ${token.colorText};
    background: transparent;
    border: 1px solid transparent;
    border-radius: ${token.radius};
    cursor: pointer;
  }
  .icon-button:hover:not(:disabled) {
    background: ${token.colorSurfaceRaised};
    border-color: ${token.colorBorder};
  }
  .icon-button:disabled {
    color: ${token.colorBorderStrong};
    cursor: default;
  }
  @media (forced-colors: active) {
    .button:disabled,
    .icon-button:disabled {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
