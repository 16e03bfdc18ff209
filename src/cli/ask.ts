/**
 * One generation for the terminal: the core's generate() (secrets removed, the prompt fit,
 * the answer capped and cleaned), with the answer shown as it grows, and the default
 * message when there is no usable answer, said as the plugin says it.
 */
import type { DiffFile } from '../change/diff.js';
import { fallbackMessage } from '../commit/message.js';
import { generate, generationInput, type Generated } from '../model/generate.js';
import { say, type StreamPrinter } from './terminal.js';
import { type Prepared } from '../commit/prepare.js';
import { type Subjects } from '../change/context.js';

export type Asked = Generated & { omitted: string[] };

export async function ask(
  job: Pick<Prepared, 'options' | 'system' | 'diff'>,
  context: { subjects: Subjects; generated: Set<string> },
  signal: AbortSignal,
  printer?: StreamPrinter,
): Promise<Asked> {
  let omitted: string[] = [];
  const result = await generate({
    ...generationInput(job, context, signal),
    onPrompt: (prompt, notes) => {
      omitted = prompt.omitted;
      for (const note of notes) say(note, 'warn');
    },
    ...(printer ? { onText: (preview: string) => printer.update(preview) } : {}),
  });
  printer?.end();
  return { ...result, omitted };
}

/** The default message for a failed generation, with the reason as a warning. */
export function fallback(diff: readonly DiffFile[], reason: string): string {
  const message = fallbackMessage(diff.map((f) => f.path));
  say(`${reason}: using the default message "${message}"`, 'warn');
  return message;
}
