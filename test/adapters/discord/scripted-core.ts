/**
 * A scripted stand-in for the bot core: the real command registry's shape and realistic replies
 * (a question card with 4 answer buttons, an ephemeral result with an Explain button, a reveal
 * edit, a leaderboard …), recording every event it gets. Not the real core: just enough
 * behaviour to drive the Discord adapter through the daily flow.
 */
import { UserError } from '../../../src/bot/errors.ts';
import {
  type ActionEvent,
  type BotCore,
  type ChannelRef,
  type ChatTransport,
  type CommandEvent,
  type CommandSpec,
  type MessageRef,
  mention,
  type Reply,
} from '../../../src/bot/types.ts';

export const SPECS: CommandSpec[] = [
  {
    name: 'help',
    description: 'コマンドの一覧',
    usage: '/quiz help',
    adminOnly: false,
    options: [],
  },
  {
    name: 'lookup',
    description: '用語を調べる',
    usage: '/quiz lookup <用語>',
    adminOnly: false,
    options: [
      {
        name: 'term',
        description: '調べる用語',
        kind: 'string',
        required: true,
        autocomplete: true,
      },
    ],
  },
  {
    name: 'explain',
    description: '問題の解説を見る',
    usage: '/quiz explain [問題ID]',
    adminOnly: false,
    options: [
      {
        name: 'id',
        description: '問題ID（省略すると今日の問題）',
        kind: 'string',
        required: false,
      },
    ],
  },
  {
    name: 'leaderboard',
    description: 'ランキングを表示',
    usage: '/quiz leaderboard [week|month|season|all]',
    adminOnly: false,
    options: [
      {
        name: 'period',
        description: '期間',
        kind: 'choice',
        choices: ['week', 'month', 'season', 'all'],
        required: false,
      },
    ],
  },
  {
    name: 'stats',
    description: '成績を表示',
    usage: '/quiz stats [@ユーザー]',
    adminOnly: false,
    options: [
      { name: 'user', description: '誰の成績か（省略すると自分）', kind: 'user', required: false },
    ],
  },
  {
    name: 'practice',
    description: '練習問題を解く',
    usage: '/quiz practice',
    adminOnly: false,
    options: [],
  },
  {
    name: 'schedule',
    description: '出題時刻を設定（管理者）',
    usage: '/quiz schedule [HH:MM] [曜日] [タイムゾーン]',
    adminOnly: true,
    options: [
      { name: 'time', description: '出題時刻 HH:MM', kind: 'string', required: false },
      { name: 'days', description: '曜日（例: mon-fri）', kind: 'string', required: false },
      {
        name: 'timezone',
        description: 'タイムゾーン（例: Asia/Tokyo）',
        kind: 'string',
        required: false,
      },
    ],
  },
  {
    name: 'post',
    description: '今すぐ出題（管理者）',
    usage: '/quiz post',
    adminOnly: true,
    options: [],
  },
  {
    name: 'close',
    description: '締め切って結果を発表（管理者）',
    usage: '/quiz close',
    adminOnly: true,
    options: [],
  },
  {
    name: 'season',
    description: 'シーズンを管理（管理者）',
    usage: '/quiz season [new] [名前]',
    adminOnly: true,
    options: [
      { name: 'action', description: '操作', kind: 'choice', choices: ['new'], required: false },
      { name: 'name', description: 'シーズン名', kind: 'string', required: false },
    ],
  },
];

export const CONCEPTS: Record<string, { correct: string; misconceptions: string }> = {
  サーキットブレーカー: {
    correct: 'エラーレートが閾値を超えたら即座にエラーを返す',
    misconceptions: 'キュー待機 ×、秒間リクエスト上限 ×',
  },
  サーガ: {
    correct: 'ローカルトランザクション + 非同期メッセージ',
    misconceptions: '分散トランザクション ×',
  },
  サイドカー: { correct: 'アプリに補助機能を追加する', misconceptions: '中継 ×、変換 ×' },
  セルフヒーリング: { correct: 'Pod 数を維持するよう自動起動する', misconceptions: 'Node 作成 ×' },
  オーケストレーション: {
    correct: '中央集権で単一障害点がある',
    misconceptions: '単一障害点なし ×',
  },
  gRPC: { correct: 'HTTP/2 とフィールド番号で管理する', misconceptions: 'HTTP/1 互換 ×' },
};

const QUESTION = {
  id: 'q-circuit-breaker-1',
  postId: 'post-1',
  text: 'サーキットブレーカーの説明として正しいものはどれ？',
  choices: [
    'エラーレートが閾値を超えたら即座にエラーを返す',
    'リクエストをキューに入れて順番に処理する',
    '秒間リクエスト数に上限を設ける',
    '障害時に別リージョンへ切り替える',
  ],
  correct: 0,
};
const LETTERS = ['A', 'B', 'C', 'D'];

interface Answer {
  name: string;
  choice: number;
}

export class ScriptedCore implements BotCore {
  readonly commandEvents: CommandEvent[] = [];
  readonly actionEvents: ActionEvent[] = [];
  readonly adminAnswers: boolean[] = [];
  readonly completions: {
    command: string;
    option: string;
    partial: string;
    channel: ChannelRef;
  }[] = [];
  schedule: { time: string; days: string; timezone: string } | null = null;
  post: MessageRef | null = null;
  closed = false;
  readonly answers = new Map<string, Answer>();
  private transport: ChatTransport | null = null;
  private gate: Promise<void> | null = null;
  private failure: Error | null = null;

  attach(transport: ChatTransport): void {
    this.transport = transport;
  }

  /** Makes the next command or action wait until the returned function is called. */
  hold(): () => void {
    let release = () => {};
    this.gate = new Promise<void>((resolve) => (release = resolve));
    return release;
  }

  /** Makes the next command or action throw. */
  failNext(error: Error): void {
    this.failure = error;
  }

  commands(): CommandSpec[] {
    return SPECS;
  }

  async complete(
    command: string,
    option: string,
    partial: string,
    channel: ChannelRef,
  ): Promise<string[]> {
    this.completions.push({ command, option, partial, channel });
    if (command !== 'lookup' || option !== 'term') return [];
    return Object.keys(CONCEPTS).filter((c) => c.toLowerCase().includes(partial.toLowerCase()));
  }

  private async begin(): Promise<void> {
    const gate = this.gate;
    this.gate = null;
    if (gate) await gate;
    const failure = this.failure;
    this.failure = null;
    if (failure) throw failure;
  }

  private need(): ChatTransport {
    if (!this.transport) throw new Error('ScriptedCore: attach(transport) first');
    return this.transport;
  }

  async handleCommand(event: CommandEvent): Promise<Reply[]> {
    this.commandEvents.push(event);
    await this.begin();
    const spec = SPECS.find((s) => s.name === event.name);
    if (spec?.adminOnly) {
      const admin = await event.isAdmin();
      this.adminAnswers.push(admin);
      if (!admin)
        return [
          { visibility: 'ephemeral', text: 'このコマンドは管理者だけが使えます。', tone: 'error' },
        ];
    }
    switch (event.name) {
      case 'help':
        return [
          {
            visibility: 'ephemeral',
            title: 'quizbot のコマンド',
            text: SPECS.map((s) => `${s.usage} — ${s.description}`).join('\n'),
          },
        ];
      case 'lookup':
        return [lookupCard(event.args[0] ?? '')];
      case 'explain':
        return [explanation()];
      case 'leaderboard':
        return [this.leaderboard(event.args[0] ?? 'week')];
      case 'stats':
        return [this.stats(event.args[0] ?? mention(event.userId))];
      case 'practice':
        return [
          { ...questionCard('practice-answer', 0), visibility: 'ephemeral', title: '練習問題' },
        ];
      case 'schedule': {
        const [time = '09:00', days = 'mon-fri', timezone = 'Asia/Tokyo'] = event.args.map(
          (a) => a || undefined,
        );
        if (!/^\d{2}:\d{2}$/.test(time))
          throw new UserError('bad_time', `「${time}」は HH:MM 形式の時刻ではありません。`);
        this.schedule = { time, days, timezone };
        return [
          {
            visibility: 'ephemeral',
            text: `毎日 ${time}（${days}、${timezone}）に出題します。`,
            tone: 'info',
          },
        ];
      }
      case 'post':
        this.post = await this.need().postMessage(event, {
          ...questionCard('answer', 0),
          visibility: 'channel',
        });
        return [{ visibility: 'ephemeral', text: '今日の問題を投稿しました。', tone: 'info' }];
      case 'close':
        return this.close();
      case 'season': {
        const name = event.args[1] ?? '無題';
        return [
          {
            visibility: 'channel',
            title: `シーズン「${name}」開幕`,
            text: 'スコアをリセットしました。',
            tone: 'info',
          },
          {
            visibility: 'ephemeral',
            text: `新しいシーズン「${name}」を始めました。`,
            tone: 'info',
          },
        ];
      }
      default:
        return [
          { visibility: 'ephemeral', text: `不明なコマンドです: ${event.name}`, tone: 'error' },
        ];
    }
  }

  async handleAction(event: ActionEvent): Promise<Reply[]> {
    this.actionEvents.push(event);
    await this.begin();
    switch (event.actionId) {
      case 'answer':
        return this.answer(event);
      case 'practice-answer': {
        const choice = Number(event.value.split(':')[1]);
        return [resultCard(choice === QUESTION.correct, choice)];
      }
      case 'explain':
        return [explanation()];
      case 'quiz-me':
        return [
          {
            ...questionCard('practice-answer', 0),
            visibility: 'ephemeral',
            title: `練習: ${event.value}`,
          },
        ];
      default:
        return [];
    }
  }

  private async answer(event: ActionEvent): Promise<Reply[]> {
    if (this.closed)
      return [{ visibility: 'ephemeral', text: 'この問題は締め切られました。', tone: 'info' }];
    const previous = this.answers.get(event.userId);
    if (previous) {
      return [
        {
          visibility: 'ephemeral',
          text: `回答済みです（あなたの回答: ${LETTERS[previous.choice]}）。`,
          tone: 'info',
        },
      ];
    }
    const choice = Number(event.value.split(':')[1]);
    this.answers.set(event.userId, { name: event.userName, choice });
    const ref = event.message ?? this.post;
    if (ref)
      await this.need().updateMessage(ref, {
        ...questionCard('answer', this.answers.size),
        visibility: 'channel',
      });
    return [resultCard(choice === QUESTION.correct, choice)];
  }

  private async close(): Promise<Reply[]> {
    if (!this.post)
      return [{ visibility: 'ephemeral', text: '締め切る問題がありません。', tone: 'error' }];
    this.closed = true;
    const winners = [...this.answers]
      .filter(([, a]) => a.choice === QUESTION.correct)
      .map(([id]) => mention(id));
    await this.need().updateMessage(this.post, {
      visibility: 'channel',
      title: '今日の問題（締め切り）',
      text: `${QUESTION.text}\n\n正解: ${LETTERS[QUESTION.correct]}. ${QUESTION.choices[QUESTION.correct]}`,
      fields: [
        { label: '回答者', value: String(this.answers.size), inline: true },
        { label: '正解者', value: winners.join(' ') || 'なし', inline: true },
      ],
      buttons: [{ actionId: 'explain', label: '解説を見る', value: QUESTION.id }],
      tone: 'correct',
    });
    return [{ visibility: 'ephemeral', text: '締め切って結果を発表しました。', tone: 'info' }];
  }

  private leaderboard(period: string): Reply {
    const rows = [...this.answers]
      .filter(([, a]) => a.choice === QUESTION.correct)
      .map(([id], i) => ({ label: `${i + 1}位`, value: `${mention(id)} — 1点`, inline: false }));
    return {
      visibility: 'channel',
      title: `ランキング（${period}）`,
      text: rows.length ? '' : 'まだ誰も得点していません。',
      fields: rows,
      tone: 'info',
    };
  }

  private stats(who: string): Reply {
    const id = who.replace(/^<@|>$/g, '');
    const answer = this.answers.get(id);
    return {
      visibility: 'ephemeral',
      title: '成績',
      text: `${who} の成績`,
      fields: [
        { label: '回答数', value: answer ? '1' : '0', inline: true },
        {
          label: '正答率',
          value: answer ? (answer.choice === QUESTION.correct ? '100%' : '0%') : '—',
          inline: true,
        },
      ],
    };
  }
}

/** The daily question as a card: 4 answer buttons and a count of answers so far. */
export function questionCard(actionId: string, answered: number): Omit<Reply, 'visibility'> {
  return {
    title: '今日の問題',
    text: QUESTION.text,
    buttons: QUESTION.choices.map((c, i) => ({
      actionId,
      label: `${LETTERS[i]}. ${c}`,
      value: `${QUESTION.postId}:${i}`,
    })),
    footer: `回答は1人1回 · ${answered}人が回答`,
    tone: 'question',
  };
}

function resultCard(correct: boolean, choice: number): Reply {
  return {
    visibility: 'ephemeral',
    title: correct ? '正解！' : '不正解',
    text: `あなたの回答: ${LETTERS[choice]}. ${QUESTION.choices[choice] ?? ''}`,
    buttons: [{ actionId: 'explain', label: '解説を見る', value: QUESTION.id }],
    tone: correct ? 'correct' : 'wrong',
  };
}

function explanation(): Reply {
  return {
    visibility: 'ephemeral',
    title: '解説: サーキットブレーカー',
    text: '失敗が続くサービスへの呼び出しを遮断し、エラーレートが閾値を超えたら待たずに即エラーを返します。',
    fields: [{ label: 'よくある誤解', value: CONCEPTS.サーキットブレーカー?.misconceptions ?? '' }],
    tone: 'info',
  };
}

function lookupCard(term: string): Reply {
  const concept = CONCEPTS[term];
  if (!concept)
    return { visibility: 'ephemeral', text: `「${term}」は見つかりませんでした。`, tone: 'error' };
  return {
    visibility: 'ephemeral',
    title: term,
    text: concept.correct,
    fields: [{ label: 'よくある誤解', value: concept.misconceptions }],
    buttons: [{ actionId: 'quiz-me', label: 'この用語で練習', value: term }],
    tone: 'info',
  };
}
