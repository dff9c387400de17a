import { readFileSync } from 'node:fs';
import { cpus, totalmem, platform, arch, release } from 'node:os';

/** One line describing the machine the figures were measured on. */
export function describeMachine(): string {
  let model = cpus()[0]?.model ?? 'unknown CPU';
  try {
    const line = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (line?.[1]) model = line[1].trim();
  } catch {
    // Not Linux: os.cpus() named it already.
  }
  const gib = (totalmem() / 1024 ** 3).toFixed(1);
  return `${model}, ${String(cpus().length)} cores, ${gib} GiB RAM, Node ${process.version}, ${platform()} ${release()} ${arch()}`;
}
