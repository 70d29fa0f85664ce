import { css } from 'lit';
import { buttonStyles } from '../styles/button.styles.js';
import { countStyles } from '../styles/chip.styles.js';
import { fieldStyles } from '../styles/field.styles.js';
import { forcedPressedLook } from '../styles/forced-colors.styles.js';
import { regionHostStyles } from '../styles/host.styles.js';
import { stateStyles } from '../styles/notice.styles.js';
import { skeletonListStyles } from '../styles/skeleton.styles.js';
import { token } from '../styles/tokens.js';

export const activityLogStyles = [
  regionHostStyles,
  buttonStyles,
  fieldStyles,
  countStyles,
  stateStyles,
  skeletonListStyles,
  css`
    /* The add-comment box. */
    .composer {
      display: grid;
      gap: 6px;
      padding: 12px 16px;
      border-block-end: 1px solid ${token.colorBorder};
    }
    .composer label {
      font-weight: 600;
    }
    textarea {
      min-height: 72px;
      white-space: pre-wrap;
    }
    .composer-footer {
      display: flex;
      align-items: center;
      gap: 12px;
    }
    .counter,
    .shortcut {
      font-size: ${token.fontSizeSmall};
      color: ${token.colorTextMuted};
      font-variant-numeric: tabular-nums;
    }
    .counter.over {
      color: ${token.colorDanger};
      font-weight: 600;
    }
    .shortcut {
      margin-inline-start: auto;
    }
    .note {
      margin: 0;
      font-size: ${token.fontSizeSmall};
      color: ${token.colorTextMuted};
    }
    .post-error {
      display: grid;
      gap: 4px;
      justify-items: start;
      padding: 8px 12px;
      color: ${token.colorText};
      background: ${token.colorDangerSurface};
      border: 1px solid ${token.colorDanger};
      border-inline-start-width: 4px;
      border-radius: ${token.radius};
    }
    .post-error p {
      margin: 0;
    }
    .post-error strong {
      color: ${token.colorDanger};
    }

    /* Filters. */
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      padding: 12px 16px 4px;
    }
    .kinds {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin: 0;
      padding: 0;
      border: none;
      min-width: 0;
    }
    .kind {
      position: relative;
      display: inline-flex;
      align-items: center;
      gap: 6px;
      min-height: 28px;
      padding: 2px 10px;
      border: 1px solid ${token.colorBorder};
      border-radius: 14px;
      cursor: pointer;
      white-space: nowrap;
    }
    .kind:hover {
      background: ${token.colorSurfaceRaised};
    }
    .kind input {
      position: absolute;
      inset: 0;
      margin: 0;
      opacity: 0;
      cursor: pointer;
    }
    /* The chosen kind keeps its weight, so the pills do not shift; colour and a thicker edge mark it. */
    .kind:has(input:checked) {
      background: ${token.colorSelected};
      border-color: ${token.colorAccent};
      box-shadow: inset 0 0 0 1px ${token.colorAccent};
    }
    .kind:has(input:focus-visible) {
      outline: 2px solid ${token.colorFocus};
      outline-offset: 1px;
    }
    .kind .count {
      min-width: 20px;
    }
    .text-filter {
      flex: 0 1 260px;
      margin-inline-start: auto;
    }
    .result-count {
      margin: 0;
      padding: 4px 16px;
      font-size: ${token.fontSizeSmall};
    }

    /* The list: a timeline of items, newest on top. */
    .log {
      margin: 0;
      padding: 4px 16px 16px;
      list-style: none;
    }
    .item {
      position: relative;
      display: grid;
      grid-template-columns: 28px minmax(0, 1fr);
      gap: 12px;
      padding-block: 8px;
    }
    .item:not(:last-child)::before {
      content: '';
      position: absolute;
      inset-block: 36px -8px;
      inset-inline-start: 13px;
      width: 2px;
      background: ${token.colorBorder};
    }
    .marker {
      display: grid;
      place-items: center;
      width: 28px;
      height: 28px;
      color: ${token.colorText};
      background: ${token.colorSurfaceRaised};
      border: 1px solid ${token.colorBorder};
      border-radius: 50%;
    }
    .item.comments .marker {
      color: ${token.colorAccent};
      background: ${token.colorSelected};
    }
    .content {
      display: grid;
      gap: 4px;
      min-width: 0;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 10px;
      margin: 0;
      min-height: 28px;
      font-size: ${token.fontSizeSmall};
      color: ${token.colorTextMuted};
    }
    .actor {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      min-width: 0;
      font-size: ${token.fontSize};
      font-weight: 600;
      color: ${token.colorText};
    }
    .actor-name {
      overflow-wrap: anywhere;
    }
    .avatar {
      display: inline-grid;
      place-items: center;
      flex: none;
      width: 20px;
      height: 20px;
      font-size: 10px;
      font-weight: 600;
      line-height: 1;
      color: ${token.colorOnAccent};
      background: ${token.colorAccent};
      border-radius: 50%;
    }
    .avatar.automation,
    .avatar.system {
      color: ${token.colorText};
      background: ${token.colorSurfaceRaised};
      border: 1px solid ${token.colorBorder};
    }
    .avatar svg {
      width: 12px;
      height: 12px;
    }
    .kind-name {
      padding: 0 6px;
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
    }
    time {
      white-space: nowrap;
    }
    .sentences {
      margin: 0;
      padding: 0;
      list-style: none;
      overflow-wrap: anywhere;
    }
    .sentences li + li {
      margin-block-start: 2px;
    }
    .comment {
      margin: 0;
      padding: 8px 12px;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      background: ${token.colorSurface};
      border: 1px solid ${token.colorBorder};
      border-radius: ${token.radius};
    }

    /* States. */
    .skeleton {
      gap: 14px;
    }
    .skeleton span:nth-child(odd) {
      width: 70%;
    }

    @media (forced-colors: active) {
      /* The pill is all that shows the hidden checkbox's state. */
      .kind:has(input:checked) {
        ${forcedPressedLook}
      }
      .kind:has(input:checked) .count {
        background: transparent;
      }
      .item:not(:last-child)::before {
        forced-color-adjust: none;
        background: CanvasText;
      }
      .avatar {
        border: 1px solid CanvasText;
      }
    }
  `,
];
