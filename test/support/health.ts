/**
 * Runs `:checkhealth git-commit-push` in a test Neovim and reads the report back
 * as entries, the way a user reads it: section, level, text, advice.
 */
import type { Nvim } from './nvim.js';

export type HealthLevelWord = 'OK' | 'WARNING' | 'ERROR' | 'INFO';

export interface HealthEntry {
  section: string;
  level: HealthLevelWord;
  text: string;
  advice: string[];
}

export interface HealthReport {
  lines: string[];
  entries: HealthEntry[];
  /** Entries at `level` whose text matches. */
  find(level: HealthLevelWord, match: RegExp): HealthEntry | undefined;
  /** Throws with the whole report when no entry matches: a failing test shows what was there. */
  get(level: HealthLevelWord, match: RegExp): HealthEntry;
  of(level: HealthLevelWord): HealthEntry[];
}

/**
 * 0.7 writes "## section", "  - OK: text", "    - ADVICE:", "      - advice";
 * 0.10 drops the colon after the level. Both are read.
 */
export function parseHealth(lines: readonly string[]): HealthEntry[] {
  const entries: HealthEntry[] = [];
  let section = '';
  let current: HealthEntry | undefined;
  let inAdvice = false;
  for (const line of lines) {
    const head = /^##\s+(.*?)\s*~?$/.exec(line);
    if (head) {
      section = head[1] ?? '';
      current = undefined;
      continue;
    }
    const item = /^\s*- (OK|WARNING|ERROR|INFO):?\s(.*)$/.exec(line);
    if (item) {
      current = { section, level: item[1] as HealthLevelWord, text: item[2] ?? '', advice: [] };
      entries.push(current);
      inAdvice = false;
      continue;
    }
    if (!current) continue;
    if (/^\s*- ADVICE:\s*$/.test(line)) {
      inAdvice = true;
      continue;
    }
    const sub = /^\s+- (.*)$/.exec(line);
    if (inAdvice && sub) current.advice.push(sub[1] ?? '');
    else if (/^\s{4,}\S/.test(line)) current.text += '\n' + line.trim();
  }
  return entries;
}

export async function checkhealth(n: Nvim): Promise<HealthReport> {
  await n.nvim.command('checkhealth git-commit-push');
  const lines = (await n.nvim.lua('return vim.api.nvim_buf_get_lines(0, 0, -1, false)')) as string[];
  const entries = parseHealth(lines);
  const find = (level: HealthLevelWord, match: RegExp) => entries.find((e) => e.level === level && match.test(e.text));
  return {
    lines,
    entries,
    find,
    get(level, match) {
      const e = find(level, match);
      if (!e) throw new Error(`no ${level} line matching ${match} in the report:\n${lines.join('\n')}`);
      return e;
    },
    of: (level) => entries.filter((e) => e.level === level),
  };
}
