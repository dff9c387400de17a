import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('has working defaults: local mode on SQLite, port 3978', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      PORT: 3978,
      localMode: true,
      DATABASE_URL: 'sqlite:./data/jlp.sqlite',
      BOT_TYPE: 'SingleTenant',
      FEEDBACK_MIN_RESPONSES: 5,
      FEEDBACK_MIN_COMMENTS: 10,
      FEEDBACK_OPEN_DAYS: 7,
      WORKING_HOURS: { start: '08:00', end: '17:00' },
      allowedTenants: [],
    });
  });

  it('reports every bad variable at once, each by name', () => {
    const found = problems({
      PORT: 'eighty',
      BOT_TYPE: 'Bogus',
      DATABASE_URL: 'mysql://x',
      WORKING_HOURS: '9 to 5',
      FEEDBACK_MIN_RESPONSES: '0',
      PUBLIC_URL: 'not a url',
      LOG_LEVEL: 'loud',
    });
    for (const name of [
      'PORT',
      'BOT_TYPE',
      'DATABASE_URL',
      'WORKING_HOURS',
      'FEEDBACK_MIN_RESPONSES',
      'PUBLIC_URL',
      'LOG_LEVEL',
    ]) {
      expect(found.some((p) => p.startsWith(`${name}:`))).toBe(true);
    }
  });

  it('refuses local mode (and a missing feedback secret) in production', () => {
    const found = problems({ NODE_ENV: 'production' });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^BOT_ID: is required when NODE_ENV=production/),
        expect.stringMatching(/^FEEDBACK_SECRET:/),
      ]),
    );
  });

  it('needs a password and a tenant with a single-tenant BOT_ID, and defaults the allowed tenant to it', () => {
    const id = '11111111-2222-4333-8444-555555555555';
    expect(problems({ BOT_ID: id })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^BOT_PASSWORD:/),
        expect.stringMatching(/^BOT_TENANT_ID:/),
      ]),
    );
    const tenant = 'AAAAAAAA-2222-4333-8444-555555555555';
    const config = parseConfig({ BOT_ID: id, BOT_PASSWORD: 'secret', BOT_TENANT_ID: tenant });
    expect(config.localMode).toBe(false);
    expect(config.allowedTenants).toEqual([tenant.toLowerCase()]);
  });

  it('reads a list of allowed tenants and working hours', () => {
    const config = parseConfig({ ALLOWED_TENANTS: ' A-1 , b-2,,', WORKING_HOURS: '07:30-16:00' });
    expect(config.allowedTenants).toEqual(['a-1', 'b-2']);
    expect(config.WORKING_HOURS).toEqual({ start: '07:30', end: '16:00' });
    expect(problems({ WORKING_HOURS: '17:00-08:00' })[0]).toMatch(/^WORKING_HOURS:/);
  });

  it('never puts a secret in its error message', () => {
    const secret = 'short-but-secret';
    const found = problems({ FEEDBACK_SECRET: secret });
    expect(found.join('\n')).toContain('FEEDBACK_SECRET');
    expect(found.join('\n')).not.toContain(secret);
  });
});
