import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { message, USERS } from '../helpers/activities.js';
import { Harness } from '../helpers/harness.js';

describe('start, health and graceful shutdown', () => {
  it('finishes a turn in flight, then stops accepting and closes the store', async () => {
    const h = new Harness();
    await h.start();
    h.connector.delayMs = 300;
    const inFlight = h.post(message(USERS.employee, 'help', h.options()));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const url = h.url;
    await h.bot.stop();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(h.connector.messages()).toHaveLength(1);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    await expect(h.bot.store.ping()).rejects.toThrow();
    await h.connector.stop();
  });

  it('answers /healthz with 503 when the store does not answer', async () => {
    const h = new Harness();
    await h.start();
    // The database stops answering (as when its server is down or the pool is exhausted).
    const store = h.bot.store as { ping: () => Promise<void> };
    const ping = store.ping;
    store.ping = () => Promise.reject(new Error('connection refused'));
    const response = await fetch(`${h.url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable' });
    store.ping = ping;
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
    await h.stop();
  });

  it('runs as a process: starts on SQLite with the sample roster and exits 0 on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jlp-proc-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      env: {
        ...process.env,
        PORT: '0',
        DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
        LOG_LEVEL: 'info',
        BOT_ID: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`no start: ${out}`));
      }, 15_000);
      child.stdout.on('data', () => {
        const match = /"port":(\d+).*listening/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
    });
    expect(out).toContain('LOCAL MODE');
    expect(out).toContain('"sample":true');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const code = await new Promise<number | null>((resolve) => {
      child.on('exit', resolve);
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
    expect(out).toContain('"msg":"stopped"');
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to start in production without BOT_ID, naming the variable', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      env: { ...process.env, NODE_ENV: 'production', BOT_ID: '', PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(err).toContain('BOT_ID: is required when NODE_ENV=production');
    expect(err).toContain('FEEDBACK_SECRET');
  });
});
