/**
 * Japanese messages (the default). Every user-facing string of the core lives here and in en.ts;
 * en.ts must provide the same keys with the same parameters (the compiler checks).
 */
import type {
  CoverageAdvice,
  CoverageReason,
  DropCause,
  TemplateName,
} from '../../quiz/report/coverage-report.ts';
export const ja = {
  apology: 'すみません、処理中にエラーが発生しました。少し待ってからもう一度お試しください。',
  databaseBusy:
    'データベースが混み合っていたため、処理できませんでした。少し待ってからもう一度お試しください。',
  duplicateEvent: 'このリクエストはすでに処理済みです。',

  // help and command descriptions
  helpTitle: 'quizbot の使い方',
  helpIntro: '毎日1問、チームの学習ノートから出題します。コマンド一覧:',
  helpAdminMark: '（管理者）',
  helpScheduleNote:
    '出題スケジュール（/quiz schedule）は誰でも確認でき、変更できるのは管理者だけです。',
  cmdRoot: '毎日のクイズ（quizbot）',
  choiceNewSeason: '新しいシーズン',
  choiceWeeklyReport: '週間レポート',
  cmdHelp: 'コマンドの一覧を表示',
  cmdLookup: '概念を調べる（正しい理解・よくある誤解・ポイント）',
  cmdExplain: '最新の問題（または問題ID）の解説を表示',
  cmdLeaderboard: 'ランキングを表示（期間を省くと今週）',
  cmdStats: '成績を表示（回答数・正答率・連続正解・苦手な概念）',
  cmdPractice: '自分だけの練習問題（ランキング対象外）',
  cmdSchedule: '毎日の出題時刻を表示・設定（off で停止）',
  cmdPost: '今すぐ問題を出題（管理者）。出題済みの日は、その問題をもう一度表示',
  cmdClose: '出題中の問題を締め切って答え合わせ',
  cmdSeason: '新しいシーズンを開始／シーズンの一覧',
  optTerm: '調べる用語',
  optQuestionId: '問題ID',
  optPeriod: '期間',
  optUser: 'ユーザー',
  optTime: '時刻 HH:MM または off',
  optDays: 'daily / weekdays / mon,wed,fri',
  optTimezone: 'タイムゾーン（例: Asia/Tokyo、Tokyo、JST）',
  optSeasonAction: '操作（new または list）',
  optSeasonName: 'シーズン名',

  // errors the user can fix
  unknownCommand: (name: string, list: string) =>
    `「${name}」というコマンドはありません。使えるのは ${list} です（詳しくは /quiz help）。`,
  adminOnly: (name: string) => `/quiz ${name} は管理者だけが使えます。`,
  tooManyArgs: (usage: string) => `引数が多すぎます。使い方: ${usage}`,
  missingArg: (usage: string) => `引数が足りません。使い方: ${usage}`,
  badPeriod: (given: string) =>
    `期間「${given}」は使えません。week / month / season / all のいずれかを指定してください。`,
  badUser: (given: string) =>
    `「${given}」というユーザーはこのチャンネルで見つかりません。@メンションで指定するか、回答したことのある人の名前を入力してください。`,
  ambiguousUser: (given: string, list: string) =>
    `「${given}」に当たるユーザーが複数います（${list}）。@メンションで指定してください。`,
  badTime: (given: string) =>
    `「${given}」は時刻として使えません。24時間表記の HH:MM（例: 09:00、21:30）で指定してください。`,
  badDays: (given: string) =>
    `「${given}」は曜日として使えません。daily・weekdays・weekends、または mon,wed,fri（月,水,金）のように指定してください。`,
  badTimezone: (given: string) =>
    `タイムゾーン「${given}」が見つかりません。Asia/Tokyo のような IANA 名、Tokyo のような都市名、JST のような略称で指定してください。`,
  timezoneDidYouMean: (given: string, list: string) =>
    `タイムゾーン「${given}」が見つかりません。もしかして: ${list}`,
  timezoneAmbiguous: (given: string, list: string) =>
    `「${given}」は複数のタイムゾーンを指します。どれか1つを指定してください: ${list}`,
  unexpectedScheduleWord: (given: string) =>
    `「${given}」は時刻・曜日・タイムゾーンのどれにも当たりません。使い方: /quiz schedule [HH:MM] [daily|weekdays|mon,wed,…] [タイムゾーン]、止めるときは /quiz schedule off`,
  repeatedScheduleWord: (given: string) =>
    `時刻・曜日・タイムゾーンはそれぞれ1つだけ指定してください（「${given}」が2つ目です）。`,
  badSeasonAction: (given: string) =>
    `シーズンの操作は new と list です（「${given}」は使えません）。使い方: /quiz season new [名前] または /quiz season list`,
  seasonNameTooLong: (max: number) => `シーズン名は${max}文字以内にしてください。`,
  lookupNeedsTerm: '調べる用語を指定してください。例: /quiz lookup サーガ',
  lookupNotFound: (term: string) => `「${term}」はノートに見つかりませんでした。`,
  lookupDidYouMean: (list: string) => `もしかして: ${list}`,
  unknownQuestion: (id: string) =>
    `問題ID「${id}」は見つかりません。ID は問題の下に表示されています。`,
  noQuestionYet: 'このチャンネルにはまだ問題がありません。管理者が /quiz post で出題できます。',
  explainWouldSpoil: 'この問題はまだ回答受付中です。回答してから解説を見てください。',
  alreadyPostedToday: (id: string) =>
    `今日の問題（ID ${id}）はもう出題しています。出題は1日1問です。もっと解きたいときは /quiz practice で自分だけの練習問題をどうぞ。`,
  /** `/quiz post` again while today's question is open: it is shown again, privately, above it. */
  alreadyPostedShownAgain: (then: string) =>
    `出題済みの今日の問題を、もう一度表示します（出題は1日1問です。もっと解きたいときは /quiz practice）。${then}`,
  alreadyPostedAnswerHere: 'ここからも回答できます。',
  alreadyPostedClosed: (id: string) =>
    `今日の問題（ID ${id}）はもう締め切りました。答え合わせはまもなくチャンネルに投稿します。出題は1日1問です。もっと解きたいときは /quiz practice で自分だけの練習問題をどうぞ。`,
  alreadyPostedRevealed: (id: string) =>
    `今日の問題（ID ${id}）はもう締め切り、答え合わせもチャンネルに投稿しました。正解と解説は下のボタンか /quiz explain ${id} で見られます。出題は1日1問です。もっと解きたいときは /quiz practice で自分だけの練習問題をどうぞ。`,
  alreadyPostedVoided: (id: string) =>
    `今日の問題（ID ${id}）は管理者が無効にしたため、回答できません。出題は1日1問です。もっと解きたいときは /quiz practice で自分だけの練習問題をどうぞ。`,
  nothingOpen: '受付中の問題はありません。',
  emptyBank:
    '問題がありません。data/notes にノートを追加してください（npx quizbot check で確認できます）。',
  channelPaused: (reason: string) =>
    `このチャンネルの出題を一時停止しました。理由: ${reason}。原因を直してから /quiz schedule で再開してください。`,
  pauseChannelUnavailable:
    'チャンネルが見つからないか、アーカイブされたか、ボットが参加していません',
  pauseMissingPermission: 'ボットに必要な権限がありません',
  pauseDetail: (text: string, detail: string) => `${text}（${detail}）`,

  // the daily question
  questionTitle: (date: string) => `今日の問題（${date}）`,
  practiceTitle: '練習問題（あなただけに表示）',
  answeredCount: (n: number) => `回答 ${n}人`,
  closesAt: (when: string) => `締切 ${when}`,
  questionId: (id: string) => `ID ${id}`,
  closedFooter: '締め切りました',
  correctMark: '✅',

  // answering
  resultCorrect: '✅ 正解！',
  resultWrong: '❌ 不正解',
  yourAnswer: (text: string) => `あなたの回答: ${text}`,
  rightAnswer: (text: string) => `正解: ${text}`,
  resultPickedTrue:
    '選んだ選択肢はノートどおり正しい内容です。この問題は、誤っているもの（よくある誤解）を選ぶ問題でした。',
  alreadyAnswered: (text: string) => `回答はすでに確定しています: ${text}`,
  postClosed: 'この問題は締め切られました。答え合わせと解説をご覧ください。',
  noSuchPost: 'この問題は見つかりません。',
  answerRecordedLate:
    'データベースが混み合っていたため、記録までに少し時間がかかりました。回答は記録済みです。',
  streakNow: (n: number) => `連続正解 ${n}回`,
  explainButton: '解説を見る',
  resultLater: '答え合わせは締切後にチャンネルで発表します。',
  practiceNotCounted: '練習問題はランキングに含まれません。',
  anotherPractice: 'もう1問',

  // explanation
  explanationTitle: (id: string) => `解説（ID ${id}）`,
  explanationKey: (text: string) => `正解：${text}`,
  explanationMisconceptionKey: (text: string) => `正解：「${text}」（これが誤り）`,
  explanationOthersWrong: 'ほかの選択肢が誤りである理由：',
  explanationOthersTrue: 'ほかの選択肢は、ノートにあるとおり正しい内容です：',
  explanationOption: (text: string, why: string | null, isTrue: boolean) =>
    `${isTrue ? '○' : '×'} ${text}${why ? ` — ${why}` : ''}`,
  explanationSource: (section: string | null) =>
    section ? `出典：ノートの「${section}」` : '出典：ノートのまとめ表',

  // reveal
  revealTitle: (date: string) => `答え合わせ（${date}）`,
  distribution: '回答の分布',
  correctUsers: (list: string) => `正解した人: ${list}`,
  nobodyCorrect: '正解者はいませんでした。',
  nobodyAnswered: '回答はありませんでした。',
  weekTop3: '今週のトップ3',
  top3Row: (rank: number, name: string, points: number) => `${rank}. ${name}（${points}点）`,
  people: (n: number) => `${n}人`,

  // leaderboard
  leaderboardTitle: (period: string, label: string | null) =>
    label ? `ランキング（${period}: ${label}）` : `ランキング（${period}）`,
  periodName: (p: 'week' | 'month' | 'season' | 'all') =>
    ({ week: '今週', month: '今月', season: 'シーズン', all: '通算' })[p],
  leaderboardEmpty: 'まだ回答がありません。',
  leaderboardRow: (
    rank: number,
    name: string,
    points: number,
    correct: number,
    answered: number,
    accuracy: string,
    streak: number,
  ) =>
    `${rank}. ${name} — ${points}点（${correct}/${answered}、正答率 ${accuracy}、連続 ${streak}）`,
  yourRank: (row: string) => `あなた: ${row}`,
  youHaveNoRank: 'あなたはこの期間にまだ回答していません。',

  // stats
  statsTitle: (name: string) => `${name} さんの成績`,
  statsAnswered: '回答数',
  statsAccuracy: '正答率',
  statsStreak: '連続正解',
  statsBest: '最高連続正解',
  statsWeakest: '苦手な概念',
  statsMisconceptions: 'よく選んだ誤答',
  statsNone: 'まだ回答がありません。',
  statsAccuracyValue: (accuracy: string, correct: number, answered: number) =>
    `${accuracy}（${correct}/${answered}）`,
  statsWeakLine: (name: string, accuracy: string, correct: number, answered: number) =>
    `${name} ${accuracy}（${correct}/${answered}）`,
  statsPickedLine: (concept: string, text: string, count: number) =>
    `${concept}: ${text}（${count}回）`,

  // lookup
  lookupCorrect: '正しい理解',
  lookupMisconceptions: 'よくある誤解',
  lookupPoints: 'ポイント',
  lookupCompare: '比較',
  lookupSection: (heading: string | null, file: string, line: number) =>
    `出典: ${file} ${line}行目${heading ? `「${heading}」` : ''}`,
  lookupRelated: 'この節の概念',
  quizMeButton: 'この概念で練習',

  // schedule
  scheduleTitle: 'このチャンネルの出題スケジュール',
  scheduleNone:
    'このチャンネルでは毎日の出題をまだ設定していません。例: /quiz schedule 09:00 weekdays Asia/Tokyo',
  scheduleOff: '毎日の出題は止めてあります（/quiz schedule HH:MM で再開できます）。',
  scheduleLine: (time: string, days: string, tz: string) => `${days} ${time}（${tz}）`,
  scheduleNext: (when: string) => `次の出題: ${when}`,
  scheduleSet: (line: string) => `出題スケジュールを設定しました: ${line}`,
  scheduleStopped: 'このチャンネルの毎日の出題を停止しました。',
  schedulePausedNote: (reason: string) => `一時停止中: ${reason}`,
  daysDaily: '毎日',
  daysWeekdays: '平日',
  dayList: (names: readonly string[]) => `毎週${names.join('・')}曜`,
  dayNames: ['日', '月', '火', '水', '木', '金', '土'] as readonly string[],

  // admin
  posted: (id: string) => `問題（ID ${id}）を出題しました。`,
  closed: '締め切って答え合わせを投稿しました。',
  seasonStarted: (name: string) =>
    `新しいシーズン「${name}」を開始しました。これまでの記録は残ります。`,
  defaultSeasonName: (date: string) => `シーズン ${date}`,

  // terminal adapter
  consoleBuildingBank: (notes: string) => `ノート（${notes}）から問題を作っています…`,
  consoleBankReady: (questions: number, concepts: number, files: number) =>
    `${questions}問を用意しました（概念 ${concepts}個・ノート ${files}件）。`,
  consoleWelcome: (user: string) =>
    `quizbot（ターミナル版）へようこそ。あなたは「${user}」（管理者）です。\n` +
    '/quiz post で問題を出題し、答えは選択肢の番号を入力します（[番号] はボタンで、番号を入力すると押せます）。/as 名前 でユーザーを切り替え、/quiz help でコマンドの一覧、/quit か Ctrl-D で終了します（/quiz は省略できます）。',
  consoleSwitchedUser: (user: string) => `ユーザーを「${user}」に切り替えました。`,
  consoleNoButton: (n: number) =>
    `[${n}] のボタンはありません。表示されている番号を入力してください（今日の問題をもう一度表示するには /quiz post）。`,
  consoleNoButtons: (n: number) =>
    `[${n}] のボタンはありません（いま押せるボタンはひとつもありません）。今日の問題に答えるには、/quiz post で問題を表示してから選択肢の番号を入力してください。`,
  consoleNotYourButton: (n: number, owner: string) =>
    `[${n}] は ${owner} さんにだけ表示されたボタンです。押すときは /as ${owner} で切り替えてください。`,
  consoleUnknownInput: (line: string) =>
    `「${line}」はコマンドではありません。/quiz help でコマンドの一覧を表示します。ボタンは番号を入力すると押せます。`,
  consoleAsNeedsName: '使い方: /as 名前',
  consoleHowToLeave: '終了するには quit（または /quit）と入力するか、Ctrl-D を押してください。',
  consoleOnlyYou: (user: string) => `${user} さんだけに表示`,
  consoleUpdated: (n: number) => `メッセージ #${n} が更新されました`,

  // learning engine: spaced-repetition practice, misconception map, weekly report
  cmdTeam: 'チームの誤解マップ（よく選ばれた誤答・習得済みの概念）と週間レポートの設定',
  optTeamSection: 'report で週間レポートの設定',
  optReportSetting: '曜日と時刻（例: fri 17:00）/ off / now',
  nextReview: (days: number, date: string) => `次の復習: ${days}日後（${date}）`,
  confidencePrompt: '自信はありましたか？ 押すと次の復習の間隔が変わります。',
  confidenceSure: '自信あり',
  confidenceUnsure: '自信なし',
  confidenceRecorded: (label: string, next: string) => `「${label}」として記録しました。${next}`,
  confidenceStale: 'この回答の自信度はもう記録できません（このあとに同じ概念を回答しています）。',
  teamTitle: 'チームの誤解マップ',
  teamNone: 'まだ締め切られた問題への回答がありません。答え合わせのあとに表示されます。',
  teamSummary: (answered: number, concepts: number) =>
    `締め切った問題への回答 ${answered}件・概念 ${concepts}個`,
  teamHeld: 'よく選ばれた誤答（概念別、正答率の低い順）',
  teamConceptLine: (name: string, accuracy: string, correct: number, answered: number) =>
    `${name} — 正答率 ${accuracy}（${correct}/${answered}）`,
  teamMisconceptionLine: (text: string, people: number) => `× ${text}（${people}人）`,
  teamCorrectionLine: (text: string) => `→ ${text}`,
  teamNoMisconceptions: 'まだ誤答はありません。',
  teamMastered: '習得済みの概念',
  teamMasteredNone: (minAnswers: number, minAccuracy: string) =>
    `まだありません（${minAnswers}回以上の回答で正答率${minAccuracy}以上）`,
  teamMasteredLine: (name: string, accuracy: string, correct: number, answered: number) =>
    `${name} ${accuracy}（${correct}/${answered}）`,
  reportTitle: (week: string) => `週間レポート（${week}）`,
  reportSummary: (answered: number, accuracy: string) =>
    `今週の回答 ${answered}件・正答率 ${accuracy}`,
  reportChange: (points: string) => `先週比 ${points}`,
  reportLeaderboard: '今週のランキング',
  reportTrend: '正答率の推移',
  reportTrendLine: (week: string, accuracy: string, answered: number) =>
    `${week}: ${accuracy}（${answered}件）`,
  reportTrendNone: (week: string) => `${week}: 回答なし`,
  reportMisconceptions: '今週よく選ばれた誤答トップ3',
  reportMisconceptionLine: (rank: number, concept: string, text: string, people: number) =>
    `${rank}. ${concept}: × ${text}（${people}人）`,
  reportNoMisconceptions: '今週は誤答がありませんでした。',
  reportChartLegend: '概念ごとの正答率（これまでの回答、低い順）',
  reportChartLine: (n: number, name: string, accuracy: string, correct: number, answered: number) =>
    `${n}. ${name} ${accuracy}（${correct}/${answered}）`,
  reportFooter: '週間レポートの曜日と時刻は /quiz team report で変更できます。',
  reportScheduleTitle: '週間レポートの設定',
  reportScheduleLine: (day: string, time: string, tz: string) => `毎週${day}曜 ${time}（${tz}）`,
  reportScheduleOff:
    '週間レポートは停止中です（/quiz team report fri 17:00 のように指定すると再開します）。',
  reportScheduleNeedsDaily:
    '毎日の出題が動いているチャンネルにだけ投稿されます（/quiz schedule）。',
  reportScheduleNext: (when: string) => `次回: ${when}`,
  reportScheduleSet: (line: string) => `週間レポートを設定しました: ${line}`,
  reportStopped: 'このチャンネルの週間レポートを停止しました。',
  reportPostedNow: (week: string) =>
    `週間レポート（${week}）を投稿しました。今週の定時のレポートはありません。`,
  reportAlreadyPosted: (week: string) => `今週（${week}）の週間レポートは投稿済みです。`,
  reportNothingThisWeek: (week: string) =>
    `今週（${week}）はまだ締め切った問題への回答がないため、レポートはありません。`,
  badReportWord: (given: string) =>
    `「${given}」は週間レポートの設定として使えません。使い方: /quiz team report [曜日] [HH:MM] | off | now（例: /quiz team report fri 17:00）`,
  badTeamSection: (given: string) =>
    `「${given}」は使えません。使い方: /quiz team、または /quiz team report …`,
  // ── weekly chart, home (/quiz me, Slack App Home) and reminders (issue 14) ──
  chartBarsHeading: '概念ごとの正答率（これまでの回答・低い順）',
  chartBarsMore: (n: number) => `ほか${n}概念はメッセージ本文にあります`,
  chartTrendHeading: (weeks: number) => `チームの正答率（直近${weeks}週）`,
  chartMissedHeading: '今週いちばん多かった誤解',
  chartMissedLine: (concept: string, text: string, people: number) =>
    `${concept}: × ${text}（${people}人）`,
  chartAltIntro: (title: string) => `${title}のグラフ。`,
  chartAltBars: (list: string) => `概念ごとの正答率（低い順）: ${list}。`,
  chartAltTrend: (list: string) => `チームの正答率の推移: ${list}。`,
  chartAltNoAnswers: '回答なし',
  chartAltMissed: (line: string) => `今週いちばん多かった誤解: ${line}`,
  sentenceSeparator: '',
  listSeparator: '、',
  cmdMe: '自分の成績・苦手な概念・復習カード・次の問題を見る（自分だけに表示）',
  cmdRemind: '復習カードがある日に1日1回お知らせする（on / off）',
  optOnOff: 'on または off',
  homeTitle: 'あなたの学習状況',
  homeChannel: 'チャンネル',
  homeNoAnswers: 'まだ回答がありません。毎日の問題に答えると、ここに成績が表示されます。',
  homeStreak: '連続正解',
  homeStreakValue: (current: number, best: number) => `${current}回（最高 ${best}回）`,
  homeWeek: '今週のポイントと順位',
  homeWeekValue: (points: number, rank: number) => `${points}点・${rank}位`,
  homeWeekNone: '今週はまだ回答がありません',
  homeAccuracy: '正答率',
  homeAccuracyValue: (accuracy: string, correct: number, answered: number) =>
    `${accuracy}（${answered}問中${correct}問正解）`,
  homeAccuracyNone: 'まだ回答がありません',
  homeWeakestNone: 'まだありません',
  homeDue: '復習待ちのカード',
  homeDueValue: (count: number, names: string) => `${count}枚（${names}）`,
  homeDueNone: 'ありません',
  homeMoreNames: (n: number) => `ほか${n}件`,
  homeNext: '次の問題',
  homeNextOff: '毎日の出題は止まっています',
  homeWeakest: '苦手な概念',
  homeWeakestLine: (name: string, accuracy: string, correct: number, answered: number) =>
    `${name} ${accuracy}（${correct}/${answered}）`,
  homePracticeThis: (name: string) => `「${name}」を練習`,
  homePracticeDue: '復習を始める',
  homeRemindOn: 'リマインダー: オン（/quiz remind off で止められます）',
  homeRemindOff:
    'リマインダー: オフ（/quiz remind on で、復習カードがある日に1日1回お知らせします）',
  remindOn: (time: string, timezone: string) =>
    `リマインダーをオンにしました。復習カードがある日は、このチャンネルの出題時刻（${time}、${timezone}）に1日1回だけお知らせします。`,
  remindOnQuizOff:
    'このチャンネルは毎日の出題が止まっているため、再開されるまでお知らせは届きません。',
  remindOff: 'リマインダーをオフにしました。',
  remindShowOn: 'リマインダーはオンです。/quiz remind off で止められます。',
  remindShowOff:
    'リマインダーはオフです。/quiz remind on で、復習カードがある日に1日1回お知らせします。',
  badRemindWord: (given: string) =>
    `リマインダーは on か off で指定してください（「${given}」は使えません）。使い方: /quiz remind on | off`,
  reminderTitle: '復習の時間です',
  reminderText: (count: number, names: string) => `復習待ちのカードが${count}枚あります: ${names}`,
  reminderFooter: 'このお知らせは1日1回までです。/quiz remind off で止められます。',

  // ---- issue 12: posts keep their question; reload; flag and void; notes per channel; seasons ----
  questionWithdrawn:
    'この問題は取り下げられました。出題したときの問題がノートからなくなったため、回答も答え合わせもできません。',
  questionWithdrawnReveal:
    'この問題は取り下げられました。出題したときの形でノートに残っていないため、正解は発表しません。この問題への回答は記録されたまま残ります。',
  conceptGone: '（ノートからなくなった概念）',

  // issue 15: reliability and security (bounded input, spoilers, truthful replies)
  inputNotReadable:
    'このリクエストは読み取れませんでした（ユーザー・チャンネル・ワークスペースの ID が正しくありません）。',
  commandTooLong: (max: number) =>
    `コマンドが長すぎます（${max}文字まで）。短くしてもう一度どうぞ。`,
  lookupTermTooLong: (max: number) => `調べる用語は${max}文字までにしてください。`,
  lookupWouldSpoil:
    'この概念は、まだ回答していない出題中の問題の答えに関わります。先に回答してから調べてください。',
  postFailedChannel:
    'このチャンネルには投稿できませんでした（ボットがチャンネルにいないか、チャンネルがありません）。ボットを招待してから（Slack なら /invite @quizbot）、もう一度 /quiz post してください。このチャンネルの毎日の出題は一時停止しました（/quiz schedule で再開できます）。',
  postFailedPermission: (detail: string) =>
    `投稿できませんでした: ボットに権限がありません（${detail}）。権限を付けてから、もう一度 /quiz post してください。このチャンネルの毎日の出題は一時停止しました（/quiz schedule で再開できます）。`,
  postFailedWait: (seconds: number) =>
    `まだ投稿できていません: プラットフォームから${seconds}秒待つよう求められました。待ったあとで自動的に投稿します。`,
  postFailedRetry:
    '投稿できませんでした（プラットフォームから応答がありません）。数分のうちに自動的にやり直します。/quiz post でいまの状況を確かめられます。',
  postClosedUnsent:
    '今日の問題はチャンネルに届く前に締め切られたため、投稿しませんでした。明日の問題は予定どおりに投稿します。',
  postInProgress:
    '今日の問題はいま投稿しているところです。少し待ってからチャンネルを確かめてください。',
  revealPending:
    '締め切りましたが、答え合わせはまだ投稿できていません。自動的にやり直します（すぐ試すなら /quiz close）。',
  /** A name inside a sentence (a notes title, a season); lists join them with listSeparator. */
  quote: (name: string) => `「${name}」`,
  cmdReload: 'ノートを読み直して問題を作り直す（再起動は不要）',
  reloadTitle: 'ノートの再読み込み',
  reloadChanged: (added: number, removed: number) =>
    `ノートを読み直しました（追加 ${added}問・削除 ${removed}問）。`,
  reloadUnchanged: 'ノートを読み直しました。問題に変更はありません。',
  reloadTotals: (questions: number, concepts: number, files: number) =>
    `いまの問題: ${questions}問（概念 ${concepts}個・ノート ${files}件）`,
  reloadRejected: (problems: number, current: number) =>
    `ノートに不備が${problems}件あるため読み込みませんでした（quizbot check と同じ検査です）。いまの${current}問をそのまま使います。次の箇所を直してから /quiz reload してください。`,
  reloadMoreProblems: (more: number) => `…ほか${more}件`,
  reloadFailed: (error: string) =>
    `ノートを読み込めませんでした（${error}）。いまの問題をそのまま使います。`,
  reloadUnavailable: 'ここでは /quiz reload は使えません。',
  cmdFlag: '問題の誤りを報告する（管理者に伝わります）',
  cmdFlags: 'まだ対応していない報告の一覧',
  cmdVoid: '問題を無効にする（今後は出題せず、回答を集計から外す）',
  cmdUnvoid: '無効にした問題を元に戻す（回答を再び集計に含める）',
  optFlagId: '問題ID（省略するとこのチャンネルの最新の問題）',
  optFlagReason: 'どこが誤りか',
  optVoidReason: '理由（投稿に表示されます）',
  reasonTooLong: (max: number) => `理由は${max}文字以内で書いてください。`,
  flagNeedsReason: (usage: string) => `問題のどこが誤りかを書いてください。使い方: ${usage}`,
  flagNoQuestion:
    'このチャンネルにはまだ報告できる問題がありません。問題IDを付けて報告してください: /quiz flag ID 理由',
  flagThanks: (id: string) =>
    `ご報告ありがとうございます。問題 ${id} についての報告を記録し、管理者に伝えました。`,
  flagNoticeTitle: '問題への報告',
  flagNotice: (who: string, id: string, reason: string) =>
    `${who} さんが問題 ${id} の誤りを報告しました:「${reason}」`,
  flagNoticeHint: (id: string) =>
    `無効にするには /quiz void ${id} 理由、報告の一覧は /quiz flags で確認できます。`,
  flagsTitle: (n: number) => `未対応の報告（${n}件）`,
  flagsNone: '未対応の報告はありません。',
  flagsQuestionLine: (id: string, prompt: string | null, n: number) =>
    `問題 ${id}${prompt ? `: ${prompt}` : ''} — 報告${n}件`,
  flagsLine: (reason: string, who: string, date: string) => `・「${reason}」（${who}、${date}）`,
  flagsMore: (n: number) => `ほかに${n}問への報告があります。`,
  flagsFooter:
    '問題を無効にするには /quiz void ID 理由。無効にすると、その問題への報告は対応済みになります。',
  alreadyVoided: (id: string) => `問題 ${id} はすでに無効です。元に戻すには /quiz unvoid ${id}。`,
  voidedDone: (id: string, posts: number) =>
    posts === 0
      ? `問題 ${id} を無効にしました。このチームでは今後出題しません。`
      : `問題 ${id} を無効にしました。このチームでは今後出題せず、これまでの${posts}回の出題への回答はランキング・連続正解・成績から外れます。`,
  notVoided: (id: string) => `問題 ${id} は無効になっていません。`,
  unvoidedDone: (id: string, posts: number) =>
    posts === 0
      ? `問題 ${id} を元に戻しました。また出題されることがあります。`
      : `問題 ${id} を元に戻しました。${posts}回の出題への回答が再び集計に含まれ、また出題されることがあります。`,
  voidedPostNotice: (reason: string | null) =>
    reason
      ? `⚠️ この問題は管理者が無効にしました（理由: ${reason}）。回答は集計に含まれません。`
      : '⚠️ この問題は管理者が無効にしました。回答は集計に含まれません。',
  voidedFooter: '無効',
  questionVoidedClick: 'この問題は無効になりました。回答は集計に含まれません。',
  cmdNotes: '読み込んだノートと、このチャンネルで出題するノート（管理者は絞り込める）',
  optNotesTitles: 'ノートのタイトル（カンマ区切り）、または all',
  notesTitle: 'ノート',
  notesLine: (drawn: boolean, title: string, concepts: number, questions: number, file: string) =>
    `${drawn ? '✅' : '・'} ${title} — 概念 ${concepts}個・問題 ${questions}問（${file}）`,
  notesNoneAtAll: 'ノートが読み込まれていません。',
  notesDrawAll: 'このチャンネルでは、読み込んだすべてのノートから出題します。',
  notesDrawSome: (drawn: number, total: number) =>
    `このチャンネルでは、${total}件のうち ✅ の${drawn}件のノートから出題します。`,
  notesNoneLoaded: (titles: string) =>
    `このチャンネルに選んだノート（${titles}）がどれも読み込まれていないため、いまはすべてのノートから出題しています。`,
  notesMissing: (titles: string) => `選んだノートのうち読み込まれていないもの: ${titles}`,
  notesHint:
    '管理者は /quiz notes タイトル, タイトル… でこのチャンネルのノートを絞り込み、/quiz notes all で元に戻せます。',
  notesSet: (titles: string) => `このチャンネルの出題を${titles}に絞りました。`,
  notesSetAll: 'このチャンネルでは、すべてのノートから出題します。',
  notesUnknown: (typed: string, known: string) =>
    `「${typed}」というノートはありません。読み込んであるノート: ${known}`,
  notesAmbiguous: (typed: string, titles: string) =>
    `「${typed}」に当てはまるノートが複数あります（${titles}）。タイトルをもう少し詳しく書いてください。`,
  choiceListSeasons: 'シーズン一覧',
  optLeaderboardSeason: '過去のシーズン名（period が season のとき）',
  beforeFirstSeason: '最初のシーズン前・最初の回答から',
  seasonNameTaken: (name: string) =>
    `「${name}」というシーズンはすでにあります。別の名前にしてください（一覧は /quiz season list）。`,
  seasonListTitle: 'シーズン',
  seasonListCurrent: (name: string, from: string) => `${name} — ${from}から（開催中）`,
  seasonListPast: (name: string, from: string, to: string) => `${name} — ${from}〜${to}`,
  seasonListNone:
    'まだシーズンはありません。最初のシーズンが始まるまで、シーズンのランキングは最初の回答からすべてを数えます。',
  seasonListHint:
    '過去のシーズンのランキングは /quiz leaderboard season 名前、新しいシーズンは /quiz season new 名前（管理者）。',
  seasonUnknown: (name: string, names: string) =>
    `「${name}」というシーズンはありません。シーズン: ${names}`,
  seasonUnknownNone: (name: string) =>
    `「${name}」というシーズンはありません。まだシーズンが始まっていません。`,
  // ---- issue 11: `quizbot check` says why a concept gets fewer than two questions ----
  checkFileLine: (
    file: string,
    ok: boolean,
    concepts: number,
    questions: number,
    handWritten: number,
  ) =>
    `${file}: ${ok ? 'ok' : '問題あり'} — ${concepts}概念、${questions}問${handWritten > 0 ? `（うち手書き${handWritten}問）` : ''}`,
  checkCoverageSummary: (file: string, covered: number, total: number) =>
    `${file}: 2問以上の概念 ${covered}/${total}`,
  checkConceptLine: (where: string, name: string, questions: number, wanted: number) =>
    `${where}: 「${name}」は${questions === 0 ? '出題なし' : `${questions}問`}（${wanted}問ほしい）`,
  checkWhyLabel: '理由',
  checkAddLabel: '追記',
  checkWhy: (r: CoverageReason) => {
    switch (r.code) {
      case 'too-little-for-two':
        return `2問目を健全に作れるほどの記述がノートにない（正しい事実${r.trueFacts}件、誤解${r.misconceptions}件）：弱い2問目を足すより、健全な1問にとどめている`;
      case 'few-misconceptions':
        return `出題に使える誤解が${r.usable === 0 ? 'ない' : `${r.usable}件だけ`}（表の行に${r.cells}件、${r.section ? `節の×箇条書きにそれ以外が${r.bullets}件` : '概念の節はない'}）`;
      case 'misconception-dropped':
        return `誤解「${r.text}」（${r.line}行目）は選択肢にしない：${jaDropCause(r.cause, r.detail, r.sibling)}`;
      case 'other-section':
        return `ノートを「${r.read.heading}」の節（${r.read.line}行目）から読んでいて、本来の節「${r.own.heading}」（${r.own.line}行目）を読んでいない`;
      case 'few-true-statements':
        return `まとめ表のほかに正しい記述が${r.count === 0 ? 'ない' : `${r.count}件だけ`}（節の最初の文、ポイント、特徴。同じ事実の言い換えは1件、選択肢には長すぎる文は数えない）`;
      case 'no-siblings':
        return r.siblings.length === 0
          ? 'ノートが見分けている兄弟の概念がない（比較表にも、同じ見出しの下にもない）'
          : `ノートが見分けている兄弟の概念が「${r.siblings.join('」「')}」だけ（どの概念かを問うには2つ要る）`;
      case 'statements-not-distinctive':
        return `どの記述も見分けの手がかりにならない（概念名を含むもの${r.namesIt}件、兄弟の概念にも当てはまるもの${r.fitsSiblings}件）`;
      case 'options-failed':
        return `${jaTemplate(r.template)}の選択肢の組がどれも検査を通らない：${r.checks.map(jaRule).join('、')}`;
      case 'review-failed':
        return `${jaTemplate(r.template)}の問題がレビューで落ちた：${r.rules.map(jaRule).join('、')}`;
      case 'asked-elsewhere':
        return `残り${r.drafts}件の問題案は、ほかの問題と同じ事実を問うか、同じ選択肢の組になる`;
      case 'stem-names-it':
        return `残り${r.drafts}件の問題案は、説明文に名前の一部（${r.words.map((w) => `「${w}」`).join('')}）が出てきて、答えが分かってしまう`;
      case 'two-options-only':
        return `残り${r.drafts}件の問題案は2択で、2択の枠（全体の1割）が埋まっている`;
    }
  },
  checkAdd: (a: CoverageAdvice) => {
    switch (a.code) {
      case 'rename-heading':
        return `見出し「${a.heading.heading}」（${a.heading.line}行目）を「${a.name}」そのものと読めない名前に変え、本来の節が読まれるようにする`;
      case 'add-row-misconception':
        return '表の行に2つ目の誤解を書く（「誤解A ×、誤解B ×」）';
      case 'add-bullet':
        return `「${a.section}」の節に、訂正付きの「よくある誤解」を書く（「- × 誤った理解（正しくは…）」）`;
      case 'add-section':
        return `「## ${a.name}」の節を作り、ポイントと訂正付きの「よくある誤解」を書く`;
      case 'write-out-misconception':
        return `誤解「${a.text}」を、何をどう誤解しているかが分かる文にする`;
      case 'add-correction':
        return `「${a.text}」のあとに括弧で訂正を書く（「× ${a.text}（正しくは…）」）`;
      case 'shorten-misconception':
        return `誤解「${a.text}」を短く言い直す（90文字まで）`;
      case 'add-points':
        return `「${a.section}」の節に、正しい記述をもう1つ書く（ポイント行か特徴の箇条書き）`;
      case 'add-comparison-row':
        return `「${a.name}」を似た概念と並べる比較表の行を書く（既存の比較表に行を足してもよい）`;
      case 'nothing-to-add':
        return 'ノートに足すべきものは見当たらない（材料はあるが、上の検査で問題案が落ちた。生成側の課題として報告してほしい）';
      case 'add-distinctive-point':
        return a.siblings.length > 0
          ? `「${a.siblings.join('」「')}」にはない「${a.name}」だけの特徴をポイント行に書く`
          : `「${a.name}」だけの特徴をポイント行に書く`;
    }
  },
};

/** Why a misconception is set aside, in Japanese. */
function jaDropCause(cause: DropCause, detail: string, sibling?: string): string {
  switch (cause) {
    case 'bare-noun':
      return '名詞だけで、何を誤解しているのかを言う文になっていない';
    case 'denied-bare-noun':
      return 'ポイント行が名詞を否定しているだけで、誤った理解を述べていない';
    case 'too-long':
      return '選択肢にするには長すぎる（90文字まで）';
    case 'no-correction':
      return '誤りだとは書いてあるが、正しくはどうなのかが書かれていない';
    case 'describes-sibling':
      return `「${sibling ?? ''}」の説明そのもので、誤解ではなく2つを見分ける材料として使う`;
    case 'other':
      return detail;
  }
}

const JA_TEMPLATES: Record<TemplateName, string> = {
  'correct-about': '「正しいのはどれ」',
  'misconception-about': '「誤解はどれ」',
  'which-concept': '「どの概念か」',
  list: '一覧',
  table: '比較表',
  other: 'その他',
};

function jaTemplate(t: TemplateName): string {
  return JA_TEMPLATES[t];
}

/** What a check of the generator or a review rule turns down, in Japanese. */
const JA_RULES: Record<string, string> = {
  'enough-options': '選択肢が3つに満たない',
  'one-form': '文と名詞句が混ざる',
  'similar-length': '選択肢の長さがそろわない',
  'key-not-longest': '正解がいちばん長くなる',
  'key-not-shortest': '答えになる誤解だけが極端に短くなる',
  'absolute-words-balanced': '「のみ」「必ず」などの言葉が片側にだけある',
  'distinct-facts': '2つの選択肢が同じ事実を言う',
  'no-paraphrase-pair': '2つの選択肢が言い換えか矛盾になる',
  'no-contradiction': '2つの選択肢が矛盾する',
  'no-minimal-pair': '正解と誤りの選択肢が一語違いになる',
  'no-stem-echo': '選択肢が問題文の言葉を繰り返す',
  'no-prefix-negation': '選択肢が別の選択肢に非・不・無を付けただけ',
  'no-twin-key-statement': '正解ともう1つの選択肢だけが同じ語で始まる',
  'no-named-distractor': '説明文が誤りの選択肢の名前を含んでいる',
  'no-negation-cue': '否定の言い回しで正解が分かる',
  'no-wording-cue': '言い回しで正解が分かる',
  'no-concept-name-clue': '1つの選択肢だけが概念名を含む',
  'no-bare-values': '「あり/なし」のような値だけの選択肢',
  'no-repeated-words': '同じ語が重なる',
  'explanation-not-circular': '解説が循環している',
  'wrong-options-explained': '誤りの選択肢に解説がない',
  'no-truncated-text': '文が途中で切れる',
  'no-full-width-punctuation-in-english': '英語の文に全角の記号がある',
};

function jaRule(rule: string): string {
  return JA_RULES[rule] ?? rule;
}
