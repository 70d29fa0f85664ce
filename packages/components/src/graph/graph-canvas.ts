import { nothing, svg, type SVGTemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import type { Verdict } from '../api/model.js';
import type { Localizer } from '../i18n/localizer.js';
import type { GroupNode, VisibleGraph, VisibleNode } from './graph-grouping.js';
import { alertNodeIcon, entityNodeIcon, groupNodeIcon, type NodeIcon } from './graph-icons.js';
import { estimateLabelWidth, LABEL_LINES, placeLabels, shortLabel, type MeasureLabel } from './graph-labels.js';
import { radiusOf, type GraphLayout } from './graph-positions.js';
import type { graphMessages } from './messages.js';

type L10n = Localizer<typeof graphMessages>;

/**
 * The SVG drawing of a laid-out graph, in layers: edges, nodes, their icons, labels, then — while
 * something is emphasised — a veil over all of them with the emphasised nodes drawn again above
 * it, and last the selection and focus rings. Emphasis and rings so touch a handful of elements
 * rather than restyling every node, which keeps a 2,000-node graph responsive. Positions are fixed
 * once laid out; panning and zooming happen on the viewport group around the drawing, never here.
 *
 * A large graph is drawn a chunk of nodes at a time (the host says which chunks are drawn yet),
 * and its labels are placed and drawn only once they would show: both keep the first frame of a
 * 2,000-node graph short and free of long tasks.
 */

/** Nodes per chunk: the host draws a large graph's chunks over several frames, each well under 50 ms. */
export const NODE_CHUNK = 500;

export const chunkOf = (index: number) => Math.floor(index / NODE_CHUNK);

/** Everything about a node that does not change until the next layout, computed once. */
interface NodeDrawing {
  node: VisibleNode;
  index: number;
  /** Its centre: (0, 0) until the drawing is placed. */
  x: number;
  y: number;
  radius: number;
  /** `translate(x y)`: empty until the drawing is placed. */
  at: string;
  /**
   * The class naming its kind and the colour of its ring: verdict, severity or worst verdict; and
   * `shape` for an alert or an entity, which is drawn as its shape alone.
   */
  className: string;
  /** The classes that colour its shape: `alert severity-…` or `verdict-…`. */
  tone: string;
  /** Whether its icon is drawn as marked (forced colours: a malicious entity or group, a high-severity alert). */
  mark: boolean;
  label: string;
  /** Its icon, scaled and ready to place. */
  icon: NodeIcon;
  /** The text under the node: a name from the data, unless `nameIsText` (a group's "12 Files"). */
  name: string;
  nameIsText?: boolean;
  detail?: string;
  detailTone: string;
  /** Top of its label in the drawing, placed so that it covers no other label; absent when hidden (or not placed yet). */
  labelTop?: number;
}

/**
 * A graph ready to draw. Its nodes are described (names and accessible names in words), and their
 * elements made, a chunk of `NODE_CHUNK` at a time, when first needed: a large graph's first frame
 * describes only the nodes it draws.
 *
 * A drawing can be made before its layout is known (`layout` absent), so that a large graph's node
 * elements are made while its layout runs in a worker; `place` then gives them their positions.
 * Nothing of it is drawn until it is placed.
 */
export class Drawing {
  readonly chunkCount: number;
  /** The icons of each chunk's alerts and entities, as two paths (made when the chunk is first drawn). */
  readonly chunkIcons: ({ plain: string; mark: string } | undefined)[] = [];
  /** Whether the labels have been placed (`placeDrawingLabels`): not before they would show. */
  labelsPlaced = false;
  readonly #chunks: (NodeDrawing[] | undefined)[] = [];
  readonly #elements: (SVGElement[] | undefined)[] = [];
  #layout?: GraphLayout;
  /** The nodes marked as the tab stop and as selected (`mark`), by index; -1 for none. */
  #focused = -1;
  #selected = -1;

  constructor(
    readonly visible: VisibleGraph,
    layout: GraphLayout | undefined,
    readonly l10n: L10n,
  ) {
    this.chunkCount = Math.ceil(visible.nodes.length / NODE_CHUNK);
    this.#layout = layout;
  }

  /** The positions of the nodes; only for a placed drawing. */
  get layout(): GraphLayout {
    if (!this.#layout) throw new Error('The drawing has no layout yet.');
    return this.#layout;
  }

  get placed(): boolean {
    return this.#layout !== undefined;
  }

  /** Gives a drawing made before its layout was known its positions, and its node elements theirs. */
  place(layout: GraphLayout): void {
    if (this.#layout) throw new Error('The drawing is placed already.');
    this.#layout = layout;
    this.#chunks.forEach((nodes, chunk) => {
      nodes?.forEach((node, offset) => {
        placeNode(node, layout);
        const element = this.#elements[chunk]?.[offset];
        if (element) positionNodeElement(element, node);
      });
    });
  }

  /** The nodes of a chunk, in order. */
  chunk(chunk: number): NodeDrawing[] {
    let nodes = this.#chunks[chunk];
    if (!nodes) {
      nodes = [];
      const end = Math.min(this.visible.nodes.length, (chunk + 1) * NODE_CHUNK);
      for (let index = chunk * NODE_CHUNK; index < end; index++) {
        const node = describeNode(this.visible.nodes[index]!, index, this.l10n);
        if (this.#layout) placeNode(node, this.#layout);
        nodes.push(node);
      }
      this.#chunks[chunk] = nodes;
    }
    return nodes;
  }

  /**
   * The elements of a chunk's nodes, in order: made once, and kept by the drawing (the nodes layer
   * of whichever render shows it holds them).
   */
  nodeElements(chunk: number): SVGElement[] {
    let elements = this.#elements[chunk];
    if (!elements) {
      elements = this.chunk(chunk).map((node) => {
        const element = nodeElement(node);
        if (node.index === this.#focused || node.index === this.#selected) {
          setNodeState(element, node, node.index === this.#focused, node.index === this.#selected);
        }
        return element;
      });
      this.#elements[chunk] = elements;
    }
    return elements;
  }

  /** Whether the elements of a chunk have been made. */
  hasElements(chunk: number): boolean {
    return this.#elements[chunk] !== undefined;
  }

  /** Makes the node at index `focused` the tab stop, and that at `selected` the one whose flyout is open (-1: none). */
  mark(focused: number, selected: number): void {
    for (const index of new Set([this.#focused, this.#selected, focused, selected])) {
      if (index < 0) continue;
      const element = this.#elements[chunkOf(index)]?.[index % NODE_CHUNK];
      if (element) setNodeState(element, this.node(index)!, index === focused, index === selected);
    }
    this.#focused = focused;
    this.#selected = selected;
  }

  /** The node at `index` of the shown graph, if there is one. */
  node(index: number): NodeDrawing | undefined {
    if (!(index >= 0 && index < this.visible.nodes.length)) return undefined;
    return this.chunk(chunkOf(index))[index % NODE_CHUNK];
  }

  /** Every node, in order. */
  get nodes(): NodeDrawing[] {
    return Array.from({ length: this.chunkCount }, (_, chunk) => this.chunk(chunk)).flat();
  }
}

/** What changes between renders of the same drawing. */
export interface DrawingState {
  /** Key of the shown node that is the tab stop. */
  focusedKey?: string;
  /** Key of the shown node whose flyout is open. */
  selectedKey?: string;
  /** Shown nodes to emphasise; empty when nothing is emphasised (and nothing veiled). */
  emphasis: ReadonlySet<string>;
  /** Whether to draw the labels (placed by then); without, their layer stays empty. */
  labels: boolean;
  /** The chunks of nodes drawn so far (see `chunkOf`); absent: all of them. */
  chunks?: ReadonlySet<number>;
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

/** Sets a node's position from the layout. */
function placeNode(drawing: NodeDrawing, layout: GraphLayout): void {
  drawing.x = round(layout.positions[drawing.index * 2]!);
  drawing.y = round(layout.positions[drawing.index * 2 + 1]!);
  drawing.at = `translate(${drawing.x} ${drawing.y})`;
}

function describeNode(node: VisibleNode, index: number, l10n: L10n): NodeDrawing {
  const common = { node, index, x: 0, y: 0, radius: radiusOf(node), at: '', label: nodeLabel(node, l10n) };
  const icon =
    node.kind === 'alert' ? alertNodeIcon() : node.kind === 'entity' ? entityNodeIcon(node.entity.type) : groupNodeIcon(node.type);
  switch (node.kind) {
    case 'alert': {
      const { severity } = node.alert;
      return {
        ...common,
        icon,
        className: `node alert severity-${severity} shape`,
        tone: `alert severity-${severity}`,
        mark: severity === 'high',
        name: shortLabel(node.alert.title, 26),
        detail: l10n.t(`severity.${severity}`),
        detailTone: `severity-${severity}`,
      };
    }
    case 'entity': {
      const { verdict } = node.entity;
      return {
        ...common,
        icon,
        className: `node entity verdict-${verdict} shape`,
        tone: `verdict-${verdict}`,
        mark: verdict === 'malicious',
        name: shortLabel(node.entity.displayName || node.entity.id),
        detail: verdict === 'unknown' ? undefined : l10n.t(`verdict.${verdict}`),
        detailTone: `verdict-${verdict}`,
      };
    }
    case 'group': {
      const { verdict, count } = worstVerdict(node);
      return {
        ...common,
        icon,
        className: `node group verdict-${verdict}`,
        tone: `verdict-${verdict}`,
        mark: verdict === 'malicious',
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
 * The drawing of a graph, its words in the language of `l10n`; its labels are placed later
 * (`placeDrawingLabels`), and without `layout` its positions too (`Drawing.place`).
 */
export function drawingOf(visible: VisibleGraph, layout: GraphLayout | undefined, l10n: L10n): Drawing {
  return new Drawing(visible, layout, l10n);
}

/**
 * Places the labels of a drawing (once): `measure` gives the width of a label's text, so that
 * labels go where they cover no other.
 */
export function placeDrawingLabels(drawing: Drawing, measure: MeasureLabel = estimateLabelWidth): void {
  if (drawing.labelsPlaced) return;
  const { nodes } = drawing;
  const places = placeLabels(
    nodes.map((node) => ({ x: node.x, y: node.y, radius: node.radius, name: node.name, detail: node.detail, priority: labelPriority(node.node) })),
    measure,
  );
  nodes.forEach((node, index) => {
    const height = (node.detail ? LABEL_LINES.bottom : LABEL_LINES.name + 4) - LABEL_LINES.top;
    if (places[index] === 'below') node.labelTop = node.y + node.radius + LABEL_LINES.top;
    else if (places[index] === 'above') node.labelTop = node.y - node.radius - LABEL_LINES.top - height;
  });
  drawing.labelsPlaced = true;
}

function segment(drawing: Drawing, source: string, target: string): string {
  const { positions } = drawing.layout;
  const a = drawing.visible.indexOf.get(source)! * 2;
  const b = drawing.visible.indexOf.get(target)! * 2;
  return `M${round(positions[a]!)} ${round(positions[a + 1]!)}L${round(positions[b]!)} ${round(positions[b + 1]!)}`;
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

const badgeCount = (group: GroupNode) => (group.members.length > 999 ? '999+' : String(group.members.length));

const iconClass = (drawing: NodeDrawing) => (drawing.mark ? 'icon mark' : 'icon');

/** A group node's shapes: a stack behind, its circle, its type's icon and its count. */
function renderGroupShapes(drawing: NodeDrawing & { node: GroupNode }) {
  const { node, radius, tone } = drawing;
  return svg`<circle class="stack ${tone}" r=${radius} cx="4" cy="-4"></circle><circle class="shape ${tone}" r=${radius}></circle><path
      class=${iconClass(drawing)}
      d=${drawing.icon.d}
    ></path><g class="badge" transform="translate(${radius - 4} ${-radius + 4})"><rect
        x="-13"
        y="-9"
        width="26"
        height="18"
        rx="9"
      ></rect><text y="4">${badgeCount(node)}</text></g>`;
}

const isGroup = (drawing: NodeDrawing): drawing is NodeDrawing & { node: GroupNode } => drawing.node.kind === 'group';

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const attribute in attributes) element.setAttribute(attribute, String(attributes[attribute]));
  return element;
}

/** A group node's shapes, as `renderGroupShapes` draws them for its copy above the veil. */
function groupShapeElements(drawing: NodeDrawing & { node: GroupNode }): SVGElement[] {
  const { node, radius, tone } = drawing;
  const badge = svgElement('g', { class: 'badge', transform: `translate(${radius - 4} ${-radius + 4})` });
  const count = svgElement('text', { y: 4 });
  count.textContent = badgeCount(node);
  badge.append(svgElement('rect', { x: -13, y: -9, width: 26, height: 18, rx: 9 }), count);
  return [
    svgElement('circle', { class: `stack ${tone}`, r: radius, cx: 4, cy: -4 }),
    svgElement('circle', { class: `shape ${tone}`, r: radius }),
    svgElement('path', { class: iconClass(drawing), d: drawing.icon.d }),
    badge,
  ];
}

/**
 * A node: a button whose accessible name says everything its label shows. An alert or an entity
 * is one element, its shape, and its icon is drawn with those of its chunk (`renderIcons`); a
 * group (there are few) is a group of shapes. Made directly rather than from a template: a
 * template instance per node costs several times as much to make, and thousands are made at once.
 * It is made neither the tab stop nor selected (see `Drawing.mark`), and without a position until
 * its drawing is placed.
 */
function nodeElement(drawing: NodeDrawing): SVGElement {
  const { node, radius } = drawing;
  const common: Record<string, string | number> = {
    class: drawing.className,
    id: nodeElementId(drawing.index),
    'data-key': node.key,
    role: 'button',
    tabindex: -1,
    'aria-label': drawing.label,
  };
  if (isGroup(drawing)) {
    // A group expands rather than opening a flyout (it controls it while it stands for the selected member).
    const group = svgElement('g', common);
    group.append(...groupShapeElements(drawing));
    if (drawing.at) positionNodeElement(group, drawing);
    return group;
  }
  const element =
    node.kind === 'alert'
      ? svgElement('rect', { ...common, 'aria-expanded': 'false', width: radius * 2, height: radius * 2, rx: 6 })
      : svgElement('circle', { ...common, 'aria-expanded': 'false', r: radius });
  if (drawing.at) positionNodeElement(element, drawing);
  return element;
}

/**
 * Puts a node element at its node's place: an alert's or an entity's shape by its own coordinates,
 * a group by a transform. (A transform on each of thousands of shapes would give the browser as
 * many separate pieces to paint and composite.) The coordinates are set as numbers, through the
 * shapes' own length properties: a few times cheaper than attribute strings the browser must parse,
 * and thousands are set at once when a large graph's layout arrives. The attributes still read back.
 */
function positionNodeElement(element: Element, drawing: NodeDrawing): void {
  const { x, y, radius } = drawing;
  if (isGroup(drawing)) {
    element.setAttribute('transform', drawing.at);
  } else if (element instanceof SVGRectElement) {
    element.x.baseVal.value = round(x - radius);
    element.y.baseVal.value = round(y - radius);
  } else if (element instanceof SVGCircleElement) {
    element.cx.baseVal.value = x;
    element.cy.baseVal.value = y;
  }
}

/** Marks a node element as the tab stop (or not) and as the one whose flyout is open (or not). */
function setNodeState(element: Element, drawing: NodeDrawing, focused: boolean, selected: boolean): void {
  element.setAttribute('tabindex', focused ? '0' : '-1');
  if (!isGroup(drawing)) element.setAttribute('aria-expanded', selected ? 'true' : 'false');
  if (selected) element.setAttribute('aria-controls', 'flyout');
  else element.removeAttribute('aria-controls');
}

/**
 * The nodes layer of a drawing, kept in the element it is bound to: a chunk's node elements (made
 * by the drawing, perhaps before it was placed) go in when the chunk is first drawn, in their
 * place in index order; afterwards only the nodes whose tab stop or selection changed are touched.
 */
class NodeLayer extends Directive {
  #drawing?: Drawing;
  /** The first node element of each chunk in the layer. */
  #chunkStarts: (Element | undefined)[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('nodeLayer belongs on an element');
  }

  render(_drawing: Drawing, _state: DrawingState) {
    return nothing;
  }

  override update(part: ElementPart, [drawing, state]: [Drawing, DrawingState]) {
    const layer = part.element;
    if (drawing !== this.#drawing) {
      layer.replaceChildren();
      this.#drawing = drawing;
      this.#chunkStarts = [];
    }
    const indexOf = (key: string | undefined) => (key === undefined ? -1 : (drawing.visible.indexOf.get(key) ?? -1));
    drawing.mark(indexOf(state.focusedKey), indexOf(state.selectedKey));
    for (let chunk = 0; chunk < drawing.chunkCount; chunk++) {
      if (this.#chunkStarts[chunk] || (state.chunks && !state.chunks.has(chunk))) continue;
      const elements = drawing.nodeElements(chunk);
      this.#chunkStarts[chunk] = elements[0];
      const before = this.#chunkStarts.slice(chunk + 1).find((start) => start);
      if (before) before.before(...elements);
      else layer.append(...elements);
    }
    return nothing;
  }
}

const nodeLayer = directive(NodeLayer);

/** The icons of a chunk's alerts and entities: one path of those drawn plain, one of those marked. */
function renderIcons(drawing: Drawing, chunk: number) {
  let icons = drawing.chunkIcons[chunk];
  if (!icons) {
    icons = { plain: '', mark: '' };
    for (const node of drawing.chunk(chunk)) {
      if (node.node.kind === 'group') continue;
      if (node.mark) icons.mark += node.icon.at(node.x, node.y);
      else icons.plain += node.icon.at(node.x, node.y);
    }
    drawing.chunkIcons[chunk] = icons;
  }
  return svg`${icons.plain ? svg`<path class="icon" d=${icons.plain}></path>` : nothing}${
    icons.mark ? svg`<path class="icon mark" d=${icons.mark}></path>` : nothing
  }`;
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
  const { node, radius, x, y } = drawing;
  if (isGroup(drawing)) {
    return svg`<g class="${drawing.className} copy" data-key=${node.key} transform=${drawing.at}>${renderGroupShapes(drawing)}</g>`;
  }
  const shape =
    node.kind === 'alert'
      ? svg`<rect
          class="${drawing.className} copy"
          data-key=${node.key}
          transform=${drawing.at}
          x=${-radius}
          y=${-radius}
          width=${radius * 2}
          height=${radius * 2}
          rx="6"
        ></rect>`
      : svg`<circle class="${drawing.className} copy" data-key=${node.key} transform=${drawing.at} r=${radius}></circle>`;
  return svg`${shape}<path class=${iconClass(drawing)} d=${drawing.icon.at(x, y)}></path>`;
}

function renderRing(drawing: NodeDrawing | undefined, className: string, gap: number) {
  if (!drawing) return nothing;
  // A circle around a square node must reach its corners.
  const radius = drawing.node.kind === 'alert' ? drawing.radius * Math.SQRT2 + gap - 4 : drawing.radius + gap;
  return svg`<circle class=${className} cx=${drawing.x} cy=${drawing.y} r=${round(radius)}></circle>`;
}

export function renderDrawing(drawing: Drawing, state: DrawingState) {
  const { emphasis, labels } = state;
  const find = (key: string | undefined) => (key === undefined ? undefined : drawing.node(drawing.visible.indexOf.get(key) ?? -1));
  const emphasised = [...emphasis]
    .map((key) => drawing.visible.indexOf.get(key) ?? -1)
    .filter((index) => index >= 0)
    .sort((a, b) => a - b)
    .map((index) => drawing.node(index)!);
  const { bounds } = drawing.layout;
  const margin = 10_000;
  // The same structure (a list per chunk) whether or not every chunk is drawn yet, so that drawing
  // the next chunk adds its nodes and leaves the others as they are.
  const drawn = (chunk: number) => !state.chunks || state.chunks.has(chunk);
  const chunks = Array.from({ length: drawing.chunkCount }, (_, chunk) => chunk);
  return svg`
    <g class="edges" aria-hidden="true">${guard([drawing], () => renderEdges(drawing))}</g>
    <g class="nodes" ${nodeLayer(drawing, state)}></g>
    <g class="icons" aria-hidden="true">${chunks.map((chunk) =>
      guard([drawing, chunk, drawn(chunk)], () => (drawn(chunk) ? renderIcons(drawing, chunk) : nothing)),
    )}</g>
    <g class="labels" aria-hidden="true">${chunks.map((chunk) =>
      guard([drawing, chunk, labels && drawn(chunk)], () => (labels && drawn(chunk) ? drawing.chunk(chunk).map(renderLabel) : nothing)),
    )}</g>
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
          <g class="labels">${labels ? emphasised.map(renderLabel) : nothing}</g>
        </g>`
      : nothing}
    <g class="rings" aria-hidden="true">
      ${renderRing(find(state.selectedKey), 'selection-ring', 5)}
      ${renderRing(find(state.focusedKey), 'focus-ring', 8)}
    </g>`;
}
