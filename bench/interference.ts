import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** CPU time counters (in clock ticks) at one moment. */
export interface CpuSnapshot {
  /** Every CPU's busy ticks, all processes. */
  busy: number;
  /** Every CPU's ticks, busy or idle. */
  total: number;
  /** The bench's own ticks: this process, its live children, and its reaped ones. */
  ours: number;
}

/** utime, stime, cutime and cstime of a process (fields 14–17 of /proc/<pid>/stat). */
function ticksOf(pid: number | 'self', withReaped: boolean): number {
  try {
    const stat = readFileSync(`/proc/${String(pid)}/stat`, 'utf8');
    // Fields after the parenthesised command name, which may itself hold spaces.
    const fields = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    const own = (fields[11] ?? 0) + (fields[12] ?? 0);
    return withReaped ? own + (fields[13] ?? 0) + (fields[14] ?? 0) : own;
  } catch {
    // The child has just exited: its time now shows in our reaped counters.
    return 0;
  }
}

/** Reads /proc/stat and the bench's processes (Linux); zeros elsewhere. */
export function cpuSnapshot(children: readonly number[] = []): CpuSnapshot {
  try {
    const line = /^cpu\s+(.+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1] ?? '';
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] =
      line.split(/\s+/).map(Number);
    const busy = user + nice + system + irq + softirq + steal;
    const ours = ticksOf('self', true) + children.reduce((s, pid) => s + ticksOf(pid, false), 0);
    return { busy, total: busy + idle + iowait, ours };
  } catch {
    return { busy: 0, total: 0, ours: 0 };
  }
}

/** How many cores other processes kept busy, on average, between two snapshots. */
export function otherCores(before: CpuSnapshot, after: CpuSnapshot): number {
  const total = after.total - before.total;
  if (total <= 0) return NaN;
  const others = after.busy - before.busy - (after.ours - before.ours);
  return Math.max(0, (others / total) * availableParallelism());
}

/**
 * Waits until other processes have used less than `cores` for two seconds running, or `maxMs`
 * has passed; returns how long it waited and how busy the others were at the end.
 */
export async function awaitQuiet(
  children: () => readonly number[],
  maxMs: number,
  cores = 0.25,
): Promise<{ waitedMs: number; others: number }> {
  const start = performance.now();
  for (;;) {
    const before = cpuSnapshot(children());
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const others = otherCores(before, cpuSnapshot(children()));
    const waitedMs = performance.now() - start;
    if (!(others >= cores) || waitedMs >= maxMs) return { waitedMs, others };
  }
}
