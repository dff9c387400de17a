import { z } from 'zod';
import { shortLabel } from './problems.js';
import { REGION_IDS, isRegionId } from './regions.js';

/** The two parties of the program; every session has one facilitator of each. */
export const SIDES = ['union', 'employer'] as const;
/** A party of the program. */
export type Side = (typeof SIDES)[number];

/** The official languages a facilitator may lead a session in. */
export const LANGUAGES = ['en', 'fr'] as const;
/** An official language. */
export type Language = (typeof LANGUAGES)[number];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * An Azure AD object id. Teams and the Azure portal differ in letter case, and permission
 * checks compare strings, so ids are stored in lower case.
 */
const aadObjectId = z
  .string()
  .trim()
  .toLowerCase()
  .regex(GUID, { error: 'must be an Azure AD object id, a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e' });

/** What every roster entry has. */
const person = {
  aadObjectId,
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().pipe(z.email().max(254)).optional(),
  /** An inactive person keeps their history but is offered nothing and notified of nothing. */
  active: z.boolean().default(true),
};

const languages = z
  .array(z.enum(LANGUAGES))
  .min(1)
  .superRefine(
    (list, ctx) => {
      list.forEach((language, index) => {
        if (list.indexOf(language) !== index) {
          ctx.addIssue({ code: 'custom', path: [index], message: `repeats "${language}"` });
        }
      });
    },
    { when: (payload) => Array.isArray(payload.value) },
  );

/** A co-director: sees every region and keeps the roster. */
export const rosterAdministratorSchema = z.strictObject(person);
/** A Regional Field Coordinator of one side in one region. */
export const rosterCoordinatorSchema = z.strictObject({
  ...person,
  side: z.enum(SIDES),
  region: z.enum(REGION_IDS),
});
/** A facilitator of one side, from one region, leading sessions in the languages listed. */
export const rosterFacilitatorSchema = z.strictObject({
  ...person,
  side: z.enum(SIDES),
  region: z.enum(REGION_IDS),
  languages,
});

/** Reads a field of an entry that may have failed validation. */
function field(entry: unknown, key: string): unknown {
  return typeof entry === 'object' && entry !== null
    ? (entry as Record<string, unknown>)[key]
    : undefined;
}

/** How problems name an entry: its name, else its id. */
export function rosterEntryLabel(entry: unknown): string | undefined {
  const name = field(entry, 'name');
  if (typeof name === 'string' && name.trim() !== '') return shortLabel(name);
  const id = field(entry, 'aadObjectId');
  return typeof id === 'string' && id.trim() !== '' ? shortLabel(id) : undefined;
}

function refer(list: string, index: number, entry: unknown): string {
  const label = rosterEntryLabel(entry);
  return label === undefined ? `${list}[${index}]` : `${list}[${index}] (${label})`;
}

/**
 * A list of entries in which one person appears once. The check runs even if some entry is
 * invalid (`when`), so a duplicate is reported with the other problems, not on the next try.
 */
function uniqueList<T extends z.ZodType>(list: string, entry: T) {
  return z
    .array(entry)
    .default([])
    .superRefine(
      (entries, ctx) => {
        const first = new Map<string, number>();
        (entries as unknown[]).forEach((item, index) => {
          const id = field(item, 'aadObjectId');
          if (typeof id !== 'string') return;
          const key = id.trim().toLowerCase();
          const earlier = first.get(key);
          if (earlier === undefined) first.set(key, index);
          else {
            ctx.addIssue({
              code: 'custom',
              path: [index, 'aadObjectId'],
              message: `duplicates ${refer(list, earlier, (entries as unknown[])[earlier])}`,
            });
          }
        });
      },
      { when: (payload) => Array.isArray(payload.value) },
    );
}

const coordinators = uniqueList('coordinators', rosterCoordinatorSchema).superRefine(
  (entries, ctx) => {
    // Each region has at most one active coordinator per side: notifications and the
    // "region's other coordinator" rule assume it. An inactive predecessor may stay listed.
    const seen = new Map<string, number>();
    (entries as unknown[]).forEach((item, index) => {
      const side = field(item, 'side');
      const region = field(item, 'region');
      // Entries with an invalid side or region are already reported; don't pile on.
      if (field(item, 'active') === false || !isRegionId(region)) return;
      if (side !== 'union' && side !== 'employer') return;
      const key = `${region}/${side}`;
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, index);
      else {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'region'],
          message: `${region} already has an active ${side} coordinator: ${refer('coordinators', earlier, (entries as unknown[])[earlier])}`,
        });
      }
    });
  },
  { when: (payload) => Array.isArray(payload.value) },
);

/** The roster file (`ROSTER_FILE`): every list is optional, and no region needs coordinators. */
export const rosterFileSchema = z.strictObject({
  administrators: uniqueList('administrators', rosterAdministratorSchema),
  coordinators,
  facilitators: uniqueList('facilitators', rosterFacilitatorSchema),
});

/** A validated roster file: ids in lower case, names trimmed, `active` filled in. */
export type RosterFile = z.infer<typeof rosterFileSchema>;
/** A roster file as written, before defaults and normalisation. */
export type RosterFileInput = z.input<typeof rosterFileSchema>;
/** A program administrator (co-director). */
export type RosterAdministrator = z.infer<typeof rosterAdministratorSchema>;
/** A Regional Field Coordinator. */
export type RosterCoordinator = z.infer<typeof rosterCoordinatorSchema>;
/** A facilitator. */
export type RosterFacilitator = z.infer<typeof rosterFacilitatorSchema>;
