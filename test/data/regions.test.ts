import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { REGION_IDS, REGIONS, isRegionId, regionById } from '../../src/data/regions.js';

describe('regions', () => {
  it('are the six of SPEC.md, in order', () => {
    expect(REGION_IDS).toEqual(['atlantic', 'quebec', 'ncr', 'ontario', 'prairies-north', 'bc-yukon']);
    expect(REGIONS.map((r) => r.id)).toEqual([...REGION_IDS]);
  });

  it('have names in both languages and a valid IANA default zone', () => {
    expect(regionById('ncr')?.name).toEqual({
      en: 'National Capital Region',
      fr: 'Région de la capitale nationale',
    });
    expect(regionById('bc-yukon')?.name.fr).toBe('Colombie-Britannique et Yukon');
    expect(REGIONS.map((r) => r.defaultTimeZone)).toEqual([
      'America/Halifax',
      'America/Toronto',
      'America/Toronto',
      'America/Toronto',
      'America/Winnipeg',
      'America/Vancouver',
    ]);
    for (const region of REGIONS) expect(IANAZone.isValidZone(region.defaultTimeZone)).toBe(true);
  });

  it('recognise only exact ids', () => {
    expect(isRegionId('prairies-north')).toBe(true);
    expect(isRegionId('NCR')).toBe(false);
    expect(isRegionId('yukon')).toBe(false);
    expect(isRegionId(3)).toBe(false);
    expect(regionById('nowhere')).toBeUndefined();
  });
});
