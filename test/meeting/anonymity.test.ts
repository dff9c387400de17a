import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { startBot } from '../../src/main.js';
import { execute, type TestUser } from '../helpers/activities.js';
import { Harness, cardText } from '../helpers/harness.js';
import { scheduledSession } from '../helpers/scenario.js';
import {
  MEETING_CHAT,
  PEOPLE,
  answers,
  meetingExecute,
  participant,
  sayInMeeting,
} from './meeting-helpers.js';

/** A harness whose bot logs everything, at trace level, into `lines`. */
class LoggedHarness extends Harness {
  readonly lines: string[] = [];
  private folder = '';

  override async start(): Promise<void> {
    await this.connector.start();
    this.folder = mkdtempSync(join(tmpdir(), 'jlp-anonymity-'));
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        this.lines.push(chunk.toString('utf8'));
        done();
      },
    });
    this.bot = await startBot(
      { PORT: '0', LOG_LEVEL: 'trace', DATABASE_URL: `sqlite:${join(this.folder, 'jlp.sqlite')}` },
      { clock: this.clock, pollMs: 0, pacer: null, logger: createLogger('trace', sink) },
    );
  }

  override async stop(): Promise<void> {
    await this.bot.stop();
    await this.connector.stop();
    rmSync(this.folder, { recursive: true, force: true });
  }
}

const ANSWER_TABLES = [
  'feedback_responses',
  'feedback_comments',
  'feedback_summaries',
  'feedback_respondents',
] as const;

describe('anonymity by construction', () => {
  const h = new LoggedHarness('2026-11-23T15:00:00Z');
  const db = () => h.bot.store.db.kysely;
  const people: TestUser[] = Array.from({ length: 12 }, (_, i) => participant(i + 1));
  /** Everything that could name a person or a moment of an answer. */
  const identifying = new Set<string>();
  const comments = people.map((_, i) => `Distinctive remark number ${String(i + 1)} about the day`);
  let auditBefore = 0;

  async function dump(table: string): Promise<string> {
    const rows = await sql`select * from ${sql.table(table)}`.execute(db());
    return JSON.stringify(rows.rows);
  }

  beforeAll(async () => {
    await h.start();
    const { sessionId } = await scheduledSession(h);
    for (const person of people) await h.press(person, 'registration.join', { sessionId });
    h.clock.set('2026-12-02T17:50:00Z');
    await sayInMeeting(h, PEOPLE.union, 'feedback JLP-2026-0001');
    auditBefore = (await db().selectFrom('audit_log').selectAll().execute()).length;
    for (const [i, person] of people.entries()) {
      const data = { sessionId, ...answers({ overall: String((i % 5) + 1) }, comments[i]) };
      // Half answer in the meeting chat, half from the card they got 1:1.
      const activity =
        i % 2 === 0
          ? meetingExecute(h, person, 'feedback.submit', data, { replyToId: 'poll-in-chat' })
          : execute(person, 'feedback.submit', data, h.options({ replyToId: `poll-1to1-${i}` }));
      const answer = await h.post(activity);
      expect(cardText(answer.body)).toContain('Thank you');
      for (const value of [
        person.aadObjectId,
        person.name,
        `29:${person.aadObjectId}`,
        activity.id,
        activity.replyToId,
        activity.conversation.id,
      ])
        identifying.add(value.toLowerCase());
    }
    identifying.add(MEETING_CHAT.toLowerCase());
  });
  afterAll(() => h.stop());

  it.each(ANSWER_TABLES)('keeps no person, conversation or activity in %s', async (table) => {
    const rows = (await dump(table)).toLowerCase();
    expect(rows.length).toBeGreaterThan(2);
    for (const value of identifying) expect(rows).not.toContain(value);
  });

  it('stores scores, comments and respondents in separate, unlinkable tables', async () => {
    const columns = async (table: string) =>
      (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(db())).rows
        .map((r) => r.name)
        .sort();
    expect(await columns('feedback_responses')).toEqual([
      'day',
      'facilitation',
      'id',
      'learned',
      'overall',
      'relationships',
      'safe_space',
      'session_id',
    ]);
    expect(await columns('feedback_comments')).toEqual(['comment', 'id', 'session_id']);
    expect(await columns('feedback_respondents')).toEqual(['card_key', 'key']);
    const responses = await db().selectFrom('feedback_responses').selectAll().execute();
    expect(responses).toHaveLength(12);
    for (const r of responses) {
      expect(r.id).toMatch(/^[0-9a-f]{32}$/);
      expect(r.day).toBe('2026-12-02');
    }
  });

  it('has no rowid that would give the order of answers', async () => {
    for (const table of ['feedback_responses', 'feedback_comments', 'feedback_respondents']) {
      await expect(sql`select rowid from ${sql.table(table)}`.execute(db())).rejects.toThrow(
        /rowid/,
      );
    }
  });

  it('writes nothing to the audit log when people answer', async () => {
    const audit = await db().selectFrom('audit_log').selectAll().execute();
    expect(audit).toHaveLength(auditBefore);
    const text = JSON.stringify(audit);
    for (const comment of comments) expect(text).not.toContain(comment);
  });

  it('keeps each comment only in the comment and summary tables', async () => {
    const tables = await sql<{ name: string }>`
      select name from sqlite_master where type = 'table'`.execute(db());
    for (const { name } of tables.rows) {
      const rows = await dump(name);
      const found = comments.filter((c) => rows.includes(c));
      if (name === 'feedback_comments') expect(found).toHaveLength(12);
      else if (name === 'feedback_summaries') expect(found).toHaveLength(10);
      else expect(found, name).toEqual([]);
    }
  });

  it('logs no answer, and no answering person', () => {
    const logs = h.lines.join('\n').toLowerCase();
    expect(logs).toContain('feedback poll opened');
    for (const comment of comments) expect(logs).not.toContain(comment.toLowerCase());
    for (const person of people) expect(logs).not.toContain(person.aadObjectId);
  });

  it('logs a refused or throttled answer without naming who pressed', async () => {
    const presser = participant(40);
    const from = h.lines.length;
    // A card of the wrong shape, pressed past the per-person limit (5 in 10 s by default).
    const answers: unknown[] = [];
    for (let i = 0; i < 7; i += 1) {
      const press = execute(presser, 'feedback.submit', { sessionId: 42 }, h.options());
      answers.push((await h.post(press)).body);
    }
    expect(answers.filter((a) => JSON.stringify(a).includes('out of date'))).toHaveLength(5);
    expect(answers.filter((a) => JSON.stringify(a).includes('activity.message'))).toHaveLength(2);
    const logs = h.lines.slice(from).join('\n').toLowerCase();
    expect(logs).toContain('payload refused');
    expect(logs).toContain('action throttled');
    expect(logs).not.toContain(presser.aadObjectId);
    expect(logs).not.toContain(presser.name.toLowerCase());
  });
});
