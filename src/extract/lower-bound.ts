// Binary search over lists sorted by start offset (mentions, tokens, quotes), shared by the
// extraction stages so each lookup near an offset costs O(log n), not a scan.

/** Index of the first item whose start is at or after `offset` (items.length when none is). */
export function firstStartingAt(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
