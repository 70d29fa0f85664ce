import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ApiError } from '../api/api-error.js';
import type { TimelineEvent, TimelinePage } from '../api/model.js';
import { TimelineWindowsController } from './timeline-windows.js';

const TOTAL = 1_000;
const WINDOW = 100;

/** A host that counts update requests and does nothing else. */
class Host implements ReactiveControllerHost {
  updates = 0;
  addController(_controller: ReactiveController): void {}
  removeController(_controller: ReactiveController): void {}
  requestUpdate(): void {
    this.updates++;
  }
  readonly updateComplete = Promise.resolve(true);
}

const eventAt = (position: number): TimelineEvent => ({
  id: `event-${position}`,
  entityId: 'device-1',
  time: new Date(Date.UTC(2024, 0, 1) - position * 60_000).toISOString(),
  kind: 'activity',
  title: `Event ${position}`,
  properties: {},
});

/** A backend of TOTAL events whose cursor is the position to start at; answers when told to. */
class Backend {
  readonly pending: { cursor: string | undefined; signal: AbortSignal; answer: () => void; fail: (error: unknown) => void }[] = [];

  page(cursor: string | undefined): TimelinePage {
    const start = cursor === undefined ? 0 : Number(cursor);
    const end = Math.min(TOTAL, start + WINDOW);
    const items = Array.from({ length: end - start }, (_, i) => eventAt(start + i));
    return { items, totalCount: TOTAL, nextCursor: end < TOTAL ? String(end) : null, histogram: [] };
  }

  readonly fetch = (cursor: string | undefined, signal: AbortSignal) =>
    new Promise<TimelinePage>((resolve, reject) => {
      this.pending.push({ cursor, signal, answer: () => resolve(this.page(cursor)), fail: reject });
    });

  /** Answers the oldest request still waiting. */
  async answerNext(): Promise<void> {
    this.pending.shift()!.answer();
    await new Promise((resolve) => setTimeout(resolve));
  }
}

describe('TimelineWindowsController', () => {
  let host: Host;
  let backend: Backend;
  let windows: TimelineWindowsController;

  beforeEach(() => {
    host = new Host();
    backend = new Backend();
    windows = new TimelineWindowsController(host, { maxWindows: 3 });
    windows.reset(backend.fetch, backend.page(undefined));
  });

  const heldIds = () => {
    const ids: string[] = [];
    for (let position = windows.keptStart; position < windows.keptEnd; position++) ids.push(windows.event(position)!.id);
    return ids;
  };
  const idsBetween = (start: number, end: number) => Array.from({ length: end - start }, (_, i) => `event-${start + i}`);

  it('walks back window by window with the cursor of the last one', async () => {
    expect(heldIds()).to.deep.equal(idsBetween(0, 100));
    expect(windows.hasOlder).to.be.true;
    windows.loadOlder();
    windows.loadOlder();
    expect(backend.pending.map((request) => request.cursor)).to.deep.equal(['100']);
    await backend.answerNext();
    expect(heldIds()).to.deep.equal(idsBetween(0, 200));
    expect(windows.totalCount).to.equal(TOTAL);
  });

  it('holds at most its windows, drops the farthest, and fetches them again by their cursor', async () => {
    for (let i = 0; i < 4; i++) {
      windows.loadOlder();
      await backend.answerNext();
    }
    expect([windows.keptStart, windows.keptEnd]).to.deep.equal([200, 500]);
    expect(windows.keptCount).to.equal(300);
    expect(windows.hasNewer).to.be.true;
    expect(windows.event(199)).to.be.undefined;
    expect(heldIds()).to.deep.equal(idsBetween(200, 500));

    windows.loadNewer();
    expect(backend.pending.map((request) => request.cursor)).to.deep.equal(['100']);
    await backend.answerNext();
    expect([windows.keptStart, windows.keptEnd]).to.deep.equal([100, 400]);
    expect(heldIds()).to.deep.equal(idsBetween(100, 400));
  });

  it('ignores a window that no longer joins the held ones', async () => {
    for (let i = 0; i < 3; i++) {
      windows.loadOlder();
      await backend.answerNext();
    }
    // Held: 100–400. Ask for the one above, then move down twice before it answers.
    windows.loadNewer();
    windows.loadOlder();
    const [above] = backend.pending.splice(0, 1);
    await backend.answerNext();
    windows.loadOlder();
    await backend.answerNext();
    expect([windows.keptStart, windows.keptEnd]).to.deep.equal([300, 600]);
    above!.answer();
    await new Promise((resolve) => setTimeout(resolve));
    expect(heldIds()).to.deep.equal(idsBetween(300, 600));
  });

  it('goes back to the start, replacing the held windows when it arrives', async () => {
    for (let i = 0; i < 5; i++) {
      windows.loadOlder();
      await backend.answerNext();
    }
    windows.loadOlder();
    const older = backend.pending[0]!;
    windows.loadStart();
    expect(older.signal.aborted).to.be.true;
    expect(backend.pending.at(-1)!.cursor).to.equal(undefined);
    // Until the start arrives the held events stay.
    expect(windows.keptStart).to.equal(300);
    backend.pending.at(-1)!.answer();
    await new Promise((resolve) => setTimeout(resolve));
    expect([windows.keptStart, windows.keptEnd]).to.deep.equal([0, 100]);
    expect(windows.hasNewer).to.be.false;
  });

  it('remembers a failure until retried, then fetches the same window', async () => {
    windows.loadOlder();
    backend.pending.shift()!.fail(new ApiError('server', 'Internal error.'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(ApiError.is(windows.error, 'server')).to.be.true;
    windows.loadOlder();
    expect(backend.pending).to.have.length(0);

    windows.retry();
    expect(windows.error).to.be.undefined;
    expect(backend.pending.map((request) => request.cursor)).to.deep.equal(['100']);
    await backend.answerNext();
    expect(heldIds()).to.deep.equal(idsBetween(0, 200));
  });

  it('cancels what is on its way when a new sequence starts, and ignores its answer', async () => {
    windows.loadOlder();
    const stale = backend.pending.shift()!;
    const sequence = windows.sequence;
    windows.reset(backend.fetch, backend.page('500'));
    expect(windows.sequence).to.not.equal(sequence);
    expect(stale.signal.aborted).to.be.true;
    stale.answer();
    await new Promise((resolve) => setTimeout(resolve));
    expect(heldIds()).to.deep.equal(idsBetween(500, 600));
    expect(windows.keptStart).to.equal(0);
  });

  it('stops at the last window', async () => {
    windows.reset(backend.fetch, backend.page('900'));
    expect(windows.hasOlder).to.be.false;
    windows.loadOlder();
    expect(backend.pending).to.have.length(0);
  });
});
