/**
 * Renders a core {@link Reply} as a Discord message: an embed card (or plain content) with
 * action rows of buttons. Discord's limits are applied here by shortening, never by failing.
 * Visibility (ephemeral or not) is not decided here: it is a property of how the message is sent.
 */

import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIEmbed,
  APIEmbedField,
} from 'discord.js';
import { ButtonStyle, ComponentType } from 'discord.js';
import type { Attachment, Button, Reply } from '../../bot/types.ts';
import { encodeCustomId } from './discord-custom-id.ts';

/** Discord's message limits (https://discord.com/developers/docs/resources/message). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  buttonLabel: 80,
  buttonsPerRow: 5,
  rows: 5,
  attachmentDescription: 1024,
} as const;

/** Embed accent per tone (Discord's palette). */
export const TONE_COLORS: Record<NonNullable<Reply['tone']>, number> = {
  question: 0x5865f2,
  correct: 0x57f287,
  wrong: 0xed4245,
  info: 0x3498db,
  error: 0xfee75c,
};

/** A file to upload with the message (the shape @discordjs/rest takes). */
export interface DiscordFile {
  name: string;
  data: Buffer;
  contentType: string;
  /** Alt text for screen readers (the attachment's `description`, ≤ 1024). */
  description?: string;
}

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** A rendered message, in Discord API shape. */
export interface DiscordMessage {
  /** Empty when the reply is rendered as an embed. */
  content: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  files: DiscordFile[];
}

/** The rendered message plus anything that had to be dropped or cut (for a log line). */
export interface RenderResult {
  message: DiscordMessage;
  warnings: string[];
}

const ZERO_WIDTH_SPACE = '\u200b';

/** Shortens `text` to `max` UTF-16 units with an ellipsis, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut}…`;
}

function isCard(reply: Reply): boolean {
  return Boolean(reply.title || reply.fields?.length || reply.footer || reply.tone);
}

function renderEmbed(reply: Reply, files: DiscordFile[], warnings: string[]): APIEmbed {
  const L = DISCORD_LIMITS;
  const embed: APIEmbed = {};
  if (reply.title) embed.title = truncate(reply.title, L.embedTitle);
  if (reply.text) embed.description = truncate(reply.text, L.embedDescription);
  if (reply.tone) embed.color = TONE_COLORS[reply.tone];
  if (reply.footer) embed.footer = { text: truncate(reply.footer, L.footer) };
  const fields: APIEmbedField[] = (reply.fields ?? []).slice(0, L.embedFields).map((f) => ({
    name: truncate(f.label || ZERO_WIDTH_SPACE, L.fieldName),
    value: truncate(f.value || ZERO_WIDTH_SPACE, L.fieldValue),
    ...(f.inline !== undefined ? { inline: f.inline } : {}),
  }));
  if ((reply.fields?.length ?? 0) > L.embedFields) {
    warnings.push(
      `dropped ${(reply.fields?.length ?? 0) - L.embedFields} fields over Discord's ${L.embedFields}`,
    );
  }
  if (fields.length > 0) embed.fields = fields;
  const image = files.find((f) => f.contentType.startsWith('image/'));
  if (image) embed.image = { url: `attachment://${image.name}` };
  fitEmbedTotal(embed, warnings);
  return embed;
}

function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    fields
  );
}

/** Keeps the whole embed within 6000 characters: shorten the description, then drop fields. */
function fitEmbedTotal(embed: APIEmbed, warnings: string[]): void {
  const over = embedLength(embed) - DISCORD_LIMITS.embedTotal;
  if (over <= 0) return;
  warnings.push(`embed was ${over} characters over Discord's ${DISCORD_LIMITS.embedTotal}`);
  if (embed.description) {
    embed.description = truncate(embed.description, Math.max(1, embed.description.length - over));
  }
  while (embedLength(embed) > DISCORD_LIMITS.embedTotal && embed.fields?.length) embed.fields.pop();
}

const STYLES: Record<
  NonNullable<Button['style']>,
  ButtonStyle.Primary | ButtonStyle.Danger | ButtonStyle.Secondary
> = {
  primary: ButtonStyle.Primary,
  danger: ButtonStyle.Danger,
  default: ButtonStyle.Secondary,
};

/** Lays buttons out in rows of 5, at most 5 rows, with unique custom_ids. */
export function renderButtons(buttons: readonly Button[], warnings: string[]): ButtonRow[] {
  const L = DISCORD_LIMITS;
  const max = L.buttonsPerRow * L.rows;
  if (buttons.length > max)
    warnings.push(`dropped ${buttons.length - max} buttons over Discord's ${max}`);
  const seen = new Map<string, number>();
  const rendered: APIButtonComponentWithCustomId[] = buttons.slice(0, max).map((b) => {
    const key = `${b.actionId}\u0000${b.value}`;
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    const { customId, truncated } = encodeCustomId(b.actionId, b.value, repeat);
    if (truncated) warnings.push(`button "${b.actionId}" value shortened to fit custom_id (100)`);
    return {
      type: ComponentType.Button,
      custom_id: customId,
      label: truncate(b.label.trim() || '…', L.buttonLabel),
      style: STYLES[b.style ?? 'default'],
      ...(b.disabled ? { disabled: true } : {}),
    };
  });
  const rows: ButtonRow[] = [];
  for (let i = 0; i < rendered.length; i += L.buttonsPerRow) {
    rows.push({
      type: ComponentType.ActionRow,
      components: rendered.slice(i, i + L.buttonsPerRow),
    });
  }
  return rows;
}

function renderFiles(attachments: readonly Attachment[] | undefined): DiscordFile[] {
  return (attachments ?? []).map((a) => ({
    name: a.filename,
    data: Buffer.from(a.data),
    contentType: a.mimeType,
    ...(a.altText
      ? { description: truncate(a.altText, DISCORD_LIMITS.attachmentDescription) }
      : {}),
  }));
}

/**
 * Renders a reply. Cards (title, fields, footer or tone) become one embed; a bare text reply
 * becomes message content. Buttons become action rows.
 */
export function renderReply(reply: Reply): RenderResult {
  const warnings: string[] = [];
  const files = renderFiles(reply.attachments);
  const components = renderButtons(reply.buttons ?? [], warnings);
  if (isCard(reply)) {
    return {
      message: { content: '', embeds: [renderEmbed(reply, files, warnings)], components, files },
      warnings,
    };
  }
  if (reply.text.length > DISCORD_LIMITS.content) {
    warnings.push(
      `content was ${reply.text.length} characters, over Discord's ${DISCORD_LIMITS.content}`,
    );
  }
  let content = truncate(reply.text, DISCORD_LIMITS.content);
  // Discord refuses a message with nothing in it.
  if (!content.trim() && components.length === 0 && files.length === 0) content = ZERO_WIDTH_SPACE;
  return { message: { content, embeds: [], components, files }, warnings };
}

/** Nobody is pinged by the bot's messages: mentions render as names only. */
export const NO_PINGS = { parse: [] as [] };

/**
 * The JSON body for `POST /channels/{id}/messages` or a `PATCH` of one. An edit replaces the
 * whole message: content, embeds, buttons and attachments not in the reply are removed.
 */
export function toRestBody(
  message: DiscordMessage,
  mode: 'create' | 'edit',
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: NO_PINGS,
    attachments: message.files.map((f, id) => ({
      id,
      filename: f.name,
      ...(f.description ? { description: f.description } : {}),
    })),
  };
  if (mode === 'edit' || message.content) body.content = message.content;
  return body;
}

/** Options for discord.js interaction replies, edits and follow-ups. */
export function toInteractionOptions(message: DiscordMessage): {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
  files: { attachment: Buffer; name: string; description?: string }[];
  allowedMentions: { parse: [] };
} {
  return {
    ...(message.content ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    files: message.files.map((f) => ({
      attachment: f.data,
      name: f.name,
      ...(f.description ? { description: f.description } : {}),
    })),
    allowedMentions: { parse: [] },
  };
}
