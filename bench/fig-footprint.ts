import { spawn } from 'node:child_process';
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { memoryOf } from './children.js';
import type { Hooks } from './hooks.js';

/** One cold start: spawn to the first `GET /healthz` 200, and the idle memory after it. */
export interface ColdStart {
  ms: number;
  /** VmRSS two seconds after the first 200, in MiB. */
  idleRss: number;
}

/** A round: ours (`src/index.ts`) and the echo bot's, back to back. */
export interface ColdRound {
  ours: ColdStart;
  echo: ColdStart;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/healthz', timeout: 1_000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => {
      resolve(false);
    });
    req.on('timeout', () => {
      req.destroy();
    });
  });
}

/** Spawns `args` with `env`, times it to the first 200 on /healthz, then stops it by its pid. */
async function coldStart(
  args: string[],
  env: Record<string, string>,
  port: number,
  hooks: Hooks,
): Promise<ColdStart> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { env, stdio: 'ignore' });
  hooks.adopt(child);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    while (!(await healthy(port))) {
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited before answering`);
      if (performance.now() - started > 60_000)
        throw new Error(`${args.join(' ')}: no 200 in 60 s`);
      await sleep(10);
    }
    const ms = performance.now() - started;
    await sleep(2_000);
    return { ms, idleRss: memoryOf(child.pid ?? 0).rss };
  } finally {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}

/** Figure 4: cold starts of ours and of the echo bot, alternating, each on a fresh SQLite file. */
export async function coldRounds(rounds: number, dir: string, hooks: Hooks): Promise<ColdRound[]> {
  const out: ColdRound[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const oursStart = async () => {
      const port = await freePort();
      const env = {
        NODE_ENV: 'development',
        PORT: String(port),
        DATABASE_URL: `sqlite:${join(dir, `cold-${String(r)}.sqlite`)}`,
        LOG_LEVEL: 'silent',
      };
      return coldStart(['src/index.ts'], env, port, hooks);
    };
    const echoStart = async () => {
      const port = await freePort();
      return coldStart(
        ['bench/echo-bot.ts', String(port)],
        { NODE_ENV: 'development' },
        port,
        hooks,
      );
    };
    const round = await hooks.round(async (): Promise<ColdRound> => {
      if (r % 2 === 0) {
        const echo = await echoStart();
        return { echo, ours: await oursStart() };
      }
      const ours = await oursStart();
      return { ours, echo: await echoStart() };
    });
    out.push(round);
    hooks.progress(
      `  round ${String(r + 1)}: ours ${round.ours.ms.toFixed(0)} ms (idle RSS ${round.ours.idleRss.toFixed(0)} MiB), echo ${round.echo.ms.toFixed(0)} ms (${round.echo.idleRss.toFixed(0)} MiB)`,
    );
  }
  return out;
}
