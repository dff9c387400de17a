/**
 * English strings of the meeting chat: agenda, feedback poll and results. Merged into `en.ts`
 * under `meeting`; `meeting.fr.ts` must have the same keys.
 */
export const meetingEn = {
  notStaff:
    'Only a session’s facilitators and its region’s coordinators can link this chat to a session.',
  notAllowed: 'Only the facilitators of {reference} and its region’s coordinators can do this.',
  notFound: 'I could not find session {reference}.',
  notScheduled: 'Session {reference} is no longer scheduled.',
  noSessions:
    'You have no sessions from today on. To link this chat to another session, type “agenda” followed by its reference, e.g. agenda JLP-2026-0042.',
  taken: 'This chat is already linked to {reference}: a meeting chat belongs to one session.',
  which:
    'Which session? Type “{command}” followed by its reference, e.g. {command} JLP-2026-0042, or type it in the session’s meeting chat.',
  pickTitle: 'Which session is this meeting for?',
  pickAgenda:
    'Choose the session this meeting chat belongs to: I will link the chat to it and post its agenda here.',
  pickFeedback:
    'Choose the session this meeting chat belongs to: I will link the chat to it and post its anonymous feedback poll here.',
  pickOnlyYou: 'Only the session’s facilitators and coordinators can choose.',
  linkedAgenda: 'This chat is now linked to {reference}. Its agenda is posted in the chat.',
  linkedFeedback:
    'This chat is now linked to {reference}. Its anonymous feedback poll is posted in the chat.',
  agendaTitle: 'Agenda: {topic}',
  agendaPartTitle: 'Agenda: {topic} (part {part} of {parts})',
  when: 'When',
  facilitators: 'Co-facilitators',
  reference: 'Reference',
  timesIn: 'Times are in {zone}.',
  blockWelcome: 'Welcome and ground rules',
  blockDiscussion: 'Discussion: {objective}',
  blockContinued: 'Discussion, continued: {objective}',
  blockBreak: 'Break',
  blockLunch: 'Lunch',
  blockClosing: 'Closing and feedback',
  groundRules: 'Ground rules',
  pollTitle: 'Anonymous feedback: {topic}',
  pollIntro:
    'Your answers are anonymous: nothing links them to you, and the facilitators see results only once {min} people have answered. Rate each statement from 1 (strongly disagree) to 5 (strongly agree).',
  pollCloses: 'Open until {date}.',
  questions: {
    safeSpace: 'I felt safe sharing my experience and my views in this discussion.',
    learned: 'I learned something I can use at work.',
    relationships: 'This discussion helps build better relationships between union and management.',
    facilitation: 'The two facilitators led the discussion well.',
    overall: 'Overall, I would recommend this discussion to a colleague.',
  },
  shortQuestions: {
    safeSpace: 'Safe space to share',
    learned: 'Learning',
    relationships: 'Union–management relationships',
    facilitation: 'Facilitation',
    overall: 'Overall',
  },
  scale: {
    s1: 'Strongly disagree',
    s2: 'Disagree',
    s3: 'Neither agree nor disagree',
    s4: 'Agree',
    s5: 'Strongly agree',
  },
  comment: 'Anything else you would like the facilitators to know? (optional)',
  commentNoNames:
    'Please do not write names or anything that could identify someone, yourself included.',
  submit: 'Send my answers',
  required: 'Please choose a score from 1 to 5.',
  commentTooLong: 'Please shorten your comment to 2,000 characters or fewer.',
  fixErrors: 'Some answers are missing or too long (see below). Nothing has been recorded yet.',
  thanksTitle: 'Thank you — your answer is anonymous.',
  thanksText:
    'Your answers were recorded without your name. The facilitators see results only in groups of {min} answers or more.',
  alreadyText:
    'You have already answered this poll. Only the first answer counts, so this one was not recorded.',
  closedTitle: 'This feedback poll is closed.',
  closedText: 'The poll for {reference} is not open, so this answer was not recorded.',
  notStarted: 'The feedback poll of {reference} can be opened once the session has started.',
  pollOpened:
    'The feedback poll of {reference} is open until {date}. It goes privately to the {count} registered participants.',
  pollClosed: 'The feedback poll of {reference} closed on {date}.',
  resultsTitle: 'Anonymous feedback: {topic}',
  resultsCount: '{reference} · {responses} responses received',
  scoresHidden: '{count} responses so far: scores are shown from {threshold} responses.',
  scoresBasedOn:
    'Based on {basedOn} responses. Results change only in steps of {threshold} responses, so no single answer can be singled out.',
  average: 'Average {average} out of 5 ({count} answers)',
  commentsTitle: 'Comments',
  commentsHidden: '{count} comments so far: comments are shown from {threshold} comments.',
  commentsBasedOn: '{basedOn} comments, in random order, as typed.',
  noPoll: 'No feedback poll has been opened for {reference} yet.',
  resultsNotAllowed:
    'Only the facilitators of {reference}, its region’s coordinators and the program administrators can see its results.',
  noResults: 'You have no session with a feedback poll yet.',
  sentPrivately: 'I sent you the results of {reference} in a private chat.',
  commentsPage: 'Comments {from} to {to} of {total}',
  nextComments: 'Next comments',
  previousComments: 'Previous comments',
  programTitle: 'Program-wide feedback',
  programNote:
    'Responses per region and topic, counted in each session’s steps of {min}. A cell under {min} responses is hidden, and so is another where a total would reveal it.',
  programCell: '{count} responses · overall {average} out of 5',
  programNone: 'No responses',
  programHidden: 'Hidden (too few responses)',
  programRegionTotal: '{region}: {count} responses in all',
  programByTopic: 'All regions, by topic',
  programTotal: 'Program total: {count} responses',
  programNotAllowed: 'Only the program administrators can see program-wide results.',
  reportHeldTitle: 'Sessions held',
  reportHeldNote:
    'Scheduled sessions whose last part has ended, counted once each. A department with fewer than {min} sessions is hidden, and so is the next-smallest, so that no total reveals it.',
  reportHeldTotal: 'Sessions held: {count}',
  reportByTopic: 'By topic',
  reportByRegion: 'By region',
  reportByMonth: 'By month (Eastern time)',
  reportByDepartment: 'By department (top 10)',
  reportOtherDepartments: 'Other departments',
  reportSessions: 'Sessions',
  reportTotal: 'Total',
  reportHidden: 'Hidden',
  reportScoresTitle: 'Average scores by topic',
  reportScoreCell: '{average} out of 5 ({count} answers)',
  reportResponsesTitle: 'Responses by region and topic',
  reportCsvButton: 'Export as CSV',
  reportCsvTitle: 'Program-wide report (CSV)',
  reportCsvIntro: 'Copy the text below into a file ending in .csv.',
  reportCsvLegend:
    '“x” marks a hidden figure: under {min}, or hidden so that no total reveals one.',
  reportCsvTooLarge:
    'The CSV ({size} KB) is too large to show in a message. Ask the program office for the file.',
  reportCsvHeader: {
    table: 'Table',
    row: 'Row',
    column: 'Column',
    count: 'Count',
    average: 'Average',
  },
  reportCsvNote: 'Note',
} as const;
