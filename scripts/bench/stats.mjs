// Order statistics for the bench figures. Medians and p10/p90, never means of times: a single
// garbage-collection pause would otherwise move the figure.

/** The p-th percentile (0..100), linearly interpolated; NaN for no values. */
export function percentile(values, p) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export function median(values) {
  return percentile(values, 50);
}

export function mean(values) {
  return values.length === 0
    ? Number.NaN
    : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** `'1.23 (p10 1.01, p90 2.34)'`, in milliseconds. */
export function spread(values, digits = 2) {
  const f = (value) => (Number.isFinite(value) ? value.toFixed(digits) : '-');
  return `${f(median(values))} (p10 ${f(percentile(values, 10))}, p90 ${f(percentile(values, 90))})`;
}
