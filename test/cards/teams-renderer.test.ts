import { afterAll, describe, expect, it } from 'vitest';
import { casesOf, renderCase } from './cases.js';
import { openFixtureApp } from './fixture-app.js';
import { cardFixtures } from './fixtures.js';
import { teamsProblems } from './teams-validate.js';

const fx = await openFixtureApp();
afterAll(() => fx.close());

describe('the renderer check itself', () => {
  it('reports what Teams would refuse or ignore', () => {
    const problems = teamsProblems({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: 'x', color: 'Purple' },
        { type: 'Input.Text', id: 'a', isRequired: true },
        { type: 'Input.Text', id: 'a' },
        { type: 'Carousel.Page' },
      ],
      actions: Array.from({ length: 7 }, (_, i) => ({ type: 'Action.Submit', title: `${i}` })),
    });
    expect(problems.join('\n')).toMatch(/InvalidPropertyValue/);
    expect(problems.join('\n')).toMatch(/DuplicateId/);
    expect(problems.join('\n')).toMatch(/RequiredInputsShouldHaveLabel/);
    expect(problems.join('\n')).toMatch(/TooManyActions/);
    expect(problems.join('\n')).toMatch(/UnknownElementType|ElementTypeNotAllowed/);
  });
});

describe.each(casesOf(cardFixtures(fx)))('$label', (ref) => {
  it('parses and validates cleanly in Microsoft’s renderer with Teams’ host config', async () => {
    const { card } = await renderCase(fx, ref);
    expect(teamsProblems(card)).toEqual([]);
  });
});
