import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DiffFile, parseDiff } from '../../src/change/diff.js';
import { exclusionFor } from '../../src/prompt/exclusions.js';

// Real git output, not hand-written samples: the parser must agree with git itself.

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'gcp-diff-'));
  roots.push(d);
  return d;
}

const home = tempDir();
const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
env.HOME = home;
env.XDG_CONFIG_HOME = join(home, '.config');
env.GIT_CONFIG_NOSYSTEM = '1';

function git(cwd: string, args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

function stagedDiff(cwd: string, config: string[] = []): string {
  return git(cwd, [...config, 'diff', '--cached', '--no-color', '--no-ext-diff', '-M']);
}

function newRepo(): string {
  const dir = tempDir();
  git(dir, ['init', '-q']);
  git(dir, ['config', 'core.quotePath', 'true']);
  git(dir, ['config', 'core.fileMode', 'true']);
  return dir;
}

function byPath(files: DiffFile[], path: string): DiffFile {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`${path} not in ${files.map((x) => x.path).join(', ')}`);
  return f;
}

const renameBody = Array.from({ length: 20 }, (_, i) => `stable line ${i}`).join('\n') + '\n';

describe('parseDiff on real git output', () => {
  let repo: string;
  let diff: string;
  let files: DiffFile[];

  beforeAll(() => {
    repo = newRepo();
    writeFileSync(join(repo, 'modify.txt'), 'one\n-- a comment\n++ plus\nthree\n');
    writeFileSync(join(repo, 'delete.txt'), 'going away\nsoon');
    writeFileSync(join(repo, 'rename-src.txt'), renameBody);
    writeFileSync(join(repo, 'tool.sh'), 'echo hi\n');
    writeFileSync(join(repo, 'tail.txt'), 'first\nlast\n');
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'base']);

    // Removed lines that look like file headers once prefixed: "--- a comment", "+++ plus".
    writeFileSync(join(repo, 'modify.txt'), 'one\ntwo\nthree\ndiff --git a/fake b/fake\n@@ -1 +1 @@\n');
    rmSync(join(repo, 'delete.txt'));
    mkdirSync(join(repo, 'moved dir'));
    git(repo, ['mv', 'rename-src.txt', 'moved dir/renamed dst.txt']);
    writeFileSync(join(repo, 'moved dir/renamed dst.txt'), renameBody + 'one more\n');
    chmodSync(join(repo, 'tool.sh'), 0o755);
    writeFileSync(join(repo, 'tail.txt'), 'first\nlast');
    writeFileSync(join(repo, 'new.txt'), 'hello\nworld\n');
    writeFileSync(join(repo, 'empty.txt'), '');
    writeFileSync(join(repo, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
    writeFileSync(join(repo, 'café.txt'), 'accent\n');
    writeFileSync(join(repo, 'with space.txt'), 'spaced\n');
    writeFileSync(join(repo, 'quote"and\\slash.txt'), 'odd\n');
    writeFileSync(join(repo, 'tab\there.txt'), 'tab\n');
    git(repo, ['add', '-A']);
    diff = stagedDiff(repo);
    files = parseDiff(diff);
  });

  it('finds every staged file exactly once, with decoded names', () => {
    expect(files.map((f) => f.path).sort()).toEqual(
      [
        'café.txt',
        'delete.txt',
        'empty.txt',
        'logo.png',
        'modify.txt',
        'moved dir/renamed dst.txt',
        'new.txt',
        'quote"and\\slash.txt',
        'tab\there.txt',
        'tail.txt',
        'tool.sh',
        'with space.txt',
      ].sort(),
    );
    // The fixture really exercised git's quoting.
    expect(diff).toContain('"b/caf\\303\\251.txt"');
    expect(diff).toContain('"b/quote\\"and\\\\slash.txt"');
  });

  it('reads a modification, counting lines that look like headers as content', () => {
    const f = byPath(files, 'modify.txt');
    expect(f.status).toBe('modified');
    expect(f.added).toBe(3);
    expect(f.removed).toBe(2);
    expect(f.hunks).toHaveLength(1);
    const h = f.hunks[0]!;
    expect(h.header).toMatch(/^@@ -1,4 \+1,5 @@/);
    expect(h.lines).toEqual([
      ' one',
      '--- a comment',
      '-++ plus',
      '+two',
      ' three',
      '+diff --git a/fake b/fake',
      '+@@ -1 +1 @@',
    ]);
  });

  it('reads a deletion with no newline at the end', () => {
    const f = byPath(files, 'delete.txt');
    expect(f.status).toBe('deleted');
    expect(f.removed).toBe(2);
    expect(f.added).toBe(0);
    expect(f.hunks[0]!.lines).toEqual(['-going away', '-soon', '\\ No newline at end of file']);
  });

  it('reads a rename with an edit, into a directory with a space', () => {
    const f = byPath(files, 'moved dir/renamed dst.txt');
    expect(f.status).toBe('renamed');
    expect(f.oldPath).toBe('rename-src.txt');
    expect(f.added).toBe(1);
    expect(f.hunks[0]!.lines.at(-1)).toBe('+one more');
  });

  it('reads a mode change that has no hunks', () => {
    const f = byPath(files, 'tool.sh');
    expect(f.status).toBe('modified');
    expect(f.hunks).toEqual([]);
    expect(f.oldMode).toBe('100644');
    expect(f.newMode).toBe('100755');
  });

  it('reads a change that only drops the final newline', () => {
    const f = byPath(files, 'tail.txt');
    expect(f.added).toBe(1);
    expect(f.removed).toBe(1);
    expect(f.hunks[0]!.lines).toEqual([' first', '-last', '+last', '\\ No newline at end of file']);
  });

  it('reads new files, including an empty one and a binary one', () => {
    expect(byPath(files, 'new.txt')).toMatchObject({ status: 'added', added: 2, removed: 0, binary: false });
    expect(byPath(files, 'new.txt').hunks[0]!.lines).toEqual(['+hello', '+world']);
    expect(byPath(files, 'empty.txt')).toMatchObject({ status: 'added', added: 0, hunks: [] });
    expect(byPath(files, 'logo.png')).toMatchObject({ status: 'added', binary: true, hunks: [] });
  });

  it('reads quoted and spaced names with their contents', () => {
    expect(byPath(files, 'café.txt').hunks[0]!.lines).toEqual(['+accent']);
    expect(byPath(files, 'with space.txt').hunks[0]!.lines).toEqual(['+spaced']);
    expect(byPath(files, 'quote"and\\slash.txt').hunks[0]!.lines).toEqual(['+odd']);
    expect(byPath(files, 'tab\there.txt').hunks[0]!.lines).toEqual(['+tab']);
  });

  it('gives the same result whatever prefixes the user configured', () => {
    const plain = JSON.stringify(files);
    expect(JSON.stringify(parseDiff(stagedDiff(repo, ['-c', 'diff.mnemonicPrefix=true'])))).toBe(plain);
    expect(JSON.stringify(parseDiff(stagedDiff(repo, ['-c', 'diff.noprefix=true'])))).toBe(plain);
    const unquoted = parseDiff(stagedDiff(repo, ['-c', 'core.quotePath=false']));
    expect(unquoted.map((f) => f.path).sort()).toEqual(files.map((f) => f.path).sort());
  });

  it('reads several hunks of one file', () => {
    const dir = newRepo();
    const base = Array.from({ length: 60 }, (_, i) => `line ${i}`);
    writeFileSync(join(dir, 'long.txt'), base.join('\n') + '\n');
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'base']);
    const edited = [...base];
    edited[2] = 'changed 2';
    edited[30] = 'changed 30';
    edited.splice(55, 0, 'inserted');
    writeFileSync(join(dir, 'long.txt'), edited.join('\n') + '\n');
    git(dir, ['add', '-A']);
    const [f] = parseDiff(stagedDiff(dir));
    expect(f?.hunks.map((h) => [h.added, h.removed])).toEqual([
      [1, 1],
      [1, 1],
      [1, 0],
    ]);
    expect(f?.hunks[1]!.lines.filter((l) => l.startsWith('+'))).toEqual(['+changed 30']);
  });

  it('reads the first commit of a repository (no HEAD yet)', () => {
    const dir = newRepo();
    writeFileSync(join(dir, 'journal.txt'), 'Day one.\nDay two.\n');
    git(dir, ['add', '-A']);
    expect(parseDiff(stagedDiff(dir))).toEqual([
      {
        path: 'journal.txt',
        status: 'added',
        binary: false,
        added: 2,
        removed: 0,
        newMode: '100644',
        hunks: [{ header: '@@ -0,0 +1,2 @@', lines: ['+Day one.', '+Day two.'], added: 2, removed: 0 }],
      },
    ]);
  });

  it('returns nothing for an empty diff', () => {
    expect(parseDiff('')).toEqual([]);
    expect(parseDiff(stagedDiff(newRepo()))).toEqual([]);
  });
});

describe('exclusionFor', () => {
  const file = (path: string, extra: Partial<DiffFile> = {}): DiffFile => ({
    path,
    status: 'modified',
    binary: false,
    added: 1,
    removed: 0,
    hunks: [],
    ...extra,
  });

  it.each([
    ['package-lock.json', 'lock file'],
    ['web/yarn.lock', 'lock file'],
    ['pnpm-lock.yaml', 'lock file'],
    ['Cargo.lock', 'lock file'],
    ['go.sum', 'lock file'],
    ['flake.lock', 'lock file'],
    ['uv.lock', 'lock file'],
    ['.env', 'secret'],
    ['config/.env.production', 'secret'],
    ['certs/server.pem', 'secret'],
    ['tls.key', 'secret'],
    ['store.p12', 'secret'],
    ['.ssh/id_ed25519', 'secret'],
    ['id_rsa.pub', 'secret'],
    ['.npmrc', 'secret'],
    ['credentials.json', 'secret'],
    ['secrets.yaml', 'secret'],
    ['vendor/jquery.min.js', 'generated file'],
    ['dist/app.js.map', 'generated file'],
    ['api/service.pb.go', 'generated file'],
    ['proto/service_pb2.py', 'generated file'],
    ['src/schema.generated.ts', 'generated file'],
  ] as const)('%s is a %s', (path, why) => {
    expect(exclusionFor(file(path))).toBe(why);
  });

  it.each(['src/main.ts', 'journal.txt', 'README.md', 'src/env.ts', 'lockfile.ts', 'docs/minimal.md', 'keyboard.c'])(
    '%s is sent',
    (path) => {
      expect(exclusionFor(file(path))).toBeUndefined();
    },
  );

  it('calls binaries binary, but a binary secret a secret', () => {
    expect(exclusionFor(file('logo.png', { binary: true }))).toBe('binary file');
    expect(exclusionFor(file('keystore.p12', { binary: true }))).toBe('secret');
  });

  it('keeps a secret secret when it is renamed to an innocent name', () => {
    expect(exclusionFor(file('notes.txt', { status: 'renamed', oldPath: '.env' }))).toBe('secret');
  });
});
