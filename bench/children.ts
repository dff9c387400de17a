import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BotChildInit, BotCommand, BotMessage } from './protocol.js';

/** Memory of a process as the kernel counts it, in MiB. */
export interface Memory {
  rss: number;
  /** The peak resident set since the process started. */
  peak: number;
}

/** VmRSS and VmHWM of `pid` from /proc (Linux). */
export function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
  const kib = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

const STOP_GRACE_MS = 15_000;

/** A child process started by the bench, with IPC; stopped by its own pid only. */
export class Child {
  readonly process: ChildProcess;
  readonly ready: Promise<number>;
  private readonly exited: Promise<void>;
  private nextId = 1;
  private readonly waiting = new Map<
    number,
    { resolve(v: unknown): void; reject(e: Error): void }
  >();

  constructor(script: string, args: string[], execArgv: string[] = []) {
    // Only what the child needs: the bench hands no secret or stray variable down.
    this.process = spawn(process.execPath, [...execArgv, '--import', 'tsx', script, ...args], {
      env: { NODE_ENV: 'development' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.exited = new Promise((resolve) => {
      this.process.once('exit', () => {
        resolve();
      });
    });
    this.ready = new Promise((resolve, reject) => {
      this.process.once('exit', (code) => {
        reject(new Error(`${script} exited early (${String(code)})`));
        for (const w of this.waiting.values()) w.reject(new Error(`${script} exited`));
      });
      this.process.on('message', (message: BotMessage) => {
        if (message.type === 'ready') resolve(message.port);
        else {
          const waiter = this.waiting.get(message.id);
          this.waiting.delete(message.id);
          if (message.ok) waiter?.resolve(message.result);
          else waiter?.reject(new Error(message.error));
        }
      });
    });
  }

  get pid(): number {
    return this.process.pid ?? 0;
  }

  memory(): Memory {
    return memoryOf(this.pid);
  }

  /** Sends a command and waits for its answer. */
  call<T>(command: BotCommand): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, {
        resolve: (v) => {
          resolve(v as T);
        },
        reject,
      });
      this.process.send({ ...command, id });
    });
  }

  /** Asks the child to stop, then kills it (by its pid) if it has not exited in time. */
  async stop(): Promise<void> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return;
    if (this.process.connected) this.process.send({ cmd: 'stop', id: 0 });
    const timer = setTimeout(() => this.process.kill('SIGKILL'), STOP_GRACE_MS);
    await this.exited;
    clearTimeout(timer);
  }
}

/** Starts the bot under test (`bench/bot-child.ts`) and waits until it listens. */
export async function startBotChild(
  init: BotChildInit,
  execArgv: string[] = [],
): Promise<{ child: Child; port: number }> {
  const child = new Child('bench/bot-child.ts', [JSON.stringify(init)], execArgv);
  return { child, port: await child.ready };
}

/** Starts the bare botbuilder echo bot (`bench/echo-bot.ts`) and waits until it listens. */
export async function startEchoChild(): Promise<{ child: Child; port: number }> {
  const child = new Child('bench/echo-bot.ts', ['0']);
  return { child, port: await child.ready };
}
