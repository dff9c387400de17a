import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}

/** The parts of a V8 `.cpuprofile` this reads. */
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self time of one function (or one package) within the profiled window. */
export interface SelfTime {
  name: string;
  where: string;
  ms: number;
  /** Share of the window's busy (non-idle) samples, 0–1. */
  share: number;
}

/** The top self-time functions and packages of a profile window. */
export interface ProfileSummary {
  functions: SelfTime[];
  packages: SelfTime[];
  busyMs: number;
  idleMs: number;
}

/** `src/…`, `node_modules/<package>`, `node:…` or V8's own (garbage collector, program). */
function where(url: string, root: string): { file: string; pkg: string } {
  const path = url.replace(/^file:\/\//, '').replace(`${root}/`, '');
  if (path === '') return { file: '(V8)', pkg: '(V8)' };
  if (path.startsWith('node:')) return { file: path, pkg: 'node: (core)' };
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (nm) return { file: path.slice(path.lastIndexOf('node_modules/') + 13), pkg: nm[1] ?? '' };
  return { file: path, pkg: path.split('/').slice(0, 2).join('/') };
}

/** The path of the one `.cpuprofile` in `dir`. */
export function profileFile(dir: string): string {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile in ${dir}`);
  return join(dir, file);
}

/** Reads a `.cpuprofile`. */
export function readProfile(file: string): CpuProfile {
  return JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
}

/**
 * The line a function of ours is declared on. Code loaded through tsx reports positions in its
 * transpiled form, so the declaration is looked up in the source instead.
 */
function sourceLine(root: string, file: string, name: string): string {
  if (!file.startsWith('src/') || !/^[A-Za-z_$][\w$]*$/.test(name)) return '';
  try {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    // A function declaration first, then an arrow or a method (a call site may come earlier).
    const patterns = [
      new RegExp(`function\\*?\\s+${name}\\b`),
      new RegExp(`\\b(const|let)\\s+${name}\\s*[=:]`),
      new RegExp(`^\\s*(async\\s+|private\\s+|static\\s+)*${name}\\s*[(<]`),
    ];
    for (const pattern of patterns) {
      const index = lines.findIndex((l) => pattern.test(l));
      if (index >= 0) return `:${String(index + 1)}`;
    }
    return '';
  } catch {
    return '';
  }
}

/**
 * Self time per function and per package of the samples taken between `fromUs` and `toUs`
 * (the profile's monotonic microseconds, as `process.hrtime` counts them), so start-up is left out.
 */
export function summarise(
  profile: CpuProfile,
  window: { fromUs: number; toUs: number },
  root: string,
  top = 5,
): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const functions = new Map<string, SelfTime>();
  const packages = new Map<string, SelfTime>();
  let at = profile.startTime;
  let busy = 0;
  let idle = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    // A sample stands for the time until the next one.
    const us = profile.timeDeltas[i + 1] ?? 0;
    if (at < window.fromUs || at > window.toUs) return;
    const frame = byId.get(id);
    if (!frame || frame.functionName === '(idle)') {
      idle += us;
      return;
    }
    busy += us;
    const place = where(frame.url, root);
    const name = frame.functionName || '(anonymous)';
    const key = `${name} ${place.file}:${String(frame.lineNumber)}`;
    const lineNote = place.file.startsWith('src/')
      ? sourceLine(root, place.file, name)
      : frame.lineNumber >= 0
        ? `:${String(frame.lineNumber + 1)}`
        : '';
    const fn = functions.get(key) ?? { name, where: `${place.file}${lineNote}`, ms: 0, share: 0 };
    fn.ms += us / 1000;
    functions.set(key, fn);
    const pkg = packages.get(place.pkg) ?? { name: place.pkg, where: '', ms: 0, share: 0 };
    pkg.ms += us / 1000;
    packages.set(place.pkg, pkg);
  });
  const rank = (m: Map<string, SelfTime>) =>
    [...m.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top)
      .map((s) => ({ ...s, share: busy > 0 ? s.ms / (busy / 1000) : 0 }));
  return {
    functions: rank(functions),
    packages: rank(packages),
    busyMs: busy / 1000,
    idleMs: idle / 1000,
  };
}
