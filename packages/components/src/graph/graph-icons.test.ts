import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { ENTITY_TYPES } from '../api/model.js';
import { alertIconShapes, entityIconShapes } from '../internal/entity-icons.js';
import { alertNodeIcon, entityNodeIcon, groupNodeIcon, ICON_PATHS_16, transformPath } from './graph-icons.js';

/** Points along each shape, `count` per shape. */
function pointsOn(shapes: SVGGeometryElement[], count: number): DOMPoint[] {
  return shapes.flatMap((shape) => {
    const length = shape.getTotalLength();
    return Array.from({ length: count + 1 }, (_, i) => {
      const { x, y } = shape.getPointAtLength((length * i) / count);
      return new DOMPoint(x, y);
    });
  });
}

describe('graph icons', () => {
  for (const type of [...ENTITY_TYPES, 'alert' as const]) {
    it(`draws the ${type} icon as one path with the shapes of the kit's icon`, async () => {
      const shapes = type === 'alert' ? alertIconShapes : entityIconShapes(type);
      // Thin strokes: a point is "in the stroke" within 0.1 units of the outline.
      const svg = await fixture<SVGSVGElement>(html`<svg viewBox="0 0 16 16" width="160" height="160">
        <style>
          .icons-under-test * {
            stroke-width: 0.2px;
          }
        </style>
        <g class="icons-under-test">
          <g class="kit">${shapes}</g>
          <path class="one" d=${transformPath(ICON_PATHS_16[type], 1, 0, 0)} fill="none" stroke="black"></path>
        </g>
      </svg>`);
      const kit = [...svg.querySelectorAll<SVGGeometryElement>('.kit :is(path, rect, circle, ellipse)')];
      const one = svg.querySelector<SVGPathElement>('path.one')!;
      const missed = pointsOn(kit, 48).filter((point) => !one.isPointInStroke(point));
      expect(missed.map(({ x, y }) => `${x.toFixed(2)},${y.toFixed(2)}`), "the kit's outline on the path").to.deep.equal([]);
      const extra = pointsOn([one], 400).filter((point) => !kit.some((shape) => shape.isPointInStroke(point)));
      expect(extra.map(({ x, y }) => `${x.toFixed(2)},${y.toFixed(2)}`), "the path on the kit's outline").to.deep.equal([]);
      const box = (element: SVGGraphicsElement) => {
        const { x, y, width, height } = element.getBBox();
        return [x, y, width, height];
      };
      const kitBox = box(svg.querySelector<SVGGElement>('.kit')!);
      box(one).forEach((value, i) => expect(value).to.be.closeTo(kitBox[i]!, 0.01));
    });
  }

  it('scales and centres the icons on the node, and places them anywhere', async () => {
    const svg = await fixture<SVGSVGElement>(html`<svg width="100" height="100">
      <path class="alert" d=${alertNodeIcon().d}></path>
      <path class="entity" d=${entityNodeIcon('device').d}></path>
      <path class="group" d=${groupNodeIcon('device').d}></path>
      <path class="placed" d=${entityNodeIcon('device').at(300, -40)}></path>
      <path class="kit" d=${transformPath(ICON_PATHS_16.device, 1, 0, 0)}></path>
    </svg>`);
    const box = (name: string) => svg.querySelector<SVGPathElement>(`.${name}`)!.getBBox();
    const kit = box('kit');
    const at = (scale: number, x: number, y: number) => [kit.x * scale + x, kit.y * scale + y, kit.width * scale, kit.height * scale];
    const expectBox = (name: string, expected: number[]) => {
      const { x, y, width, height } = box(name);
      [x, y, width, height].forEach((value, i) => expect(value, `${name} box`).to.be.closeTo(expected[i]!, 0.01));
    };
    expectBox('entity', at(18 / 16, -9, -9));
    expectBox('group', at(20 / 16, -10, -10));
    expectBox('placed', at(18 / 16, 300 - 9, -40 - 9));
    const alert = box('alert');
    expect(alert.x + alert.width / 2).to.be.closeTo(0, 0.5);
  });
});
