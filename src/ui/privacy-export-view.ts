import type { AdaptiveCard } from '../cards/render.js';
import { escapeMarkdown } from '../cards/markdown.js';
import type { Deps } from '../deps.js';
import { format, stringsFor, type Language } from '../i18n/i18n.js';
import type { Strings } from '../i18n/en.js';
import { formatDateTimeWithZone } from '../domain/time-format.js';
import { preferredSlot } from './request-view.js';
import type { PersonData } from '../store/person-export.js';

/** Roughly how much data one card holds, well under Teams' 28 KB once templated. */
const CARD_BUDGET = 12_000;

/** One line or one fact list of an export, under its section's heading. */
interface Unit {
  heading: string;
  line?: string;
  facts?: { title: string; value: string }[];
}

interface Section {
  heading: string;
  lines: string[];
  items: { facts: { title: string; value: string }[] }[];
}

/** An instant as the reader's language writes it, in UTC (the store's own clock). */
const stamp = (iso: string | null | undefined, language: Language): string =>
  iso
    ? formatDateTimeWithZone(new Date(iso), 'UTC', language)
    : stringsFor(language).privacy.notSet;
const text = (value: string | number | null | undefined, t: Strings['privacy']): string =>
  value === null || value === undefined || value === '' ? t.notSet : escapeMarkdown(String(value));

/** Every line and fact list of an export, in order, each under its heading. */
function exportUnits(data: PersonData, language: Language): Unit[] {
  const s = stringsFor(language);
  const t = s.privacy;
  const lines = (heading: string, items: string[]): Unit[] =>
    items.length > 0 ? items.map((line) => ({ heading, line })) : [{ heading, line: t.none }];
  const p = data.person;
  return [
    ...lines(
      t.person,
      p
        ? [
            format(t.personFacts, {
              name: text(p.name, t),
              language: text(p.language, t),
              zone: text(p.time_zone, t),
              date: stamp(p.updated_at, language),
            }),
            format(t.reachable, { value: p.conversation_reference ? t.yes : t.no }),
          ]
        : [],
    ),
    ...lines(
      t.roster,
      data.roster.map((r) =>
        format(t.rosterFacts, {
          role: r.role,
          side: text(r.side, t),
          region: text(r.region, t),
          active: r.active ? t.yes : t.no,
        }),
      ),
    ),
    ...(data.requests.length === 0 ? lines(t.requests, []) : []),
    ...data.requests.map((r) => {
      const c = s.common;
      // The preferred time goes with each date, in the request's own zone, as its cards show it.
      const slot = (date: string) => preferredSlot(date, r.preferred_time, r.time_zone, language);
      const facts: [string, string | number | null][] = [
        [c.reference, r.reference],
        [c.status, r.status],
        [c.requester, r.requester_name],
        [c.topic, r.topic],
        [c.language, r.language],
        [c.region, r.region],
        [c.department, r.department],
        [c.participants, r.participants],
        [c.preferredDate, slot(r.preferred_date)],
        [c.alternateDate, r.alternate_date ? slot(r.alternate_date) : null],
        [c.timeZone, r.time_zone],
        [c.accessibility, r.accessibility],
        [c.notes, r.notes],
        [c.submitted, stamp(r.created_at, language)],
      ];
      return {
        heading: t.requests,
        facts: facts.map(([title, value]) => ({ title, value: text(value, t) })),
      };
    }),
    ...lines(
      t.registrations,
      data.registrations.map(
        (r) =>
          `${r.reference} · ${format(t.registrationFacts, {
            status: r.status,
            date: stamp(r.registeredAt, language),
            read: stamp(r.readAt, language),
          })}`,
      ),
    ),
    ...lines(
      t.deliveries,
      data.deliveries.map((d) =>
        format(t.deliveryFacts, {
          kind: d.kind,
          state: d.state,
          date: stamp(d.createdAt, language),
          sent: stamp(d.sentAt, language),
        }),
      ),
    ),
    ...lines(
      t.audit,
      data.audit.map((a) =>
        format(t.auditFacts, {
          date: stamp(a.at, language),
          action: a.action,
          entity: a.entity,
          entityId: a.entityId,
        }),
      ),
    ),
  ];
}

/** Packs units into cards' sections, a new card when the current one would grow too large. */
function pack(units: Unit[]): Section[][] {
  const cards: Section[][] = [[]];
  let size = 0;
  for (const unit of units) {
    const cost = JSON.stringify(unit).length + 200;
    let card = cards.at(-1) ?? [];
    if (size + cost > CARD_BUDGET && card.length > 0) {
      card = [];
      cards.push(card);
      size = 0;
    }
    size += cost;
    let section = card.at(-1);
    if (section?.heading !== unit.heading) {
      section = { heading: unit.heading, lines: [], items: [] };
      card.push(section);
    }
    if (unit.line !== undefined) section.lines.push(unit.line);
    if (unit.facts) section.items.push({ facts: unit.facts });
  }
  return cards;
}

/** The export, as one or more cards (a person with a long history fills several). */
export function exportCards(
  deps: Deps,
  data: PersonData,
  id: string,
  language: Language,
): AdaptiveCard[] {
  const s = stringsFor(language);
  const t = s.privacy;
  const date = deps.clock.now().toISOString().slice(0, 10);
  const pages = pack(exportUnits(data, language));
  return pages.map((sections, index) =>
    deps.cards.render('privacy', {
      t: s,
      title:
        index === 0
          ? format(t.exportTitle, { id })
          : format(t.exportPage, { id, page: index + 1, pages: pages.length }),
      notes: index === 0 ? [format(t.exportIntro, { date }), t.feedbackNote] : [],
      sections,
      target: '',
    }),
  );
}
