import type { ChildProcess } from 'node:child_process';
import { awaitQuiet, cpuSnapshot, otherCores } from './interference.js';

/** What the orchestrator lends each figure: a progress log, and a way to run a round. */
export interface Hooks {
  progress: (line: string) => void;
  /**
   * Runs one measured round: first waits (bounded) for other processes on the machine to
   * quieten, then notes how many cores they kept busy during the round.
   */
  round: <T>(run: () => Promise<T>) => Promise<T>;
  /** Hands a process the figure spawned to the orchestrator, which kills it if the run overruns. */
  adopt: (child: ChildProcess) => void;
}

/** Hooks that log to stderr, note other processes' load per round into `others`, and adopt. */
export function makeHooks(processes: ChildProcess[], quietMaxMs: number, others: number[]): Hooks {
  const children = () =>
    processes.filter((p) => p.exitCode === null && p.pid !== undefined).map((p) => p.pid ?? 0);
  const progress = (line: string) => process.stderr.write(`${line}\n`);
  return {
    progress,
    async round(run) {
      if (quietMaxMs > 0) {
        const quiet = await awaitQuiet(children, quietMaxMs);
        if (quiet.waitedMs > 2_500)
          progress(
            `  (waited ${(quiet.waitedMs / 1000).toFixed(0)} s for the machine to quieten; others at ${quiet.others.toFixed(2)} cores)`,
          );
      }
      const before = cpuSnapshot(children());
      const value = await run();
      others.push(otherCores(before, cpuSnapshot(children())));
      return value;
    },
    adopt(child) {
      processes.push(child);
    },
  };
}
