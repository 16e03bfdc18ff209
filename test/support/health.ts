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
 * Three layouts, told apart by their headings:
 *   0.7:   "## Section", "  - OK: text", "  - INFO: text", "    more text", "    - ADVICE:", "      - advice"
 *   0.10:  "Section ~", "- OK text", "- text" (info has no word), "  more text", "  - ADVICE:", "    - advice"
 *   0.12:  as 0.10, with an emoji before the level: "- ✅ OK text", "- ⚠️ WARNING text", "- ❌ ERROR text"
 * Lines outside any section (the ===== rule, the "git-commit-push: ..." title) are not entries.
 */
export function parseHealth(lines: readonly string[]): HealthEntry[] {
  const legacy = lines.some((l) => /^## /.test(l));
  const itemIndent = legacy ? '  ' : '';
  const item = legacy
    ? /^ {2}- (OK|WARNING|ERROR|INFO): ?(.*)$/
    : /^- (?:(?:\u2705|\u26a0\ufe0f?|\u274c)\s+)?(?:(OK|WARNING|ERROR) )?(.*)$/u;
  const heading = legacy ? /^## (.*?)\s*$/ : /^([^\s=-].*?) ~$/;
  const deeper = itemIndent + '  ';
  const entries: HealthEntry[] = [];
  let section: string | undefined;
  let current: HealthEntry | undefined;
  let inAdvice = false;
  for (const line of lines) {
    const head = heading.exec(line);
    if (head) {
      section = head[1] ?? '';
      current = undefined;
      continue;
    }
    if (section === undefined) continue;
    const it = item.exec(line);
    if (it) {
      current = { section, level: (it[1] as HealthLevelWord | undefined) ?? 'INFO', text: it[2] ?? '', advice: [] };
      entries.push(current);
      inAdvice = false;
      continue;
    }
    if (!current || !line.startsWith(deeper)) {
      // A blank line or a section's end: what follows belongs to no entry.
      current = undefined;
      continue;
    }
    const rest = line.slice(deeper.length);
    if (rest === '- ADVICE:') {
      inAdvice = true;
      continue;
    }
    const advice = /^ {2}- (.*)$/.exec(rest);
    if (inAdvice && advice) current.advice.push(advice[1] ?? '');
    else if (!inAdvice) current.text += '\n' + rest.trim();
  }
  return entries;
}

/** `mods`: command modifiers, as a user types them before :checkhealth ("vertical"). */
export async function checkhealth(n: Nvim, mods = ''): Promise<HealthReport> {
  await n.nvim.command(`${mods} checkhealth git-commit-push`.trim());
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
