import { css } from 'lit';
import { buttonLook, disabledButtonLook, primaryButtonLook } from './button-looks.styles.js';
import { token } from './tokens.js';

/**
 * Every `<button>` of the element: default, `.primary` (the one main action, in the accent
 * colour), `.icon` (a square holding only an icon), `.link` (accent text, no box), disabled, and
 * busy (`aria-disabled="true"` while its action runs); icons are 16px in the text colour. The
 * selectors weigh nothing (`:where`), so any rule of the element overrides them.
 */
export const buttonStyles = css`
  :where(button) {
    ${buttonLook}
  }
  :where(button:hover) {
    background: ${token.colorSurfaceRaised};
  }
  :where(button:active) {
    background: ${token.colorSelected};
  }
  :where(button.primary) {
    ${primaryButtonLook}
  }
  :where(button.primary:hover) {
    background: ${token.colorAccentHover};
    border-color: ${token.colorAccentHover};
  }
  :where(button.icon, button.link) {
    display: inline-flex;
    align-items: center;
    background: transparent;
    border-color: transparent;
  }
  :where(button.icon) {
    justify-content: center;
    min-width: 32px;
    padding: 4px;
  }
  :where(button.icon:hover) {
    background: ${token.colorSurfaceRaised};
    border-color: ${token.colorBorder};
  }
  :where(button.link) {
    gap: 6px;
    padding-inline: 4px;
    color: ${token.colorAccent};
  }
  :where(button.link:hover) {
    background: none;
    text-decoration: underline;
  }
  :where(button:disabled) {
    ${disabledButtonLook}
  }
  :where(button[aria-disabled='true']) {
    cursor: progress;
  }
  :where(svg) {
    flex: none;
    width: 16px;
    height: 16px;
    fill: currentColor;
  }
  @media (forced-colors: active) {
    :where(button.link) {
      color: LinkText;
    }
    :where(button:disabled) {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
