/**
 * lua/git-commit-push/options.lua, generated from the schema (src/settings/options.ts) at
 * build time: setup() checks the options at once, without the node host, and says
 * exactly what the node side would. What each option accepts is read from the schema's
 * own `check` by asking it about typical values, so that nothing is written twice; a
 * check that none of the known kinds describes stops the build.
 */
import { OPTION_NAMES, SCHEMA, type OptionName } from '../src/settings/options.js';

/** What the Lua side tests a value against. */
export type Kind = { type: 'string' } | { type: 'enum'; values: string[] } | { type: 'boolean' } | { type: 'number' } | { type: 'positive_integer' };

export interface LuaOption {
  name: OptionName;
  expected: string;
  kinds: Kind[];
}

/** What `check` accepts, in kinds Lua can test. */
export function kindsOf(name: OptionName): Kind[] {
  const spec = SCHEMA[name];
  const ok = (v: unknown) => (spec.check as (v: unknown) => boolean)(v);
  const kinds: Kind[] = [];
  if (ok('') && ok('any text') && ok('30m')) kinds.push({ type: 'string' });
  else {
    // An enumeration names its values in `expected`, quoted: "journal", "code" or "conventional".
    const named = [...spec.expected.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? '');
    const values = named.filter((v) => ok(v));
    if (values.length > 0 && !ok('not-one-of-them')) kinds.push({ type: 'enum', values });
  }
  if (ok(true) && ok(false)) kinds.push({ type: 'boolean' });
  if (ok(1.5) && ok(0) && ok(-3)) kinds.push({ type: 'number' });
  else if (ok(1) && ok(86_400_000) && !ok(0) && !ok(-1) && !ok(1.5) && !ok(Infinity)) kinds.push({ type: 'positive_integer' });
  for (const probe of [null, [], {}]) if (ok(probe)) throw new Error(`options.lua: option "${name}" accepts ${JSON.stringify(probe)}, which no Lua kind describes`);
  if (kinds.length === 0) throw new Error(`options.lua: no Lua kind describes what option "${name}" accepts (${spec.expected})`);
  return kinds;
}

export function luaOptions(): LuaOption[] {
  return OPTION_NAMES.map((name) => ({ name, expected: SCHEMA[name].expected, kinds: kindsOf(name) }));
}

function lua(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `{ ${v.map(lua).join(', ')} }`;
  if (v && typeof v === 'object') return `{ ${Object.entries(v).map(([k, x]) => `${k} = ${lua(x)}`).join(', ')} }`;
  throw new Error(`options.lua: cannot write ${String(v)} in Lua`);
}

/** The file's text. */
export function optionsLua(): string {
  const rows = luaOptions().map((o) => `  { name = ${lua(o.name)}, expected = ${lua(o.expected)}, kinds = ${lua(o.kinds)} },`);
  return [
    '-- Generated from src/settings/options.ts by scripts/options-lua.ts (npm run build): do not edit.',
    '-- What each setup() option accepts, so that setup() checks them at once, without the node host.',
    'return {',
    ...rows,
    '}',
    '',
  ].join('\n');
}
