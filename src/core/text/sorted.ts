// Binary search over ascending numbers (offsets, token starts), shared by the recognisers.

/** How many of the ascending `values` are below `at`: the index of the first one >= `at`. */
export function countBelow(values: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
