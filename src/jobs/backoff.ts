/** How {@link backoffMs} grows and jitters. */
export interface BackoffOptions {
  /** The delay scale of the first retry. */
  readonly baseMs: number;
  /** The most the exponential part may reach (a longer Retry-After still wins). */
  readonly maxMs: number;
  /** Uniform in [0, 1): Math.random in production, a seeded generator in tests. */
  readonly random: () => number;
  /** What the server asked for (see {@link parseRetryAfter}), if it did. */
  readonly retryAfterMs?: number | undefined;
}

/**
 * The delay before retry number `attempt` (1 = the first retry), with "equal jitter": half of
 * `min(maxMs, baseMs × 2^(attempt − 1))` fixed plus a uniform random half. Unlike full jitter it
 * never retries almost at once, which matters when the failure was a throttle; the random half
 * still spreads a burst of failed sends. Never less than the server's Retry-After, even when that
 * exceeds `maxMs`: sending earlier would only be throttled again.
 */
export function backoffMs(attempt: number, options: BackoffOptions): number {
  const step = Math.max(1, Math.floor(attempt)) - 1;
  // 2 ** large is Infinity, which min() turns into maxMs: no overflow to guard.
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** step);
  const jittered = ceiling / 2 + (options.random() * ceiling) / 2;
  return Math.max(options.retryAfterMs ?? 0, Math.round(jittered));
}

const RETRYABLE = new Set([408, 412, 429, 500, 502, 503, 504]);

/**
 * Whether a failed send is worth retrying. Retried: no status (a network error), 408, 412 (Teams'
 * precondition conflicts are transient), 429, and every 5xx. Not retried: 400, 401, 403, 404 and
 * the other 4xx, which would fail the same way again.
 */
export function isRetryableStatus(status?: number): boolean {
  if (status === undefined) return true;
  return RETRYABLE.has(status) || (status >= 500 && status <= 599);
}

/**
 * Milliseconds to wait from `now` per a `Retry-After` header, either delay-seconds ("120") or an
 * HTTP-date ("Wed, 21 Oct 2015 07:28:00 GMT"); a date in the past gives 0. Undefined when the
 * header is absent or unreadable.
 */
export function parseRetryAfter(header: string | undefined, now: number): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  // RFC 9110 says whole seconds; a fraction is tolerated since some servers send one.
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  // An HTTP-date always names a weekday or month; this keeps Date.parse from reading "-5" or "1e3".
  if (!/[a-z]{3}/i.test(value)) return undefined;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
