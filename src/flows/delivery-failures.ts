import type { Deps } from '../deps.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { Delivery } from '../store/delivery-store.js';
import type { BotApp } from '../teams/bot.js';

/** The delivery kind of "we could not reach someone" notices. */
export const DELIVERY_FAILED = 'delivery.failed';

async function regionOf(deps: Deps, delivery: Delivery): Promise<string | undefined> {
  const { sessionId, requestId } = delivery.payload as { sessionId?: unknown; requestId?: unknown };
  if (typeof sessionId === 'string') return (await deps.store.sessions.byId(sessionId))?.region;
  if (typeof requestId === 'string') return (await deps.store.requests.byId(requestId))?.region;
  return undefined;
}

/**
 * When a person cannot be reached for good (403: the app is not installed for them, or they
 * blocked it), the region's coordinators and the administrators are told, once per failure.
 */
async function tellStaff(deps: Deps, delivery: Delivery, reason: string): Promise<void> {
  if (delivery.kind === DELIVERY_FAILED) return;
  const region = await regionOf(deps, delivery);
  const staff = [
    ...(region ? await deps.store.roster.coordinatorsOf(region) : []),
    ...(await deps.store.roster.list('administrator')),
  ].filter((p) => p.aadObjectId !== delivery.recipientAadId);
  const ids = [...new Set(staff.map((p) => p.aadObjectId))];
  await deps.store.deliveries.enqueue(
    ids.map((id) => ({
      key: `failed:${delivery.id}:${id}`,
      recipientAadId: id,
      tenantId: delivery.tenantId,
      serviceUrl: delivery.serviceUrl,
      kind: DELIVERY_FAILED,
      payload: {
        recipient: delivery.recipientAadId,
        kind: delivery.kind,
        reason: reason.slice(0, 200),
      },
    })),
    deps.clock.now(),
  );
}

/** Registers the notice about people the bot cannot reach. */
export function register(_bot: BotApp, deps: Deps): void {
  deps.dispatcher.onFailure((delivery, reason) => tellStaff(deps, delivery, reason));
  deps.dispatcher.register(DELIVERY_FAILED, async (delivery) => {
    const { recipient, reason } = delivery.payload as { recipient: string; reason: string };
    const person = await deps.store.people.get(delivery.recipientAadId);
    const known = (await deps.store.people.get(recipient))?.name;
    const rostered = (await deps.store.roster.rolesOf(recipient))[0]?.name;
    const who = known ?? rostered ?? recipient;
    const language: Language = person?.language ?? 'en';
    const t = stringsFor(language);
    return deps.messageCard(
      language,
      t.failures.title,
      format(t.failures.body, { who, reason }),
      'attention',
    );
  });
}
