/**
 * Text a user could type (or a Teams display name could hold) that a careless card would
 * mangle: Markdown, template expressions, HTML, emoji, French accents and typography, and
 * lengths at the limits of SPEC.md (department 200, accessibility and notes 1,000).
 */

/** `text` repeated and cut to exactly `length` UTF-16 code units, as the limits count them. */
export function toLength(text: string, length: number): string {
  let out = text;
  while (out.length < length) out += ` ${text}`;
  // Never cut a surrogate pair in two: an emoji half is not text.
  let cut = out.slice(0, length);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = `${cut.slice(0, -1)}.`;
  return cut;
}

/** A display name a requester could have: accents, emoji, Markdown and an expression. */
export const HOSTILE_NAME =
  'Zoë-Léa Ñúñez O’Brien-Tremblay 🎉 **Admin** _dir._ ${t.app.name} [cliquez](https://evil.example)';

/** A department at the 200-character limit. */
export const HOSTILE_DEPARTMENT = toLength(
  '**Emploi** et _Développement_ social Canada — Direction générale « ${$root.t.lang.code} » <b>RH</b> # 🇨🇦 |a|b| ~~x~~',
  200,
);

/** Accessibility needs at the 1,000-character limit, written as a Markdown list and headings. */
export const HOSTILE_ACCESSIBILITY = toLength(
  [
    '# Besoins',
    '- Interprétation en LSQ et en ASL 🤟',
    '1. Pauses de 10 min toutes les heures',
    '2) Sous-titrage CART en français',
    '> Lecteur d’écran (NVDA) ; contraste élevé',
    '`code` et ***gras*** et [lien](javascript:alert(1))',
    '${json($root)} @{t.help.title} {{name}} \\escaped\\',
  ].join('\n'),
  1000,
);

/** Notes at the 1,000-character limit: expressions, HTML and emoji that must stay literal. */
export const HOSTILE_NOTES = toLength(
  'Réunion « hybride » 👩🏽‍💻 : ${t.lang.code} ${$root.t.errors.generic} <script>alert(1)</script> ' +
    '**pas en gras** _pas en italique_ ${if(true, "a", "b")} 100 % ; l’équipe de l’Outaouais',
  1000,
);
