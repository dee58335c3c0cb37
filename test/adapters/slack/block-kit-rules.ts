/**
 * The Block Kit rules Slack enforces (https://docs.slack.dev/reference/block-kit), checked by the
 * fake Web API on every message, so each test also proves the adapter never sends what Slack
 * would refuse with `invalid_blocks`.
 */

interface Text {
  type?: string;
  text?: unknown;
}

interface Element extends Text {
  action_id?: string;
  value?: string;
  style?: string;
}

interface Block {
  type?: string;
  block_id?: string;
  text?: Text;
  fields?: Text[];
  elements?: Element[];
}

function textProblem(
  where: string,
  text: Text | undefined,
  max: number,
  kinds: string[],
): string | null {
  if (!text || typeof text.text !== 'string') return `${where}: text is missing`;
  if (!kinds.includes(text.type ?? ''))
    return `${where}: text type ${text.type} is not ${kinds.join('/')}`;
  if (text.text.length < 1) return `${where}: text is empty`;
  if (text.text.length > max)
    return `${where}: text is ${text.text.length} characters (max ${max})`;
  return null;
}

/** Every rule the message breaks, in Slack's json-pointer style; empty when Slack would take it. */
export function blockKitProblems(blocks: unknown[], text = ''): string[] {
  const problems: (string | null)[] = [];
  if (blocks.length > 50) problems.push(`/blocks: ${blocks.length} blocks (max 50)`);
  if (text.length > 40_000) problems.push(`/text: ${text.length} characters (max 40000)`);
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  (blocks as Block[]).forEach((block, b) => {
    const at = `/blocks/${b}`;
    if (block.block_id !== undefined) {
      if (block.block_id.length > 255) problems.push(`${at}/block_id: too long`);
      if (blockIds.has(block.block_id))
        problems.push(`${at}/block_id: ${block.block_id} is not unique`);
      blockIds.add(block.block_id);
    }
    switch (block.type) {
      case 'header':
        problems.push(textProblem(`${at}/text`, block.text, 150, ['plain_text']));
        break;
      case 'section':
        if (!block.text && !block.fields?.length)
          problems.push(`${at}: a section needs text or fields`);
        if (block.text)
          problems.push(textProblem(`${at}/text`, block.text, 3000, ['mrkdwn', 'plain_text']));
        if ((block.fields?.length ?? 0) > 10) problems.push(`${at}/fields: more than 10`);
        block.fields?.forEach((f, i) =>
          problems.push(textProblem(`${at}/fields/${i}`, f, 2000, ['mrkdwn', 'plain_text'])),
        );
        break;
      case 'context':
        if (!block.elements?.length || block.elements.length > 10)
          problems.push(`${at}/elements: 1 to 10 elements`);
        block.elements?.forEach((e, i) =>
          problems.push(textProblem(`${at}/elements/${i}`, e, 3000, ['mrkdwn', 'plain_text'])),
        );
        break;
      case 'actions':
        if (!block.elements?.length || block.elements.length > 25)
          problems.push(`${at}/elements: 1 to 25 elements`);
        block.elements?.forEach((e, i) => {
          const el = `${at}/elements/${i}`;
          if (e.type !== 'button') return;
          problems.push(textProblem(`${el}/text`, e.text as Text | undefined, 75, ['plain_text']));
          if (!e.action_id || e.action_id.length > 255)
            problems.push(`${el}/action_id: 1 to 255 characters`);
          else if (actionIds.has(e.action_id))
            problems.push(`${el}/action_id: ${e.action_id} is not unique`);
          if (e.action_id) actionIds.add(e.action_id);
          if (e.value !== undefined && (e.value.length < 1 || e.value.length > 2000))
            problems.push(`${el}/value: 1 to 2000 characters`);
          if (e.style !== undefined && e.style !== 'primary' && e.style !== 'danger')
            problems.push(`${el}/style: ${e.style}`);
        });
        break;
      default:
        problems.push(`${at}/type: unexpected ${block.type}`);
    }
  });
  return problems.filter((p): p is string => p !== null);
}
