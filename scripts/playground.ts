/**
 * Starts the Microsoft 365 Agents Playground against the running bot, on the `msteams` channel,
 * with the tenant and people of `.m365agentsplayground.yml` (they match the sample roster):
 *
 *   npm run playground                        # as Jordan Tremblay, an employee (a requester)
 *   npm run playground -- --as sophie         # as Sophie Lavoie, NCR coordinator (union)
 *   npm run playground -- --as "david chen" --port 56151 --endpoint http://localhost:3979/api/messages
 *
 * `--as` takes part of a name (accents optional) or an AAD object id. `--no-open` does not open
 * a browser. Runs offline; telemetry is off. The Playground's own log goes to a temp folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs, parseEnv } from 'node:util';
import { parse, stringify } from 'yaml';

/** The committed Playground configuration (tenant, bot, current user and five others). */
export const PLAYGROUND_CONFIG = fileURLToPath(
  new URL('../.m365agentsplayground.yml', import.meta.url),
);

/**
 * The bot's endpoint on this machine, on the port the bot will use: `PORT` from the environment,
 * else from `env/.env.local` (as src/index.ts reads them), else 3978.
 */
export function localEndpoint(env: Record<string, string | undefined>): string {
  const file = fileURLToPath(new URL('../env/.env.local', import.meta.url));
  const local = existsSync(file) ? parseEnv(readFileSync(file, 'utf8')) : {};
  return `http://localhost:${env.PORT ?? local.PORT ?? '3978'}/api/messages`;
}

/** The Playground's own default port. */
export const DEFAULT_PLAYGROUND_PORT = 56150;

/** Someone the Playground can play, as its configuration file describes them. */
export interface PlaygroundPerson {
  id: string;
  name: string;
  aadObjectId: string;
  [field: string]: unknown;
}

interface PlaygroundConfig {
  currentUser: PlaygroundPerson;
  users: PlaygroundPerson[];
  personalChat: { id: string };
  [field: string]: unknown;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Everyone in a configuration: the current user first. */
export function peopleOf(configText: string): PlaygroundPerson[] {
  const config = parse(configText) as PlaygroundConfig;
  return [config.currentUser, ...config.users];
}

/** The one person `who` names (AAD object id, or part of a name); throws listing everyone. */
export function findPerson(people: PlaygroundPerson[], who: string): PlaygroundPerson {
  const wanted = fold(who.trim());
  const exact = people.filter((p) => p.aadObjectId === who || p.id === who);
  const found = exact.length > 0 ? exact : people.filter((p) => fold(p.name).includes(wanted));
  if (found.length === 1 && found[0]) return found[0];
  const list = people.map((p) => `  ${p.name} (${p.aadObjectId})`).join('\n');
  const why = found.length === 0 ? 'nobody' : 'more than one person';
  throw new Error(`--as "${who}" matches ${why}. The Playground knows:\n${list}`);
}

/**
 * The configuration with `who` as the current user. The Playground wants exactly five other
 * users, so the previous current user takes `who`'s place among them; the personal chat gets
 * that person's own id so the bot never mixes two people's 1:1 chats.
 */
export function configAs(configText: string, who: string): string {
  const config = parse(configText) as PlaygroundConfig;
  const people = [config.currentUser, ...config.users];
  const person = findPerson(people, who);
  const slug = fold(person.name).replace(/[^a-z0-9]+/g, '-');
  const others = people.filter((p) => p !== person);
  return stringify({
    ...config,
    currentUser: person,
    users: others,
    personalChat: { id: `personal-chat-${slug}` },
  });
}

/** How to start the Playground. */
export interface PlaygroundOptions {
  /** The bot's messaging endpoint. */
  endpoint: string;
  /** 0 for any free port; the Playground itself falls back to a random port when it is taken. */
  port: number;
  /** Who to play (see {@link findPerson}); default: the configuration's current user. */
  as?: string;
  /** The configuration file; default {@link PLAYGROUND_CONFIG}. */
  configFile?: string;
  /** Open the default browser on the Playground. */
  openBrowser: boolean;
  /** The child's environment (the Playground adds to it); tests pass `{}`. */
  env: Record<string, string | undefined>;
}

/** A running Playground. */
export interface RunningPlayground {
  readonly url: string;
  readonly port: number;
  readonly person: PlaygroundPerson;
  /** The Playground's own log (it writes nothing useful to stdout). */
  readonly logFile: string;
  /** Resolves with the exit code when the process ends, for whatever reason. */
  readonly exited: Promise<number | null>;
  stop(): Promise<void>;
}

const READY_MS = 30_000;

/** Starts the Playground in a temp folder holding the configuration; resolves once it listens. */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  const configText = await readFile(options.configFile ?? PLAYGROUND_CONFIG, 'utf8');
  const text = options.as ? configAs(configText, options.as) : configText;
  const [person] = peopleOf(text);
  if (!person) throw new Error('The Playground configuration has no currentUser.');
  // It reads `.m365agentsplayground.yml` from, and logs under, its working folder.
  const dir = await mkdtemp(join(tmpdir(), 'jlp-playground-'));
  await writeFile(join(dir, '.m365agentsplayground.yml'), text);
  const logFile = join(dir, 'playground.log');
  const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  const args = ['-e', options.endpoint, '-c', 'msteams', '-p', String(options.port)];
  // The Playground leaves when this process does, even killed (a test runner's teardown).
  const watchdog = `setInterval(()=>{if(process.ppid!==${process.pid})process.exit(0)},1000).unref()`;
  const preload = `data:text/javascript,${encodeURIComponent(watchdog)}`;
  const child = spawn(
    process.execPath,
    ['--import', preload, cli, ...args, '--disable-telemetry'],
    {
      cwd: dir,
      env: {
        ...options.env,
        M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
        TEAMSAPPTESTER_BROWSER: options.openBrowser ? '' : 'none',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const cleanUp = () => rm(dir, { recursive: true, force: true });
  let port: number;
  try {
    port = await listeningPort(child, exited, logFile);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    await cleanUp();
    throw error;
  }
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    await cleanUp();
  };
  return { url: `http://localhost:${port}`, port, person, logFile, exited, stop };
}

/** Waits for `Listening on <port>`, the one line the Playground prints when not on a TTY. */
async function listeningPort(
  child: ChildProcess,
  exited: Promise<number | null>,
  logFile: string,
): Promise<number> {
  let output = '';
  const ready = new Promise<number>((resolve) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Listening on (\d+)/.exec(output);
      if (match?.[1]) resolve(Number(match[1]));
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  });
  let timer: NodeJS.Timeout | undefined;
  const failed = Promise.race([
    exited.then((code) => `exited with code ${String(code)}`),
    new Promise<string>((resolve) => (timer = setTimeout(resolve, READY_MS, 'did not start'))),
  ]).then(async (why) => {
    const log = await readFile(logFile, 'utf8').catch(() => '');
    throw new Error(`The Playground ${why}.\n${output}${log}`);
  });
  try {
    return await Promise.race([ready, failed]);
  } finally {
    clearTimeout(timer);
  }
}

/** True when the bot answers `GET /healthz` at the endpoint's origin. */
export async function botIsUp(endpoint: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('/healthz', endpoint), {
      signal: AbortSignal.timeout(2_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      as: { type: 'string' },
      port: { type: 'string', default: String(DEFAULT_PLAYGROUND_PORT) },
      endpoint: { type: 'string', default: localEndpoint(process.env) },
      'no-open': { type: 'boolean', default: false },
    },
  });
  if (!(await botIsUp(values.endpoint))) {
    console.warn(
      `The bot does not answer at ${values.endpoint}: start it (npm start), or use npm run dev.`,
    );
  }
  const playground = await startPlayground({
    endpoint: values.endpoint,
    port: Number(values.port),
    ...(values.as ? { as: values.as } : {}),
    openBrowser: !values['no-open'],
    env: process.env,
  });
  console.log(`Microsoft 365 Agents Playground: ${playground.url}`);
  console.log(`  playing ${playground.person.name}, bot ${values.endpoint}, channel msteams`);
  console.log(`  its log: ${playground.logFile}   (Ctrl+C to stop)`);
  const stop = () => void playground.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const code = await playground.exited;
  await playground.stop(); // removes its temp folder
  process.exitCode = code ?? 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
