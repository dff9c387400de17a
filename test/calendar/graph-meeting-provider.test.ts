import { afterEach, describe, expect, it } from 'vitest';
import {
  createMeetingProvider,
  GraphMeetingProvider,
  MeetingProviderError,
  type FetchLike,
  type MeetingInput,
} from '../../src/calendar/meeting-provider.js';
import {
  graphError,
  startGraphServer,
  type GraphServer,
  type Recorded,
  type Reply,
} from './graph-server.js';

const ORGANIZER = '0f8fad5b-d9cb-469f-a165-70867728950e';
const EVENT_ID = 'AAMkAGI2T/xyz+123=';
const JOIN_URL = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0';

const input: MeetingInput = {
  organizerAadId: ORGANIZER,
  subject: 'Santé mentale : parlons-en! (JLP-2026-0042)',
  startUtc: new Date('2026-03-05T13:30:00Z'),
  endUtc: new Date('2026-03-05T17:00:00Z'),
  attendees: [
    { aadObjectId: 'a1', name: 'Alex Union', email: 'alex@example.ca' },
    { aadObjectId: 'b2', name: 'Blair Employer' },
  ],
  body: 'Objectifs : …',
  transactionId: 'ses_01-p1',
};

/** Answers like Graph, refusing a create or update body that lacks what the provider must send. */
function graph(overrides: Partial<Record<string, Reply>> = {}) {
  return (request: Recorded): Reply => {
    const key = `${request.method} ${request.path}`;
    const override = overrides[key];
    if (override) return override;
    const body = request.body as Record<string, unknown> | undefined;
    const event = { id: EVENT_ID, onlineMeeting: { joinUrl: JOIN_URL } };
    if (key === `POST /v1.0/users/${ORGANIZER}/events`) {
      if (body?.isOnlineMeeting !== true || body.onlineMeetingProvider !== 'teamsForBusiness') {
        return graphError(400, 'ErrorInvalidRequest', 'not an online meeting');
      }
      return { status: 201, body: event };
    }
    if (key === `PATCH /v1.0/users/${ORGANIZER}/events/${EVENT_ID}`)
      return { status: 200, body: event };
    if (key === `POST /v1.0/users/${ORGANIZER}/events/${EVENT_ID}/cancel`) return { status: 202 };
    return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  };
}

let server: GraphServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function providerFor(answer: (request: Recorded) => Reply, fetch?: FetchLike) {
  server = await startGraphServer(answer);
  const provider = createMeetingProvider({
    accessToken: () => Promise.resolve('token-123'),
    baseUrl: `${server.baseUrl}/`,
    fetch,
  });
  if (!provider) throw new Error('expected a provider');
  return { provider, requests: server.requests };
}

async function failure(promise: Promise<unknown>): Promise<MeetingProviderError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MeetingProviderError);
  return error as MeetingProviderError;
}

describe('createMeetingProvider', () => {
  it('is undefined without Graph configuration: the typed join link is used', () => {
    expect(createMeetingProvider()).toBeUndefined();
    expect(createMeetingProvider(undefined)).toBeUndefined();
  });

  it('is the Graph provider with it', () => {
    const config = { accessToken: () => Promise.resolve('t') };
    expect(createMeetingProvider(config)).toBeInstanceOf(GraphMeetingProvider);
  });
});

describe('GraphMeetingProvider.createMeeting', () => {
  it('posts a Teams online meeting to the organizer’s calendar and returns its join link', async () => {
    const { provider, requests } = await providerFor(graph());
    await expect(provider.createMeeting(input)).resolves.toEqual({
      eventId: EVENT_ID,
      joinUrl: JOIN_URL,
    });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request!.headers.authorization).toBe('Bearer token-123');
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.body).toEqual({
      subject: 'Santé mentale : parlons-en! (JLP-2026-0042)',
      body: { contentType: 'text', content: 'Objectifs : …' },
      start: { dateTime: '2026-03-05T13:30:00.000', timeZone: 'UTC' },
      end: { dateTime: '2026-03-05T17:00:00.000', timeZone: 'UTC' },
      attendees: [
        { emailAddress: { address: 'alex@example.ca', name: 'Alex Union' }, type: 'required' },
      ],
      allowNewTimeProposals: false,
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      transactionId: 'ses_01-p1',
    });
  });

  it('reads the event again when Graph answers before the meeting exists', async () => {
    const pending = { status: 201, body: { id: EVENT_ID, onlineMeeting: null } };
    const read = `GET /v1.0/users/${ORGANIZER}/events/${EVENT_ID}?$select=id,onlineMeeting`;
    const { provider, requests } = await providerFor(
      graph({
        [`POST /v1.0/users/${ORGANIZER}/events`]: pending,
        [read]: { status: 200, body: { id: EVENT_ID, onlineMeeting: { joinUrl: JOIN_URL } } },
      }),
    );
    await expect(provider.createMeeting(input)).resolves.toEqual({
      eventId: EVENT_ID,
      joinUrl: JOIN_URL,
    });
    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      `POST /v1.0/users/${ORGANIZER}/events`,
      read,
    ]);
  });

  it('fails with MissingJoinUrl, naming the event, when there is still no meeting', async () => {
    const pending = { status: 201, body: { id: EVENT_ID } };
    const { provider } = await providerFor(
      graph({
        [`POST /v1.0/users/${ORGANIZER}/events`]: pending,
        [`GET /v1.0/users/${ORGANIZER}/events/${EVENT_ID}?$select=id,onlineMeeting`]: pending,
      }),
    );
    const error = await failure(provider.createMeeting(input));
    expect([error.code, error.eventId, error.retryable]).toEqual([
      'MissingJoinUrl',
      EVENT_ID,
      false,
    ]);
  });

  it('fails with InvalidResponse when the answer has no event id', async () => {
    const { provider } = await providerFor(
      graph({ [`POST /v1.0/users/${ORGANIZER}/events`]: { status: 201, body: { value: [] } } }),
    );
    const error = await failure(provider.createMeeting(input));
    expect([error.status, error.code]).toEqual([201, 'InvalidResponse']);
  });

  it('uses the injected fetch', async () => {
    const urls: string[] = [];
    const fetchLike: FetchLike = (url, init) => {
      urls.push(`${init.method} ${url}`);
      return fetch(url, init);
    };
    const { provider } = await providerFor(graph(), fetchLike);
    await provider.createMeeting(input);
    expect(urls).toEqual([`POST ${server!.baseUrl}/users/${ORGANIZER}/events`]);
  });
});

describe('GraphMeetingProvider.updateMeeting and cancelMeeting', () => {
  it('patches the event (times, subject, attendees) and keeps the meeting', async () => {
    const { provider, requests } = await providerFor(graph());
    const moved = {
      ...input,
      startUtc: new Date('2026-03-12T13:30:00Z'),
      endUtc: new Date('2026-03-12T17:00:00Z'),
    };
    await expect(provider.updateMeeting(EVENT_ID, moved)).resolves.toEqual({
      eventId: EVENT_ID,
      joinUrl: JOIN_URL,
    });
    const body = requests[0]!.body as Record<string, unknown>;
    expect(requests[0]!.method).toBe('PATCH');
    // An event id holds `/`, `+` and `=`: it must travel as one path segment.
    expect(requests[0]!.rawPath).toBe(`/v1.0/users/${ORGANIZER}/events/AAMkAGI2T%2Fxyz%2B123%3D`);
    expect(body.start).toEqual({ dateTime: '2026-03-12T13:30:00.000', timeZone: 'UTC' });
    expect(body).not.toHaveProperty('isOnlineMeeting');
    expect(body).not.toHaveProperty('transactionId');
  });

  it('posts a cancellation with its comment', async () => {
    const { provider, requests } = await providerFor(graph());
    await expect(
      provider.cancelMeeting(EVENT_ID, ORGANIZER, 'Séance annulée'),
    ).resolves.toBeUndefined();
    expect(requests.map((r) => [r.method, r.path, r.body])).toEqual([
      ['POST', `/v1.0/users/${ORGANIZER}/events/${EVENT_ID}/cancel`, { comment: 'Séance annulée' }],
    ]);
  });
});

describe('GraphMeetingProvider errors', () => {
  it.each([
    [graphError(400, 'ErrorInvalidRequest', 'bad'), 400, 'ErrorInvalidRequest', false, undefined],
    [
      graphError(403, 'ErrorAccessDenied', 'Access is denied.'),
      403,
      'ErrorAccessDenied',
      false,
      undefined,
    ],
    [
      { ...graphError(429, 'ApplicationThrottled', 'slow down'), headers: { 'retry-after': '7' } },
      429,
      'ApplicationThrottled',
      true,
      7,
    ],
    [{ status: 500, raw: '<html>oops</html>' }, 500, 'HttpError', true, undefined],
    [
      { ...graphError(503, 'ServiceNotAvailable', 'later'), headers: { 'retry-after': 'soon' } },
      503,
      'ServiceNotAvailable',
      true,
      undefined,
    ],
  ] as const)(
    '%# answer %s → status and code',
    async (reply, status, code, retryable, retryAfter) => {
      const { provider } = await providerFor(() => reply);
      const error = await failure(provider.createMeeting(input));
      expect([error.status, error.code, error.retryable, error.retryAfterSeconds]).toEqual([
        status,
        code,
        retryable,
        retryAfter,
      ]);
    },
  );

  it('reports an unknown event on cancel as a 404', async () => {
    const { provider } = await providerFor(graph());
    const error = await failure(provider.cancelMeeting('gone', ORGANIZER));
    expect([error.status, error.code]).toEqual([404, 'ErrorItemNotFound']);
  });

  it('reports an unreachable Graph as status 0', async () => {
    const closed = await startGraphServer(graph());
    await closed.close();
    const provider = new GraphMeetingProvider({
      accessToken: () => Promise.resolve('t'),
      baseUrl: closed.baseUrl,
    });
    const error = await failure(provider.createMeeting(input));
    expect([error.status, error.code, error.retryable]).toEqual([0, 'NetworkError', true]);
  });

  it('gives up after the time limit', async () => {
    server = await startGraphServer(() => ({ status: 200, hang: true }));
    const provider = new GraphMeetingProvider({
      accessToken: () => Promise.resolve('t'),
      baseUrl: server.baseUrl,
      timeoutMs: 100,
    });
    const error = await failure(provider.cancelMeeting(EVENT_ID, ORGANIZER));
    expect([error.status, error.code]).toEqual([0, 'NetworkError']);
  });

  it('reports a token failure without calling Graph', async () => {
    server = await startGraphServer(graph());
    const provider = new GraphMeetingProvider({
      accessToken: () => Promise.reject(new Error('AADSTS7000215: Invalid client secret')),
      baseUrl: server.baseUrl,
    });
    const error = await failure(provider.createMeeting(input));
    expect([error.status, error.code]).toEqual([0, 'TokenError']);
    expect(server.requests).toHaveLength(0);
  });
});
