/**
 * Renders a core {@link Reply} as a Slack message: Block Kit blocks plus the notification
 * fallback text. Every Slack limit is met by shortening, splitting or dropping the overflow
 * (reported in `shortened`), never by failing.
 *
 * Slack has no disabled buttons: a disabled {@link Button} stays visible, unstyled, in an actions
 * block of its own (`quiz-closed-N`); a click on it still reaches the core, which answers that
 * the question is closed.
 */
import type { types } from '@slack/bolt';
import type { Button, Field, Reply } from '../../bot/types.ts';
import { escapeSlack, shorten, splitMrkdwn, toMrkdwn } from './slack-text.ts';

type KnownBlock = types.KnownBlock;
type SectionBlock = types.SectionBlock;
type SlackButton = types.Button;

/** Block Kit limits (https://docs.slack.dev/reference/block-kit). */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  headerText: 150,
  sectionText: 3000,
  fieldText: 2000,
  fieldsPerSection: 10,
  contextText: 2000,
  elementsPerActions: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  fallbackText: 3000,
} as const;

/** What chat.postMessage / chat.update / respond take. */
export interface SlackMessage {
  /** Notification and screen-reader fallback (mrkdwn). */
  text: string;
  blocks: KnownBlock[];
  /** True when something had to be shortened or dropped to fit Slack's limits. */
  shortened: boolean;
}

const ACTION_PREFIX = 'quiz:';
/** block_id prefixes: Slack has no disabled buttons, so closed ones sit in their own block, unstyled. */
export const OPEN_BLOCK = 'quiz-actions-';
export const CLOSED_BLOCK = 'quiz-closed-';
const ACTION_PATTERN = /^quiz:(.+):(\d+)$/;

/**
 * Slack wants action_ids unique within a block, and the core may reuse one (`answer` ×4), so
 * the button's position is appended: `quiz:<actionId>:<index>`.
 */
export function encodeActionId(actionId: string, index: number): string {
  const suffix = `:${index}`;
  return (
    ACTION_PREFIX +
    actionId.slice(0, SLACK_LIMITS.actionId - ACTION_PREFIX.length - suffix.length) +
    suffix
  );
}

/** The core's actionId from a Slack action_id, or null when the button is not ours. */
export function decodeActionId(slackActionId: string): string | null {
  return ACTION_PATTERN.exec(slackActionId)?.[1] ?? null;
}

/** Renders a reply as Block Kit. */
export function renderReply(reply: Reply): SlackMessage {
  const state = { shortened: false };
  const fit = (text: string, max: number): string => {
    const short = shorten(text, max);
    if (short !== text) state.shortened = true;
    return short;
  };

  const head: KnownBlock[] = [];
  const tail: KnownBlock[] = [];

  if (reply.title?.trim()) {
    head.push({
      type: 'header',
      text: {
        type: 'plain_text',
        text: fit(reply.title.trim(), SLACK_LIMITS.headerText),
        emoji: true,
      },
    });
  }
  if (reply.footer?.trim()) {
    tail.push({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: fit(toMrkdwn(reply.footer.trim()), SLACK_LIMITS.contextText) },
      ],
    });
  }

  const maxActionBlocks = SLACK_LIMITS.blocksPerMessage - head.length - tail.length - 1;
  const buttons = (reply.buttons ?? []).map((button, index) => ({ button, index }));
  const actions = [
    ...actionBlocks(
      buttons.filter((b) => !b.button.disabled),
      OPEN_BLOCK,
      fit,
      maxActionBlocks,
    ),
    ...actionBlocks(
      buttons.filter((b) => b.button.disabled),
      CLOSED_BLOCK,
      fit,
      maxActionBlocks,
    ),
  ];
  if (actions.length > maxActionBlocks) {
    actions.length = maxActionBlocks;
    state.shortened = true;
  }
  const shown = actions.reduce(
    (n, block) => n + (block.type === 'actions' ? block.elements.length : 0),
    0,
  );
  if (shown < buttons.length) state.shortened = true;

  const room = SLACK_LIMITS.blocksPerMessage - head.length - tail.length - actions.length;
  const body = [...textSections(reply.text, fit), ...fieldSections(reply.fields ?? [], fit)];
  if (body.length > room) {
    state.shortened = true;
    body.length = Math.max(0, room);
    const last = body[body.length - 1];
    if (last?.text) last.text.text = fit(`${last.text.text}\n…`, SLACK_LIMITS.sectionText);
  }

  return {
    text: fallbackText(reply),
    blocks: [...head, ...body, ...actions, ...tail],
    shortened: state.shortened,
  };
}

/** A message without blocks, for when Slack refused the blocks (a safety net, never the plan). */
export function renderPlainReply(reply: Reply): SlackMessage {
  const lines = [
    reply.title,
    reply.text,
    ...(reply.fields ?? []).map((f) => `${f.label}: ${f.value}`),
    reply.footer,
  ];
  const text = shorten(toMrkdwn(lines.filter((l) => l?.trim()).join('\n')), 40_000);
  return { text: text || ' ', blocks: [], shortened: true };
}

function fallbackText(reply: Reply): string {
  const parts = [reply.title, reply.text].filter((p): p is string => Boolean(p?.trim()));
  const text = toMrkdwn(parts.join('\n'));
  return (
    shorten(text, SLACK_LIMITS.fallbackText) ||
    shorten(reply.footer ?? ' ', SLACK_LIMITS.fallbackText) ||
    ' '
  );
}

type Fit = (text: string, max: number) => string;

function textSections(text: string, fit: Fit): SectionBlock[] {
  if (!text.trim()) return [];
  return splitMrkdwn(toMrkdwn(text), SLACK_LIMITS.sectionText).map((chunk) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: fit(chunk, SLACK_LIMITS.sectionText) },
  }));
}

function fieldText(field: Field, max: number, fit: Fit): string {
  const label = field.label.trim() ? `*${escapeSlack(field.label.trim())}*` : '';
  const value = field.value.trim() ? toMrkdwn(field.value.trim()) : '';
  return fit([label, value].filter(Boolean).join('\n') || '-', max);
}

/** Runs of inline fields share a section (10 at most); a wide field gets a section of its own. */
function fieldSections(fields: Field[], fit: Fit): SectionBlock[] {
  const sections: SectionBlock[] = [];
  let run: SectionBlock | null = null;
  for (const field of fields) {
    if (!field.inline) {
      run = null;
      sections.push({
        type: 'section',
        text: { type: 'mrkdwn', text: fieldText(field, SLACK_LIMITS.sectionText, fit) },
      });
      continue;
    }
    if (!run || (run.fields?.length ?? 0) >= SLACK_LIMITS.fieldsPerSection) {
      run = { type: 'section', fields: [] };
      sections.push(run);
    }
    run.fields?.push({ type: 'mrkdwn', text: fieldText(field, SLACK_LIMITS.fieldText, fit) });
  }
  return sections;
}

function actionBlocks(
  buttons: { button: Button; index: number }[],
  blockPrefix: string,
  fit: Fit,
  maxBlocks: number,
): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (
    let start = 0;
    start < buttons.length && blocks.length < maxBlocks;
    start += SLACK_LIMITS.elementsPerActions
  ) {
    const elements = buttons
      .slice(start, start + SLACK_LIMITS.elementsPerActions)
      .map(({ button, index }) => toSlackButton(button, index, fit));
    blocks.push({ type: 'actions', block_id: `${blockPrefix}${blocks.length}`, elements });
  }
  return blocks;
}

function toSlackButton(button: Button, index: number, fit: Fit): SlackButton {
  const element: SlackButton = {
    type: 'button',
    action_id: encodeActionId(button.actionId, index),
    text: {
      type: 'plain_text',
      text: fit(button.label.trim() || button.value || '…', SLACK_LIMITS.buttonText),
      emoji: true,
    },
  };
  if (button.value) element.value = fit(button.value, SLACK_LIMITS.buttonValue);
  if (!button.disabled && (button.style === 'primary' || button.style === 'danger'))
    element.style = button.style;
  return element;
}

/** Block Kit limits of a Home tab view. */
export const SLACK_HOME_LIMITS = { blocks: 100 } as const;

/** Renders a reply as the player's Home tab (`views.publish`): the same blocks as a message. */
export function renderHomeView(reply: Reply): { type: 'home'; blocks: KnownBlock[] } {
  return { type: 'home', blocks: renderReply(reply).blocks.slice(0, SLACK_HOME_LIMITS.blocks) };
}
