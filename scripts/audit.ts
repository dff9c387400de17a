import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/**
 * `npm audit --omit=dev` with the project's rule: a high or critical finding in a runtime
 * dependency fails (exit 1). When the registry's audit endpoint cannot be reached or refuses
 * the query (some mirrors and proxies answer 405), the audit did not happen: that is said
 * loudly and exits 2 unless `--allow-unavailable` is given, so a skipped audit never reads as
 * a clean one.
 */
interface AuditReport {
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[] }>;
  statusCode?: number;
  message?: string;
  error?: { summary?: string };
}

async function audit(): Promise<AuditReport> {
  try {
    const { stdout } = await promisify(execFile)('npm', ['audit', '--omit=dev', '--json'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(stdout) as AuditReport;
  } catch (error) {
    // npm exits 1 when it finds anything; its JSON report is still on stdout.
    const stdout = (error as { stdout?: string }).stdout ?? '';
    if (stdout.trim().startsWith('{')) return JSON.parse(stdout) as AuditReport;
    throw error;
  }
}

async function main(): Promise<number> {
  const allowUnavailable = process.argv.includes('--allow-unavailable');
  const report = await audit();
  const counts = report.metadata?.vulnerabilities;
  if (!counts) {
    const why = report.message ?? report.error?.summary ?? 'no report';
    console.error(`npm audit did not run: ${why}. Dependencies were NOT audited.`);
    return allowUnavailable ? 0 : 2;
  }
  const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) =>
    ['high', 'critical'].includes(v.severity),
  );
  console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`);
  for (const [name, v] of serious) console.error(`${v.severity}: ${name}`);
  return serious.length > 0 ? 1 : 0;
}

process.exitCode = await main();
