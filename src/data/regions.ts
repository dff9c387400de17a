/**
 * The program's six regions. They are code, not data: region ids travel in card payloads,
 * the store and the roster file, so adding one is a contract change, not an edit.
 */
export const REGION_IDS = ['atlantic', 'quebec', 'ncr', 'ontario', 'prairies-north', 'bc-yukon'] as const;

/** One of the six region ids. */
export type RegionId = (typeof REGION_IDS)[number];

/** A region, its names in both official languages and the time zone a form proposes first. */
export interface Region {
  readonly id: RegionId;
  readonly name: { readonly en: string; readonly fr: string };
  /**
   * The IANA zone most of the region's people work in, only a default: a session's own zone
   * is chosen per request (Newfoundland, Saskatchewan and Yukon differ from their region's).
   */
  readonly defaultTimeZone: string;
}

/** The six regions, in the order forms list them (east to west, the capital region third). */
export const REGIONS: readonly Region[] = [
  {
    id: 'atlantic',
    name: { en: 'Atlantic', fr: 'Atlantique' },
    defaultTimeZone: 'America/Halifax',
  },
  { id: 'quebec', name: { en: 'Québec', fr: 'Québec' }, defaultTimeZone: 'America/Toronto' },
  {
    id: 'ncr',
    name: { en: 'National Capital Region', fr: 'Région de la capitale nationale' },
    defaultTimeZone: 'America/Toronto',
  },
  { id: 'ontario', name: { en: 'Ontario', fr: 'Ontario' }, defaultTimeZone: 'America/Toronto' },
  {
    id: 'prairies-north',
    name: { en: 'Prairies and North', fr: 'Prairies et Nord' },
    defaultTimeZone: 'America/Winnipeg',
  },
  {
    id: 'bc-yukon',
    name: { en: 'British Columbia and Yukon', fr: 'Colombie-Britannique et Yukon' },
    defaultTimeZone: 'America/Vancouver',
  },
];

/**
 * Narrows untrusted input (a card value, a stored column) to a region id.
 *
 * @param value - anything
 * @returns true when `value` is exactly one of `REGION_IDS`
 */
export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && (REGION_IDS as readonly string[]).includes(value);
}

/**
 * Finds a region by id.
 *
 * @returns the region, or undefined for an unknown id
 */
export function regionById(id: string): Region | undefined {
  return REGIONS.find((region) => region.id === id);
}
