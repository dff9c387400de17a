import type { Row, TableChange } from './store-diff.js';

/**
 * Whether one table's change is something `verb` may legitimately do for the person pressing it
 * (`presser`), given every change of the press (`all`): only ever their own rows. Anything not
 * listed here (another person's request, a session, a poll, a meeting link…) must not change.
 */
export function allowed(
  verb: string,
  presser: string,
  change: TableChange,
  all: readonly TableChange[],
): boolean {
  const own = (row: Row, column: string) => row[column] === presser;
  const rows = [...change.added, ...change.removed];
  const created = new Set(
    all.filter((c) => c.table === 'requests').flatMap((c) => c.added.map((row) => row.id)),
  );
  switch (change.table) {
    case 'people':
      // Every turn remembers its sender (and language.set their language).
      return rows.every((row) => own(row, 'aad_object_id'));
    case 'registrations':
      // Joining or leaving registers or withdraws the presser themself, nobody else.
      return (
        ['registration.join', 'registration.leave', 'prereading.ack'].includes(verb) &&
        rows.every((row) => own(row, 'aad_object_id'))
      );
    case 'requests':
      // request.submit with a valid form creates the presser's own request, whatever ids ride along.
      return (
        verb === 'request.submit' &&
        change.removed.length === 0 &&
        change.added.every((row) => own(row, 'requester_aad_id'))
      );
    case 'reference_counters':
      return verb === 'request.submit' && created.size > 0;
    case 'deliveries':
      // ... and tells the region's coordinators about it: about that request, nothing else.
      return (
        verb === 'request.submit' &&
        change.removed.length === 0 &&
        change.added.every((row) => {
          const payload = JSON.parse(String(row.payload)) as { requestId?: unknown };
          return created.has(payload.requestId);
        })
      );
    case 'audit_log':
      return (
        ['registration.join', 'registration.leave', 'request.submit'].includes(verb) &&
        change.removed.length === 0 &&
        change.added.every((row) => own(row, 'actor_aad_id'))
      );
    default:
      return false;
  }
}
