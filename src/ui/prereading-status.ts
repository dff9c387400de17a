import type { Deps } from '../deps.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { Session } from '../store/session-types.js';

/** Pre-reading delivery for one session: who got it, who is waiting, who failed, who read it. */
export interface PrereadingStatus {
  delivered: number;
  pending: number;
  failed: string[];
  read: number;
}

const RANK: Record<string, number> = { sent: 3, pending: 2, failed: 1 };

/** Counts per person (their best delivery counts once), naming those who could not be reached. */
export async function prereadingStatus(
  deps: Pick<Deps, 'store'>,
  session: Session,
): Promise<PrereadingStatus> {
  const deliveries = await deps.store.deliveries.byKeyPrefix(`prereading:${session.id}:`);
  const best = new Map<string, string>();
  for (const d of deliveries) {
    const current = best.get(d.recipientAadId);
    if (!current || (RANK[d.state] ?? 0) > (RANK[current] ?? 0))
      best.set(d.recipientAadId, d.state);
  }
  const { read, unread } = await deps.store.registrations.readers(session.id);
  const names = new Map([...read, ...unread].map((p) => [p.aadObjectId, p.name]));
  const states = [...best.entries()];
  return {
    delivered: states.filter(([, s]) => s === 'sent').length,
    pending: states.filter(([, s]) => s === 'pending').length,
    failed: states.filter(([, s]) => s === 'failed').map(([id]) => names.get(id) ?? id),
    read: read.length,
  };
}

/** The status as one line (and the names of those not reached), in a language. */
export function prereadingStatusLines(status: PrereadingStatus, language: Language): string[] {
  const t = stringsFor(language);
  const line = format(t.prereading.status, {
    delivered: status.delivered,
    pending: status.pending,
    failed: status.failed.length,
    read: status.read,
  });
  return status.failed.length > 0
    ? [line, format(t.prereading.failedNames, { names: status.failed.join(', ') })]
    : [line];
}
