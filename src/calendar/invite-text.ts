import type { InviteInput, InviteLanguage } from './invite-types.js';

type Lang = 'en' | 'fr';

/** Both official languages' wording of an invitation (French spacing: no-break before `:`). */
const WORDING: Record<Lang, Record<string, string>> = {
  en: {
    reference: 'Reference: ',
    part: 'part {n} of {total}',
    objectives: 'Objectives:',
    facilitators: 'Facilitators: ',
    join: 'Join the meeting: ',
    zone: 'Times are shown in your own time zone.',
    cancelled: 'This session has been cancelled.',
  },
  fr: {
    reference: 'Référence\u00A0: ',
    part: 'partie {n} de {total}',
    objectives: 'Objectifs\u00A0:',
    facilitators: 'Animation\u00A0: ',
    join: 'Rejoindre la réunion\u00A0: ',
    zone: 'Les heures sont indiquées dans votre propre fuseau horaire.',
    cancelled: 'Cette séance a été annulée.',
  },
};

function word(lang: Lang, key: string): string {
  return WORDING[lang][key] ?? '';
}

/** The languages an invitation is written in, in the order they appear. */
export function languagesOf(language: InviteLanguage): Lang[] {
  return language === 'bilingual' ? ['en', 'fr'] : [language];
}

function partLabel(lang: Lang, index: number, total: number): string {
  return word(lang, 'part')
    .replace('{n}', String(index + 1))
    .replace('{total}', String(total));
}

/**
 * Normalises line breaks to `\n`: the `ics` library escapes `\n` and `\r\n` but would let a
 * lone `\r` through raw, which breaks the line structure of the file.
 */
export function plainText(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * The SUMMARY of a part: the title and the reference, plus "part n of m" for a two-part session
 * so the two calendar entries can be told apart. Bilingual: "English / français".
 */
export function summaryOf(input: InviteInput, index: number): string {
  const langs = languagesOf(input.language);
  const title = langs.map((lang) => input.title[lang]).join(' / ');
  const total = input.parts.length;
  const part = total > 1 ? `, ${langs.map((l) => partLabel(l, index, total)).join(' / ')}` : '';
  return plainText(`${title} (${input.reference}${part})`);
}

function facilitatorNames(input: InviteInput): string {
  return input.attendees
    .filter((person) => person.role === 'facilitator')
    .map((person) => person.name)
    .join(', ');
}

function descriptionBlock(input: InviteInput, index: number, lang: Lang): string {
  const total = input.parts.length;
  const lines: string[] = [];
  if (input.cancelled) lines.push(word(lang, 'cancelled'), '');
  lines.push(input.title[lang], `${word(lang, 'reference')}${input.reference}`);
  if (total > 1) lines.push(capitalise(partLabel(lang, index, total)));
  const objectives = input.objectives[lang];
  if (objectives.length > 0) {
    lines.push('', word(lang, 'objectives'), ...objectives.map((line) => `• ${line}`));
  }
  const names = facilitatorNames(input);
  lines.push('');
  if (names) lines.push(`${word(lang, 'facilitators')}${names}`);
  if (input.joinUrl && !input.cancelled) lines.push(`${word(lang, 'join')}${input.joinUrl}`);
  lines.push(word(lang, 'zone'));
  return lines.join('\n');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The DESCRIPTION of a part, in the invitation's language(s): the cancellation notice (when
 * cancelled), title, reference, part, objectives, facilitators, join link and a line saying
 * that times are shown in the reader's own zone (the file carries UTC; calendars convert).
 */
export function descriptionOf(input: InviteInput, index: number): string {
  const blocks = languagesOf(input.language).map((lang) => descriptionBlock(input, index, lang));
  return plainText(blocks.join('\n\n———\n\n'));
}

/** The LOCATION: the join link, or "Microsoft Teams" when the link is not known yet. */
export function locationOf(input: InviteInput): string {
  return input.joinUrl ?? 'Microsoft Teams';
}
