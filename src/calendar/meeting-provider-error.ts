/** Why a meeting provider call failed. */
export interface MeetingProviderErrorDetails {
  /** The HTTP status, or 0 when no answer came (network failure, timeout, no access token). */
  status: number;
  /**
   * Graph's error code (e.g. `ErrorItemNotFound`), or one of ours: `NetworkError`,
   * `TokenError`, `InvalidResponse`, `MissingJoinUrl`, `HttpError` (no code in the answer).
   */
  code: string;
  message: string;
  /** Seconds Graph asks to wait before retrying (429 and 503 answers), when it says. */
  retryAfterSeconds?: number | undefined;
  /** The event, when it was created but has no join link (so the caller can cancel it). */
  eventId?: string | undefined;
  cause?: unknown;
}

/**
 * A meeting provider call that failed. `status` tells a retryable failure (0, 429, 5xx) from one
 * that is not (other 4xx: bad request, no permission, unknown user or event).
 */
export class MeetingProviderError extends Error {
  override readonly name = 'MeetingProviderError';
  readonly status: number;
  readonly code: string;
  readonly retryAfterSeconds: number | undefined;
  readonly eventId: string | undefined;

  constructor(details: MeetingProviderErrorDetails) {
    super(details.message, { cause: details.cause });
    this.status = details.status;
    this.code = details.code;
    this.retryAfterSeconds = details.retryAfterSeconds;
    this.eventId = details.eventId;
  }

  /** True when trying again later may succeed. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
}
