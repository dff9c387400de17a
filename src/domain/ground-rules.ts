/*
 * The ground rules facilitators go over in the welcome block. Participants say what they value
 * most in the series is "being able to share sometimes sensitive topics in a safe discussion
 * space" (seed deck); these rules are what makes the space safe.
 *
 * French: U+00A0 before ":" and inside « », U+202F before "?", "!" and ";", typographic
 * apostrophes, as in src/i18n/fr.ts. Item n of one list is item n of the other.
 */

const EN: readonly string[] = [
  'Confidentiality: what is said here stays here. Share what you learned, not who said it.',
  'Speak for yourself: say “I” and share your own experience, not someone else’s.',
  'Listen to understand, not to reply.',
  'Respect differences: every experience and point of view has a place here.',
  'One voice at a time: raise your hand in Teams and let people finish.',
  'The right to pass: nobody has to speak or answer a question.',
  'Assume good intent, and remember that impact matters: if a comment hurts, say so respectfully; if you are told one of yours did, listen.',
  'Union and management participate as equals: here we are all colleagues, whatever our role or level.',
];

const FR: readonly string[] = [
  'Confidentialité\u00a0: ce qui se dit ici reste ici. On partage ce qu’on a appris, pas qui l’a dit.',
  'Parler en son nom\u00a0: dites «\u00a0je\u00a0» et parlez de votre propre expérience, pas de celle des autres.',
  'Écouter pour comprendre, et non pour répondre.',
  'Respecter les différences\u00a0: chaque expérience et chaque point de vue ont leur place ici.',
  'Une personne parle à la fois\u00a0: levez la main dans Teams et laissez les autres terminer.',
  'Le droit de passer son tour\u00a0: personne n’est tenu de prendre la parole ni de répondre à une question.',
  'Présumer la bonne foi, tout en reconnaissant que l’effet de nos paroles compte\u00a0: si un propos blesse, dites-le avec respect\u202f; si l’on vous dit qu’un de vos propos a blessé, écoutez.',
  'Le syndicat et la direction participent sur un pied d’égalité\u00a0: ici, nous sommes toutes et tous des collègues, quels que soient notre rôle ou notre niveau.',
];

/**
 * The ground rules of a safe discussion space, in English and Canadian French, item for item:
 * confidentiality, speaking for oneself, listening to understand, respecting differences, one
 * voice at a time, the right to pass, good intent and impact, and union and management as
 * equals. Independent of i18n so the agenda card and any print-out share one text.
 */
export const GROUND_RULES: { readonly en: readonly string[]; readonly fr: readonly string[] } =
  Object.freeze({ en: Object.freeze([...EN]), fr: Object.freeze([...FR]) });
