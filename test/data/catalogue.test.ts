import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activeTopics, loadCatalogue, parseCatalogue, topicById } from '../../src/data/catalogue.js';
import { DataFileError } from '../../src/data/data-file-error.js';
import { frenchTypography } from '../../src/data/french-typography.js';
import { DEFAULT_CATALOGUE_PATH } from '../../src/data/paths.js';

/** The shipped file as raw JSON, to break in each test. */
function rawCatalogue(): Record<string, unknown> & { topics: Record<string, unknown>[] } {
  return JSON.parse(readFileSync(DEFAULT_CATALOGUE_PATH, 'utf8')) as ReturnType<
    typeof rawCatalogue
  >;
}

/** The problems a parse reports; fails the test if it parses. */
function problemsOf(json: unknown): readonly string[] {
  try {
    parseCatalogue(json, 'catalogue.json');
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return (error as DataFileError).problems;
  }
  throw new Error('expected the catalogue to be rejected');
}

describe('the shipped catalogue', () => {
  const catalogue = loadCatalogue(DEFAULT_CATALOGUE_PATH);

  it('has the six topics of SPEC.md, in its order, with its titles and durations', () => {
    expect(
      catalogue.topics.map((t) => [t.id, t.title.en, t.minMinutes, t.maxMinutes, t.active]),
    ).toEqual([
      ['grounding', 'Grounding Ourselves in Uncertain Times', 90, 120, true],
      ['returning', 'Returning to the Workplace: Now What?', 90, 120, true],
      ['anti-racism', "Anti-Racism: Let’s Talk!", 360, 360, true],
      ['mental-health', "Mental Health: Let’s Talk!", 180, 210, true],
      ['lmc', "Labour-Management Consultation: Let’s Talk!", 390, 420, true],
      ['collective-agreement', "Understanding the Collective Agreement: Let’s Talk!", 210, 240, true],
    ]);
  });

  it('gives only anti-racism a pre-reading: the Participant Guide, 1.5 h, 5 working days ahead', () => {
    const withReading = catalogue.topics.filter((t) => t.preReading !== null).map((t) => t.id);
    expect(withReading).toEqual(['anti-racism']);
    const reading = topicById(catalogue, 'anti-racism')?.preReading;
    expect(reading?.readingMinutes).toBe(90);
    expect(reading?.leadWorkingDays).toBe(5);
    expect(reading?.title.en).toContain("Let’s Talk About Antiracism");
    expect(reading?.title.fr).toContain("Parlons d’antiracisme");
    expect(reading?.url.en).toMatch(/^https:\/\/www\.canada\.ca\/en\//);
    expect(reading?.url.fr).toMatch(/^https:\/\/www\.canada\.ca\/fr\//);
    expect(reading?.note).toMatch(/placeholder/i);
  });

  it('has French for every objective, awaiting a certified translator', () => {
    for (const topic of catalogue.topics) {
      expect(topic.objectives.en.length).toBeGreaterThan(0);
      expect(topic.objectives.fr).toHaveLength(topic.objectives.en.length);
      expect(topic.translationReviewed).toBe(false);
    }
    expect(topicById(catalogue, 'grounding')?.objectives.en).toEqual([
      'Participants discuss their experiences and identify stressors',
      'Share tools for managing health during isolation',
      'Build stronger online connections, networks and relationships',
    ]);
  });

  it('names the series and the program in both languages', () => {
    expect(catalogue.series.en).toBe('Discussion Series: Empowering Conversations');
    expect(catalogue.series.fr).toBe('Série de discussions\u00A0: Conversations mobilisatrices');
    expect(catalogue.program).toEqual({
      en: 'Joint Learning Program (JLP)',
      fr: 'Programme d’apprentissage mixte (PAM)',
    });
    expect(topicById(catalogue, 'returning')?.title.fr).toBe(
      'Retour au lieu de travail\u00A0: et maintenant\u202F?',
    );
  });

  it('is written with the French spacing rule already applied in the file', () => {
    const frenchTexts: string[] = [];
    const collect = (value: unknown, key?: string): void => {
      if (key === 'url') return;
      if (Array.isArray(value)) {
        for (const item of value as unknown[]) collect(item, key);
      } else if (typeof value === 'object' && value !== null) {
        for (const [k, v] of Object.entries(value)) collect(v, k);
      } else if (typeof value === 'string' && key === 'fr') frenchTexts.push(value);
    };
    collect(rawCatalogue());
    expect(frenchTexts.length).toBeGreaterThan(30);
    for (const text of frenchTexts) {
      expect(frenchTypography(text)).toBe(text);
      expect(text, text).not.toMatch(/[^\u00A0]:\s/);
      expect(text, text).not.toMatch(/[^\u202F][!?;]/);
      expect(text, text).not.toMatch(/«[^\u00A0]|[^\u00A0]»/);
    }
  });

  it('finds topics by id and lists the active ones', () => {
    expect(topicById(catalogue, 'lmc')?.title.fr).toBe(
      'Consultation patronale-syndicale\u00A0: parlons-en\u202F!',
    );
    expect(topicById(catalogue, 'nope')).toBeUndefined();
    const retired = parseCatalogue(
      { ...rawCatalogue(), topics: rawCatalogue().topics.map((t, i) => ({ ...t, active: i > 0 })) },
      'test',
    );
    expect(activeTopics(retired).map((t) => t.id)).not.toContain('grounding');
    expect(topicById(retired, 'grounding')?.active).toBe(false);
  });
});

describe('parseCatalogue', () => {
  it('reports max < min with the topic path and id', () => {
    const json = rawCatalogue();
    Object.assign(json.topics[2] ?? {}, { maxMinutes: 300 });
    expect(problemsOf(json)).toEqual([
      'topics[2] (anti-racism).maxMinutes: must be ≥ minMinutes (360)',
    ]);
  });

  it('reports every problem at once, grouped by topic', () => {
    const json = rawCatalogue();
    json.version = 2;
    Object.assign(json.topics[0] ?? {}, { minMinutes: 20, colour: 'blue' });
    Object.assign(json.topics[1] ?? {}, { id: 'Returning Now' });
    Object.assign(json.topics[3] ?? {}, { id: 'grounding', maxMinutes: 500 });
    (json.topics[4] as { objectives: { fr: string[] } }).objectives.fr.pop();
    (json.topics[5] as { objectives: { en: string[] } }).objectives.en = [];
    (json.topics[2] as { preReading: { url: { fr: string } } }).preReading.url.fr =
      'http://www.canada.ca/fr/guide.html';
    (json.topics[2] as { title: { fr: string } }).title.fr = '   ';
    const problems = problemsOf(json);
    expect(problems).toEqual([
      'version: must be 1',
      'topics[0] (grounding).minMinutes: must be ≥ 30',
      'topics[0] (grounding): unknown field "colour"',
      'topics[1] (Returning Now).id: must be kebab-case (a-z, 0-9 and single hyphens), e.g. lmc',
      'topics[2] (anti-racism).title.fr: must not be empty',
      'topics[2] (anti-racism).preReading.url.fr: must be an https:// URL',
      'topics[3] (grounding).maxMinutes: must be ≤ 480',
      'topics[3] (grounding).id: duplicates topics[0]',
      'topics[4] (lmc).objectives.fr: must have as many objectives as en (3), has 2',
      'topics[5] (collective-agreement).objectives.en: must not be empty',
    ]);
    expect(() => parseCatalogue(json, 'my-catalogue.json')).toThrow(
      /^my-catalogue\.json: 10 problems\n {2}- version: must be 1\n/,
    );
  });

  it('names missing fields, wrong types and a catalogue with no active topic', () => {
    const json = rawCatalogue();
    json.topics = [{ id: 'solo', title: { en: 'Solo' }, minMinutes: '90', active: false }];
    delete json.series;
    expect(problemsOf(json)).toEqual([
      'series: is required',
      'topics[0] (solo).title.fr: is required',
      'topics[0] (solo).objectives: is required',
      'topics[0] (solo).minMinutes: must be a number',
      'topics[0] (solo).maxMinutes: is required',
      'topics: no topic is active',
    ]);
    expect(problemsOf([])).toEqual(['must be an object']);
    expect(problemsOf({ ...rawCatalogue(), topics: [] })).toEqual(['topics: must not be empty']);
  });

  it('rejects durations that are not whole minutes', () => {
    const json = rawCatalogue();
    Object.assign(json.topics[0] ?? {}, { maxMinutes: 100.5 });
    expect(problemsOf(json)).toEqual(['topics[0] (grounding).maxMinutes: must be a whole number']);
  });

  it('applies the French spacing rule to what an administrator types, and trims', () => {
    const json = rawCatalogue();
    json.topics.push({
      id: 'new-topic',
      title: { en: ' New: Topic! ', fr: 'Nouveau : sujet !' },
      objectives: { en: ['Ask why?'], fr: ['Demander pourquoi?'] },
      minMinutes: 60,
      maxMinutes: 60,
    });
    const topic = topicById(parseCatalogue(json, 'test'), 'new-topic');
    expect(topic?.title).toEqual({ en: 'New: Topic!', fr: 'Nouveau\u00A0: sujet\u202F!' });
    expect(topic?.objectives.fr).toEqual(['Demander pourquoi\u202F?']);
    expect(topic?.preReading).toBeNull();
    expect(topic?.active).toBe(true);
    expect(topic?.translationReviewed).toBe(false);
  });
});

describe('loadCatalogue', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jlp-catalogue-'));

  it('reports a missing file as a DataFileError naming the path', () => {
    const path = join(dir, 'missing.json');
    expect(() => loadCatalogue(path)).toThrow(DataFileError);
    expect(() => loadCatalogue(path)).toThrow(`${path}: 1 problem\n  - the file does not exist`);
  });

  it('reports invalid JSON as a DataFileError', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{ "version": 1, ');
    expect(() => loadCatalogue(path)).toThrow(/not valid JSON/);
  });

  it('accepts a file saved with a UTF-8 byte-order mark', () => {
    const path = join(dir, 'bom.json');
    writeFileSync(path, `\uFEFF${readFileSync(DEFAULT_CATALOGUE_PATH, 'utf8')}`);
    expect(loadCatalogue(path).topics).toHaveLength(6);
  });
});
