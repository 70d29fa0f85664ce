import { expect } from '@open-wc/testing';
import { IncidentService } from '@soc-kit/mock-api';
import { groupGraph } from './graph-grouping.js';
import { layoutGraph } from './graph-layout.js';
import { NODE_RADIUS, type LayoutRequest } from './layout-request.js';
import { runLayout } from './graph-layout-runner.js';
import { buildIncidentGraph } from './graph-model.js';
import { graphLayoutOf, layoutRequestOf } from './graph-positions.js';
import { sizedIncident } from './incident-graph.fixture.js';

const service = new IncidentService({ size: 5, seed: 7, now: Date.parse('2024-06-01T12:00:00Z') });

function visibleOf(alerts: number, entitiesPerAlert: number, expanded = true) {
  const created = service.createIncident(service.principalFor('admin'), sizedIncident({ alerts, entitiesPerAlert }));
  const graph = buildIncidentGraph(service.listIncidentAlerts(created.id), service.listEvidence(created.id));
  return groupGraph(graph, new Set(), expanded ? Number.POSITIVE_INFINITY : 3);
}

/** The smallest distance between two node centres. */
function closestPair(positions: Float64Array): number {
  let closest = Infinity;
  for (let i = 0; i < positions.length; i += 2) {
    for (let j = i + 2; j < positions.length; j += 2) {
      closest = Math.min(closest, Math.hypot(positions[i]! - positions[j]!, positions[i + 1]! - positions[j + 1]!));
    }
  }
  return closest;
}

describe('incident graph layout', () => {
  const visible = visibleOf(10, 6);
  const request = layoutRequestOf(visible, undefined, 1.6);

  it('places every node at a finite position, apart from the others, the same way every time', () => {
    const first = layoutGraph(request).positions;
    const second = layoutGraph(request).positions;
    expect(first).to.have.length(visible.nodes.length * 2);
    expect([...first].every(Number.isFinite)).to.be.true;
    expect([...second]).to.deep.equal([...first]);
    expect(closestPair(first)).to.be.greaterThan(2 * NODE_RADIUS.entity);
  });

  it('keeps linked nodes closer than unlinked ones', () => {
    const { positions } = layoutGraph(request);
    const distance = (a: number, b: number) =>
      Math.hypot(positions[a * 2]! - positions[b * 2]!, positions[a * 2 + 1]! - positions[b * 2 + 1]!);
    const linked = visible.edges.map((edge) => distance(visible.indexOf.get(edge.source)!, visible.indexOf.get(edge.target)!));
    let unlinkedSum = 0;
    let unlinkedCount = 0;
    const joined = new Set(visible.edges.map((edge) => `${edge.source} ${edge.target}`));
    for (let a = 0; a < visible.nodes.length; a++) {
      for (let b = a + 1; b < visible.nodes.length; b++) {
        const [x, y] = [visible.nodes[a]!.key, visible.nodes[b]!.key];
        if (joined.has(`${x} ${y}`) || joined.has(`${y} ${x}`)) continue;
        unlinkedSum += distance(a, b);
        unlinkedCount++;
      }
    }
    const meanLinked = linked.reduce((sum, value) => sum + value, 0) / linked.length;
    expect(meanLinked).to.be.lessThan(unlinkedSum / unlinkedCount);
  });

  it('starts a new layout of the same graph from the previous one, so that nodes that stay move little', () => {
    const collapsed = groupGraph(visible.graph, new Set(), 3);
    const before = { visible: collapsed, layout: graphLayoutOf(collapsed, layoutGraph(layoutRequestOf(collapsed)).positions) };
    const expanded = groupGraph(visible.graph, new Set(['device']), 3);
    const again = layoutRequestOf(expanded, before);
    expect(again.start, 'seeded from the previous layout').to.exist;
    const after = layoutGraph(again).positions;
    const moved = expanded.nodes
      .filter((node) => node.kind === 'alert')
      .map((node) => {
        const was = collapsed.indexOf.get(node.key)!;
        const now = expanded.indexOf.get(node.key)!;
        return Math.hypot(
          before.layout.positions[was * 2]! - after[now * 2]!,
          before.layout.positions[was * 2 + 1]! - after[now * 2 + 1]!,
        );
      });
    const spread = Math.max(before.layout.bounds.maxX - before.layout.bounds.minX, 1);
    expect(Math.max(...moved)).to.be.lessThan(spread / 2);
  });

  it('gives the same positions in a worker as on the main thread', async () => {
    const inWorker = await runLayout(request, { workerThreshold: 0 });
    const onMain = await runLayout(request, { workerThreshold: Number.POSITIVE_INFINITY });
    expect(inWorker.thread).to.equal('worker');
    expect(onMain.thread).to.equal('main');
    expect([...inWorker.positions]).to.deep.equal([...onMain.positions]);
  });

  it('lays graph after graph out in the worker of the last, and starts another after a cancelled layout', async () => {
    const Original = window.Worker;
    let started = 0;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started++;
      }
    };
    try {
      await runLayout(request, { workerThreshold: 0 });
      const before = started;
      const first = await runLayout(request, { workerThreshold: 0 });
      const second = await runLayout(request, { workerThreshold: 0 });
      expect([first.thread, second.thread]).to.deep.equal(['worker', 'worker']);
      expect([...second.positions]).to.deep.equal([...first.positions]);
      expect(started, 'no worker started for the later layouts').to.equal(before);

      const controller = new AbortController();
      const cancelled = runLayout(request, { workerThreshold: 0, signal: controller.signal });
      controller.abort();
      await cancelled.catch(() => undefined);
      const after = await runLayout(request, { workerThreshold: 0 });
      expect(after.thread).to.equal('worker');
      expect(started, 'the cancelled layout stopped its worker').to.equal(before + 1);
    } finally {
      window.Worker = Original;
    }
  });

  it('lays large graphs out in a worker by default, and stops when aborted', async () => {
    const large: LayoutRequest = layoutRequestOf(visibleOf(40, 10));
    const result = await runLayout(large);
    expect(result.thread).to.equal('worker');
    expect(result.positions).to.have.length(large.kinds.length * 2);

    const controller = new AbortController();
    const running = runLayout(large, { signal: controller.signal });
    controller.abort();
    let error: unknown;
    try {
      await running;
    } catch (caught) {
      error = caught;
    }
    expect((error as DOMException | undefined)?.name).to.equal('AbortError');
  });
});
