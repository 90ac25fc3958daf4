// Bounded concurrency for an issuance's per-name work (issue 21).

/**
 * Runs fn over items with at most `size` running at once. After a failure no new item starts,
 * and the promise rejects with the first error only once the running ones have settled: a
 * clean-up that follows then never races a present() still under way.
 */
export async function inPool<T>(
  items: T[],
  size: number,
  fn: (t: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const t = items[next++];
      try {
        await fn(t);
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  const results = await Promise.allSettled(
    Array.from({ length: Math.min(size, items.length) }, worker),
  );
  const first = results.find((r) => r.status === 'rejected');
  if (first) throw first.reason;
}

export async function inBatches<T>(
  items: T[],
  size: number,
  fn: (t: T) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}
