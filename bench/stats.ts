/** The spread of one figure over rounds: the median and the extremes. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** The `p`-th percentile (0–100) of an ascending array, nearest-rank; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? NaN;
}

/** Median, min and max of the rounds' values (the median of an even count is the mean of two). */
export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length === 0
      ? NaN
      : sorted.length % 2 === 1
        ? (sorted[mid] ?? NaN)
        : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
  return { median, min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}

/** Latencies in milliseconds, summarised. */
export interface Latency {
  p50: number;
  p99: number;
  max: number;
}

/** Sorts a copy of the samples (an exact, hdr-style histogram is not needed at these counts). */
export function latency(samples: readonly number[]): Latency {
  const sorted = Float64Array.from(samples).sort();
  const list = Array.from(sorted);
  return { p50: percentile(list, 50), p99: percentile(list, 99), max: list.at(-1) ?? NaN };
}

/** Formats a number with `digits` decimals, or a dash when it is not a number. */
export function num(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return '—';
  return value.toLocaleString('en-CA', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** `median (min–max)` with `digits` decimals. */
export function fmtSpread(s: Spread, digits = 0, unit = ''): string {
  return `${num(s.median, digits)}${unit} (${num(s.min, digits)}–${num(s.max, digits)}${unit})`;
}
