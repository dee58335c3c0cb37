/** English messages (`QUIZBOT_LOCALE=en` or a channel set to English). */
import type { DropCause } from '../../quiz/report/coverage-report.ts';
import type { Messages } from './messages.ts';

/** `1 answer`, `2 answers`. */
const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const en: Messages = {
  apology: 'Sorry, something went wrong on our side. Please try again in a moment.',
  databaseBusy: 'The database was busy, so this could not be done. Please try again in a moment.',
  duplicateEvent: 'This request was already handled.',

  helpTitle: 'How to use quizbot',
  helpIntro: 'One question a day from your team’s study notes. Commands:',
  helpAdminMark: ' (admin)',
  helpScheduleNote: 'Anyone can see the schedule (/quiz schedule); only admins can change it.',
  cmdRoot: 'quizbot: a daily quiz from your notes',
  choiceNewSeason: 'new season',
  choiceWeeklyReport: 'weekly report',
  cmdHelp: 'List the commands',
  cmdLookup: 'Look up a concept (correct understanding, common misconceptions, key points)',
  cmdExplain: 'Explain the latest question (or a question ID)',
  cmdLeaderboard: 'Show the leaderboard (this week unless you name a period)',
  cmdStats: 'Show stats (answered, accuracy, streak, weakest concepts)',
  cmdPractice: 'A private practice question (not on the leaderboard)',
  cmdSchedule: 'Show or set the daily quiz time (off to stop)',
  cmdPost: 'Post a question now (admins); once today’s is out, show it again',
  cmdClose: 'Close the open question and reveal the answer',
  cmdSeason: 'Start a new season, or list the seasons',
  optTerm: 'Term to look up',
  optQuestionId: 'Question ID',
  optPeriod: 'Period',
  optUser: 'User',
  optTime: 'Time HH:MM, or off',
  optDays: 'daily / weekdays / mon,wed,fri',
  optTimezone: 'Time zone (e.g. Asia/Tokyo, Tokyo, JST)',
  optSeasonAction: 'new or list',
  optSeasonName: 'Season name',

  unknownCommand: (name, list) =>
    `There is no command "${name}". The commands are ${list} (see /quiz help).`,
  adminOnly: (name) => `Only admins can use /quiz ${name}.`,
  tooManyArgs: (usage) => `Too many arguments. Usage: ${usage}`,
  missingArg: (usage) => `Missing argument. Usage: ${usage}`,
  badPeriod: (given) => `"${given}" is not a period. Use one of week, month, season, all.`,
  badUser: (given) =>
    `No one called "${given}" has answered in this channel. Mention them with @, or give the name of someone who has.`,
  ambiguousUser: (given, list) =>
    `More than one person matches "${given}" (${list}). Mention the one you mean with @.`,
  badTime: (given) => `"${given}" is not a time. Use 24-hour HH:MM, e.g. 09:00 or 21:30.`,
  badDays: (given) =>
    `"${given}" is not a set of days. Use daily, weekdays, weekends or a list like mon,wed,fri.`,
  badTimezone: (given) =>
    `Unknown time zone "${given}". Use an IANA name like Asia/Tokyo, a city like Tokyo, or an abbreviation like JST.`,
  timezoneDidYouMean: (given, list) => `Unknown time zone "${given}". Did you mean ${list}?`,
  timezoneAmbiguous: (given, list) =>
    `"${given}" can mean more than one time zone. Pick one: ${list}`,
  unexpectedScheduleWord: (given) =>
    `"${given}" is not a time, a set of days or a time zone. Usage: /quiz schedule [HH:MM] [daily|weekdays|mon,wed,…] [TIMEZONE], or /quiz schedule off`,
  repeatedScheduleWord: (given) =>
    `Give at most one time, one set of days and one time zone ("${given}" is a second one).`,
  badSeasonAction: (given) =>
    `"${given}" is not a season action. Usage: /quiz season new [NAME] or /quiz season list`,
  seasonNameTooLong: (max) => `A season name can be at most ${max} characters.`,
  lookupNeedsTerm: 'Give a term to look up, e.g. /quiz lookup saga',
  lookupNotFound: (term) => `Nothing in the notes matches "${term}".`,
  lookupDidYouMean: (list) => `Did you mean ${list}?`,
  unknownQuestion: (id) =>
    `There is no question with ID "${id}". The ID is shown under each question.`,
  noQuestionYet:
    'No question has been posted in this channel yet. An admin can post one with /quiz post.',
  explainWouldSpoil: 'This question is still open. Answer it first, then ask for the explanation.',
  alreadyPostedToday: (id) =>
    `Today’s question (ID ${id}) is already posted, and there is one a day. For more, try /quiz practice: questions just for you.`,
  alreadyPostedShownAgain: (then) =>
    `Today’s question is already out, so here it is again (there is one a day; for more, try /quiz practice). ${then}`,
  alreadyPostedAnswerHere: 'You can answer it here too.',
  alreadyPostedClosed: (id) =>
    `Today’s question (ID ${id}) is already closed, and its answer will be revealed in the channel shortly. There is one a day; for more, try /quiz practice: questions just for you.`,
  alreadyPostedRevealed: (id) =>
    `Today’s question (ID ${id}) is closed and its answer has been revealed in the channel. For the answer and the explanation, use the button below or /quiz explain ${id}. There is one a day; for more, try /quiz practice: questions just for you.`,
  alreadyPostedVoided: (id) =>
    `Today’s question (ID ${id}) was voided by an admin, so it takes no answers. There is one a day; for more, try /quiz practice: questions just for you.`,
  nothingOpen: 'There is no open question.',
  emptyBank:
    'There are no questions. Add notes under data/notes (check them with npx quizbot check).',
  channelPaused: (reason) =>
    `The daily quiz in this channel is paused: ${reason}. Fix it, then resume with /quiz schedule.`,
  pauseChannelUnavailable: 'the channel is gone or archived, or the bot is not in it',
  pauseMissingPermission: 'the bot lacks a permission it needs',
  pauseDetail: (text, detail) => `${text} (${detail})`,

  questionTitle: (date) => `Today’s question (${date})`,
  practiceTitle: 'Practice question (only you can see this)',
  answeredCount: (n) => `${n} answered`,
  closesAt: (when) => `closes ${when}`,
  questionId: (id) => `ID ${id}`,
  closedFooter: 'Closed',
  correctMark: '✅',

  resultCorrect: '✅ Correct!',
  resultWrong: '❌ Not quite',
  yourAnswer: (text) => `Your answer: ${text}`,
  rightAnswer: (text) => `Right answer: ${text}`,
  resultPickedTrue:
    'What you picked is true, as the notes say: this question asked for the misconception.',
  alreadyAnswered: (text) => `Your answer is already locked in: ${text}`,
  postClosed: 'This question has closed. See the reveal and explanation in the channel.',
  noSuchPost: 'This question no longer exists.',
  answerRecordedLate:
    'The database was busy, so recording your answer took a moment. It is recorded now.',
  streakNow: (n) => `Streak: ${n}`,
  explainButton: 'Explain',
  resultLater: 'The results are revealed in the channel when the question closes.',
  practiceNotCounted: 'Practice questions do not count for the leaderboard.',
  anotherPractice: 'Another one',

  explanationTitle: (id) => `Explanation (ID ${id})`,
  explanationKey: (text) => `Answer: ${text}`,
  explanationMisconceptionKey: (text) => `Answer: “${text}” (this is the misconception)`,
  explanationOthersWrong: 'Why the other options are wrong:',
  explanationOthersTrue: 'The other options are true, as the notes say:',
  explanationOption: (text, why, isTrue) =>
    `${isTrue ? '○' : '×'} ${text}${why ? ` — ${why}` : ''}`,
  explanationSource: (section) =>
    section ? `Source: “${section}” in the notes` : 'Source: the summary table in the notes',

  revealTitle: (date) => `Answer (${date})`,
  distribution: 'How people answered',
  correctUsers: (list) => `Got it right: ${list}`,
  nobodyCorrect: 'Nobody got it right.',
  nobodyAnswered: 'Nobody answered.',
  weekTop3: 'This week’s top 3',
  top3Row: (rank, name, points) => `${rank}. ${name} (${count(points, 'point')})`,
  people: (n) => `${n}`,

  leaderboardTitle: (period, label) =>
    label ? `Leaderboard (${period}: ${label})` : `Leaderboard (${period})`,
  periodName: (p) =>
    ({ week: 'this week', month: 'this month', season: 'season', all: 'all time' })[p],
  leaderboardEmpty: 'No answers yet.',
  leaderboardRow: (rank, name, points, correct, answered, accuracy, streak) =>
    `${rank}. ${name} — ${count(points, 'pt')} (${correct}/${answered}, ${accuracy} correct, streak ${streak})`,
  yourRank: (row) => `You: ${row}`,
  youHaveNoRank: 'You have not answered in this period yet.',

  statsTitle: (name) => `Stats for ${name}`,
  statsAnswered: 'Answered',
  statsAccuracy: 'Accuracy',
  statsStreak: 'Streak',
  statsBest: 'Best streak',
  statsWeakest: 'Weakest concepts',
  statsMisconceptions: 'Wrong answers picked most',
  statsNone: 'No answers yet.',
  statsAccuracyValue: (accuracy, correct, answered) => `${accuracy} (${correct}/${answered})`,
  statsWeakLine: (name, accuracy, correct, answered) =>
    `${name} ${accuracy} (${correct}/${answered})`,
  statsPickedLine: (concept, text, n) =>
    `${concept}: ${text} (${n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`})`,

  lookupCorrect: 'Correct understanding',
  lookupMisconceptions: 'Common misconceptions',
  lookupPoints: 'Key points',
  lookupCompare: 'Compared',
  lookupSection: (heading, file, line) =>
    `Source: ${file}, line ${line}${heading ? ` (“${heading}”)` : ''}`,
  lookupRelated: 'Concepts in this section',
  quizMeButton: 'Quiz me on this',

  scheduleTitle: 'Daily quiz schedule for this channel',
  scheduleNone:
    'No daily quiz is set up in this channel yet. For example: /quiz schedule 09:00 weekdays Asia/Tokyo',
  scheduleOff: 'The daily quiz is off (resume it with /quiz schedule HH:MM).',
  scheduleLine: (time, days, tz) => `${days} at ${time} (${tz})`,
  scheduleNext: (when) => `Next question: ${when}`,
  scheduleSet: (line) => `Daily quiz set: ${line}`,
  scheduleStopped: 'The daily quiz in this channel is now off.',
  schedulePausedNote: (reason) => `Paused: ${reason}`,
  daysDaily: 'every day',
  daysWeekdays: 'weekdays',
  dayList: (names) => `every ${names.join(', ')}`,
  dayNames: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],

  posted: (id) => `Posted question ${id}.`,
  closed: 'Closed the question and posted the answer.',
  seasonStarted: (name) => `Started a new season, "${name}". Earlier results are kept.`,
  defaultSeasonName: (date) => `Season ${date}`,

  consoleBuildingBank: (notes) => `Building the questions from your notes (${notes})…`,
  consoleBankReady: (questions, concepts, files) =>
    `${count(questions, 'question')} ready, on ${count(concepts, 'concept')} from ${count(files, 'notes file')}.`,
  consoleWelcome: (user) =>
    `Welcome to quizbot (terminal). You are "${user}" (an admin).\n` +
    'Post a question with /quiz post and answer it by typing the number of an option (every [N] is a button: type N to press it). /as NAME switches user, /quiz help lists the commands, /quit or Ctrl-D leaves (you can leave out /quiz).',
  consoleSwitchedUser: (user) => `You are now "${user}".`,
  consoleNoButton: (n) =>
    `There is no button [${n}]. Type one of the numbers shown (to see today’s question again, type /quiz post).`,
  consoleNoButtons: (n) =>
    `There is no button [${n}]: there are no buttons to press right now. To answer today’s question, type /quiz post to show it, then type the number of your answer.`,
  consoleNotYourButton: (n, owner) =>
    `Button [${n}] was shown only to ${owner}. Switch with /as ${owner} to press it.`,
  consoleUnknownInput: (line) =>
    `"${line}" is not a command. Type /quiz help for the list, or a number to press a button.`,
  consoleAsNeedsName: 'Usage: /as NAME',
  consoleHowToLeave: 'To leave, type quit (or /quit) or press Ctrl-D.',
  consoleOnlyYou: (user) => `visible only to ${user}`,
  consoleUpdated: (n) => `message #${n} updated`,

  cmdTeam:
    "The team's misconception map (wrong options chosen most, concepts mastered) and the weekly report settings",
  optTeamSection: 'report: weekly report settings',
  optReportSetting: 'day and time (e.g. fri 17:00) / off / now',
  nextReview: (days, date) => `Next review in ${days} day${days === 1 ? '' : 's'} (${date}).`,
  confidencePrompt: 'How sure were you? Your answer changes when this comes back.',
  confidenceSure: 'Sure',
  confidenceUnsure: 'Unsure',
  confidenceRecorded: (label, next) => `Recorded as "${label}". ${next}`,
  confidenceStale:
    'This answer can no longer be rated (you have answered this concept again since).',
  teamTitle: "The team's misconception map",
  teamNone: 'No answers to closed questions yet. The map fills in after each reveal.',
  teamSummary: (answered, concepts) =>
    `${count(answered, 'answer')} to closed questions, on ${count(concepts, 'concept')}`,
  teamHeld: 'Wrong options chosen most (by concept, weakest first)',
  teamConceptLine: (name, accuracy, correct, answered) =>
    `${name} — ${accuracy} right (${correct}/${answered})`,
  teamMisconceptionLine: (text, people) =>
    `× ${text} (${people} ${people === 1 ? 'person' : 'people'})`,
  teamCorrectionLine: (text) => `→ ${text}`,
  teamNoMisconceptions: 'No wrong answers yet.',
  teamMastered: 'Concepts mastered',
  teamMasteredNone: (minAnswers, minAccuracy) =>
    `None yet (${minAnswers}+ answers at ${minAccuracy} or better)`,
  teamMasteredLine: (name, accuracy, correct, answered) =>
    `${name} ${accuracy} (${correct}/${answered})`,
  reportTitle: (week) => `Weekly report (${week})`,
  reportSummary: (answered, accuracy) =>
    `This week: ${count(answered, 'answer')}, ${accuracy} right`,
  reportChange: (points) => `${points} on last week`,
  reportLeaderboard: "This week's leaderboard",
  reportTrend: 'Accuracy trend',
  reportTrendLine: (week, accuracy, answered) =>
    `${week}: ${accuracy} (${count(answered, 'answer')})`,
  reportTrendNone: (week) => `${week}: no answers`,
  reportMisconceptions: 'Top 3 misconceptions this week',
  reportMisconceptionLine: (rank, concept, text, people) =>
    `${rank}. ${concept}: × ${text} (${people} ${people === 1 ? 'person' : 'people'})`,
  reportNoMisconceptions: 'No wrong answers this week.',
  reportChartLegend: 'Accuracy per concept (all answers so far, weakest first)',
  reportChartLine: (n, name, accuracy, correct, answered) =>
    `${n}. ${name} ${accuracy} (${correct}/${answered})`,
  reportFooter: 'Change the day and time of this report with /quiz team report.',
  reportScheduleTitle: 'Weekly report',
  reportScheduleLine: (day, time, tz) => `every ${day} at ${time} (${tz})`,
  reportScheduleOff: 'The weekly report is off (turn it on with e.g. /quiz team report fri 17:00).',
  reportScheduleNeedsDaily:
    'It is posted only in channels where the daily quiz runs (/quiz schedule).',
  reportScheduleNext: (when) => `Next: ${when}`,
  reportScheduleSet: (line) => `Weekly report set: ${line}`,
  reportStopped: 'Stopped the weekly report in this channel.',
  reportPostedNow: (week) =>
    `Posted the weekly report (${week}). There will be no scheduled report this week.`,
  reportAlreadyPosted: (week) => `This week's report (${week}) has already been posted.`,
  reportNothingThisWeek: (week) =>
    `No answers to closed questions this week (${week}) yet, so there is no report.`,
  badReportWord: (given) =>
    `"${given}" is not a weekly report setting. Usage: /quiz team report [DAY] [HH:MM] | off | now (e.g. /quiz team report fri 17:00)`,
  badTeamSection: (given) =>
    `"${given}" is not part of /quiz team. Usage: /quiz team, or /quiz team report …`,
  // ── weekly chart, home (/quiz me, Slack App Home) and reminders (issue 14) ──
  chartBarsHeading: 'Accuracy per concept (all answers, weakest first)',
  chartBarsMore: (n) => `${n} more ${n === 1 ? 'concept is' : 'concepts are'} in the message`,
  chartTrendHeading: (weeks) => `Team accuracy, last ${weeks} weeks`,
  chartMissedHeading: 'Most-missed misconception this week',
  chartMissedLine: (concept, text, people) =>
    `${concept}: × ${text} (${people} ${people === 1 ? 'person' : 'people'})`,
  chartAltIntro: (title) => `Chart: ${title}.`,
  chartAltBars: (list) => `Accuracy per concept, weakest first: ${list}.`,
  chartAltTrend: (list) => `Team accuracy by week: ${list}.`,
  chartAltNoAnswers: 'no answers',
  chartAltMissed: (line) => `Most-missed misconception this week: ${line}`,
  sentenceSeparator: ' ',
  listSeparator: ', ',
  cmdMe:
    'Your progress: streak, points, weakest concepts, cards due, next question (only you see it)',
  cmdRemind: 'One reminder a day when you have practice cards due (on / off)',
  optOnOff: 'on or off',
  homeTitle: 'Your progress',
  homeChannel: 'Channel',
  homeNoAnswers: 'No answers yet. Answer the daily question and your progress shows up here.',
  homeStreak: 'Streak',
  homeStreakValue: (current, best) => `${current} in a row (best ${best})`,
  homeWeek: 'This week',
  homeWeekValue: (points, rank) => `${points} ${points === 1 ? 'point' : 'points'} · rank ${rank}`,
  homeWeekNone: 'No answers this week yet',
  homeAccuracy: 'Accuracy',
  homeAccuracyValue: (accuracy, correct, answered) =>
    `${accuracy} (${correct} of ${answered} right)`,
  homeAccuracyNone: 'No answers yet',
  homeWeakestNone: 'None yet',
  homeDue: 'Cards due for review',
  homeDueValue: (count, names) => `${count} ${count === 1 ? 'card' : 'cards'} (${names})`,
  homeDueNone: 'None',
  homeMoreNames: (n) => `${n} more`,
  homeNext: 'Next question',
  homeNextOff: 'The daily quiz is off',
  homeWeakest: 'Weakest concepts',
  homeWeakestLine: (name, accuracy, correct, answered) =>
    `${name} ${accuracy} (${correct}/${answered})`,
  homePracticeThis: (name) => `Practice ${name}`,
  homePracticeDue: 'Start reviewing',
  homeRemindOn: 'Reminder: on (/quiz remind off stops it)',
  homeRemindOff: 'Reminder: off (/quiz remind on: one message a day when cards are due)',
  remindOn: (time, timezone) =>
    `Reminder on. On days you have cards due, you get one private message at this channel's question time (${time}, ${timezone}).`,
  remindOnQuizOff:
    'The daily quiz is off in this channel, so no reminder comes until it runs again.',
  remindOff: 'Reminder off.',
  remindShowOn: 'Your reminder is on. /quiz remind off stops it.',
  remindShowOff:
    'Your reminder is off. /quiz remind on sends you one private message a day when you have cards due.',
  badRemindWord: (given) =>
    `The reminder is on or off, not "${given}". Usage: /quiz remind on | off`,
  reminderTitle: 'Time to review',
  reminderText: (count, names) =>
    `You have ${count} ${count === 1 ? 'card' : 'cards'} due for review: ${names}`,
  reminderFooter: 'At most one reminder a day. /quiz remind off stops them.',

  // ---- issue 12: posts keep their question; reload; flag and void; notes per channel; seasons ----
  questionWithdrawn:
    'This question was withdrawn: the notes no longer hold it as it was asked, so it can no longer be answered or revealed.',
  questionWithdrawnReveal:
    'This question was withdrawn: the notes no longer hold it as it was asked, so there is no answer to reveal. Answers already given stay on record.',
  conceptGone: '(a concept no longer in the notes)',

  // issue 15: reliability and security (bounded input, spoilers, truthful replies)
  inputNotReadable:
    'This request could not be read (the user, channel or workspace id is not valid).',
  commandTooLong: (max) =>
    `That command is too long (at most ${max} ${max === 1 ? 'character' : 'characters'}). Please shorten it and try again.`,
  lookupTermTooLong: (max) =>
    `A look-up term can be at most ${max} ${max === 1 ? 'character' : 'characters'}.`,
  lookupWouldSpoil:
    'This concept is the answer to an open question you have not answered yet. Answer it first, then look it up.',
  postFailedChannel:
    'Could not post here: the bot is not in this channel, or the channel is gone. Invite the bot (on Slack: /invite @quizbot), then run /quiz post again. The daily quiz in this channel is paused (/quiz schedule resumes it).',
  postFailedPermission: (detail) =>
    `Could not post: the bot lacks a permission (${detail}). Grant it, then run /quiz post again. The daily quiz in this channel is paused (/quiz schedule resumes it).`,
  postFailedWait: (seconds) =>
    `Not posted yet: the platform asked us to wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'}. It will be posted automatically after that.`,
  postFailedRetry:
    'Could not post right now (the platform did not answer). It will be retried automatically within a few minutes; /quiz post tells you where it stands.',
  postClosedUnsent:
    'Today’s question was closed before it reached the channel, so it was not posted. Tomorrow’s goes out as scheduled.',
  postInProgress: 'Today’s question is being posted right now. Check the channel in a moment.',
  revealPending:
    'Closed, but the reveal could not be posted yet. It will be retried automatically (or run /quiz close to try now).',
  quote: (name) => `“${name}”`,
  cmdReload: 'Read the notes again and rebuild the questions (no restart needed)',
  reloadTitle: 'Notes reload',
  reloadChanged: (added, removed) =>
    `Notes reloaded: ${count(added, 'question')} added, ${count(removed, 'question')} removed.`,
  reloadUnchanged: 'Notes reloaded: no question changed.',
  reloadTotals: (questions, concepts, files) =>
    `Now ${count(questions, 'question')} on ${count(concepts, 'concept')} from ${count(files, 'notes file')}.`,
  reloadRejected: (problems, current) =>
    `Notes not reloaded: quizbot check found ${count(problems, 'problem')}. The bot keeps its current ${count(current, 'question')}. Fix these, then run /quiz reload again:`,
  reloadMoreProblems: (more) => `…and ${more} more`,
  reloadFailed: (error) => `The notes could not be read (${error}). The current questions stay.`,
  reloadUnavailable: '/quiz reload is not available here.',
  cmdFlag: 'Report a question as wrong (the admins are told)',
  cmdFlags: 'List the open reports on questions',
  cmdVoid: 'Void a question: never asked again, its answers stop counting',
  cmdUnvoid: 'Undo a void: the answers count again',
  optFlagId: 'Question ID (default: the latest question here)',
  optFlagReason: 'What is wrong',
  optVoidReason: 'Why (shown on the post)',
  reasonTooLong: (max) => `Keep the reason to ${max} characters or fewer.`,
  flagNeedsReason: (usage) => `Say what is wrong with the question. Usage: ${usage}`,
  flagNoQuestion:
    'There is no question here to report yet. Give the question’s ID: /quiz flag ID REASON',
  flagThanks: (id) =>
    `Thank you! Your report on question ${id} has been recorded and passed to the admins.`,
  flagNoticeTitle: 'A question was reported',
  flagNotice: (who, id, reason) => `${who} reported question ${id} as wrong: “${reason}”`,
  flagNoticeHint: (id) =>
    `Void it with /quiz void ${id} REASON, or see every open report with /quiz flags.`,
  flagsTitle: (n) => `Open reports (${n})`,
  flagsNone: 'There are no open reports.',
  flagsQuestionLine: (id, prompt, n) =>
    `Question ${id}${prompt ? `: ${prompt}` : ''} — ${count(n, 'report')}`,
  flagsLine: (reason, who, date) => `• “${reason}” (${who}, ${date})`,
  flagsMore: (n) => `…and reports on ${count(n, 'more question')}.`,
  flagsFooter: 'Void a question with /quiz void ID REASON; its reports are then closed.',
  alreadyVoided: (id) => `Question ${id} is already void. Undo it with /quiz unvoid ${id}.`,
  voidedDone: (id, posts) =>
    posts === 0
      ? `Voided question ${id}: it will not be asked again in this team’s channels.`
      : `Voided question ${id}: it will not be asked again in this team’s channels, and the answers to its ${count(posts, 'post')} no longer count on the leaderboards, streaks or stats.`,
  notVoided: (id) => `Question ${id} is not void.`,
  unvoidedDone: (id, posts) =>
    posts === 0
      ? `Restored question ${id}: it may be asked again.`
      : `Restored question ${id}: the answers to its ${count(posts, 'post')} count again, and it may be asked again.`,
  voidedPostNotice: (reason) =>
    reason
      ? `⚠️ An admin voided this question (reason: ${reason}). Answers to it do not count.`
      : '⚠️ An admin voided this question. Answers to it do not count.',
  voidedFooter: 'Voided',
  questionVoidedClick: 'This question was voided. Answers to it do not count.',
  cmdNotes: 'The loaded notes, and which this channel draws from (admins can choose)',
  optNotesTitles: 'Notes titles, comma-separated, or all',
  notesTitle: 'Notes',
  notesLine: (drawn, title, concepts, questions, file) =>
    `${drawn ? '✅' : '·'} ${title} — ${count(concepts, 'concept')}, ${count(questions, 'question')} (${file})`,
  notesNoneAtAll: 'No notes are loaded.',
  notesDrawAll: 'This channel draws its questions from all the loaded notes.',
  notesDrawSome: (drawn, total) =>
    `This channel draws its questions from the ${drawn} of ${count(total, 'notes file')} marked ✅.`,
  notesNoneLoaded: (titles) =>
    `None of the notes chosen for this channel (${titles}) is loaded, so it draws from all the notes for now.`,
  notesMissing: (titles) => `Chosen but not loaded: ${titles}`,
  notesHint:
    'Admins: /quiz notes TITLE, TITLE… limits this channel to those notes; /quiz notes all undoes it.',
  notesSet: (titles) => `This channel now draws its questions from ${titles} only.`,
  notesSetAll: 'This channel now draws its questions from all the notes.',
  notesUnknown: (typed, known) => `There are no notes called “${typed}”. Loaded notes: ${known}`,
  notesAmbiguous: (typed, titles) =>
    `“${typed}” matches more than one set of notes: ${titles}. Give more of the title.`,
  choiceListSeasons: 'list seasons',
  optLeaderboardSeason: 'Name of an earlier season (with period season)',
  beforeFirstSeason: 'before the first season, since the first answer',
  seasonNameTaken: (name) =>
    `There is already a season called “${name}”. Choose another name (see /quiz season list).`,
  seasonListTitle: 'Seasons',
  seasonListCurrent: (name, from) => `${name} — since ${from} (current)`,
  seasonListPast: (name, from, to) => `${name} — ${from} to ${to}`,
  seasonListNone:
    'No season has started yet. Until the first one does, the season board counts every answer since the first.',
  seasonListHint:
    'An earlier season’s board: /quiz leaderboard season NAME. A new season: /quiz season new NAME (admins).',
  seasonUnknown: (name, names) => `There is no season called “${name}”. Seasons: ${names}`,
  seasonUnknownNone: (name) => `There is no season called “${name}”: no season has started yet.`,
  // ---- issue 11: `quizbot check` says why a concept gets fewer than two questions ----
  checkFileLine: (file, ok, concepts, questions, handWritten) =>
    `${file}: ${ok ? 'ok' : 'problems'} — ${plural(concepts, 'concept')}, ${plural(questions, 'question')}${handWritten > 0 ? `, ${handWritten} hand-written` : ''}`,
  checkCoverageSummary: (file, covered, total) =>
    `${file}: ${covered}/${total} ${total === 1 ? 'concept has' : 'concepts have'} 2 or more questions`,
  checkConceptLine: (where, name, questions, wanted) =>
    `${where}: ${name} gets ${questions === 0 ? 'no questions' : plural(questions, 'question')} (${wanted} wanted)`,
  checkWhyLabel: 'why',
  checkAddLabel: 'add',
  checkWhy: (r) => {
    switch (r.code) {
      case 'too-little-for-two':
        return `the notes give too little for a second sound question (${r.trueFacts === 0 ? 'no true fact' : `${plural(r.trueFacts, 'true fact')}`} and ${r.misconceptions === 0 ? 'no misconception' : plural(r.misconceptions, 'misconception')} about it): one sound question is kept rather than a weak second one`;
      case 'few-misconceptions':
        return `${r.usable === 0 ? 'no misconception' : `only ${plural(r.usable, 'misconception')}`} to ask about (${r.cells} in the row, ${r.section ? `${r.bullets === 0 ? 'no other × bullets' : plural(r.bullets, 'other × bullet')} in its section` : 'no section of its own'})`;
      case 'misconception-dropped':
        return `misconception "${r.text}" (line ${r.line}) is not used: ${enDropCause(r.cause, r.detail, r.sibling)}`;
      case 'other-section':
        return `its notes are read from the section "${r.read.heading}" (line ${r.read.line}), not from its own section "${r.own.heading}" (line ${r.own.line})`;
      case 'few-true-statements':
        return `${r.count === 0 ? 'no true statement' : `only ${plural(r.count, 'true statement')}`} about it besides the summary cell (a section's first sentence, points, features; one fact in two wordings counts once, one too long for an option not at all)`;
      case 'no-siblings':
        return r.siblings.length === 0
          ? 'no sibling concept the notes tell it apart from (no comparison table or shared heading with another concept)'
          : `the notes tell it apart only from ${r.siblings.join(', ')} (a which-concept question needs two)`;
      case 'statements-not-distinctive':
        return `none of its statements tells it apart (${r.namesIt} name it, ${r.fitsSiblings} are true of its siblings too)`;
      case 'options-failed':
        return `every option set tried for a ${r.template} question failed: ${r.checks.map(enRule).join('; ')}`;
      case 'review-failed':
        return `its ${r.template} questions failed the review: ${r.rules.map(enRule).join('; ')}`;
      case 'asked-elsewhere':
        return `${plural(r.drafts, 'more draft')} ${r.drafts === 1 ? 'asks' : 'ask'} a fact another question asks, or ${r.drafts === 1 ? 'repeats' : 'repeat'} its options`;
      case 'stem-names-it':
        return `${plural(r.drafts, 'more draft')} ${r.drafts === 1 ? 'describes' : 'describe'} it with a word of its own name (${r.words.map((w) => `"${w}"`).join(', ')}), which gives the answer away`;
      case 'two-options-only':
        return `${plural(r.drafts, 'more draft')} ${r.drafts === 1 ? 'has' : 'have'} only two options, and the bank's share of two-option questions (10%) is used up`;
    }
  },
  checkAdd: (a) => {
    switch (a.code) {
      case 'rename-heading':
        return `a new name for the heading "${a.heading.heading}" (line ${a.heading.line}) that does not read as ${a.name} itself, so that its own section is read`;
      case 'add-row-misconception':
        return 'a second misconception to the row ("wrong A ×; wrong B ×")';
      case 'add-bullet':
        return `a common-misconception bullet with its correction under "${a.section}" ("- × wrong statement (what is true instead)")`;
      case 'add-section':
        return `a section "## ${a.name}" with points and common-misconception bullets with corrections`;
      case 'write-out-misconception':
        return `the misconception "${a.text}" written out as a statement of what people wrongly believe`;
      case 'add-correction':
        return `the correction of "${a.text}" in parentheses after it ("× ${a.text} (what is true instead)")`;
      case 'shorten-misconception':
        return `a shorter wording of "${a.text}" (90 characters at most)`;
      case 'add-points':
        return `one more true statement under "${a.section}" (a Point line or a feature bullet)`;
      case 'add-comparison-row':
        return `a comparison table row that sets ${a.name} beside similar concepts (a row in an existing comparison table will do)`;
      case 'nothing-to-add':
        return 'nothing obvious: the notes give enough, and the checks above turned the drafts down (worth reporting as a generator issue)';
      case 'add-distinctive-point':
        return a.siblings.length > 0
          ? `a Point line saying what ${a.name} does that ${a.siblings.join(', ')} do not`
          : `a Point line saying what only ${a.name} does`;
    }
  },
};

/** `1 question`, `2 questions`. */
function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Why a misconception is set aside, in English. */
function enDropCause(cause: DropCause, detail: string, sibling?: string): string {
  switch (cause) {
    case 'bare-noun':
      return 'a bare noun, not a statement of what people wrongly believe';
    case 'denied-bare-noun':
      return 'the Point line only denies a noun; it states no misconception';
    case 'too-long':
      return 'too long for an option (90 characters at most)';
    case 'no-correction':
      return 'the notes say it is wrong but not what is true instead';
    case 'describes-sibling':
      return `it says what ${sibling ?? 'another concept'} is, so it tells the two apart instead of being a misconception`;
    case 'other':
      return detail;
  }
}

/** What a check of the generator or a review rule turns down, in English. */
const EN_RULES: Record<string, string> = {
  'enough-options': 'fewer than three options',
  'one-form': 'statements mixed with noun phrases',
  'similar-length': 'option lengths too uneven',
  'key-not-longest': 'the answer would be the longest option',
  'key-not-shortest': 'the misconception (the answer) would be far shorter than the other options',
  'absolute-words-balanced': 'absolute words (only, always…) on one side only',
  'distinct-facts': 'two options state the same fact',
  'no-paraphrase-pair': 'two options paraphrase or contradict each other',
  'no-contradiction': 'two options contradict each other',
  'no-minimal-pair': 'the answer and a wrong option differ in one term',
  'no-stem-echo': "an option repeats the question's words",
  'no-prefix-negation': "an option is another's name with a negating prefix",
  'no-twin-key-statement': 'the answer and one other option alone open on the same word',
  'no-named-distractor': 'the description names a wrong option',
  'no-negation-cue': 'a negation gives the answer away',
  'no-wording-cue': 'the wording gives the answer away',
  'no-concept-name-clue': 'only one option names the concept',
  'no-bare-values': 'bare values (yes/no) as options',
  'no-repeated-words': 'repeated words',
  'explanation-not-circular': 'a circular explanation',
  'wrong-options-explained': 'a wrong option without an explanation',
  'no-truncated-text': 'text cut short',
  'no-full-width-punctuation-in-english': 'full-width punctuation in English text',
};

function enRule(rule: string): string {
  return EN_RULES[rule] ?? rule;
}
