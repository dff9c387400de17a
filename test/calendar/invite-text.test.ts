import { describe, expect, it } from 'vitest';
import { foldLine, unfold } from '../../src/calendar/fold.js';
import { buildInvite } from '../../src/calendar/invite.js';
import { parseInvite, sampleInput } from './ical.js';

const tricky = sampleInput({
  language: 'fr',
  title: {
    en: 'Understanding the Collective Agreement: Let’s Talk!',
    fr: 'Comprendre la convention collective\u00A0: parlons-en, ensemble; «\u00A0ça\u00A0» compte\u202F!',
  },
  objectives: {
    en: [],
    fr: [
      'Connaître ses droits, ses obligations; et le rôle du délégué syndical',
      'Première ligne\nDeuxième ligne\r\nTroisième ligne\rQuatrième ligne',
      'Chemin C:\\Dossiers\\Équipe — 100 % réussi',
    ],
  },
  attendees: [
    { name: 'Zoë Tremblay-Bélanger, fille', email: 'zoe@example.ca', role: 'facilitator' },
    { name: 'François Côté; Ph. D.', email: 'francois@example.gc.ca', role: 'facilitator' },
    { name: 'Renée Légaré', email: 'renee@example.gc.ca', role: 'requester' },
  ],
});

describe('invitation text survives a round trip', () => {
  const ics = buildInvite(tricky);
  const event = parseInvite(ics).events[0]!;

  it('keeps commas, semicolons, guillemets and accents in the summary', () => {
    expect(event.summary).toBe(`${tricky.title.fr} (JLP-2026-0042)`);
  });

  it('keeps the objectives, with line breaks normalised to \\n', () => {
    expect(event.description).toContain(
      '• Connaître ses droits, ses obligations; et le rôle du délégué syndical\n',
    );
    expect(event.description).toContain(
      '• Première ligne\nDeuxième ligne\nTroisième ligne\nQuatrième ligne\n',
    );
    expect(event.description).toContain('• Chemin C:\\Dossiers\\Équipe — 100 % réussi\n');
  });

  it('keeps the facilitators’ names and the attendees’ CN', () => {
    expect(event.description).toContain(
      'Animation\u00A0: Zoë Tremblay-Bélanger, fille, François Côté; Ph. D.\n',
    );
    expect(event.attendees.map((person) => person.cn)).toEqual([
      'Zoë Tremblay-Bélanger, fille',
      'François Côté; Ph. D.',
      'Renée Légaré',
    ]);
  });

  it('escapes text values as RFC 5545 says', () => {
    const unfolded = unfold(ics);
    expect(unfolded).toContain('parlons-en\\, ensemble\\; «');
    expect(unfolded).toContain('C:\\\\Dossiers\\\\Équipe');
    expect(unfolded).toContain('Première ligne\\nDeuxième ligne\\nTroisième ligne\\nQuatrième');
  });

  it('writes no physical line over 75 octets, continuing with one space', () => {
    const lines = ics.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(lines.some((line) => line.startsWith('\t'))).toBe(false);
    // The accents make these lines longer in octets than in characters: the case `ics` misses.
    const longest = Math.max(
      ...unfold(ics)
        .split('\r\n')
        .map((l) => Buffer.byteLength(l)),
    );
    expect(longest).toBeGreaterThan(150);
  });
});

describe('invitation wording by language', () => {
  const twoParts = [
    { startUtc: new Date('2026-05-05T13:00:00Z'), endUtc: new Date('2026-05-05T16:00:00Z') },
    { startUtc: new Date('2026-05-07T13:00:00Z'), endUtc: new Date('2026-05-07T16:30:00Z') },
  ];
  it.each([
    ['en', 'Mental Health: Let’s Talk! (JLP-2026-0042, part 2 of 2)'],
    ['fr', 'Santé mentale\u00A0: parlons-en\u202F! (JLP-2026-0042, partie 2 de 2)'],
    [
      'bilingual',
      'Mental Health: Let’s Talk! / Santé mentale\u00A0: parlons-en\u202F! (JLP-2026-0042, part 2 of 2 / partie 2 de 2)',
    ],
  ] as const)('%s summary', (language, summary) => {
    const events = parseInvite(buildInvite(sampleInput({ language, parts: twoParts }))).events;
    expect(events[1]!.summary).toBe(summary);
  });

  it.each([
    [
      'en',
      [
        'Reference: JLP-2026-0042',
        'Objectives:',
        '• Know where to find support',
        'Facilitators: Alex Union, Blair Employer',
        'Join the meeting: https://',
        'Times are shown in your own time zone.',
      ],
      'Référence',
    ],
    [
      'fr',
      [
        'Référence\u00A0: JLP-2026-0042',
        'Objectifs\u00A0:',
        '• Savoir où trouver du soutien',
        'Animation\u00A0: Alex Union, Blair Employer',
        'Rejoindre la réunion\u00A0: https://',
        'Les heures sont indiquées dans votre propre fuseau horaire.',
      ],
      'Reference:',
    ],
  ] as const)('%s description', (language, expected, absent) => {
    const description = parseInvite(buildInvite(sampleInput({ language }))).events[0]!.description;
    for (const text of expected) expect(description).toContain(text);
    expect(description).not.toContain(absent);
    expect(description).not.toContain('Robin Requester');
  });

  it('bilingual description is English, then French', () => {
    const description = parseInvite(buildInvite(sampleInput({ language: 'bilingual' }))).events[0]!
      .description;
    const english = description.indexOf('Times are shown in your own time zone.');
    const french = description.indexOf('Les heures sont indiquées');
    expect(english).toBeGreaterThan(-1);
    expect(french).toBeGreaterThan(english);
  });
});

describe('foldLine', () => {
  it.each([
    ['ASCII', 'x'.repeat(200)],
    ['two-octet accents', 'é'.repeat(100)],
    ['three-octet punctuation', '«\u00A0—\u202F»'.repeat(40)],
    ['four-octet characters', `a${'😀'.repeat(60)}`],
  ])('%s: ≤ 75 octets a line, no character split, unfolds to the input', (_name, line) => {
    const folded = foldLine(line);
    for (const physical of folded.split('\r\n')) {
      expect(Buffer.byteLength(physical)).toBeLessThanOrEqual(75);
      expect(physical).not.toMatch(/[\uD800-\uDFFF](?![\uDC00-\uDFFF])|^[\uDC00-\uDFFF]/u);
    }
    expect(unfold(folded)).toBe(line);
  });

  it('leaves a 75-octet line alone and folds a 76-octet one', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`);
  });
});
