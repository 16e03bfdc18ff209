/**
 * The command line of `git-commit-push`: what each spelling means, what is refused as a
 * usage error (exit 2) before anything runs, and that `--help` lists every option there is.
 */
import { describe, expect, it } from 'vitest';
import { parseCommandLine, SWITCHES, VALUED } from '../../src/cli/args.js';
import { hasStagedEntry } from '../../src/cli/change.js';
import { HELP } from '../../src/cli/help.js';

const parse = (line: string): ReturnType<typeof parseCommandLine> => parseCommandLine(line === '' ? [] : line.split(' '));

describe('the commit command line', () => {
  it('with nothing named: the default change, the editor, and a push', () => {
    expect(parse('')).toEqual({ kind: 'commit', target: {}, yes: false, push: true, regenerate: false, flags: {} });
  });

  it('reads a path, a scope and the switches, in any order and in their short forms', () => {
    expect(parse('notes/journal.txt --yes --no-push')).toMatchObject({ kind: 'commit', target: { paths: ['notes/journal.txt'] }, yes: true, push: false });
    expect(parse('-a -y')).toMatchObject({ target: { scope: 'all' }, yes: true, push: true });
    expect(parse('--staged --regenerate')).toMatchObject({ target: { scope: 'staged' }, regenerate: true });
  });

  it('takes model options as --name value and --name=value, a value that starts with a dash included', () => {
    expect(parse('--model gemma3:27b --preset=journal --language German --host :11500')).toMatchObject({
      flags: { model: 'gemma3:27b', preset: 'journal', language: 'German', host: ':11500' },
    });
    expect(parseCommandLine(['--prompt', '-Be brief.'])).toMatchObject({ flags: { prompt: '-Be brief.' } });
    expect(parseCommandLine(['--prompt=a=b'])).toMatchObject({ flags: { prompt: 'a=b' } });
  });

  it('takes several paths, committed together', () => {
    expect(parse('a.txt notes/b.md --yes')).toMatchObject({ kind: 'commit', target: { paths: ['a.txt', 'notes/b.md'] }, yes: true });
    expect(parse('a.txt b.txt --all')).toMatchObject({ kind: 'usage', error: expect.stringMatching(/paths and --all/) });
  });

  it('after --, every word is a path: a file named message, or one that starts with a dash', () => {
    expect(parse('-- message')).toMatchObject({ kind: 'commit', target: { paths: ['message'] } });
    expect(parse('--yes -- --all')).toMatchObject({ kind: 'commit', target: { paths: ['--all'] }, yes: true });
  });

  it.each([
    ['--all --staged', /--all and --staged/],
    ['journal.txt --all', /a path and --all/],
    ['--frobnicate', /unknown option --frobnicate/],
    ['--model', /--model needs a value/],
    ['--preset haiku', /--preset haiku: expected journal, code, conventional/],
    ['--strict', /--strict is for `git-commit-push message`/],
    ['--format plain', /--format is for `git-commit-push message`/],
    ['--yes=no', /--yes takes no value/],
    // git's -m is the message; taking it as anything else would surprise.
    ['-m Fix', /unknown option -m/],
    ['help me', /help takes no arguments/],
  ])('refuses %j as a usage error', (line, error) => {
    const r = parse(line);
    expect(r.kind).toBe('usage');
    expect(r.kind === 'usage' ? r.error : '').toMatch(error);
  });
});

describe('git-commit-push message', () => {
  it("reads the old script's line: --format plain --prompt TEXT", () => {
    expect(parseCommandLine(['message', '--format', 'plain', '--prompt', 'Focus on the content of the journal entry.'])).toEqual({
      kind: 'message',
      target: {},
      strict: false,
      flags: { prompt: 'Focus on the content of the journal entry.' },
    });
  });

  it('takes --strict, a target for when stdin is a terminal, and the model options', () => {
    expect(parse('message --strict --staged --model llama3.2')).toMatchObject({ kind: 'message', strict: true, target: { scope: 'staged' }, flags: { model: 'llama3.2' } });
  });

  it.each([
    ['message --format json', /the only format is plain/],
    ['message --yes', /--yes is for committing/],
    ['message --no-push', /--no-push is for committing/],
    ['message -', /"-" is not a path/],
  ])('refuses %j', (line, error) => {
    const r = parse(line);
    expect(r.kind === 'usage' ? r.error : r.kind).toMatch(error);
  });
});

describe('hook, help and version', () => {
  it('install and uninstall, and the arguments git gives the hook it runs', () => {
    expect(parse('hook install')).toEqual({ kind: 'hook', action: 'install' });
    expect(parse('hook uninstall')).toEqual({ kind: 'hook', action: 'uninstall' });
    expect(parse('hook run .git/COMMIT_EDITMSG')).toEqual({ kind: 'hook-run', file: '.git/COMMIT_EDITMSG', source: '' });
    expect(parse('hook run .git/COMMIT_EDITMSG commit HEAD')).toEqual({ kind: 'hook-run', file: '.git/COMMIT_EDITMSG', source: 'commit' });
    expect(parse('hook')).toMatchObject({ kind: 'usage', error: 'hook needs install or uninstall' });
    expect(parse('hook remove')).toMatchObject({ kind: 'usage' });
    expect(parse('hook install --force')).toMatchObject({ kind: 'usage' });
  });

  it('-h, --help and help; -V and --version; wherever they are', () => {
    for (const line of ['-h', '--help', 'help', 'message -h', 'hook --help', '--all --help']) expect(parse(line), line).toEqual({ kind: 'help' });
    for (const line of ['-V', '--version', 'message --version']) expect(parse(line), line).toEqual({ kind: 'version' });
  });

  it('--help lists every option the parser takes, and takes every option it lists', () => {
    for (const option of [...VALUED, ...SWITCHES]) expect(HELP, option).toMatch(new RegExp(`(^|[\\s,])${option}\\b`, 'm'));
    // The options described: those that begin a line of the help, after their short form.
    const listed = new Set([...HELP.matchAll(/^ +(?:-[a-zA-Z], )?(--[a-z][a-z-]*)/gm)].map((m) => m[1] ?? ''));
    expect(listed.size).toBeGreaterThan(10);
    for (const option of listed) expect([...VALUED, ...SWITCHES] as string[], option).toContain(option);
    for (const words of ['hook install | uninstall', 'git-commit-push message', 'git commit-push', 'OLLAMA_HOST', 'git-commit-push.model', 'git-commit-push.preset', 'git-commit-push.prompt', 'git-commit-push.language'])
      expect(HELP).toContain(words);
    expect(HELP).toMatch(/^ {2}0 {3}committed/m);
    expect(HELP).toMatch(/^ {2}1 {3}nothing committed/m);
    expect(HELP).toMatch(/^ {2}2 {3}usage/m);
  });
});

describe('what is staged, from git status --porcelain=v2 -z', () => {
  const header = '# branch.oid 1234\0# branch.head master\0';
  it('is an entry whose index side differs from HEAD, or a conflict', () => {
    expect(hasStagedEntry(header)).toBe(false);
    expect(hasStagedEntry(`${header}1 .M N... 100644 100644 100644 a b journal.txt\0`)).toBe(false);
    expect(hasStagedEntry(`${header}1 M. N... 100644 100644 100644 a b journal.txt\0`)).toBe(true);
    expect(hasStagedEntry(`${header}1 A. N... 000000 100644 100644 0 b new.txt\0`)).toBe(true);
    expect(hasStagedEntry(`${header}2 R. N... 100644 100644 100644 a b R100 new.txt\0old.txt\0`)).toBe(true);
    expect(hasStagedEntry(`${header}u UU N... 100644 100644 100644 100644 a b c both.txt\0`)).toBe(true);
  });
});
