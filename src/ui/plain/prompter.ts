/**
 * The questions the plain walk asks, behind an interface so the walk can be
 * tested with scripted answers; the real one uses @inquirer/prompts.
 */
export interface Choice<T extends string> {
  readonly name: string;
  readonly value: T;
}

export interface Prompter {
  select<T extends string>(message: string, choices: readonly Choice<T>[], defaultValue?: T): Promise<T>;
  input(message: string, options?: { validate?: (value: string) => true | string; default?: string }): Promise<string>;
  print(text: string): void;
}

/** The real prompts; printed text goes to `write` (the command's Output). */
export async function inquirerPrompter(write: (text: string) => void): Promise<Prompter> {
  const { input, select } = await import('../prompts.js');
  return {
    select: (message, choices, defaultValue) =>
      select({ message, choices: choices.map((c) => ({ name: c.name, value: c.value })), pageSize: 15, ...(defaultValue ? { default: defaultValue } : {}) }),
    input: (message, options = {}) =>
      input({ message, ...(options.validate ? { validate: options.validate } : {}), ...(options.default !== undefined ? { default: options.default } : {}) }),
    print: write,
  };
}
