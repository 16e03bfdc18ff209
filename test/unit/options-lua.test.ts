/**
 * setup()'s option checks against the schema: lua/git-commit-push/options.lua is what
 * the build generates from src/settings/options.ts, and the Lua side, fed the same tables
 * in a real Neovim, finds exactly the problems the node side finds, in the same words.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kindsOf, optionsLua } from '../../scripts/options-lua.js';
import { OPTION_NAMES, resolveOptions } from '../../src/settings/options.js';

const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'gcp-options-lua-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each table through require('git-commit-push')._check in a headless Neovim. */
function luaProblems(tables: Record<string, unknown>[]): string[][] {
  const input = join(dir, 'in.json');
  const output = join(dir, 'out.json');
  writeFileSync(input, JSON.stringify(tables));
  const code = [
    `local cases = vim.fn.json_decode(table.concat(vim.fn.readfile(${JSON.stringify(input)}), '\\n'))`,
    'local out = {}',
    "for _, c in ipairs(cases) do local p = require('git-commit-push')._check(c); table.insert(out, #p > 0 and p or vim.NIL) end",
    `vim.fn.writefile({ vim.fn.json_encode(out) }, ${JSON.stringify(output)})`,
  ].join('\n');
  writeFileSync(join(dir, 'check.lua'), code);
  const r = spawnSync('nvim', ['--clean', '--headless', '--cmd', `set rtp^=${ROOT}`, '-c', `luafile ${join(dir, 'check.lua')}`, '-c', 'qa!'], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (r.status !== 0) throw new Error(`nvim: ${r.stderr}${r.stdout}`);
  return (JSON.parse(readFileSync(output, 'utf8')) as (string[] | null)[]).map((p) => p ?? []);
}

const VALUES: unknown[] = ['', 'some text', '30m', 'journal', 'code', 'conventional', 'poetry', true, false, 0, 1, -1, 1.5, 8192, 86_400_000, null, [], {}, [1, 2], { a: 1 }];

describe('lua/git-commit-push/options.lua', () => {
  it('is what the build generates from the schema (npm run build writes it)', () => {
    expect(readFileSync(join(ROOT, 'lua/git-commit-push/options.lua'), 'utf8')).toBe(optionsLua());
  });

  it('describes every option of the schema', () => {
    for (const name of OPTION_NAMES) expect(kindsOf(name).length).toBeGreaterThan(0);
    expect(optionsLua().match(/^ {2}\{ name = /gm)).toHaveLength(OPTION_NAMES.length);
  });
});

describe("setup()'s checks agree with the node side's", () => {
  it('for every option and every kind of value, in the same words', () => {
    const tables: Record<string, unknown>[] = [];
    for (const name of OPTION_NAMES) for (const v of VALUES) tables.push({ [name]: v });
    tables.push({ modle: 'gemma3' }, { colour: true, num_ctx: 'big', model: 3 }, {});
    // Typos, with a suggestion or without: the same one on both sides.
    for (const typo of ['timeout', 'num-ctx', 'kemap', 'Model', 'presset', 'hots', 'x', 'ab', 'keep-alive', 'langauge', 'prompts', 'mödel']) tables.push({ [typo]: 1 });
    const lua = luaProblems(tables);
    tables.forEach((t, i) => {
      const node = resolveOptions(t).warnings;
      expect([...(lua[i] ?? [])].sort(), JSON.stringify(t)).toEqual([...node].sort());
    });
    // Not all silent: the battery does find problems.
    expect(lua.filter((p) => p.length > 0).length).toBeGreaterThan(OPTION_NAMES.length * 10);
  });

  it('checks keymap, which only the Lua side knows', () => {
    const [bad, none, key] = luaProblems([{ keymap: 3 }, { keymap: false }, { keymap: '<leader>c' }]);
    expect(bad).toEqual(['ignoring option "keymap": expected a key (string) or false, got 3']);
    expect(none).toEqual([]);
    expect(key).toEqual([]);
  });
});
