import { html, nothing } from 'lit';
import { ALERT_STATUS_LABELS } from '../alerts/alert-order.js';
import { alertIcon, entityIcon } from '../internal/entity-icons.js';
import { severityMarker } from '../internal/severity-marker.js';
import { verdictMarker } from '../internal/verdict-marker.js';
import { entitiesByType } from './graph-grouping.js';
import { ENTITY_TYPE_PLURALS } from './graph-labels.js';
import type { AlertNode, EntityNode, IncidentGraph } from './graph-model.js';
import type { TreeRow } from './tree-keyboard.js';

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

export function treeBranches(graph: IncidentGraph): TreeBranch[] {
  const branches: TreeBranch[] = [];
  if (graph.alerts.length > 0) branches.push({ key: 't/alerts', label: 'Alerts', items: graph.alerts });
  for (const [type, members] of entitiesByType(graph)) {
    branches.push({ key: `t/${type}`, label: ENTITY_TYPE_PLURALS[type] ?? type, items: members });
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

function renderItem(item: AlertNode | EntityNode, state: TreeRenderState, handlers: TreeHandlers) {
  const selected = item.key === state.selectedKey;
  const content =
    item.kind === 'alert'
      ? html`${alertIcon()}<span class="item-name">${item.alert.title}</span>
          <span class="item-meta">${severityMarker(item.alert.severity)}
            <span>${ALERT_STATUS_LABELS[item.alert.status] ?? item.alert.status}</span></span
          >`
      : html`${entityIcon(item.entity.type)}<span class="item-name">${item.entity.displayName || item.entity.id}</span>
          <span class="item-meta"
            >${verdictMarker(item.entity.verdict)}<span>${item.entity.alertIds.length} ${item.entity.alertIds.length === 1 ? 'alert' : 'alerts'}</span></span
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

export function renderTree(branches: readonly TreeBranch[], state: TreeRenderState, handlers: TreeHandlers) {
  return html`<ul class="tree" role="tree" aria-label="Alerts and entities of the incident" @keydown=${handlers.keydown}>
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
          ><span class="count">${branch.items.length}</span></span
        >
        ${open
          ? html`<ul role="group">
              ${branch.items.map((item) => renderItem(item, state, handlers))}
            </ul>`
          : nothing}
      </li>`;
    })}
  </ul>`;
}
