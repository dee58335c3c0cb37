/**
 * The form checks Discord applies to message and command bodies, so a renderer that breaks a
 * limit fails in tests exactly as it would against Discord (400, code 50035 / 50006).
 */

type Loose = Record<string, unknown>;

export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: Loose;
}

function invalid(problems: string[]): DiscordErrorBody | null {
  if (problems.length === 0) return null;
  return {
    code: 50035,
    message: 'Invalid Form Body',
    errors: { _errors: problems.map((message) => ({ code: 'INVALID', message })) },
  };
}

function checkEmbed(embed: Loose, i: number, problems: string[]): void {
  const title = String(embed.title ?? '');
  const description = String(embed.description ?? '');
  const footer = String((embed.footer as Loose | undefined)?.text ?? '');
  const fields = (embed.fields as Loose[] | undefined) ?? [];
  if (title.length > 256) problems.push(`embeds.${i}.title: Must be 256 or fewer in length.`);
  if (description.length > 4096)
    problems.push(`embeds.${i}.description: Must be 4096 or fewer in length.`);
  if (footer.length > 2048)
    problems.push(`embeds.${i}.footer.text: Must be 2048 or fewer in length.`);
  if (fields.length > 25) problems.push(`embeds.${i}.fields: Must be 25 or fewer in length.`);
  let total = title.length + description.length + footer.length;
  fields.forEach((f, j) => {
    const name = String(f.name ?? '');
    const value = String(f.value ?? '');
    if (name.length === 0 || name.length > 256)
      problems.push(`embeds.${i}.fields.${j}.name: Must be between 1 and 256 in length.`);
    if (value.length === 0 || value.length > 1024)
      problems.push(`embeds.${i}.fields.${j}.value: Must be between 1 and 1024 in length.`);
    total += name.length + value.length;
  });
  if (total > 6000) problems.push(`embeds.${i}: Embed size exceeds maximum size of 6000`);
}

function checkComponents(rows: Loose[], problems: string[]): void {
  if (rows.length > 5) problems.push('components: Must be 5 or fewer in length.');
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    const buttons = (row.components as Loose[] | undefined) ?? [];
    if (row.type !== 1) problems.push(`components.${i}.type: expected an action row`);
    if (buttons.length === 0 || buttons.length > 5)
      problems.push(`components.${i}.components: Must be between 1 and 5 in length.`);
    buttons.forEach((b, j) => {
      const id = String(b.custom_id ?? '');
      const label = String(b.label ?? '');
      if (id.length === 0 || id.length > 100)
        problems.push(
          `components.${i}.components.${j}.custom_id: Must be between 1 and 100 in length.`,
        );
      if (ids.has(id))
        problems.push(
          `components.${i}.components.${j}.custom_id: Component custom id cannot be duplicated`,
        );
      ids.add(id);
      if (label.length > 80)
        problems.push(`components.${i}.components.${j}.label: Must be 80 or fewer in length.`);
      if (![1, 2, 3, 4].includes(Number(b.style)))
        problems.push(`components.${i}.components.${j}.style: invalid`);
    });
  });
}

/** Checks a message create/edit body; `fileCount` counts uploaded files. */
export function validateMessage(
  body: Loose,
  fileCount: number,
  mode: 'create' | 'edit',
): DiscordErrorBody | null {
  const problems: string[] = [];
  const content = typeof body.content === 'string' ? body.content : '';
  const embeds = (body.embeds as Loose[] | undefined) ?? [];
  const components = (body.components as Loose[] | undefined) ?? [];
  if (content.length > 2000) problems.push('content: Must be 2000 or fewer in length.');
  if (embeds.length > 10) problems.push('embeds: Must be 10 or fewer in length.');
  embeds.forEach((e, i) => checkEmbed(e, i, problems));
  checkComponents(components, problems);
  const error = invalid(problems);
  if (error) return error;
  if (
    mode === 'create' &&
    !content &&
    embeds.length === 0 &&
    components.length === 0 &&
    fileCount === 0
  ) {
    return { code: 50006, message: 'Cannot send an empty message' };
  }
  return null;
}

const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkOption(option: Loose, path: string, problems: string[]): void {
  const name = String(option.name ?? '');
  const description = String(option.description ?? '');
  if (!NAME.test(name) || name !== name.toLowerCase())
    problems.push(`${path}.name: Command name is invalid`);
  if (description.length === 0 || description.length > 100)
    problems.push(`${path}.description: Must be between 1 and 100 in length.`);
  const choices = (option.choices as Loose[] | undefined) ?? [];
  if (choices.length > 25) problems.push(`${path}.choices: Must be 25 or fewer in length.`);
  if (choices.length > 0 && option.autocomplete)
    problems.push(`${path}: Autocomplete cannot be set with choices`);
  const nested = (option.options as Loose[] | undefined) ?? [];
  if (nested.length > 25) problems.push(`${path}.options: Must be 25 or fewer in length.`);
  let optionalSeen = false;
  nested.forEach((o, i) => {
    if (o.required && optionalSeen)
      problems.push(
        `${path}.options.${i}: Required options must be placed before non-required options`,
      );
    if (!o.required) optionalSeen = true;
    checkOption(o, `${path}.options.${i}`, problems);
  });
}

/** Checks an application command body. */
export function validateCommand(body: Loose): DiscordErrorBody | null {
  const problems: string[] = [];
  checkOption(body, 'command', problems);
  return invalid(problems);
}
