import { describe, expect, it } from 'vitest';
import { scrubComment } from '../../src/domain/feedback-scrub.js';

describe('scrubComment', () => {
  it.each<[string, string]>([
    ['Write me at jean.tremblay@tbs-sct.gc.ca please', 'Write me at [email] please'],
    ['Courriel : Hélène.Côté@canada.ca.', 'Courriel : [email].'],
    ["mailto:o'brien+jlp@psac-afpc.com", '[email]'],
    ['two: a@b.ca, c_d@e-f.org', 'two: [email], [email]'],
  ])('replaces the email address in %j', (text, expected) => {
    expect(scrubComment(text)).toBe(expected);
  });

  it.each<[string, string]>([
    ['Call 613-555-0123.', 'Call [phone].'],
    ['Call (613) 555-0123 today', 'Call [phone] today'],
    ['(613)555-0123', '[phone]'],
    ['613.555.0123', '[phone]'],
    ['613 555 0123', '[phone]'],
    ['6135550123', '[phone]'],
    ['+1 613 555 0123', '[phone]'],
    ['+1-613-555-0123', '[phone]'],
    ['+1 (613) 555-0123', '[phone]'],
    ['1-800-555-0199', '[phone]'],
    ['1 800 555 0199', '[phone]'],
    ['Tél. : 819 930-1313', 'Tél. : [phone]'],
    ['613-555-0123 ext. 4567', '[phone]'],
    ['613-555-0123 x123, then', '[phone], then'],
    ['613 555-0123, poste 2345', '[phone]'],
    ['613-555-0123 p. 12', '[phone]'],
    ['555-0123', '[phone]'],
    ['numéros : 514-951-9954 et 819-609-3087', 'numéros : [phone] et [phone]'],
  ])('replaces the phone number in %j', (text, expected) => {
    expect(scrubComment(text)).toBe(expected);
  });

  it.each<[string, string]>([
    ['See https://www.canada.ca/fr/guide.html?page=2.', 'See [link].'],
    ['(http://example.com/a_b)', '([link])'],
    ['www.psac-afpc.com/jlp', '[link]'],
    ['Mon profil : linkedin.com/in/jdoe', 'Mon profil : [link]'],
    ['Voir canada.ca, merci', 'Voir [link], merci'],
    ['« https://x.ca/y »', '« [link] »'],
    ['https://x.ca/?u=a@b.ca', '[link]'],
  ])('replaces the web address in %j', (text, expected) => {
    expect(scrubComment(text)).toBe(expected);
  });

  it.each([
    'The session on 2026-12-02 was great',
    'La séance de 13 h 30 à 15 h 45 était parfaite.',
    'From 9:00 to 11:30, 5 out of 5!',
    'Un budget de 1 234,5 $ ou 12 345 678 $',
    'Note : 4/5, soit 80 %.',
    'In 2025-2026 we held 1,350 discussions.',
    'Règles : écouter, respecter, s’engager; ça va.',
    'p. ex. la section 3.2 du guide',
    'Merci à Anne-Marie et à François.',
    'Version 1.5.2 et pages 12-14',
    'Les 10 et 11 décembre, 2 h 30 chacune.',
    'Le ratio était 3:1 et le score 4.5.',
  ])('leaves %j unchanged', (text) => {
    expect(scrubComment(text)).toBe(text);
  });

  it('keeps accents and trims', () => {
    expect(scrubComment('  Très apprécié : l’écoute, l’égalité.  ')).toBe(
      'Très apprécié : l’écoute, l’égalité.',
    );
  });

  it('scrubs everything in one comment and keeps the words around it', () => {
    expect(
      scrubComment('Écrivez à anne@x.ca ou au 613-555-0123, ou voir https://x.ca. Merci!'),
    ).toBe('Écrivez à [email] ou au [phone], ou voir [link]. Merci!');
  });
});
