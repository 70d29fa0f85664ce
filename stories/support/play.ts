/**
 * Polls (each frame) until `find` returns something, and resolves with it: a story's play waits for
 * what it acts on, however slow the backend the story's controls set.
 */
export async function until<T>(find: () => T | null | undefined | false | ''): Promise<T> {
  for (;;) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
