import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../src/data/data-file-error.js';
import { SAMPLE_ROSTER_PATH } from '../../src/data/paths.js';
import { REGION_IDS } from '../../src/data/regions.js';
import { loadRoster, parseRoster } from '../../src/data/roster.js';

const guid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const coordinator = (n: number, name: string, side: string, region: string) => ({
  aadObjectId: guid(n),
  name,
  side,
  region,
});

const facilitator = (n: number, name: string, languages: unknown = ['en', 'fr']) => ({
  aadObjectId: guid(n),
  name,
  side: 'union',
  region: 'ncr',
  languages,
});

/** The problems a parse reports; fails the test if it parses. */
function problemsOf(json: unknown): readonly string[] {
  try {
    parseRoster(json, 'roster.json');
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as DataFileError).problems;
  }
  throw new Error('expected the roster to be rejected');
}

describe('the sample roster', () => {
  const roster = loadRoster(SAMPLE_ROSTER_PATH);

  it('has a union and an employer co-director', () => {
    expect(roster.administrators).toHaveLength(2);
    expect(roster.administrators.every((a) => a.aadObjectId.startsWith('00000000-'))).toBe(true);
  });

  it('covers regions with both, one or no coordinators', () => {
    const sides = (region: string) =>
      roster.coordinators
        .filter((c) => c.region === region)
        .map((c) => c.side)
        .sort();
    expect(sides('ncr')).toEqual(['employer', 'union']);
    expect(sides('quebec')).toEqual(['employer', 'union']);
    expect(sides('ontario')).toEqual(['employer', 'union']);
    expect(sides('atlantic')).toEqual(['union']);
    expect(sides('prairies-north')).toEqual([]);
  });

  it('has facilitators of both sides, in several regions, en only, fr only and bilingual', () => {
    const { facilitators } = roster;
    expect(facilitators.length).toBeGreaterThanOrEqual(8);
    expect(new Set(facilitators.map((f) => f.side))).toEqual(new Set(['union', 'employer']));
    expect(new Set(facilitators.map((f) => f.region)).size).toBeGreaterThanOrEqual(5);
    const spoken = facilitators.map((f) => [...f.languages].sort().join('+'));
    expect(spoken).toContain('en');
    expect(spoken).toContain('fr');
    expect(spoken).toContain('en+fr');
    expect(facilitators.some((f) => f.email === undefined)).toBe(true);
    expect(facilitators.some((f) => !f.active)).toBe(true);
  });
});

describe('parseRoster', () => {
  it('normalises ids to lower case, trims names and fills in defaults', () => {
    const roster = parseRoster(
      {
        administrators: [{ aadObjectId: ' 0F8FAD5B-D9CB-469F-A165-70867728950E ', name: ' Ann ' }],
      },
      'test',
    );
    expect(roster).toEqual({
      administrators: [
        { aadObjectId: '0f8fad5b-d9cb-469f-a165-70867728950e', name: 'Ann', active: true },
      ],
      coordinators: [],
      facilitators: [],
    });
  });

  it('names the entry of a bad region, listing the regions', () => {
    const json = {
      coordinators: [
        coordinator(1, 'A', 'union', 'ncr'),
        coordinator(2, 'B', 'employer', 'ncr'),
        coordinator(3, 'C', 'union', 'quebec'),
        coordinator(4, 'Marie Tremblay', 'employer', 'Québec'),
      ],
    };
    expect(problemsOf(json)).toEqual([
      `coordinators[3] (Marie Tremblay).region: must be one of ${REGION_IDS.join(', ')}`,
    ]);
  });

  it('reports an id listed twice in one list, whatever its case', () => {
    const json = {
      facilitators: [
        facilitator(1, 'Aisha'),
        { ...facilitator(2, 'Luc'), aadObjectId: guid(1).toUpperCase() },
      ],
      // The same person may hold two roles.
      coordinators: [coordinator(1, 'Aisha', 'union', 'ncr')],
    };
    expect(problemsOf(json)).toEqual([
      'facilitators[1] (Luc).aadObjectId: duplicates facilitators[0] (Aisha)',
    ]);
  });

  it('allows one active coordinator per side and region', () => {
    const json = {
      coordinators: [
        coordinator(1, 'Old', 'union', 'ncr'),
        coordinator(2, 'New', 'union', 'ncr'),
        coordinator(3, 'Other side', 'employer', 'ncr'),
      ],
    };
    expect(problemsOf(json)).toEqual([
      'coordinators[1] (New).region: ncr already has an active union coordinator: coordinators[0] (Old)',
    ]);
    // A retired predecessor may stay listed.
    Object.assign(json.coordinators[0] ?? {}, { active: false });
    expect(parseRoster(json, 'test').coordinators).toHaveLength(3);
  });

  it('validates emails when present, names, ids and languages', () => {
    const json = {
      administrators: [
        { aadObjectId: guid(1), name: 'Ok', email: 'ok@psac-afpc.example' },
        { aadObjectId: guid(2), name: 'Bad mail', email: 'not-an-email' },
        { aadObjectId: 'user-42', name: 'x'.repeat(201) },
        { aadObjectId: guid(3), name: '' },
      ],
      facilitators: [
        facilitator(10, 'None', []),
        facilitator(11, 'Twice', ['fr', 'fr']),
        facilitator(12, 'German', ['de']),
        { ...facilitator(13, 'Extra'), side: 'management', phone: '555' },
      ],
    };
    expect(problemsOf(json)).toEqual([
      'administrators[1] (Bad mail).email: must be an email address',
      'administrators[2] (xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…).aadObjectId: must be an Azure AD object id, a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e',
      'administrators[2] (xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…).name: must be at most 200 characters',
      `administrators[3] (${guid(3)}).name: must not be empty`,
      'facilitators[0] (None).languages: must not be empty',
      'facilitators[1] (Twice).languages[1]: repeats "fr"',
      'facilitators[2] (German).languages[0]: must be one of en, fr',
      'facilitators[3] (Extra).side: must be one of union, employer',
      'facilitators[3] (Extra): unknown field "phone"',
    ]);
  });

  it('reports every problem of every list at once, and the message lists them all', () => {
    const json = {
      administrators: [{ name: 'No id' }],
      coordinators: [
        coordinator(1, 'A', 'union', 'atlantic'),
        { ...coordinator(1, 'B', 'union', 'atlantic'), email: 'b@' },
      ],
      facilitators: 'everyone',
      observers: [],
    };
    const problems = problemsOf(json);
    expect(problems).toEqual([
      'administrators[0] (No id).aadObjectId: is required',
      'coordinators[1] (B).email: must be an email address',
      'coordinators[1] (B).aadObjectId: duplicates coordinators[0] (A)',
      'coordinators[1] (B).region: atlantic already has an active union coordinator: coordinators[0] (A)',
      'facilitators: must be a list (a JSON array)',
      'unknown field "observers"',
    ]);
    try {
      parseRoster(json, 'roster.json');
    } catch (error) {
      const message = (error as Error).message;
      expect(message.startsWith('roster.json: 6 problems\n')).toBe(true);
      for (const problem of problems) expect(message).toContain(`  - ${problem}`);
    }
    expect(problemsOf([])).toEqual(['must be an object']);
  });
});

describe('loadRoster', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jlp-roster-'));

  it('reports a missing file and invalid JSON as DataFileErrors naming the path', () => {
    const missing = join(dir, 'nope.json');
    expect(() => loadRoster(missing)).toThrow(`${missing}: 1 problem\n  - the file does not exist`);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, "{ administrators: [] }");
    expect(() => loadRoster(broken)).toThrow(DataFileError);
    expect(() => loadRoster(broken)).toThrow(/^.*broken\.json: 1 problem\n {2}- not valid JSON: /);
  });
});
