import { css } from 'lit';
import { token } from './tokens.js';

/**
 * Text fields, selects and text areas with their label (`.field > label`, or `.label`), hint and
 * error text; checkboxes and radios in the accent colour. A field is focused by its thicker
 * accent underline rather than the outline. All but the focus rule weigh nothing (`:where`), so any
 * rule of the element overrides them.
 */
export const fieldStyles = css`
  :where(.field) {
    display: grid;
    gap: 4px;
    min-width: 0;
  }
  :where(.field > label, .label) {
    font-weight: 600;
  }
  :where(input:not([type='checkbox'], [type='radio']), select, textarea) {
    width: 100%;
    min-width: 0;
    min-height: 32px;
    padding: 4px 8px;
    font: inherit;
    color: ${token.colorText};
    background: ${token.colorBackground};
    border: 1px solid ${token.colorBorder};
    border-block-end-color: ${token.colorBorderStrong};
    border-radius: ${token.radius};
  }
  :where(textarea) {
    resize: vertical;
  }
  :where(input:not([type='checkbox'], [type='radio']):hover, select:hover, textarea:hover) {
    border-color: ${token.colorBorderStrong};
  }
  input:not([type='checkbox'], [type='radio']):focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: none;
    border-color: ${token.colorBorder};
    border-block-end: 2px solid ${token.colorAccent};
    padding-block-end: 3px;
  }
  :where(input:not([type='checkbox'], [type='radio']):disabled, select:disabled, textarea:disabled) {
    color: ${token.colorTextMuted};
    background: ${token.colorSurfaceRaised};
    cursor: not-allowed;
  }
  :where(input[aria-invalid='true'], select[aria-invalid='true'], textarea[aria-invalid='true']) {
    border-color: ${token.colorDanger};
  }
  :where(input[type='checkbox'], input[type='radio']) {
    flex: none;
    width: 16px;
    height: 16px;
    margin: 0;
    accent-color: ${token.colorAccent};
  }
  :where(.hint) {
    margin: 0;
    font-size: ${token.fontSizeSmall};
    color: ${token.colorTextMuted};
  }
  :where(.field-error) {
    margin: 0;
    font-size: ${token.fontSizeSmall};
    font-weight: 600;
    color: ${token.colorDanger};
    overflow-wrap: anywhere;
  }
  /* Forced colors: every edge is one colour, so the thicker underline alone would not show focus. */
  @media (forced-colors: active) {
    input:not([type='checkbox'], [type='radio']):focus-visible,
    select:focus-visible,
    textarea:focus-visible {
      outline: 2px solid CanvasText;
      outline-offset: 1px;
    }
    :where(input:not([type='checkbox'], [type='radio']):disabled, select:disabled, textarea:disabled) {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
