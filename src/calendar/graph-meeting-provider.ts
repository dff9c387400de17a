import { createBody, eventBody, httpError, readEvent } from './graph-event.js';
import type { Meeting, MeetingInput, MeetingProvider } from './meeting-provider.js';
import { MeetingProviderError } from './meeting-provider-error.js';

/** The part of the WHATWG `fetch` the provider uses; the global `fetch` fits it. */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<{
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}>;

/** How to reach Microsoft Graph. */
export interface GraphConfig {
  /**
   * An app-only access token for `https://graph.microsoft.com/.default`, with the
   * `Calendars.ReadWrite` application permission (an application access policy may limit it to
   * the coordinators' mailboxes). Called before every request; caching is the caller's concern.
   */
  accessToken: () => Promise<string>;
  /** Defaults to the global `fetch`. */
  fetch?: FetchLike | undefined;
  /** Defaults to `https://graph.microsoft.com/v1.0` (tests point it at a loopback server). */
  baseUrl?: string | undefined;
  /** Per-request time limit, default 15 s. */
  timeoutMs?: number | undefined;
}

interface Answer {
  status: number;
  body: unknown;
}

const DEFAULT_BASE_URL = 'https://graph.microsoft.com/v1.0';
const DEFAULT_TIMEOUT_MS = 15_000;

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Teams meetings through Microsoft Graph calendar events (`isOnlineMeeting: true`,
 * `onlineMeetingProvider: 'teamsForBusiness'`): Exchange sends the invitations, with the join
 * link, in the organizer's name, and updates or cancels them in everyone's calendar.
 */
export class GraphMeetingProvider implements MeetingProvider {
  private readonly accessToken: () => Promise<string>;
  private readonly fetch: FetchLike;
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(config: GraphConfig) {
    this.accessToken = config.accessToken;
    this.fetch = config.fetch ?? ((url, init) => fetch(url, init));
    this.baseUrl = (config.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** `POST /users/{organizer}/events`, then the event's join link. */
  async createMeeting(input: MeetingInput): Promise<Meeting> {
    const answer = await this.send('POST', eventsPath(input.organizerAadId), createBody(input));
    return this.meetingOf(input.organizerAadId, answer);
  }

  /** `PATCH /users/{organizer}/events/{eventId}`; the join link does not change. */
  async updateMeeting(eventId: string, input: MeetingInput): Promise<Meeting> {
    const path = eventPath(input.organizerAadId, eventId);
    const answer = await this.send('PATCH', path, eventBody(input));
    return this.meetingOf(input.organizerAadId, answer);
  }

  /** `POST /users/{organizer}/events/{eventId}/cancel`: attendees get a cancellation. */
  async cancelMeeting(eventId: string, organizerAadId: string, comment?: string): Promise<void> {
    const path = `${eventPath(organizerAadId, eventId)}/cancel`;
    await this.send('POST', path, comment === undefined ? {} : { comment });
  }

  /**
   * The meeting from an event answer. Graph may answer before the Teams meeting exists
   * (`onlineMeeting: null`), so the event is read once more before giving up.
   */
  private async meetingOf(organizerAadId: string, answer: Answer): Promise<Meeting> {
    const first = readEvent(answer.status, answer.body);
    if (first.joinUrl) return { eventId: first.eventId, joinUrl: first.joinUrl };
    const path = `${eventPath(organizerAadId, first.eventId)}?$select=id,onlineMeeting`;
    const again = readEvent(answer.status, (await this.send('GET', path)).body);
    if (again.joinUrl) return { eventId: first.eventId, joinUrl: again.joinUrl };
    throw new MeetingProviderError({
      status: answer.status,
      code: 'MissingJoinUrl',
      message: 'Microsoft Graph created the event without a Teams meeting',
      eventId: first.eventId,
    });
  }

  private async send(method: string, path: string, body?: unknown): Promise<Answer> {
    const headers = await this.headers();
    let response: Awaited<ReturnType<FetchLike>>;
    try {
      response = await this.fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (cause) {
      const message = `Microsoft Graph could not be reached (${method} ${path})`;
      throw new MeetingProviderError({ status: 0, code: 'NetworkError', message, cause });
    }
    const parsed = parseJson(await response.text());
    if (!response.ok) throw httpError(response.status, parsed, response.headers.get('retry-after'));
    return { status: response.status, body: parsed };
  }

  private async headers(): Promise<Record<string, string>> {
    try {
      const token = await this.accessToken();
      return {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        // Times in answers in UTC, like the ones sent.
        prefer: 'outlook.timezone="UTC"',
      };
    } catch (cause) {
      const message = 'no access token for Microsoft Graph';
      throw new MeetingProviderError({ status: 0, code: 'TokenError', message, cause });
    }
  }
}

function eventsPath(organizerAadId: string): string {
  return `/users/${encodeURIComponent(organizerAadId)}/events`;
}

function eventPath(organizerAadId: string, eventId: string): string {
  return `${eventsPath(organizerAadId)}/${encodeURIComponent(eventId)}`;
}
