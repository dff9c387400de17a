import type { Strings } from './en.js';

/** French strings of the meeting chat (see `meeting.en.ts`). To be reviewed by a certified translator. */
export const meetingFr: Strings['meeting'] = {
  notStaff:
    'Seuls les animateurs d’une séance et les coordonnateurs de sa région peuvent lier cette conversation à une séance.',
  notAllowed:
    'Seuls les animateurs de {reference} et les coordonnateurs de sa région peuvent faire cela.',
  notFound: 'Je ne trouve pas la séance {reference}.',
  notScheduled: 'La séance {reference} n’est plus prévue.',
  noSessions:
    'Vous n’avez aucune séance à partir d’aujourd’hui. Pour lier cette conversation à une autre séance, tapez « ordre du jour » suivi de sa référence, p. ex. ordre du jour JLP-2026-0042.',
  taken:
    'Cette conversation est déjà liée à {reference} : une conversation de réunion appartient à une seule séance.',
  which:
    'Quelle séance ? Tapez « {command} » suivi de sa référence, p. ex. {command} JLP-2026-0042, ou tapez-le dans la conversation de la réunion de la séance.',
  pickTitle: 'Pour quelle séance est cette réunion ?',
  pickAgenda:
    'Choisissez la séance de cette conversation de réunion : je lierai la conversation à la séance et j’y publierai son ordre du jour.',
  pickFeedback:
    'Choisissez la séance de cette conversation de réunion : je lierai la conversation à la séance et j’y publierai son sondage de rétroaction anonyme.',
  pickOnlyYou: 'Seuls les animateurs et les coordonnateurs de la séance peuvent choisir.',
  linkedAgenda:
    'Cette conversation est maintenant liée à {reference}. Son ordre du jour est publié dans la conversation.',
  linkedFeedback:
    'Cette conversation est maintenant liée à {reference}. Son sondage de rétroaction anonyme est publié dans la conversation.',
  agendaTitle: 'Ordre du jour : {topic}',
  agendaPartTitle: 'Ordre du jour : {topic} (partie {part} de {parts})',
  when: 'Quand',
  facilitators: 'Coanimation',
  reference: 'Référence',
  timesIn: 'Les heures sont en {zone}.',
  blockWelcome: 'Accueil et règles de base',
  blockDiscussion: 'Discussion : {objective}',
  blockContinued: 'Discussion, suite : {objective}',
  blockBreak: 'Pause',
  blockLunch: 'Dîner',
  blockClosing: 'Conclusion et rétroaction',
  groundRules: 'Règles de base',
  pollTitle: 'Rétroaction anonyme : {topic}',
  pollIntro:
    'Vos réponses sont anonymes : rien ne les relie à vous, et les animateurs ne voient les résultats qu’une fois que {min} personnes ont répondu. Notez chaque énoncé de 1 (tout à fait en désaccord) à 5 (tout à fait d’accord).',
  pollCloses: 'Ouvert jusqu’au {date}.',
  questions: {
    safeSpace:
      'Cette discussion m’a offert un espace sûr pour parler de mon expérience et de mes points de vue.',
    learned: 'J’ai appris quelque chose que je peux utiliser au travail.',
    relationships:
      'Cette discussion aide à bâtir de meilleures relations entre le syndicat et la direction.',
    facilitation: 'Les deux animateurs ont bien mené la discussion.',
    overall: 'Dans l’ensemble, je recommanderais cette discussion à mes collègues.',
  },
  shortQuestions: {
    safeSpace: 'Espace sûr pour s’exprimer',
    learned: 'Apprentissage',
    relationships: 'Relations syndicat-direction',
    facilitation: 'Animation',
    overall: 'Dans l’ensemble',
  },
  scale: {
    s1: 'Tout à fait en désaccord',
    s2: 'En désaccord',
    s3: 'Ni d’accord ni en désaccord',
    s4: 'D’accord',
    s5: 'Tout à fait d’accord',
  },
  comment: 'Autre chose que vous aimeriez dire aux animateurs ? (facultatif)',
  commentNoNames:
    'Veuillez n’écrire aucun nom ni rien qui permette de reconnaître quelqu’un, vous compris.',
  submit: 'Envoyer mes réponses',
  required: 'Veuillez choisir une note de 1 à 5.',
  commentTooLong: 'Veuillez raccourcir votre commentaire à 2 000 caractères ou moins.',
  fixErrors:
    'Des réponses manquent ou sont trop longues (voir ci-dessous). Rien n’a encore été enregistré.',
  thanksTitle: 'Merci — votre réponse est anonyme.',
  thanksText:
    'Vos réponses ont été enregistrées sans votre nom. Les animateurs ne voient les résultats que par groupes d’au moins {min} réponses.',
  alreadyText:
    'Vous avez déjà répondu à ce sondage. Seule la première réponse compte : celle-ci n’a donc pas été enregistrée.',
  closedTitle: 'Ce sondage de rétroaction est fermé.',
  closedText:
    'Le sondage de {reference} n’est pas ouvert : cette réponse n’a donc pas été enregistrée.',
  notStarted:
    'Le sondage de rétroaction de {reference} pourra être ouvert une fois la séance commencée.',
  pollOpened:
    'Le sondage de rétroaction de {reference} est ouvert jusqu’au {date}. Il est envoyé en privé aux {count} participants inscrits.',
  pollClosed: 'Le sondage de rétroaction de {reference} a fermé le {date}.',
  resultsTitle: 'Rétroaction anonyme : {topic}',
  resultsCount: '{reference} · {responses} réponses reçues',
  scoresHidden:
    '{count} réponses jusqu’ici : les notes s’affichent à partir de {threshold} réponses.',
  scoresBasedOn:
    'Selon {basedOn} réponses. Les résultats ne changent que par tranches de {threshold} réponses : aucune réponse ne peut donc être isolée.',
  average: 'Moyenne de {average} sur 5 ({count} réponses)',
  commentsTitle: 'Commentaires',
  commentsHidden:
    '{count} commentaires jusqu’ici : les commentaires s’affichent à partir de {threshold} commentaires.',
  commentsBasedOn: '{basedOn} commentaires, dans un ordre aléatoire, tels qu’ils ont été écrits.',
  noPoll: 'Aucun sondage de rétroaction n’a encore été ouvert pour {reference}.',
  resultsNotAllowed:
    'Seuls les animateurs de {reference}, les coordonnateurs de sa région et les administrateurs du programme peuvent en voir les résultats.',
  noResults: 'Vous n’avez encore aucune séance avec un sondage de rétroaction.',
  sentPrivately: 'Je vous ai envoyé les résultats de {reference} dans une conversation privée.',
  commentsPage: 'Commentaires {from} à {to} sur {total}',
  nextComments: 'Commentaires suivants',
  previousComments: 'Commentaires précédents',
  programTitle: 'Rétroaction de l’ensemble du programme',
  programNote:
    'Réponses par région et par thème, comptées par tranches de {min} dans chaque séance. Une case de moins de {min} réponses est masquée, ainsi qu’une autre là où un total la révélerait.',
  programCell: '{count} réponses · ensemble : {average} sur 5',
  programNone: 'Aucune réponse',
  programHidden: 'Masqué (trop peu de réponses)',
  programRegionTotal: '{region} : {count} réponses en tout',
  programByTopic: 'Toutes les régions, par thème',
  programTotal: 'Total du programme : {count} réponses',
  programNotAllowed:
    'Seuls les administrateurs du programme peuvent voir les résultats de l’ensemble du programme.',
  reportHeldTitle: 'Séances tenues',
  reportHeldNote:
    'Séances prévues dont la dernière partie est terminée, comptées une fois chacune. Un ministère de moins de {min} séances est masqué, ainsi que le suivant le plus petit, pour qu’aucun total ne le révèle.',
  reportHeldTotal: 'Séances tenues : {count}',
  reportByTopic: 'Par thème',
  reportByRegion: 'Par région',
  reportByMonth: 'Par mois (heure de l’Est)',
  reportByDepartment: 'Par ministère (les 10 premiers)',
  reportOtherDepartments: 'Autres ministères',
  reportSessions: 'Séances',
  reportTotal: 'Total',
  reportHidden: 'Masqué',
  reportScoresTitle: 'Notes moyennes par thème',
  reportScoreCell: '{average} sur 5 ({count} réponses)',
  reportResponsesTitle: 'Réponses par région et par thème',
  reportCsvButton: 'Exporter en CSV',
  reportCsvTitle: 'Rapport de l’ensemble du programme (CSV)',
  reportCsvIntro: 'Copiez le texte ci-dessous dans un fichier se terminant par .csv.',
  reportCsvLegend:
    '« x » marque un chiffre masqué : moins de {min}, ou masqué pour qu’aucun total n’en révèle un.',
  reportCsvTooLarge:
    'Le fichier CSV ({size} Ko) est trop gros pour un message. Demandez le fichier au bureau du programme.',
  reportCsvHeader: {
    table: 'Tableau',
    row: 'Ligne',
    column: 'Colonne',
    count: 'Nombre',
    average: 'Moyenne',
  },
  reportCsvNote: 'Remarque',
};
