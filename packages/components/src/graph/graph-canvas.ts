import { nothing, svg, type SVGTemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Verdict } from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import { alertIconShapes, entityIconShapes } from '../internal/entity-icons.js';
import type { GroupNode, VisibleGraph, VisibleNode } from './graph-grouping.js';
import { estimateLabelWidth, LABEL_LINES, placeLabels, shortLabel, type MeasureLabel } from './graph-labels.js';
import { radiusOf, type GraphLayout } from './graph-positions.js';
import type { graphMessages } from './messages.js';

type L10n = Localizer<typeof graphMessages>;

/**
 * The SVG drawing of a laid-out graph, in layers: edges, nodes, labels, then — while something is
 * emphasised — a veil over all of them with the emphasised nodes drawn again above it, and last
 * the selection and focus rings. Emphasis and rings so touch a handful of elements rather than
 * restyling every node, which keeps a 2,000-node graph responsive. Positions are fixed once laid
 * out; panning and zooming happen on the viewport group around the drawing, never here.
 */

/** Everything about a node that does not change until the next layout, computed once. */
interface NodeDrawing {
  node: VisibleNode;
  index: number;
  x: number;
  y: number;
  radius: number;
  /** `translate(x y)`. */
  at: string;
  /** The class naming its kind and the colour of its ring: verdict, severity or worst verdict. */
  className: string;
  label: string;
  /** The text under the node: a name from the data, unless `nameIsText` (a group's "12 Files"). */
  name: string;
  nameIsText?: boolean;
  detail?: string;
  detailTone: string;
  /** Top of its label in the drawing, placed so that it covers no other label; absent when hidden. */
  labelTop?: number;
}

/** A laid-out graph ready to draw. */
export interface Drawing {
  visible: VisibleGraph;
  layout: GraphLayout;
  nodes: NodeDrawing[];
}

/** What changes between renders of the same drawing. */
export interface DrawingState {
  /** Key of the shown node that is the tab stop. */
  focusedKey?: string;
  /** Key of the shown node whose flyout is open. */
  selectedKey?: string;
  /** Shown nodes to emphasise; empty when nothing is emphasised (and nothing veiled). */
  emphasis: ReadonlySet<string>;
}

const VERDICT_RANK: Record<Verdict, number> = { malicious: 3, suspicious: 2, noThreatsFound: 1, unknown: 0 };

export const nodeElementId = (index: number) => `node-${index}`;

/** The most severe verdict among a group's members, and how many members have it. */
export function worstVerdict(group: GroupNode): { verdict: Verdict; count: number } {
  let verdict: Verdict = 'unknown';
  let count = 0;
  for (const member of group.members) {
    const own = member.entity.verdict;
    if ((VERDICT_RANK[own] ?? 0) > VERDICT_RANK[verdict]) {
      verdict = own;
      count = 1;
    } else if (own === verdict) {
      count++;
    }
  }
  return { verdict, count };
}

const groupTitle = (group: GroupNode, l10n: L10n) =>
  l10n.t('groupTitle', { count: group.members.length, types: l10n.t(`entityTypePlural.${group.type}`) });

/** "3 malicious": how many members of a group have its worst verdict. */
const groupVerdict = (verdict: Exclude<Verdict, 'unknown'>, count: number, l10n: L10n) => l10n.t(`groupVerdict.${verdict}`, { count });

/**
 * A node's accessible name: its name first (the text under the node, in full, so that a person
 * can say what they see), then what it is and its verdict or severity in words (those of `l10n`).
 */
export function nodeLabel(node: VisibleNode, l10n: L10n): string {
  switch (node.kind) {
    case 'alert': {
      const { alert } = node;
      return l10n.t('alertNode', {
        name: alert.title,
        severity: l10n.t(`severity.${alert.severity}`),
        status: l10n.t(`alertStatus.${alert.status}`),
      });
    }
    case 'entity': {
      const { entity } = node;
      return l10n.t('entityNode', {
        name: entity.displayName || entity.id,
        type: l10n.t(`typeInText.${entity.type}`),
        verdict: l10n.t(`verdict.${entity.verdict}`),
      });
    }
    case 'group': {
      const { verdict, count } = worstVerdict(node);
      const group = groupTitle(node, l10n);
      return verdict === 'unknown'
        ? l10n.t('groupNode', { group })
        : l10n.t('groupNodeWithVerdict', { group, verdict: groupVerdict(verdict, count, l10n) });
    }
  }
}

const round = (value: number) => Math.round(value * 10) / 10;

function describeNode(node: VisibleNode, index: number, layout: GraphLayout, l10n: L10n): NodeDrawing {
  const x = round(layout.positions[index * 2]!);
  const y = round(layout.positions[index * 2 + 1]!);
  const common = { node, index, x, y, radius: radiusOf(node), at: `translate(${x} ${y})`, label: nodeLabel(node, l10n) };
  switch (node.kind) {
    case 'alert': {
      const { severity } = node.alert;
      return {
        ...common,
        className: `node alert severity-${severity}`,
        name: shortLabel(node.alert.title, 26),
        detail: l10n.t(`severity.${severity}`),
        detailTone: `severity-${severity}`,
      };
    }
    case 'entity': {
      const { verdict } = node.entity;
      return {
        ...common,
        className: `node entity verdict-${verdict}`,
        name: shortLabel(node.entity.displayName || node.entity.id),
        detail: verdict === 'unknown' ? undefined : l10n.t(`verdict.${verdict}`),
        detailTone: `verdict-${verdict}`,
      };
    }
    case 'group': {
      const { verdict, count } = worstVerdict(node);
      return {
        ...common,
        className: `node group verdict-${verdict}`,
        name: groupTitle(node, l10n),
        nameIsText: true,
        detail: verdict === 'unknown' ? undefined : groupVerdict(verdict, count, l10n),
        detailTone: `verdict-${verdict}`,
      };
    }
  }
}

const SEVERITY_RANK: Record<string, number> = { high: 3, medium: 2, low: 1 };

/** Whose label wins a contested place: alerts by severity, then groups, then entities by verdict. */
function labelPriority(node: VisibleNode): number {
  switch (node.kind) {
    case 'alert':
      return 300 + (SEVERITY_RANK[node.alert.severity] ?? 0);
    case 'group':
      return 200 + VERDICT_RANK[worstVerdict(node).verdict];
    case 'entity':
      return 100 + (VERDICT_RANK[node.entity.verdict] ?? 0);
  }
}

/**
 * The drawing of a laid-out graph, its words in the language of `l10n`; `measure` gives the width
 * of a label's text, so that labels are placed where they cover no other.
 */
export function drawingOf(visible: VisibleGraph, layout: GraphLayout, l10n: L10n, measure: MeasureLabel = estimateLabelWidth): Drawing {
  const nodes = visible.nodes.map((node, index) => describeNode(node, index, layout, l10n));
  const places = placeLabels(
    nodes.map((node) => ({ x: node.x, y: node.y, radius: node.radius, name: node.name, detail: node.detail, priority: labelPriority(node.node) })),
    measure,
  );
  nodes.forEach((node, index) => {
    const height = (node.detail ? LABEL_LINES.bottom : LABEL_LINES.name + 4) - LABEL_LINES.top;
    if (places[index] === 'below') node.labelTop = node.y + node.radius + LABEL_LINES.top;
    else if (places[index] === 'above') node.labelTop = node.y - node.radius - LABEL_LINES.top - height;
  });
  return { visible, layout, nodes };
}

/**
 * Icons are drawn inline, scaled from their 16-unit box: cheaper for the browser to style than
 * `<use>` of a shared symbol, which clones a shadow tree per node.
 */
const ICON_18 = 'translate(-9 -9) scale(1.125)';
const ICON_20 = 'translate(-10 -10) scale(1.25)';

function segment(drawing: Drawing, source: string, target: string): string {
  const a = drawing.nodes[drawing.visible.indexOf.get(source)!]!;
  const b = drawing.nodes[drawing.visible.indexOf.get(target)!]!;
  return `M${a.x} ${a.y}L${b.x} ${b.y}`;
}

/**
 * The edges as a few paths (one per style) rather than one element each, so that thousands of
 * edges cost a handful of elements; edges that stand for several (to a group) are drawn wider.
 * With `only`, just the edges between two of those nodes (the emphasised ones).
 */
function renderEdges(drawing: Drawing, only?: ReadonlySet<string>) {
  let plain = '';
  let related = '';
  const wide: SVGTemplateResult[] = [];
  for (const edge of drawing.visible.edges) {
    if (only && !(only.has(edge.source) && only.has(edge.target))) continue;
    const d = segment(drawing, edge.source, edge.target);
    if (edge.count > 1) {
      const width = round(1 + Math.log2(edge.count));
      wide.push(svg`<path class="edge wide" d=${d} stroke-width=${width}></path>`);
    } else if (edge.related) {
      related += d;
    } else {
      plain += d;
    }
  }
  return svg`${plain ? svg`<path class="edge" d=${plain}></path>` : nothing}
    ${related ? svg`<path class="edge related" d=${related}></path>` : nothing}
    ${wide}`;
}

function renderShape(drawing: NodeDrawing) {
  const { node, radius } = drawing;
  switch (node.kind) {
    case 'alert':
      return svg`<rect class="shape" x=${-radius} y=${-radius} width=${radius * 2} height=${radius * 2} rx="6"></rect>
        <g class="icon" transform=${ICON_18}>${alertIconShapes}</g>`;
    case 'entity':
      return svg`<circle class="shape" r=${radius}></circle>
        <g class="icon" transform=${ICON_18}>${entityIconShapes(node.entity.type)}</g>`;
    case 'group':
      return svg`<circle class="stack" r=${radius} cx="4" cy="-4"></circle>
        <circle class="shape" r=${radius}></circle>
        <g class="icon" transform=${ICON_20}>${entityIconShapes(node.type)}</g>
        <g class="badge" transform="translate(${radius - 4} ${-radius + 4})">
          <rect x="-13" y="-9" width="26" height="18" rx="9"></rect>
          <text y="4">${node.members.length > 999 ? '999+' : node.members.length}</text>
        </g>`;
  }
}

/** A node: a button whose accessible name says everything its label shows. */
function renderNode(drawing: NodeDrawing, focused: boolean, selected: boolean) {
  const selectable = drawing.node.kind !== 'group';
  return svg`<g
    class=${drawing.className}
    id=${nodeElementId(drawing.index)}
    data-key=${drawing.node.key}
    transform=${drawing.at}
    role="button"
    tabindex=${focused ? 0 : -1}
    aria-label=${drawing.label}
    aria-expanded=${selectable ? (selected ? 'true' : 'false') : nothing}
    aria-controls=${selected ? 'flyout' : nothing}
  >${renderShape(drawing)}</g>`;
}

/** The text by a node, where it was placed: its (shortened) name, and its verdict or severity in words. */
function renderLabel(drawing: NodeDrawing) {
  const { x, labelTop } = drawing;
  if (labelTop === undefined) return nothing;
  const offset = LABEL_LINES.top;
  // A name from the data takes its direction from its own text, as `dir="auto"` would.
  return svg`<text
      class=${drawing.nameIsText ? 'name' : 'name data'}
      data-user-text=${drawing.nameIsText ? nothing : ''}
      x=${x}
      y=${round(labelTop + LABEL_LINES.name - offset)}
    >${drawing.name}</text>${
    drawing.detail
      ? svg`<text class="detail ${drawing.detailTone}" x=${x} y=${round(labelTop + LABEL_LINES.detail - offset)}>${drawing.detail}</text>`
      : nothing
  }`;
}

/** A copy of an emphasised node above the veil: drawn only, the node below stays the button. */
function renderCopy(drawing: NodeDrawing) {
  return svg`<g class="${drawing.className} copy" data-key=${drawing.node.key} transform=${drawing.at}>
    ${renderShape(drawing)}
  </g>`;
}

function renderRing(drawing: NodeDrawing | undefined, className: string, gap: number) {
  if (!drawing) return nothing;
  // A circle around a square node must reach its corners.
  const radius = drawing.node.kind === 'alert' ? drawing.radius * Math.SQRT2 + gap - 4 : drawing.radius + gap;
  return svg`<circle class=${className} cx=${drawing.x} cy=${drawing.y} r=${round(radius)}></circle>`;
}

export function renderDrawing(drawing: Drawing, state: DrawingState) {
  const { emphasis } = state;
  const find = (key: string | undefined) =>
    key === undefined ? undefined : drawing.nodes[drawing.visible.indexOf.get(key) ?? -1];
  const emphasised = emphasis.size === 0 ? [] : drawing.nodes.filter((node) => emphasis.has(node.node.key));
  const { bounds } = drawing.layout;
  const margin = 10_000;
  return svg`
    <g class="edges" aria-hidden="true">${guard([drawing], () => renderEdges(drawing))}</g>
    <g class="nodes">
      ${drawing.nodes.map((node) => {
        const focused = node.node.key === state.focusedKey;
        const selected = node.node.key === state.selectedKey;
        return guard([node, focused, selected], () => renderNode(node, focused, selected));
      })}
    </g>
    <g class="labels" aria-hidden="true">${guard([drawing], () => drawing.nodes.map(renderLabel))}</g>
    ${emphasised.length
      ? svg`<g class="emphasis" aria-hidden="true">
          <rect
            class="veil"
            x=${bounds.minX - margin}
            y=${bounds.minY - margin}
            width=${bounds.maxX - bounds.minX + 2 * margin}
            height=${bounds.maxY - bounds.minY + 2 * margin}
          ></rect>
          <g class="edges strong">${renderEdges(drawing, emphasis)}</g>
          ${emphasised.map(renderCopy)}
          <g class="labels">${emphasised.map(renderLabel)}</g>
        </g>`
      : nothing}
    <g class="rings" aria-hidden="true">
      ${renderRing(find(state.selectedKey), 'selection-ring', 5)}
      ${renderRing(find(state.focusedKey), 'focus-ring', 8)}
    </g>`;
}
