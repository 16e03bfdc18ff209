// What a lock file's diff says moved: packages added, removed and changed, with
// their versions, read from the diff's lines alone (the core has no file
// access). A commit that only regenerated package-lock.json reached the model
// as a name and two counts; its real subject named the packages that were added.

import type { DiffFile } from './diff.js';

export type LockFormat = 'npm' | 'yarn' | 'pnpm' | 'cargo' | 'poetry' | 'go' | 'bundler' | 'composer' | 'nix';

const FORMATS: Record<string, LockFormat> = {
  'package-lock.json': 'npm',
  'npm-shrinkwrap.json': 'npm',
  'yarn.lock': 'yarn',
  'pnpm-lock.yaml': 'pnpm',
  'cargo.lock': 'cargo',
  'poetry.lock': 'poetry',
  'go.sum': 'go',
  'gemfile.lock': 'bundler',
  'composer.lock': 'composer',
  'flake.lock': 'nix',
};

export function lockFormat(path: string): LockFormat | undefined {
  return FORMATS[path.slice(path.lastIndexOf('/') + 1).toLowerCase()];
}

/** One package (or flake input) as one side of the diff shows it. */
interface Rec {
  /** What identifies it across both sides: the name, or npm's install path. */
  id: string;
  name: string;
  version: string;
  /** Its name or version line is a changed line on this side. */
  changed: boolean;
  /** Installed under another package (npm's nested node_modules). */
  under?: string;
  /** Where it comes from, for flake inputs (github:NixOS/nixpkgs). */
  origin?: string;
}

interface SideParser {
  line(text: string, changed: boolean): void;
  /** A new hunk: what was being read is no longer in view. */
  reset(): void;
  records: Rec[];
  /** Changed version lines whose package name is outside the diff's context. */
  unnamed: number;
}

export interface PackageChange {
  name: string;
  from?: string;
  to?: string;
  direct: boolean;
  under?: string;
  origin?: string;
}

export interface LockSummary {
  changes: PackageChange[];
  unnamed: number;
}

/** The package changes of a lock file's diff; `direct` names the project's own dependencies. */
export function readLock(file: DiffFile, direct: ReadonlySet<string> = new Set()): LockSummary | undefined {
  const format = lockFormat(file.path);
  if (!format) return undefined;
  const old = parserFor(format);
  const neu = parserFor(format);
  for (const h of file.hunks) {
    old.reset();
    neu.reset();
    for (const l of h.lines) {
      const c = l.charCodeAt(0);
      const text = l.slice(1);
      if (c === 0x2d) old.line(text, true);
      else if (c === 0x2b) neu.line(text, true);
      else if (c === 0x20 || l === '') {
        old.line(text, false);
        neu.line(text, false);
      }
    }
  }
  old.reset();
  neu.reset();
  return { changes: combine(old.records, neu.records, direct), unnamed: Math.max(old.unnamed, neu.unnamed) };
}

function combine(oldRecs: Rec[], newRecs: Rec[], direct: ReadonlySet<string>): PackageChange[] {
  const byId = new Map<string, { olds: Rec[]; news: Rec[] }>();
  const slot = (id: string) => {
    let s = byId.get(id);
    if (!s) byId.set(id, (s = { olds: [], news: [] }));
    return s;
  };
  for (const r of oldRecs) if (r.changed) slot(r.id).olds.push(r);
  for (const r of newRecs) if (r.changed) slot(r.id).news.push(r);
  const out: PackageChange[] = [];
  for (const { olds, news } of byId.values()) {
    // A version on both sides did not move: the diff only shifted lines around it.
    const oldVs = olds.filter((o) => !news.some((n) => n.version === o.version));
    const newVs = news.filter((n) => !olds.some((o) => o.version === n.version));
    const any = (newVs[0] ?? oldVs[0]) as Rec | undefined;
    if (!any) continue;
    const base: PackageChange = { name: any.name, direct: direct.has(any.name) && any.under === undefined };
    if (any.under !== undefined) base.under = any.under;
    const origin = newVs[0]?.origin ?? oldVs[0]?.origin;
    if (origin !== undefined) base.origin = origin;
    const from = uniq(oldVs.map((r) => r.version)).join(', ');
    const to = uniq(newVs.map((r) => r.version)).join(', ');
    out.push({ ...base, ...(from ? { from } : {}), ...(to ? { to } : {}) });
  }
  return out;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

function parserFor(format: LockFormat): SideParser {
  switch (format) {
    case 'npm':
      return jsonParser('npm');
    case 'composer':
      return composerParser();
    case 'nix':
      return jsonParser('nix');
    case 'yarn':
      return yarnParser();
    case 'pnpm':
      return pnpmParser();
    case 'cargo':
    case 'poetry':
      return tomlParser();
    case 'go':
      return goSumParser();
    case 'bundler':
      return bundlerParser();
  }
}

// ---------------------------------------------------------------- JSON (npm, flake.lock)

const JSON_OBJECT_KEY = /^(\s*)"([^"]*)":\s*\{\s*$/;
const JSON_CLOSE = /^(\s*)\}/;
const JSON_FIELD = /^(\s*)"([^"]+)":\s*("(?:[^"\\]|\\.)*"|-?\d+)\s*,?\s*$/;

interface Frame {
  indent: number;
  key: string;
  changed: boolean;
}

/** Fields of one object on one side, and whether any of those that matter changed. */
interface Gathered {
  path: Frame[];
  fields: Map<string, string>;
  changed: boolean;
  keyChanged: boolean;
}

/**
 * package-lock.json (v1 to v3) and flake.lock: objects tracked by indentation,
 * since a hunk starts in the middle of the document.
 */
function jsonParser(kind: 'npm' | 'nix'): SideParser {
  let stack: Frame[] = [];
  let open = new Map<string, Gathered>();
  const p: SideParser = {
    records: [],
    unnamed: 0,
    reset() {
      for (const g of open.values()) finish(g);
      open = new Map();
      stack = [];
    },
    line(text, changed) {
      let m = JSON_OBJECT_KEY.exec(text);
      if (m) {
        const indent = (m[1] as string).length;
        while (stack.length > 0 && (stack[stack.length - 1] as Frame).indent >= indent) pop();
        stack.push({ indent, key: m[2] as string, changed });
        return;
      }
      m = JSON_CLOSE.exec(text);
      if (m) {
        const indent = (m[1] as string).length;
        while (stack.length > 0 && (stack[stack.length - 1] as Frame).indent >= indent) pop();
        return;
      }
      m = JSON_FIELD.exec(text);
      if (!m) return;
      const indent = (m[1] as string).length;
      while (stack.length > 0 && (stack[stack.length - 1] as Frame).indent >= indent) pop();
      const field = m[2] as string;
      const value = (m[3] as string).replace(/^"|"$/g, '');
      const watched = kind === 'npm' ? field === 'version' : ['lastModified', 'rev', 'owner', 'repo', 'type', 'url'].includes(field);
      if (!watched) return;
      const top = stack[stack.length - 1];
      if (!top) {
        if (changed && (field === 'version' || field === 'lastModified' || field === 'rev')) p.unnamed++;
        return;
      }
      const id = stack.map((f) => f.key).join('\u0000');
      let g = open.get(id);
      if (!g) open.set(id, (g = { path: [...stack], fields: new Map(), changed: false, keyChanged: top.changed }));
      g.fields.set(field, value);
      if (changed && field !== 'owner' && field !== 'repo' && field !== 'type' && field !== 'url') g.changed = true;
    },
  };
  const pop = (): void => {
    const id = stack.map((f) => f.key).join('\u0000');
    const g = open.get(id);
    if (g) {
      finish(g);
      open.delete(id);
    }
    stack.pop();
  };
  const finish = (g: Gathered): void => {
    const rec = kind === 'npm' ? npmRecord(g) : nixRecord(g);
    if (rec) p.records.push(rec);
    else if (g.changed && g.path.length === 0) p.unnamed++;
  };
  return p;
}

function npmRecord(g: Gathered): Rec | undefined {
  const key = (g.path[g.path.length - 1] as Frame).key;
  const version = g.fields.get('version');
  if (version === undefined || key === '') return undefined; // "": the project itself
  const changed = g.changed || g.keyChanged;
  // v2/v3: "node_modules/a/node_modules/b"; v1: nested "dependencies" objects.
  const at = key.lastIndexOf('node_modules/');
  if (at >= 0) {
    const name = key.slice(at + 'node_modules/'.length);
    const parent = key.slice(0, at).replace(/\/$/, '');
    const pAt = parent.lastIndexOf('node_modules/');
    const rec: Rec = { id: key, name, version, changed };
    if (pAt >= 0) rec.under = parent.slice(pAt + 'node_modules/'.length);
    return rec;
  }
  const owners = g.path.slice(0, -1).filter((f) => f.key !== 'dependencies' && f.key !== 'packages' && f.key !== '');
  const rec: Rec = { id: g.path.map((f) => f.key).join('/'), name: key, version, changed };
  const owner = owners[owners.length - 1];
  if (owner) rec.under = owner.key;
  return rec;
}

function nixRecord(g: Gathered): Rec | undefined {
  // Only "locked" says what is in use; "original" is what the flake asked for.
  const last = g.path[g.path.length - 1] as Frame;
  if (last.key !== 'locked') return undefined;
  const input = g.path[g.path.length - 2];
  const modified = g.fields.get('lastModified');
  const rev = g.fields.get('rev');
  if (modified === undefined && rev === undefined) return undefined;
  const date = modified !== undefined && /^\d+$/.test(modified) ? new Date(Number(modified) * 1000).toISOString().slice(0, 10) : undefined;
  const version = [date, rev ? `rev ${rev.slice(0, 7)}` : undefined].filter(Boolean).join(', ');
  const owner = g.fields.get('owner');
  const repo = g.fields.get('repo');
  const type = g.fields.get('type');
  // A URL's user part may hold a token: never repeated.
  const origin = owner && repo ? `${type ?? 'github'}:${owner}/${repo}` : g.fields.get('url')?.replace(/\/\/[^/@]*@/, '//');
  const name = input?.key ?? (repo ? repo : undefined);
  if (name === undefined) return undefined;
  const rec: Rec = { id: name, name, version, changed: g.changed };
  if (origin !== undefined) rec.origin = origin;
  return rec;
}

// ---------------------------------------------------------------- composer.lock

function composerParser(): SideParser {
  let name: { value: string; indent: number; changed: boolean } | undefined;
  const p: SideParser = {
    records: [],
    unnamed: 0,
    reset() {
      name = undefined;
    },
    line(text, changed) {
      const m = JSON_FIELD.exec(text);
      if (!m) return;
      const indent = (m[1] as string).length;
      const field = m[2] as string;
      const value = (m[3] as string).replace(/^"|"$/g, '');
      if (field === 'name') name = { value, indent, changed };
      else if (field === 'version') {
        if (name && name.indent === indent) {
          p.records.push({ id: name.value, name: name.value, version: value, changed: changed || name.changed });
        } else if (changed) p.unnamed++;
        name = undefined;
      }
    },
  };
  return p;
}

// ---------------------------------------------------------------- yarn.lock (v1 and berry)

function yarnParser(): SideParser {
  let key: { name: string; changed: boolean } | undefined;
  const p: SideParser = {
    records: [],
    unnamed: 0,
    reset() {
      key = undefined;
    },
    line(text, changed) {
      if (text.length > 0 && text[0] !== ' ' && text[0] !== '#' && text.endsWith(':')) {
        const first = (text.slice(0, -1).split(',')[0] as string).trim().replace(/^"|"$/g, '');
        const at = first.indexOf('@', 1);
        key = at > 0 && !first.startsWith('__') ? { name: first.slice(0, at), changed } : undefined;
        return;
      }
      const m = /^\s+version:?\s+"?([^"\s]+)"?\s*$/.exec(text);
      if (!m) return;
      if (key) p.records.push({ id: key.name, name: key.name, version: m[1] as string, changed: changed || key.changed });
      else if (changed) p.unnamed++;
    },
  };
  return p;
}

// ---------------------------------------------------------------- pnpm-lock.yaml

// v5 "/name/1.2.3:", v6 "/name@1.2.3:", v9 "name@1.2.3:" or quoted, peers in parentheses or after "_".
const PNPM_PACKAGE = /^ {2}['"]?\/?((?:@[^/@'"\s]+\/)?[^/@'"\s(]+)[@/](\d[^:'"(\s_]*)[^:]*['"]?:\s*$/;

function pnpmParser(): SideParser {
  let dep: { name: string; indent: number; changed: boolean } | undefined;
  const p: SideParser = {
    records: [],
    unnamed: 0,
    reset() {
      dep = undefined;
    },
    line(text, changed) {
      const m = PNPM_PACKAGE.exec(text);
      if (m) {
        p.records.push({ id: m[1] as string, name: m[1] as string, version: m[2] as string, changed });
        dep = undefined;
        return;
      }
      // importers: "      name:" then "        version: 1.2.3(peer@1)"
      const k = /^(\s+)['"]?((?:@[^/'"\s]+\/)?[^\s:'"@]+)['"]?:\s*$/.exec(text);
      if (k) {
        dep = { name: k[2] as string, indent: (k[1] as string).length, changed };
        return;
      }
      const v = /^(\s+)version:\s*['"]?(\d[^\s('"]*)/.exec(text);
      if (v && dep && (v[1] as string).length > dep.indent) {
        p.records.push({ id: dep.name, name: dep.name, version: v[2] as string, changed: changed || dep.changed });
      } else if (v && changed) p.unnamed++;
    },
  };
  return p;
}

// ---------------------------------------------------------------- Cargo.lock, poetry.lock

function tomlParser(): SideParser {
  let name: { value: string; changed: boolean } | undefined;
  const p: SideParser = {
    records: [],
    unnamed: 0,
    reset() {
      name = undefined;
    },
    line(text, changed) {
      if (text.startsWith('[')) {
        name = undefined;
        return;
      }
      const m = /^(name|version) = "([^"]*)"\s*$/.exec(text);
      if (!m) return;
      if (m[1] === 'name') name = { value: m[2] as string, changed };
      else if (name) {
        p.records.push({ id: name.value, name: name.value, version: m[2] as string, changed: changed || name.changed });
        name = undefined;
      } else if (changed) p.unnamed++;
    },
  };
  return p;
}

// ---------------------------------------------------------------- go.sum

function goSumParser(): SideParser {
  const p: SideParser = {
    records: [],
    unnamed: 0,
    reset() {},
    line(text, changed) {
      const m = /^(\S+) (v[^\s/]+)(?:\/go\.mod)? \S+$/.exec(text);
      if (m) p.records.push({ id: m[1] as string, name: m[1] as string, version: m[2] as string, changed });
    },
  };
  return p;
}

// ---------------------------------------------------------------- Gemfile.lock

function bundlerParser(): SideParser {
  const p: SideParser = {
    records: [],
    unnamed: 0,
    reset() {},
    line(text, changed) {
      // "    name (1.2.3)" are the resolved gems; deeper lines are their requirements.
      const m = /^ {4}([^\s(]+) \(([^)<>=~!\s]+)\)\s*$/.exec(text);
      if (m) p.records.push({ id: m[1] as string, name: m[1] as string, version: m[2] as string, changed });
    },
  };
  return p;
}

// ---------------------------------------------------------------- direct dependencies

const MANIFESTS: Record<string, RegExp> = {
  'package.json': /^\s*"(@?[A-Za-z0-9][\w.\-/]*)"\s*:\s*"[^"]*"/,
  'composer.json': /^\s*"([a-z0-9][\w.\-]*\/[\w.\-]+)"\s*:\s*"[^"]*"/,
  'cargo.toml': /^\s*([A-Za-z0-9_][\w\-]*)\s*=\s*["{]/,
  'pyproject.toml': /^\s*"?([A-Za-z0-9_][\w.\-]*)"?\s*(?:=|[<>=~!]=?\s*\d|\^|,|$)/,
  'go.mod': /^\s*(?:require\s+)?([\w.\-]+\.[\w.\-]+(?:\/[\w.\-~]+)+)\s+v\S+/,
  gemfile: /^\s*gem\s+['"]([^'"]+)['"]/,
  'flake.nix': /^\s*([A-Za-z0-9_\-]+)\.url\s*=/,
};

/**
 * Names the project depends on directly whose lines the same change touches in a
 * manifest (package.json next to package-lock.json, Cargo.toml next to Cargo.lock...).
 */
export function directDependencies(files: readonly DiffFile[]): Set<string> {
  const names = new Set<string>();
  for (const f of files) {
    const re = MANIFESTS[f.path.slice(f.path.lastIndexOf('/') + 1).toLowerCase()];
    if (!re) continue;
    for (const h of f.hunks) {
      for (const l of h.lines) {
        const c = l.charCodeAt(0);
        if (c !== 0x2b && c !== 0x2d) continue;
        const m = re.exec(l.slice(1));
        if (m) names.add(m[1] as string);
      }
    }
  }
  return names;
}

// ---------------------------------------------------------------- wording

/** Above this, a run of packages that moved alike is one line. */
const GROUP_MIN = 3;
/** About how many characters of names a grouped line lists. */
const GROUP_CHARS = 110;

/**
 * The summary as lines, the most important first: the project's own dependencies,
 * then packages installed at the top, then nested ones; within each, changed,
 * added, removed. Packages that moved alike (the platform builds of one tool)
 * share a line.
 */
export function describeLock(s: LockSummary, format: LockFormat): string[] {
  const rank = (c: PackageChange): number => (c.direct ? 0 : c.under === undefined ? 1 : 2);
  const op = (c: PackageChange): number => (c.from !== undefined && c.to !== undefined ? 0 : c.to !== undefined ? 1 : 2);
  const sorted = [...s.changes].sort((a, b) => rank(a) - rank(b) || op(a) - op(b) || a.name.localeCompare(b.name));
  const lines: string[] = [];
  const used = new Set<PackageChange>();
  for (const c of sorted) {
    if (used.has(c)) continue;
    const family = familyOf(c.name);
    const alike = c.direct
      ? [c]
      : sorted.filter((d) => !used.has(d) && !d.direct && d.from === c.from && d.to === c.to && rank(d) === rank(c) && familyOf(d.name) === family);
    if (alike.length >= GROUP_MIN) {
      for (const d of alike) used.add(d);
      const unders = uniq(alike.map((d) => d.under ?? ''));
      const shared = unders.length === 1 && unders[0] !== '' ? ` (under ${unders[0]})` : '';
      const label = (d: PackageChange): string => (shared || d.under === undefined ? d.name : `${d.name} (under ${d.under})`);
      // Names up to a line's worth; the count says how many there are in all.
      const names: string[] = [];
      let length = 0;
      for (const d of alike) {
        const l = label(d);
        if (names.length > 0 && length + l.length > GROUP_CHARS) break;
        names.push(l);
        length += l.length + 2;
      }
      const more = alike.length > names.length ? `, and ${alike.length - names.length} more` : '';
      lines.push(`${opWord(c)} ${versions(c)}${shared}: ${alike.length} packages: ${names.join(', ')}${more}`);
      continue;
    }
    used.add(c);
    const notes = [c.direct ? 'direct dependency' : '', c.under !== undefined ? `under ${c.under}` : '', c.origin ?? ''].filter(Boolean);
    lines.push(`${opWord(c)} ${c.name} ${versions(c)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`);
  }
  if (s.unnamed > 0) {
    lines.push(`${s.unnamed} more version ${s.unnamed === 1 ? 'change' : 'changes'} whose package name is outside the diff's context`);
  }
  if (lines.length === 0) lines.push(format === 'nix' ? 'no input revision visible in the diff' : 'no package version visible in the diff');
  return lines;
}

function opWord(c: PackageChange): string {
  return c.from !== undefined && c.to !== undefined ? 'changed' : c.to !== undefined ? 'added' : 'removed';
}

function versions(c: PackageChange): string {
  if (c.from !== undefined && c.to !== undefined) return `${c.from} -> ${c.to}`;
  return c.to ?? c.from ?? '';
}

/** @scope/, or the name up to its first '-': what platform builds of one package share. */
function familyOf(name: string): string {
  if (name.startsWith('@')) return name.slice(0, name.indexOf('/') + 1) || name;
  const dash = name.indexOf('-');
  return dash > 0 ? name.slice(0, dash) : name;
}

/** The counts for the lock file's header line. */
export function lockCounts(s: LockSummary): { changed: number; added: number; removed: number } {
  let changed = 0;
  let added = 0;
  let removed = 0;
  for (const c of s.changes) {
    if (c.from !== undefined && c.to !== undefined) changed++;
    else if (c.to !== undefined) added++;
    else removed++;
  }
  return { changed, added, removed };
}
