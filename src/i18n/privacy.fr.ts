import type { Strings } from './en.js';

/** French strings of Privacy Act exports and erasures (see `privacy.en.ts`). To be reviewed by a certified translator. */
export const privacyFr: Strings['privacy'] = {
  usage:
    'Pour répondre à une demande présentée en vertu de la Loi sur la protection des renseignements personnels, tapez « confidentialité exporter » ou « confidentialité effacer » suivi de l’identifiant d’objet Azure AD de la personne, p. ex. confidentialité exporter 00000000-0000-4000-8000-000000000000.',
  personalOnly:
    'Les renseignements personnels ne sont affichés que dans notre conversation privée : tapez cette commande là, pas dans une conversation de groupe ou de réunion.',
  exportTitle: 'Renseignements personnels détenus sur {id}',
  exportPage: 'Renseignements personnels détenus sur {id} (suite, {page} de {pages})',
  exportIntro:
    'Tout ce que Conversations PAM détient sur cette personne, au {date}. Cette extraction est consignée dans le journal d’audit.',
  feedbackNote:
    'Les réponses aux sondages sont anonymes : elles sont conservées sans identifiant et ne peuvent être reliées à personne. Elles ne font donc pas partie de cette extraction et ne peuvent pas être effacées pour une personne.',
  none: 'Aucun',
  person: 'Profil',
  personFacts:
    'Nom : {name} · Langue : {language} · Fuseau horaire : {zone} · Vu pour la dernière fois : {date}',
  reachable: 'Référence de conversation conservée : {value}',
  roster: 'Inscriptions au répertoire',
  rosterFacts: 'Rôle : {role} · Partie : {side} · Région : {region} · Actif : {active}',
  requests: 'Demandes',
  registrations: 'Inscriptions aux séances',
  registrationFacts: 'État : {status} · Inscription : {date} · Lecture préalable lue : {read}',
  deliveries: 'Messages qui lui sont adressés',
  deliveryFacts: '{kind} · {state} · mis en file le {date} · envoyé le {sent}',
  audit: 'Entrées du journal d’audit faites par cette personne',
  auditFacts: '{date} · {action} · {entity} {entityId}',
  yes: 'oui',
  no: 'non',
  notSet: 'non défini',
  eraseTitle: 'Effacer les renseignements personnels de {id} ?',
  eraseBody:
    'Cette opération anonymise ses demandes (le nom, le ministère, les besoins d’accessibilité, les notes et l’identifiant sont retirés ; la référence, le sujet, la région et les dates restent pour les statistiques du programme), supprime ses inscriptions, son profil et sa référence de conversation, ainsi que les messages qui lui sont adressés ; les entrées du journal d’audit faites par cette personne ne la nomment plus. Elle est irréversible.',
  rosterNote:
    'Le répertoire est géré par les administrateurs : l’effacement ne le modifie pas. Retirez ou désactivez cette personne dans le répertoire si elle n’y a plus de rôle.',
  eraseConfirm: 'Effacer',
  erasedTitle: 'Renseignements personnels de {id} effacés',
  erasedBody:
    'Effacés le {date} : {requests} demandes anonymisées, {registrations} inscriptions, {people} profil et {deliveries} messages supprimés, {audit} entrées du journal d’audit faites par cette personne ne la nomment plus. Le journal d’audit consigne cet effacement.',
  notAllowed:
    'Seuls les administrateurs du programme peuvent répondre aux demandes relatives à la protection des renseignements personnels.',
};
