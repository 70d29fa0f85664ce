import type { EntityType } from '../api/model.js';

/**
 * The icons of internal/entity-icons.ts as path data (same shapes, same strokes), for the graph's
 * nodes, already scaled and placed: the icons of many nodes can so be drawn as one path, with no
 * element and no transform of their own per node. That keeps a 2,000-node drawing to few elements
 * to clone and style, and to few transforms, each of which makes the browser paint and composite
 * its contents apart. The styles give the strokes (`.icon`). graph-icons.test.ts checks each path
 * against its icon.
 */

const rect = (x: number, y: number, width: number, height: number, r: number) =>
  `M${x + r} ${y}h${width - 2 * r}a${r} ${r} 0 0 1 ${r} ${r}v${height - 2 * r}a${r} ${r} 0 0 1 ${-r} ${r}` +
  `h${2 * r - width}a${r} ${r} 0 0 1 ${-r} ${-r}v${2 * r - height}a${r} ${r} 0 0 1 ${r} ${-r}Z`;
const ellipse = (cx: number, cy: number, rx: number, ry: number) =>
  `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0Z`;
const circle = (cx: number, cy: number, r: number) => ellipse(cx, cy, r, r);

const ENTITY_PATHS: Record<EntityType, string> = {
  device: `${rect(1.5, 2.5, 13, 8.5, 1)}M5.5 14h5M8 11v3`,
  user: `${circle(8, 5, 2.75)}M2.5 14.5c.6-3 2.8-4.5 5.5-4.5s4.9 1.5 5.5 4.5`,
  mailbox: `${rect(1.5, 3.5, 13, 9, 1)}M2 4.5l6 4.5 6-4.5`,
  ip: `${circle(8, 8, 6.5)}M1.5 8h13M8 1.5c1.9 2 2.8 4.2 2.8 6.5s-.9 4.5-2.8 6.5C6.1 12.5 5.2 10.3 5.2 8s.9-4.5 2.8-6.5Z`,
  url: 'M6.6 9.4a3 3 0 0 0 4.2 0l2.3-2.3a3 3 0 0 0-4.2-4.2L7.7 4.1M9.4 6.6a3 3 0 0 0-4.2 0L2.9 8.9a3 3 0 0 0 4.2 4.2l1.2-1.2',
  file: 'M4 1.5h5l3.5 3.5v9.5H3.5v-13ZM9 1.5V5h3.5',
  process: `${rect(1.5, 2.5, 13, 11, 1)}M4.5 6l2 2-2 2M8.5 10.5h3`,
  cloudApplication: 'M4.6 12.5a3 3 0 0 1-.5-6 4 4 0 0 1 7.7-.9 3.2 3.2 0 0 1 .2 6.9Z',
  azureResource: 'M8 1.5 14 4.8v6.4L8 14.5 2 11.2V4.8ZM2 4.8 8 8l6-3.2M8 8v6.5',
  registryKey: `${circle(5, 11, 3)}M7.2 8.8l6.3-6.3M11 5l1.8 1.8M12.4 3.6l1.6 1.6`,
  registryValue: `${ellipse(8, 3.5, 5.5, 2)}M2.5 3.5v9c0 1.1 2.5 2 5.5 2s5.5-.9 5.5-2v-9M2.5 8c0 1.1 2.5 2 5.5 2s5.5-.9 5.5-2`,
  unknown: `${circle(8, 8, 6.5)}M6.2 6.2a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.1v.5M8 11.5v.1`,
};

/** The alert icon (a shield with an exclamation mark). */
const ALERT_PATH = 'M8 1.5 13.5 3.5v4c0 3.3-2.3 5.9-5.5 7-3.2-1.1-5.5-3.7-5.5-7v-4ZM8 5v3.5M8 10.8v.2';

/** How many numbers each path command takes; an arc's flags are numbers too. */
const ARITY: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };

const NUMBER = /[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?/gi;
const trim = (value: number) => String(Math.round(value * 1000) / 1000);

/** A path command with its numbers, scaled; `axis` marks absolute coordinates, which move with the path. */
interface PathCommand {
  command: string;
  numbers: { value: number; axis?: 'x' | 'y' }[];
}

/** Path data scaled by `scale` about the origin: coordinates and arc radii scale; arc rotations and flags stay. */
function parsePath(d: string, scale: number): PathCommand[] {
  return [...d.matchAll(/([a-z])([^a-z]*)/gi)].map(([, command, args]) => {
    const lower = command!.toLowerCase();
    const arity = ARITY[lower]!;
    const absolute = command !== lower;
    const numbers = (args!.match(NUMBER) ?? []).map((text, index) => {
      const value = Number(text);
      const position = arity === 0 ? 0 : index % arity;
      if (lower === 'a' && position >= 2 && position <= 4) return { value };
      if (!absolute || (lower === 'a' && position < 2)) return { value: value * scale };
      // h is x, v is y, the rest alternate x and y (an arc's end point is its 6th and 7th number).
      const onY = lower === 'v' || (lower !== 'h' && (lower === 'a' ? position === 6 : position % 2 === 1));
      return { value: value * scale, axis: onY ? ('y' as const) : ('x' as const) };
    });
    return { command: command!, numbers };
  });
}

/** The path data of `commands` moved by (`dx`, `dy`). */
function printPath(commands: readonly PathCommand[], dx: number, dy: number): string {
  let out = '';
  for (const { command, numbers } of commands) {
    let args = '';
    for (const { value, axis } of numbers) {
      const text = trim(axis === 'x' ? value + dx : axis === 'y' ? value + dy : value);
      args += args === '' || text.startsWith('-') ? text : ` ${text}`;
    }
    out += command + args;
  }
  return out;
}

/** The path data `d` scaled by `scale` about the origin, then moved by (`dx`, `dy`). */
export const transformPath = (d: string, scale: number, dx: number, dy: number): string => printPath(parsePath(d, scale), dx, dy);

/** An icon drawn `size` units wide: `at(x, y)` gives its path data centred on (x, y). */
function placed(d: string, size: number): { d: string; at: (x: number, y: number) => string } {
  const commands = parsePath(d, size / 16);
  return { d: printPath(commands, -size / 2, -size / 2), at: (x, y) => printPath(commands, x - size / 2, y - size / 2) };
}

/** A node's icon: `d` centred on the origin, `at(x, y)` centred on (x, y). */
export type NodeIcon = ReturnType<typeof placed>;

const ALERT_ICON = placed(ALERT_PATH, 18);
const ENTITY_ICONS = new Map(Object.entries(ENTITY_PATHS).map(([type, d]) => [type, placed(d, 18)]));
const GROUP_ICONS = new Map(Object.entries(ENTITY_PATHS).map(([type, d]) => [type, placed(d, 20)]));

/** An alert node's icon, 18 units wide: `d` centred on the origin, `at(x, y)` centred there. */
export const alertNodeIcon = (): NodeIcon => ALERT_ICON;

/** An entity node's icon for its type, 18 units wide. */
export const entityNodeIcon = (type: EntityType): NodeIcon => ENTITY_ICONS.get(type) ?? ENTITY_ICONS.get('unknown')!;

/** A group node's icon for its type, 20 units wide. */
export const groupNodeIcon = (type: EntityType): NodeIcon => GROUP_ICONS.get(type) ?? GROUP_ICONS.get('unknown')!;

/** The icons' stroke width, in node units: 1.25 in the 16-unit box, scaled as the icon is. */
export const ICON_STROKE = { node: 1.25 * (18 / 16), group: 1.25 * (20 / 16) } as const;

/** The paths in their 16-unit box, for tests. */
export const ICON_PATHS_16: Readonly<Record<EntityType | 'alert', string>> = { ...ENTITY_PATHS, alert: ALERT_PATH };
