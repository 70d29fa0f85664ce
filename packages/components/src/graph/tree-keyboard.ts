import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inlineKey } from '../internal/reading-direction.js';

/** A row of a tree as it is shown now (rows inside a collapsed parent are not listed). */
export interface TreeRow {
  key: string;
  /** The row's text, for type-ahead. */
  label: string;
  /** Key of the parent row; absent at the top level. */
  parent?: string;
  /** Whether the row has children (and so can be expanded or collapsed). */
  expandable: boolean;
  expanded: boolean;
}

export interface TreeKeyboardOptions {
  /** The visible rows, in order. */
  rows: () => TreeRow[];
  /** Expand (`true`) or collapse (`false`) a parent row. */
  toggle: (key: string, expanded: boolean) => void;
  /** A leaf was activated (Enter or Space). */
  activate: (key: string) => void;
  /** Move focus to a row, once it is rendered. */
  focus: (key: string) => void;
}

/**
 * The WAI-ARIA APG tree view keyboard pattern, with a roving tab stop: Up/Down move between
 * visible rows, Right expands a closed parent or enters an open one, Left collapses an open
 * parent or goes to the parent, Home/End go to the first/last row, Enter and Space toggle a
 * parent or activate a leaf, and typing a character goes to the next row starting with it.
 */
export class TreeKeyboardController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: TreeKeyboardOptions;
  #activeKey?: string;
  #activeParent?: string;

  constructor(host: ReactiveControllerHost, options: TreeKeyboardOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * The row that is the tree's tab stop: the last one focused; its parent when a collapse hid it;
   * else the first row.
   */
  get activeKey(): string | undefined {
    const rows = this.#options.rows();
    const shown = (key: string | undefined) => key !== undefined && rows.some((row) => row.key === key);
    if (shown(this.#activeKey)) return this.#activeKey;
    if (shown(this.#activeParent)) return this.#activeParent;
    return rows[0]?.key;
  }

  /** Makes a row the tab stop without moving focus (it was clicked or focused). */
  setActive(key: string): void {
    if (key === this.#activeKey) return;
    this.#activeKey = key;
    this.#activeParent = this.#options.rows().find((row) => row.key === key)?.parent;
    this.#host.requestUpdate();
  }

  #moveTo(key: string | undefined): void {
    if (key === undefined) return;
    this.setActive(key);
    this.#options.focus(key);
  }

  /** Bind to the tree's `keydown`. */
  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const rows = this.#options.rows();
    if (rows.length === 0) return;
    const active = this.activeKey;
    const index = Math.max(
      0,
      rows.findIndex((row) => row.key === active),
    );
    const row = rows[index]!;
    // In a right-to-left page the tree opens towards the left: the two arrows trade places.
    const key = event.currentTarget instanceof Element ? inlineKey(event, event.currentTarget) : event.key;
    switch (key) {
      case 'ArrowDown':
        this.#moveTo(rows[Math.min(index + 1, rows.length - 1)]!.key);
        break;
      case 'ArrowUp':
        this.#moveTo(rows[Math.max(index - 1, 0)]!.key);
        break;
      case 'Home':
        this.#moveTo(rows[0]!.key);
        break;
      case 'End':
        this.#moveTo(rows.at(-1)!.key);
        break;
      case 'ArrowRight':
        if (row.expandable && !row.expanded) this.#options.toggle(row.key, true);
        else if (row.expandable && rows[index + 1]?.parent === row.key) this.#moveTo(rows[index + 1]!.key);
        break;
      case 'ArrowLeft':
        if (row.expandable && row.expanded) this.#options.toggle(row.key, false);
        else this.#moveTo(row.parent);
        break;
      case 'Enter':
      case ' ':
        if (row.expandable) this.#options.toggle(row.key, !row.expanded);
        else this.#options.activate(row.key);
        break;
      default: {
        if (event.key.length !== 1 || event.key === ' ') return;
        const char = event.key.toLowerCase();
        const after = [...rows.slice(index + 1), ...rows.slice(0, index + 1)];
        const match = after.find((candidate) => candidate.label.trim().toLowerCase().startsWith(char));
        if (!match) return;
        this.#moveTo(match.key);
      }
    }
    event.preventDefault();
  };
}
