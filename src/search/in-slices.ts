/**
 * Long synchronous work on the main thread, cut into slices so that its event loop runs between
 * them: the build's second thread is sent its next batch through that loop (see second-thread.ts).
 */

/**
 * Calls `work` on consecutive slices of `items`, letting pending events run after each.
 * @example await inSlices(model.reports, 100, (slice) => { for (const page of slice) index.add(page); })
 */
export async function inSlices<T>(items: readonly T[], size: number, work: (slice: readonly T[]) => void): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    work(items.slice(start, start + size));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}
