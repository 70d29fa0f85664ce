/** Something the simulated backend does on its own at a given time. */
export type ScheduledEvent =
  | { kind: 'actionStarts'; actionId: string }
  | { kind: 'actionEnds'; actionId: string }
  | { kind: 'playbookStep'; runId: string; step: number }
  | { kind: 'analysisEnds'; investigationId: string };

interface Entry {
  due: number;
  seq: number;
  event: ScheduledEvent;
}

/**
 * Pending simulated work, in (due time, scheduling order). The service drains it at the start
 * of every call up to the current time, so progress depends only on the clock and never on
 * timers; effects carry their due time, so draining late gives the same state as draining early.
 */
export class Scheduler {
  private readonly entries: Entry[] = [];
  private seq = 0;

  schedule(due: number, event: ScheduledEvent): void {
    const entry = { due, seq: this.seq++, event };
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const other = this.entries[mid]!;
      if (other.due < due || (other.due === due && other.seq < entry.seq)) low = mid + 1;
      else high = mid;
    }
    this.entries.splice(low, 0, entry);
  }

  /** Removes and returns the earliest event due at or before `time`. */
  takeDue(time: number): { due: number; event: ScheduledEvent } | undefined {
    const first = this.entries[0];
    if (!first || first.due > time) return undefined;
    this.entries.shift();
    return first;
  }

  get size(): number {
    return this.entries.length;
  }
}
