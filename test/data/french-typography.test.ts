import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../src/data/data-file-error.js';
import { NBSP, NNBSP, frenchTypography } from '../../src/data/french-typography.js';

describe('frenchTypography', () => {
  it('puts a no-break space before a colon and a narrow one before ! ? ;', () => {
    expect(frenchTypography('Antiracisme : parlons-en !')).toBe(
      `Antiracisme${NBSP}: parlons-en${NNBSP}!`,
    );
    expect(frenchTypography('Et maintenant? Oui; non')).toBe(
      `Et maintenant${NNBSP}? Oui${NNBSP}; non`,
    );
    expect(frenchTypography('Quoi ?!')).toBe(`Quoi${NNBSP}?!`);
  });

  it('spaces guillemets with no-break spaces', () => {
    expect(frenchTypography('guide «Parlons d’antiracisme »')).toBe(
      `guide «${NBSP}Parlons d’antiracisme${NBSP}»`,
    );
  });

  it('is idempotent and leaves URLs and clock times alone', () => {
    const done = frenchTypography('Santé mentale : parlons-en!');
    expect(frenchTypography(done)).toBe(done);
    const text = 'Voir https://www.canada.ca/fr/guide.html?page=2 à 10:30.';
    expect(frenchTypography(text)).toBe(text);
  });
});

describe('DataFileError', () => {
  it('keeps the source and problems and lists them in its message', () => {
    const error = new DataFileError('roster.json', ['a: is required', 'b: must be ≥ 1']);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DataFileError');
    expect(error.source).toBe('roster.json');
    expect(error.problems).toEqual(['a: is required', 'b: must be ≥ 1']);
    expect(error.message).toBe('roster.json: 2 problems\n  - a: is required\n  - b: must be ≥ 1');
  });
});
