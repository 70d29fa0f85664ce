import { html, nothing } from 'lit';
import type { Localizer } from '../i18n/localizer.js';
import { alertIcon, entityIcon } from '../internal/entity-icons.js';
import { severityMarker } from '../internal/severity-marker.js';
import { verdictMarker } from '../internal/verdict-marker.js';
import { entitiesByType } from './graph-grouping.js';
import type { AlertNode, EntityNode, IncidentGraph } from './graph-model.js';
import type { graphMessages } from './messages.js';
import type { TreeRow } from './tree-keyboard.js';

type L10n = Localizer<typeof graphMessages>;

/**
 * The list view of the graph: an APG tree whose branches are the alerts and each entity type,
 * with the same alerts and entities as the graph, for keyboard and screen-reader users.
 */

export interface TreeBranch {
  /** `t/alerts` or `t/<entity type>`. */
  key: string;
  label: string;
  items: (AlertNode | EntityNode)[];
}

/** Branches with at most this many items start expanded. */
const OPEN_BRANCH_LIMIT = 50;

/** The branches of the tree, labelled in the language of `l10n`. */
export function treeBranches(graph: IncidentGraph, l10n: L10n): TreeBranch[] {
  const branches: TreeBranch[] = [];
  if (graph.alerts.length > 0) branches.push({ key: 't/alerts', label: l10n.t('alertsBranch'), items: graph.alerts });
  for (const [type, members] of entitiesByType(graph)) {
    branches.push({ key: `t/${type}`, label: l10n.t(`entityTypePlural.${type}`), items: members });
  }
  return branches;
}

export function initiallyExpanded(branches: readonly TreeBranch[]): Set<string> {
  return new Set(branches.filter((branch) => branch.items.length <= OPEN_BRANCH_LIMIT).map((branch) => branch.key));
}

const itemLabel = (item: AlertNode | EntityNode) =>
  item.kind === 'alert' ? item.alert.title : item.entity.displayName || item.entity.id;

/** The rows a person can reach now: every branch, and the items of the expanded ones. */
export function visibleTreeRows(branches: readonly TreeBranch[], expanded: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  for (const branch of branches) {
    const open = expanded.has(branch.key);
    rows.push({ key: branch.key, label: branch.label, expandable: true, expanded: open });
    if (!open) continue;
    for (const item of branch.items) {
      rows.push({ key: item.key, label: itemLabel(item), parent: branch.key, expandable: false, expanded: false });
    }
  }
  return rows;
}

export interface TreeRenderState {
  expanded: ReadonlySet<string>;
  activeKey?: string;
  selectedKey?: string;
  /** Alert and entity keys the selection or the highlighted alert emphasises. */
  emphasis: ReadonlySet<string>;
}

export interface TreeHandlers {
  keydown: (event: KeyboardEvent) => void;
  /** A row was clicked: a branch toggles, an item opens its flyout. */
  choose: (key: string) => void;
  focus: (key: string) => void;
}

const chevron = html`<svg class="chevron" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
  <path d="m6 3.5 4.5 4.5L6 12.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
</svg>`;

function renderItem(item: AlertNode | EntityNode, state: TreeRenderState, handlers: TreeHandlers, l10n: L10n) {
  const selected = item.key === state.selectedKey;
  const content =
    item.kind === 'alert'
      ? html`${alertIcon()}<span class="item-name" dir="auto">${item.alert.title}</span>
          <span class="item-meta">${severityMarker(item.alert.severity, l10n)}
            <span>${l10n.t(`alertStatus.${item.alert.status}`)}</span></span
          >`
      : html`${entityIcon(item.entity.type)}<span class="item-name" dir="auto">${item.entity.displayName || item.entity.id}</span>
          <span class="item-meta"
            >${verdictMarker(item.entity.verdict, l10n)}<span>${l10n.t('alertCount', { count: item.entity.alertIds.length })}</span></span
          >`;
  return html`<li
    role="treeitem"
    class="leaf${state.emphasis.has(item.key) ? ' emphasised' : ''}"
    data-key=${item.key}
    aria-selected=${selected ? 'true' : 'false'}
    tabindex=${item.key === state.activeKey ? 0 : -1}
    @click=${(event: Event) => {
      event.stopPropagation();
      handlers.choose(item.key);
    }}
    @focus=${() => handlers.focus(item.key)}
  >
    <span class="row">${content}</span>
  </li>`;
}

export function renderTree(branches: readonly TreeBranch[], state: TreeRenderState, handlers: TreeHandlers, l10n: L10n) {
  return html`<ul class="tree" role="tree" aria-label=${l10n.t('tree')} @keydown=${handlers.keydown}>
    ${branches.map((branch) => {
      const open = state.expanded.has(branch.key);
      return html`<li
        role="treeitem"
        class="branch"
        data-key=${branch.key}
        aria-expanded=${open ? 'true' : 'false'}
        tabindex=${branch.key === state.activeKey ? 0 : -1}
        @click=${() => handlers.choose(branch.key)}
        @focus=${(event: FocusEvent) => {
          if (event.target === event.currentTarget) handlers.focus(branch.key);
        }}
      >
        <span class="row">${chevron}<span class="branch-name">${branch.label}</span
          ><span class="count">${l10n.count(branch.items.length)}</span></span
        >
        ${open
          ? html`<ul role="group">
              ${branch.items.map((item) => renderItem(item, state, handlers, l10n))}
            </ul>`
          : nothing}
      </li>`;
    })}
  </ul>`;
}
