/** How the bench starts a bot child (`bench/bot-child.ts`), as its one argument (JSON). */
export interface BotChildInit {
  /** The environment handed to `startBot` (the child reads no `process.env`). */
  env: Record<string, string>;
  /** False turns the proactive-send pacer off (figure 1, see RESULTS.md). */
  pacer: boolean;
  /** An experiment, not the shipped app: shares `Intl.DateTimeFormat`s (`experiments.ts`). */
  intlCache?: boolean;
  /** An experiment, not the shipped app: prepares each SQL text once (`experiments.ts`). */
  stmtCache?: boolean;
  /** An experiment on the pacer, not the shipped app (see {@link PacerExperiment}). */
  pacerExperiment?: PacerExperiment;
  /** The dispatcher's poll interval; undefined keeps the production default. */
  pollMs?: number;
}

/**
 * Changes to the pacer's Teams limits, to try a fix without touching `src/`: `guardMs` lengthens
 * every window (so jitter cannot push a send into the previous one); `spacingMs` adds a window of
 * one request per `spacingMs` per tenant (so sends are spread out instead of sent in bursts).
 */
export interface PacerExperiment {
  guardMs: number;
  spacingMs: number;
}

/** Where seeded sessions' messages go from. */
export interface Origin {
  tenantId: string;
  serviceUrl: string;
}

/** The commands a bot child answers over IPC. */
export type BotCommand =
  /** A scheduled session of `topic` starting `startInMs` from now (negative: already begun). */
  | { cmd: 'seedSession'; topic: string; startInMs: number; origin: Origin }
  /** Opens the session's feedback poll through the real flow (`openPoll`). */
  | { cmd: 'openPoll'; sessionId: string; actor: string }
  /** How many anonymous answers the session has. */
  | { cmd: 'answers'; sessionId: string }
  /** Queues the session's pre-reading for `recipients` (no stored conversation), held back. */
  | { cmd: 'enqueuePrereading'; sessionId: string; recipients: string[]; origin: Origin }
  /** Makes the held-back deliveries whose key starts with `prefix` due now, and kicks. */
  | { cmd: 'release'; prefix: string }
  /** Counts the deliveries whose key starts with `prefix`, by state. */
  | { cmd: 'states'; prefix: string }
  /** The event loop's delay since the last ask (p99 and max, ms), to tell stalls from queueing. */
  | { cmd: 'loopDelay' }
  /** This process's monotonic clock in µs (a CPU profile's time base), to bound a window. */
  | { cmd: 'mark' }
  /** Stops the bot and exits (the CPU profile, if any, is written then). */
  | { cmd: 'stop' };

/** A command with the id its answer will carry. */
export type BotRequest = BotCommand & { id: number };

/** The answer to a {@link BotRequest}, or the child's first message. */
export type BotMessage =
  | { type: 'ready'; port: number }
  | { type: 'answer'; id: number; ok: true; result: unknown }
  | { type: 'answer'; id: number; ok: false; error: string };
