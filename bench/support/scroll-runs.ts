import { recordFrames, type FrameRecording } from './frame-recorder.js';
import { visibleRows, type GridGeometry, type MountedList } from './list-under-test.js';

function scrollerOf(list: MountedList): HTMLElement {
  const scroller = list.scroller();
  if (!scroller) throw new Error('The list has no scroller.');
  return scroller;
}

/** Whether every row the scroller shows is rendered with its incident (no placeholder). */
export function visibleRowsFilled(list: MountedList, geometry: GridGeometry, rowCount: number): boolean {
  const [first, last] = visibleRows(scrollerOf(list), geometry, rowCount);
  for (let index = first; index <= last; index++) if (list.idAt(index) === undefined) return false;
  return true;
}

/** The incidents of the rows the scroller shows, top to bottom. */
export function visibleIds(list: MountedList, geometry: GridGeometry, rowCount: number): (string | undefined)[] {
  const [first, last] = visibleRows(scrollerOf(list), geometry, rowCount);
  return Array.from({ length: last - first + 1 }, (_, offset) => list.idAt(first + offset));
}

/** Moves the scroller down by `stepPx` on every one of `frames` consecutive frames. */
export function scrollSteadily(list: MountedList, frames: number, stepPx: number): Promise<FrameRecording> {
  const scroller = scrollerOf(list);
  return recordFrames(
    list,
    {
      beforeRender: (index) => {
        if (index === frames) return false;
        scroller.scrollTop += stepPx;
        return true;
      },
    },
    frames + 1,
  );
}

export interface JumpRecording extends FrameRecording {
  /** For each jump: from setting the scroll position to the end of the first frame showing every visible row filled. */
  filledAfter: number[];
}

export interface JumpPlan {
  jumps: number;
  rowsPerJump: number;
  rowCount: number;
  /** Frames a jump may take to fill its rows before the run fails. */
  framesPerJump: number;
}

/** Jumps `rowsPerJump` rows down, `jumps` times, each as soon as the rows of the previous jump are filled. */
export async function jumpThrough(list: MountedList, geometry: GridGeometry, plan: JumpPlan): Promise<JumpRecording> {
  const scroller = scrollerOf(list);
  const filledAfter: number[] = [];
  let jumps = 0;
  let jumpedAt = 0;
  let filled = true;
  const recording = await recordFrames(
    list,
    {
      beforeRender: () => {
        if (!filled) return true;
        if (jumps === plan.jumps) return false;
        jumps++;
        scroller.scrollTop = jumps * plan.rowsPerJump * geometry.rowHeight;
        jumpedAt = performance.now();
        filled = false;
        return true;
      },
      afterRender: (_, renderedAt) => {
        if (filled || !visibleRowsFilled(list, geometry, plan.rowCount)) return;
        filledAfter.push(renderedAt - jumpedAt);
        filled = true;
      },
    },
    plan.jumps * plan.framesPerJump,
  );
  return { ...recording, filledAfter };
}
