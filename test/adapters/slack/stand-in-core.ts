/**
 * A scripted BotCore for the adapter tests, until the real core lands. It behaves like the real
 * one where the adapter can tell: it claims idempotency keys, checks admins, locks one answer per
 * person, returns the same kinds of cards (question with four answer buttons, ephemeral result
 * with an Explain button, reveal with a distribution, leaderboard, lookup, stats, help), and
 * speaks first through the transport for the daily post and the reveal.
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

export const QUESTION = {
  postId: 'post-1',
  title: '今日の問題 #1',
  text: 'SAGA パターンの説明として正しいものはどれ？',
  choices: [
    'ローカルトランザクションを連鎖させ、失敗したら補償トランザクションで取り消す',
    '2PC で全サービスを同時にコミットする',
    '共有データベースのロックで一貫性を保つ',
    'メッセージブローカーがなければ実装できない',
  ],
  correct: 0,
  explanation:
    'SAGA は各サービスのローカルトランザクションをつなぎ、途中で失敗したら補償トランザクションで打ち消します。2PC とは違い、全体ロックを持ちません。',
};

const LETTERS = ['A', 'B', 'C', 'D'];

export class ScriptedCore implements BotCore {
  readonly commandsSeen: CommandEvent[] = [];
  readonly actionsSeen: ActionEvent[] = [];
  readonly adminChecks: { userId: string; admin: boolean }[] = [];
  readonly schedules = new Map<string, string>();
  /** Locked answers of today's post: user id → choice index. */
  readonly answers = new Map<string, number>();
  readonly names = new Map<string, string>();
  readonly points = new Map<string, number>();
  post: MessageRef | null = null;
  revealed = false;
  /** When set, every handler waits for it first (to show ack-before-work and stop()). */
  gate: Promise<void> | null = null;
  private readonly claimed = new Set<string>();
  private transport: ChatTransport | null = null;

  attach(transport: ChatTransport): void {
    this.transport = transport;
  }

  /** What the scheduler does at 09:00: post today's question. */
  async runDailyPost(channel: ChannelRef): Promise<MessageRef> {
    this.post = await this.requireTransport().postMessage(channel, this.questionCard(false));
    return this.post;
  }

  /** What the scheduler does when the answer window closes. */
  async reveal(): Promise<void> {
    const post = this.post;
    if (!post) throw new Error('nothing posted');
    this.revealed = true;
    for (const [userId, choice] of this.answers) {
      if (choice === QUESTION.correct) this.points.set(userId, (this.points.get(userId) ?? 0) + 10);
    }
    await this.requireTransport().updateMessage(post, this.questionCard(true));
    await this.requireTransport().postMessage(post, this.revealCard());
  }

  async handleCommand(event: CommandEvent): Promise<Reply[]> {
    await this.gate;
    this.commandsSeen.push(event);
    if (!this.claim(event.idempotencyKey)) return [];
    this.names.set(event.userId, event.userName);
    switch (event.name) {
      case 'schedule':
        return this.schedule(event);
      case 'leaderboard':
        return [this.leaderboard()];
      case 'lookup':
        return [this.lookup(event.args.join(' '))];
      case 'stats':
        return [
          {
            visibility: 'ephemeral',
            title: `${event.userName} さんの成績`,
            text: `回答 ${this.answers.has(event.userId) ? 1 : 0} 問`,
            fields: [
              { label: '正答率', value: '100%', inline: true },
              { label: '連続正解', value: '1 日', inline: true },
            ],
          },
        ];
      case 'crash':
        throw new Error('scripted failure');
      case '':
      case 'help':
        return [
          {
            visibility: 'ephemeral',
            title: 'quizbot の使い方',
            text: this.commands()
              .map((c) => `/quiz ${c.usage} — ${c.description}`)
              .join('\n'),
          },
        ];
      default:
        throw new UserError(
          'unknown_command',
          `「${event.name}」というコマンドはありません。/quiz help を見てください。`,
        );
    }
  }

  async handleAction(event: ActionEvent): Promise<Reply[]> {
    await this.gate;
    this.actionsSeen.push(event);
    if (!this.claim(event.idempotencyKey)) return [];
    this.names.set(event.userId, event.userName);
    if (event.actionId === 'explain') {
      return [{ visibility: 'ephemeral', title: '解説', text: QUESTION.explanation, tone: 'info' }];
    }
    if (event.actionId !== 'answer') return [];
    if (this.revealed)
      return [
        { visibility: 'ephemeral', text: 'この問題の回答は締め切られました。', tone: 'info' },
      ];
    const locked = this.answers.get(event.userId);
    if (locked !== undefined) {
      return [
        {
          visibility: 'ephemeral',
          text: `すでに ${LETTERS[locked]} で回答済みです（回答は変更できません）。`,
          tone: 'info',
        },
      ];
    }
    const choice = Number(event.value.split(':')[1]);
    this.answers.set(event.userId, choice);
    const right = choice === QUESTION.correct;
    return [
      {
        visibility: 'ephemeral',
        title: right ? '正解！' : '残念、不正解',
        text: `あなたの回答: ${LETTERS[choice]}. ${QUESTION.choices[choice]}`,
        tone: right ? 'correct' : 'wrong',
        buttons: [{ actionId: 'explain', label: '解説を見る', value: QUESTION.postId }],
      },
    ];
  }

  async complete(): Promise<string[]> {
    return ['SAGA', 'サービスメッシュ'];
  }

  commands(): CommandSpec[] {
    return [
      {
        name: 'schedule',
        description: '毎日の出題時刻を設定',
        usage: 'schedule 09:00',
        adminOnly: true,
        options: [{ name: 'time', description: 'HH:MM', kind: 'string', required: true }],
      },
      {
        name: 'leaderboard',
        description: 'ランキング',
        usage: 'leaderboard',
        adminOnly: false,
        options: [],
      },
      {
        name: 'lookup',
        description: '用語を調べる',
        usage: 'lookup <用語>',
        adminOnly: false,
        options: [
          { name: 'term', description: '用語', kind: 'string', required: true, autocomplete: true },
        ],
      },
      { name: 'stats', description: '自分の成績', usage: 'stats', adminOnly: false, options: [] },
    ];
  }

  private claim(key: string | undefined): boolean {
    if (!key) return true;
    if (this.claimed.has(key)) return false;
    this.claimed.add(key);
    return true;
  }

  private requireTransport(): ChatTransport {
    if (!this.transport) throw new Error('attach a transport first');
    return this.transport;
  }

  private async schedule(event: CommandEvent): Promise<Reply[]> {
    const admin = await event.isAdmin();
    this.adminChecks.push({ userId: event.userId, admin });
    if (!admin) throw new UserError('not_admin', 'スケジュールを変えられるのは管理者だけです。');
    const time = event.args[0] ?? '';
    if (!/^\d{2}:\d{2}$/.test(time))
      throw new UserError(
        'bad_time',
        `時刻は HH:MM で指定してください（例: 09:00）。「${time}」は読めません。`,
      );
    this.schedules.set(`${event.teamId}/${event.channelId}`, time);
    return [
      {
        visibility: 'ephemeral',
        text: `このチャンネルでは毎日 ${time} に出題します。`,
        tone: 'info',
      },
    ];
  }

  private questionCard(closed: boolean): Reply {
    return {
      visibility: 'channel',
      title: QUESTION.title,
      text: `${QUESTION.text}\n${QUESTION.choices.map((c, i) => `${LETTERS[i]}. ${c}`).join('\n')}`,
      tone: 'question',
      buttons: QUESTION.choices.map((c, i) => ({
        actionId: 'answer',
        label: `${LETTERS[i]}. ${c}`,
        value: `${QUESTION.postId}:${i}`,
        disabled: closed,
      })),
      footer: closed
        ? `締め切りました · 回答 ${this.answers.size} 人`
        : '回答は一人一回、締め切り後に答え合わせ',
    };
  }

  private revealCard(): Reply {
    const counts = QUESTION.choices.map(
      (_, i) => [...this.answers.values()].filter((a) => a === i).length,
    );
    const winners = [...this.answers]
      .filter(([, a]) => a === QUESTION.correct)
      .map(([u]) => mention(u));
    return {
      visibility: 'channel',
      title: `答え: ${LETTERS[QUESTION.correct]}`,
      text: `${QUESTION.choices[QUESTION.correct]}\n${QUESTION.explanation}`,
      fields: [
        ...counts.map((n, i) => ({
          label: LETTERS[i] ?? '?',
          value: `${'█'.repeat(n)} ${n} 人`,
          inline: true,
        })),
        { label: '正解者', value: winners.join(' ') || 'なし' },
      ],
      tone: 'correct',
    };
  }

  private leaderboard(): Reply {
    const rows = [...this.points].sort((a, b) => b[1] - a[1]);
    return {
      visibility: 'channel',
      title: '今週のランキング',
      text:
        rows.length > 0
          ? rows.map(([u, p], i) => `${i + 1}. ${mention(u)} ${p} 点`).join('\n')
          : 'まだ誰も得点していません。',
      footer: '正解 1 問 10 点',
    };
  }

  private lookup(term: string): Reply {
    if (!term)
      throw new UserError(
        'missing_term',
        '調べる用語を指定してください（例: /quiz lookup SAGA）。',
      );
    return {
      visibility: 'ephemeral',
      title: term,
      text: '複数サービスにまたがる処理を、ローカルトランザクションと補償トランザクションでつなぐパターン。',
      fields: [
        { label: '正しい理解', value: '失敗時は補償トランザクションで取り消す' },
        { label: 'よくある誤解', value: '2PC と同じように全体をロックする' },
      ],
    };
  }
}
