import type { Strings } from './en.js';
import { meetingFr } from './meeting.fr.js';
import { privacyFr } from './privacy.fr.js';
import { adminFr } from './admin.fr.js';

/**
 * Every French string a user sees. Written by the team; to be reviewed by a certified
 * translator. Typography: a no-break space (U+00A0) before a colon and inside guillemets, a
 * narrow no-break space (U+202F) before a question mark, an exclamation mark and a semicolon.
 */
export const fr: Strings = {
  meeting: meetingFr,
  privacy: privacyFr,
  admin: adminFr,
  lang: { code: 'fr', switchTo: 'English', switchToCode: 'en' },
  app: { name: 'Conversations PAM', program: 'Programme d’apprentissage mixte (PAM)' },
  common: {
    reference: 'Référence',
    status: 'État',
    topic: 'Thème',
    region: 'Région',
    language: 'Langue',
    department: 'Ministère ou organisme',
    participants: 'Participants',
    preferredDate: 'Date souhaitée',
    alternateDate: 'Autre date possible',
    preferredTime: 'Heure de début souhaitée',
    timeZone: 'Fuseau horaire',
    accessibility: 'Besoins en matière d’accessibilité',
    notes: 'Remarques pour les coordonnateurs',
    requester: 'Demandé par',
    submitted: 'Envoyée le',
    none: 'Aucun',
    duration: '{min} à {max} h',
    durationFixed: '{hours} h',
    preReading: 'Lecture préalable\u00a0: {title} (environ {minutes} min)',
    back: 'Retour',
    help: 'Aide',
  },
  languages: { en: 'anglais', fr: 'français', bilingual: 'bilingue (français et anglais)' },
  status: { open: 'En attente de planification', scheduled: 'Planifiée', cancelled: 'Annulée' },
  help: {
    title: 'Conversations PAM',
    intro:
      'Je vous aide à demander et à suivre une discussion animée du Programme d’apprentissage mixte (PAM) de l’Alliance de la Fonction publique du Canada (AFPC) et du Secrétariat du Conseil du Trésor du Canada (SCT), offerte conjointement par une personne animatrice syndicale et une personne animatrice patronale.',
    commandsTitle: 'Ce que vous pouvez écrire',
    groupHint:
      'Dans une conversation de groupe ou de réunion, mentionnez-moi d’abord\u00a0: @Conversations PAM aide.',
    cmdHelp: 'aide\u00a0: cette carte',
    cmdRequest: 'demande\u00a0: demander une discussion pour votre équipe',
    cmdMyRequests: 'mes demandes\u00a0: suivre ou annuler vos demandes',
    cmdQueue: 'file\u00a0: les demandes de votre région en attente de planification',
    cmdSessions: 'séances\u00a0: les séances à venir',
    cmdAgenda: 'ordre du jour\u00a0: publier l’ordre du jour dans la conversation de la réunion',
    cmdPrereading: 'lecture\u00a0: envoyer maintenant la lecture préalable d’une séance',
    cmdFeedback: 'rétroaction\u00a0: ouvrir le sondage anonyme d’une séance',
    cmdResults: 'résultats\u00a0: voir la rétroaction anonyme d’une séance',
    cmdAdmin:
      'administration\u00a0: tenir à jour la liste et le catalogue des thèmes, voir leur historique',
    cmdPrivacy:
      'confidentialité exporter ou confidentialité effacer, puis un ID d’objet\u00a0: répondre à une demande au titre de la Loi sur la protection des renseignements personnels',
    actionRequest: 'Demander',
    actionMyRequests: 'Mes demandes',
    actionQueue: 'File',
    actionSessions: 'Séances',
    roleEmployee: 'Vous utilisez Conversations PAM en tant qu’employé ou employée.',
    roleCoordinator: 'Vous assurez la coordination régionale ({regions}).',
    roleFacilitator: 'Vous êtes une personne animatrice du PAM.',
    roleAdministrator: 'Vous administrez le programme.',
  },
  request: {
    title: 'Demander une discussion',
    intro:
      'Parlez-nous de votre équipe. Les deux coordonnateurs régionaux (syndical et patronal) planifieront la séance avec vous.',
    aboutTopics: 'À propos des thèmes',
    hideTopics: 'Masquer les thèmes',
    topicPlaceholder: 'Choisissez un thème',
    regionPlaceholder: 'Choisissez votre région',
    departmentPlaceholder: 'p. ex. Emploi et Développement social Canada',
    participantsHint: 'De 2 à 100 personnes',
    timeHint: 'Heure de début, format 24 heures (HH:MM)',
    accessibilityPlaceholder: 'Interprétation, sous-titrage, pauses, format…',
    notesPlaceholder: 'Ce que les coordonnateurs devraient savoir',
    submit: 'Envoyer la demande',
    fixErrors: 'Veuillez corriger les champs signalés. Rien n’a été envoyé.',
    optional: '(facultatif)',
  },
  errors: {
    required: 'Ce champ est obligatoire.',
    topic: 'Choisissez l’un des thèmes proposés.',
    region: 'Choisissez l’une des six régions.',
    language: 'Choisissez français, anglais ou bilingue.',
    participants: 'Indiquez un nombre entier de participants, de 2 à 100.',
    dateFormat: 'Indiquez une date au format AAAA-MM-JJ.',
    dateNotFuture: 'Choisissez une date postérieure à aujourd’hui ({today}).',
    weekend: 'Choisissez un jour de semaine\u00a0: les séances ont lieu du lundi au vendredi.',
    holiday: 'Ce jour est un jour férié désigné payé ({holiday})\u202f; choisissez-en un autre.',
    alternateSame: 'L’autre date possible doit différer de la date souhaitée.',
    timeFormat: 'Indiquez une heure au format HH:MM, sur 24 heures (p. ex. 09:30).',
    timeZone: 'Choisissez un fuseau horaire canadien dans la liste.',
    tooLong: 'Raccourcissez ce texte à {max} caractères ou moins (actuellement {length}).',
    tooManyOpen:
      'Vous avez déjà {count} demandes ouvertes. Annulez-en une ou attendez qu’elle soit planifiée avant d’en envoyer une autre.',
    rateLimited:
      'Vous avez envoyé beaucoup de demandes ces dernières minutes. Attendez dix minutes et réessayez.',
    tooFast:
      'Beaucoup d’actions en peu de temps\u00a0: celle-ci n’a pas été effectuée. Veuillez attendre {seconds}\u00a0s et réessayer.',
    invalidPayload:
      'Cette carte est périmée ou incomplète\u00a0: rien n’a été fait. Tapez «\u00a0aide\u00a0» pour recommencer à partir d’une nouvelle carte.',
    generic:
      'Un problème est survenu de notre côté et rien n’a été enregistré. Veuillez réessayer dans un moment. (Référence pour le soutien\u00a0: {id})',
    notFound: 'Je n’ai pas trouvé cette demande.',
    notYours: 'Seule la personne qui a fait cette demande peut l’annuler.',
    alreadyCancelled: 'Cette demande a déjà été annulée.',
    alreadyScheduled:
      'Cette demande est déjà planifiée\u00a0: demandez à vos coordonnateurs régionaux d’annuler la séance.',
  },
  confirmation: {
    title: 'Demande reçue',
    body: 'Votre demande {reference} a été envoyée aux coordonnateurs régionaux ({region}). Ils communiqueront avec vous pour planifier la séance.',
    noCoordinators:
      'Votre demande {reference} a été reçue. Aucun coordonnateur n’est encore inscrit pour la région\u00a0: les administrateurs du programme en ont été informés.',
    next: 'Écrivez «\u00a0mes demandes\u00a0» en tout temps pour la suivre.',
  },
  myRequests: {
    title: 'Mes demandes',
    empty: 'Vous n’avez encore aucune demande.',
    cancel: 'Annuler cette demande',
    cancelConfirm: 'Annuler {reference}\u202f? Les coordonnateurs en seront informés.',
    cancelYes: 'Oui, l’annuler',
    cancelled: 'La demande {reference} est annulée. Les coordonnateurs en ont été informés.',
    more: 'Voici vos {count} demandes les plus récentes.',
  },
  queue: {
    title: 'Demandes en attente de planification',
    titleRegion: 'Demandes en attente de planification\u00a0: {regions}',
    empty: 'Aucune demande en attente. Bravo\u202f!',
    schedule: 'Planifier',
    refresh: 'Actualiser',
    more: 'Voici les {count} demandes les plus anciennes. Planifiez-les, puis appuyez sur Actualiser pour les suivantes.',
    received: 'Reçue le {date}',
    size: '{count} participants',
    yourZone: 'Heures dans votre fuseau\u00a0: {zone}',
  },
  schedule: {
    title: 'Planifier {reference}',
    rescheduleTitle: 'Replanifier {reference}',
    request: 'La demande',
    date: 'Date',
    startTime: 'Heure de début',
    duration: 'Durée animée (pauses comprises)',
    union: 'Personne animatrice syndicale',
    employer: 'Personne animatrice patronale',
    capacity: 'Places (participants)',
    joinUrl: 'Lien de la réunion Teams (facultatif)',
    joinUrlPlaceholder: 'https://teams.microsoft.com/l/meetup-join/…',
    part2: 'Deuxième partie (facultatif\u00a0: un long thème peut être offert sur deux jours)',
    date2: 'Date de la deuxième partie',
    startTime2: 'Heure de début de la deuxième partie',
    duration2: 'Durée de la deuxième partie',
    noSecondPart: 'Aucune deuxième partie',
    submit: 'Planifier la séance',
    resubmit: 'Enregistrer le nouvel horaire',
    fixRules: 'La séance ne peut pas être planifiée ainsi. Rien n’a été enregistré\u00a0:',
    otherRegion: '{name} ({region})',
    minutes: '{hours} h',
    noneAvailable:
      'Aucune personne animatrice inscrite de ce côté ne parle la langue de la séance.',
    notOpenScheduled: 'Un autre coordonnateur a déjà planifié {reference}. Rien n’a été modifié.',
    notOpenCancelled: 'La personne demanderesse a annulé {reference}. Rien n’a été planifié.',
    notAllowed:
      'Seuls les coordonnateurs régionaux ({region}) ou un administrateur peuvent planifier cette demande.',
    scheduled:
      'Séance planifiée. La personne demanderesse, les deux personnes animatrices et l’autre coordonnateur en ont été informés.',
    rescheduled: 'Séance replanifiée. Toutes les personnes concernées en ont été informées.',
    badNumber: 'Choisissez une valeur dans la liste.',
    badUrl: 'Indiquez un lien https://, ou laissez le champ vide.',
    capacityRange: 'Le nombre de places doit être un nombre entier de 2 à 100.',
  },
  rules: {
    'parts.count': 'Une séance compte une ou deux parties.',
    'parts.sameDay': 'Les deux parties doivent avoir lieu des jours différents.',
    'parts.order': 'La deuxième partie doit suivre la première.',
    'duration.range':
      'La durée animée doit être de {min} à {max} pour ce thème (actuellement {total}).',
    'duration.partRange': 'Chaque partie doit durer au moins {min}.',
    'duration.splitNotAllowed':
      'Seuls les thèmes de 6 h ou plus peuvent être offerts en deux parties\u00a0: retirez la deuxième partie.',
    'pairing.union': 'Choisissez une personne animatrice syndicale.',
    'pairing.employer': 'Choisissez une personne animatrice patronale.',
    'pairing.sameSide': 'La personne animatrice {slot} doit être du côté {slot}.',
    'pairing.language':
      '{name} ne parle pas la langue de la séance\u00a0: choisissez une personne qui la parle.',
    'facilitator.inactive':
      '{name} n’est plus active dans la liste\u00a0: choisissez une autre personne.',
    'facilitator.doubleBooked':
      '{name} anime {reference} à moins de 30 minutes de cet horaire\u00a0: choisissez un autre moment ou une autre personne.',
    'time.invalid': 'Vérifiez la date, l’heure de début et la durée de la partie {part}.',
    'time.zone': 'Choisissez un fuseau horaire canadien.',
    'time.nonexistent':
      '{time} n’existe pas le {date} dans ce fuseau (changement d’heure)\u00a0: choisissez une autre heure.',
    'time.weekend': 'Le {date} tombe une fin de semaine\u00a0: choisissez un jour de semaine.',
    'time.holiday':
      'Le {date} est un jour férié désigné payé ({holiday})\u00a0: choisissez un autre jour.',
    'time.outsideHours':
      'La partie {part} doit se dérouler pendant les heures de travail, de {start} à {end}\u00a0: commencez plus tôt ou raccourcissez-la.',
    'time.crossesMidnight': 'La partie {part} doit se terminer le jour où elle commence.',
    'time.past': 'Le {date} est passé\u00a0: choisissez une date ultérieure.',
    'time.leadTime':
      'Les participants ont besoin de {days} jours ouvrables pour la lecture préalable\u00a0: choisissez le {earliest} ou plus tard.',
  },
  slots: { union: 'syndicale', employer: 'patronale' },
  session: {
    scheduledTitle: 'Séance planifiée\u00a0: {topic}',
    rescheduledTitle: 'Séance replanifiée\u00a0: {topic}',
    cancelledTitle: 'Séance annulée\u00a0: {topic}',
    when: 'Quand',
    part: 'Partie {part}',
    facilitators: 'Personnes animatrices',
    seats: 'Places',
    join: 'Rejoindre',
    calendar: 'Calendrier',
    noLink: 'Le lien de la réunion suivra.',
    requesterNote:
      'Pour inviter votre équipe, écrivez «\u00a0@Conversations PAM invite {reference}\u00a0» dans la conversation ou le canal de votre équipe\u00a0: le robot y publie la carte d’invitation et les participants s’inscrivent à partir de celle-ci.',
    cancelledNote: 'Cette séance n’aura pas lieu.',
    registered: 'Inscriptions\u00a0: {count} sur {capacity}',
  },
  sessions: {
    title: 'Séances à venir',
    empty: 'Vous n’avez aucune séance à venir.',
    reschedule: 'Replanifier',
    cancel: 'Annuler la séance',
    cancelConfirm:
      'Annuler {reference}\u202f? La personne demanderesse, les personnes animatrices et chaque participant inscrit en seront informés.',
    cancelYes: 'Oui, annuler la séance',
    cancelled:
      'La séance {reference} est annulée. Toutes les personnes concernées en ont été informées.',
    notAllowed:
      'Seuls les coordonnateurs régionaux ({region}) ou un administrateur peuvent modifier cette séance.',
    notScheduled: 'Cette séance n’est plus planifiée.',
  },
  invitation: {
    title: 'Vous êtes invité\u00a0: {topic}',
    intro:
      'Une discussion animée du Programme d’apprentissage mixte, dirigée conjointement par une personne animatrice syndicale et une personne animatrice patronale.',
    objectives: 'Au programme',
    seatsLeft: 'Places restantes\u00a0: {count}',
    full: 'Cette séance est complète.',
    closed: 'Les inscriptions sont closes.',
    register: 'M’inscrire',
    leave: 'Annuler mon inscription',
    registered: 'Vous êtes inscrit. {seats}',
    already: 'Vous étiez déjà inscrit. {seats}',
    left: 'Votre inscription est annulée. {seats}',
    yourTime: 'Quand, dans votre fuseau horaire',
    notFound: 'Je n’ai pas trouvé cette séance.',
    notAllowed:
      'Cette invitation ne peut être publiée que par la personne demanderesse, les personnes animatrices de la séance et les coordonnateurs de la région.',
    which:
      'Quelle séance\u202f? Écrivez «\u00a0invite\u00a0» suivi de sa référence, p. ex. invite JLP-2026-0042.',
  },
  prereading: {
    title: 'Avant votre séance\u00a0: {topic}',
    intro: 'Veuillez faire cette lecture avant la séance. Elle prend environ {minutes} minutes.',
    reading: 'Lecture',
    open: 'Ouvrir la lecture',
    ack: 'Je l’ai lue',
    acknowledged: 'Merci\u00a0: lecture notée comme faite.',
    notRegistered: 'Cette lecture préalable s’adresse aux personnes inscrites à la séance.',
    none: 'Le thème de cette séance n’a pas de lecture préalable.',
    which:
      'Quelle séance\u202f? Écrivez «\u00a0lecture\u00a0» suivi de sa référence, p. ex. lecture JLP-2026-0042.',
    noSession: 'Vous n’avez aucune séance à venir avec une lecture préalable.',
    notAllowed:
      'Seuls les personnes animatrices de la séance et les coordonnateurs de la région peuvent envoyer sa lecture préalable.',
    sent: 'Lecture préalable de {reference} envoyée maintenant. Envois\u00a0: {sent}. Déjà lue\u00a0: {read}.',
    nobody:
      'Personne n’est encore inscrit à {reference}\u00a0: les personnes recevront la lecture préalable à leur inscription.',
    status:
      'Lecture préalable\u00a0: {delivered} remises, {pending} en attente, {failed} en échec, {read} lues',
    failedNames: 'Non remise à\u00a0: {names}',
    reminderTitle: 'Rappel\u00a0: {topic} demain',
    send: 'Envoyer la lecture préalable maintenant',
  },
  failures: {
    title: 'Un message n’a pas pu être remis',
    body: 'Conversations PAM n’a pas pu joindre {who} ({reason}). L’application n’est peut-être pas installée pour cette personne\u00a0: demandez-lui de l’installer, ou joignez-la autrement.',
  },
  notify: {
    newTitle: 'Nouvelle demande de discussion\u00a0: {region}',
    newBody: '{requester} a demandé «\u00a0{topic}\u00a0» pour {participants} participants.',
    cancelledTitle: 'La demande {reference} a été annulée',
    cancelledBody: '{requester} a annulé la demande pour «\u00a0{topic}\u00a0».',
    noCoordinatorsNote:
      'Aucun coordonnateur n’est inscrit ({region})\u00a0: vous en êtes informé à titre d’administrateur du programme.',
    preferred: '{date} à {time} ({zone})',
  },
};
