import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { USERS } from '../helpers/activities.js';
import { scheduleForm } from '../helpers/forms.js';
import { Harness, cardText } from '../helpers/harness.js';
import { resetSessions, scheduledSession } from '../helpers/scenario.js';
import { startGraphServer, type GraphServer, type Recorded } from '../calendar/graph-server.js';

const JOIN = 'https://teams.microsoft.com/l/meetup-join/from-graph';

function answer(request: Recorded) {
  if (request.path.endsWith('/oauth2/v2.0/token')) {
    return { status: 200, body: { access_token: 'graph-token', expires_in: 3600 } };
  }
  if (request.method === 'POST' && /\/users\/[^/]+\/events$/.test(request.path)) {
    return { status: 201, body: { id: 'event-1', onlineMeeting: { joinUrl: JOIN } } };
  }
  if (request.method === 'PATCH')
    return { status: 200, body: { id: 'event-1', onlineMeeting: { joinUrl: JOIN } } };
  if (request.method === 'POST' && request.path.endsWith('/cancel')) return { status: 202 };
  return { status: 404, body: { error: { code: 'NotFound', message: request.path } } };
}

describe('Teams meetings through Microsoft Graph', () => {
  let graph: GraphServer;
  let h: Harness;
  beforeAll(async () => {
    graph = await startGraphServer(answer);
    h = new Harness('2026-11-23T15:00:00Z', {
      GRAPH_TENANT_ID: 'contoso',
      GRAPH_CLIENT_ID: 'client',
      GRAPH_CLIENT_SECRET: 'secret',
      GRAPH_BASE_URL: graph.baseUrl,
      GRAPH_LOGIN_URL: graph.baseUrl,
    });
    await h.start();
  });
  afterAll(async () => {
    await h.stop();
    await graph.close();
  });
  beforeEach(async () => {
    await resetSessions(h);
    graph.requests.length = 0;
  });

  it('creates the meeting when no link was typed, moves it on reschedule and cancels it', async () => {
    const { sessionId } = await scheduledSession(h, { schedule: { joinUrl: '' } });
    const created = graph.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/events'));
    expect(created).toHaveLength(1);
    expect(created[0]!.path).toContain(USERS.ncrUnion.aadObjectId);
    expect(created[0]!.headers.authorization).toBe('Bearer graph-token');
    expect(created[0]!.body).toMatchObject({
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
    });
    const session = await h.bot.store.sessions.byId(sessionId);
    expect(session).toMatchObject({ joinUrl: JOIN, meetingEventId: 'event-1' });

    const moved = await h.press(USERS.ncrUnion, 'schedule.submit', {
      sessionId,
      ...scheduleForm({ date: '2026-12-03', joinUrl: JOIN }),
    });
    expect(cardText(moved.card)).toContain('Rescheduled.');
    expect(graph.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);

    await h.press(USERS.ncrUnion, 'sessions.cancel', { sessionId });
    expect(graph.requests.filter((r) => r.path.endsWith('/cancel'))).toHaveLength(1);
  });

  it('keeps the link the coordinator typed and creates nothing', async () => {
    await scheduledSession(h);
    expect(graph.requests.filter((r) => r.path.endsWith('/events'))).toHaveLength(0);
  });
});
