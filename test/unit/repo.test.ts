// Facts about a repository read from git's config and HEAD, where a commit is pushed,
// and what `:GitCommitPush` arguments ask for. Pure functions; one test feeds them
// real `git config --list -z` output to prove the parser reads what git writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { branchFromHead, operationInProgress, parseConfigList, parseConfigWithOrigins, type GitConfig } from '../../src/change/repo.js';
import { makeSandbox, type Sandbox } from '../support/sandbox.js';
import { planPush, remotesOf } from '../../src/commit/push-plan.js';
import { repoOverrides } from '../../src/settings/repo-settings.js';
import { COMMAND_ARGS, parseArgs } from '../../src/nvim/command.js';

/** Builds `git config --list -z` text from key/value pairs (null: a key without value). */
function zList(entries: Array<[string, string | null]>): string {
  return entries.map(([k, v]) => (v === null ? `${k}\0` : `${k}\n${v}\0`)).join('');
}

function config(entries: Array<[string, string | null]>): GitConfig {
  return parseConfigList(zList(entries));
}

describe('parseConfigList', () => {
  it('reads key/value records', () => {
    const c = parseConfigList('user.name\nTest User\0core.bare\nfalse\0');
    expect(c.get('user.name')).toBe('Test User');
    expect(c.get('core.bare')).toBe('false');
    expect(c.size).toBe(2);
  });

  it('lowercases section and name but keeps the subsection as written', () => {
    const c = config([
      ['Branch.Feature.Remote', 'origin'],
      ['REMOTE.MyFork.URL', '/srv/fork.git'],
      ['Core.Editor', 'nvim'],
    ]);
    expect(c.get('branch.Feature.remote')).toBe('origin');
    expect(c.get('branch.feature.remote')).toBeUndefined();
    expect(c.get('remote.MyFork.url')).toBe('/srv/fork.git');
    expect(c.get('core.editor')).toBe('nvim');
  });

  it('keeps dots inside a subsection (remote "my.fork", url.<base>.insteadOf)', () => {
    const c = config([
      ['remote.my.fork.url', '/srv/fork.git'],
      ['url.https://github.com/.insteadOf', 'gh:'],
    ]);
    expect(c.get('remote.my.fork.url')).toBe('/srv/fork.git');
    expect(c.get('url.https://github.com/.insteadof')).toBe('gh:');
    expect(remotesOf(c)).toEqual(['my.fork']);
  });

  it('lets later values win, as git does (repository config after global)', () => {
    const c = config([
      ['user.name', 'Global Name'],
      ['git-commit-push.model', 'gemma3'],
      ['user.name', 'Repo Name'],
      ['git-commit-push.model', 'llama3'],
    ]);
    expect(c.get('user.name')).toBe('Repo Name');
    expect(c.get('git-commit-push.model')).toBe('llama3');
  });

  it('reads a key without a value as true', () => {
    const c = config([['core.foo', null], ['core.bar', 'x']]);
    expect(c.get('core.foo')).toBe('true');
    expect(c.get('core.bar')).toBe('x');
  });

  it('keeps values with newlines, "=" and an empty value intact', () => {
    const c = config([
      ['git-commit-push.prompt', 'Line one.\nLine two = yes.'],
      ['alias.empty', ''],
    ]);
    expect(c.get('git-commit-push.prompt')).toBe('Line one.\nLine two = yes.');
    expect(c.get('alias.empty')).toBe('');
  });

  it('is empty for empty output', () => {
    expect(parseConfigList('').size).toBe(0);
  });

  describe('with real git output', () => {
    let sb: Sandbox;
    beforeAll(() => {
      sb = makeSandbox('gcp-repo-');
    });
    afterAll(() => sb.remove());

    it('reads branch "Feature", a valueless key, a multi-line value and a repeated key as git writes them', () => {
      const work = join(sb.dir, 'cfg');
      mkdirSync(work);
      sb.git(work, 'init', '-q');
      writeFileSync(
        join(work, '.git', 'config'),
        [
          '[core]',
          '\trepositoryformatversion = 0',
          '\tbare = false',
          '\tfoo',
          '[branch "Feature"]',
          '\tRemote = origin',
          '\tmerge = refs/heads/Feature',
          '[remote "origin"]',
          '\turl = /srv/journal.git',
          '[git-commit-push]',
          '\tprompt = "first\\nsecond"',
          '\tmodel = one',
          '\tmodel = two',
          '',
        ].join('\n'),
      );
      const c = parseConfigList(sb.git(work, 'config', '--list', '-z'));
      expect(c.get('branch.Feature.remote')).toBe('origin');
      expect(c.get('core.foo')).toBe('true');
      expect(c.get('git-commit-push.prompt')).toBe('first\nsecond');
      expect(c.get('git-commit-push.model')).toBe('two');
      expect(c.get('user.name')).toBe('Test User');
      expect(planPush('Feature', c)).toEqual({
        kind: 'git',
        remote: 'origin',
        ref: 'refs/heads/Feature',
        describe: 'origin/Feature (/srv/journal.git)',
      });
    });
  });
});

describe('parseConfigWithOrigins', () => {
  it('reads values, the files they came from (once each, in order), and include paths with their file', () => {
    const z = [
      'file:/home/u/.gitconfig', 'user.name\nU',
      'file:/home/u/.gitconfig', 'includeIf.gitdir:~/journal/.path\njournal.inc',
      'command line:', 'color.ui\nfalse',
      'file:.git/config', 'include.path\n../shared.inc',
      'file:.git/config', 'remote.origin.url\n/mnt/backup/journal.git',
      'file:.git/config', 'core.bare\nfalse',
    ].join('\0') + '\0';
    const r = parseConfigWithOrigins(z);
    expect(r.files).toEqual(['/home/u/.gitconfig', '.git/config']);
    expect(r.includes).toEqual([
      { path: 'journal.inc', from: '/home/u/.gitconfig' },
      { path: '../shared.inc', from: '.git/config' },
    ]);
    expect(r.config.get('remote.origin.url')).toBe('/mnt/backup/journal.git');
    expect(r.config.get('color.ui')).toBe('false');
  });
});

describe('branchFromHead', () => {
  it.each([
    ['ref: refs/heads/master\n', 'master'],
    ['ref: refs/heads/main', 'main'],
    ['ref: refs/heads/feature/notes-2024\n', 'feature/notes-2024'],
    ['ref:refs/heads/x\n', 'x'],
    ['ref: refs/heads/trailing  \n', 'trailing'],
  ])('%j → %s', (head, branch) => {
    expect(branchFromHead(head)).toBe(branch);
  });

  it('is null for a detached HEAD (a commit id)', () => {
    expect(branchFromHead('3f2a9c1e0b7d4a6f8e5c2b1a0d9e8f7c6b5a4d3e\n')).toBeNull();
  });

  it('is null for a HEAD pointing outside refs/heads', () => {
    expect(branchFromHead('ref: refs/remotes/origin/master\n')).toBeNull();
  });
});

describe('planPush', () => {
  const tracked: [string, string][] = [
    ['remote.origin.url', 'git@host:me/notes.git'],
    ['branch.main.remote', 'origin'],
    ['branch.main.merge', 'refs/heads/main'],
  ];

  it('pushes nothing with push.default=nothing, as git push does', () => {
    expect(planPush('main', config([...tracked, ['push.default', 'nothing']]))).toEqual({
      kind: 'none',
      why: 'push-default-nothing',
      describe: 'nowhere (push.default is nothing: git push pushes nothing; commit only)',
    });
  });

  it('leaves a push refspec to git, and predicts where it goes', () => {
    expect(planPush('main', config([...tracked, ['remote.origin.push', 'HEAD:refs/for/main']]))).toEqual({
      kind: 'git',
      remote: 'origin',
      ref: 'refs/for/main',
      describe: 'origin:refs/for/main (git@host:me/notes.git)',
    });
    expect(planPush('main', config([...tracked, ['remote.origin.push', 'refs/heads/*:refs/heads/mirror/*']]))).toMatchObject({ ref: 'refs/heads/mirror/main' });
    expect(planPush('main', config([...tracked, ['remote.origin.push', 'refs/heads/other:refs/heads/other']]))).toMatchObject({ kind: 'git', ref: undefined });
  });

  it('names the push URL where one is set', () => {
    expect(planPush('main', config([...tracked, ['remote.origin.pushurl', '/mnt/usb/notes.git']])).describe).toBe('origin/main (/mnt/usb/notes.git)');
  });

  it('leaves a new branch to git when push.autoSetupRemote or push.default=current says where it goes', () => {
    const c: [string, string][] = [['remote.origin.url', '/o.git']];
    expect(planPush('topic', config([...c, ['push.autoSetupRemote', 'true']]))).toMatchObject({ kind: 'git', remote: 'origin', ref: 'refs/heads/topic' });
    expect(planPush('topic', config([...c, ['push.default', 'current']]))).toMatchObject({ kind: 'git', ref: 'refs/heads/topic' });
    expect(planPush('topic', config(c))).toMatchObject({ kind: 'set-upstream', remote: 'origin', branch: 'topic' });
  });

  it('pushes nowhere, and says how to choose, with several remotes, no upstream and no origin', () => {
    const c = config([
      ['remote.usb.url', '/mnt/usb/journal.git'],
      ['remote.nas.url', '/mnt/nas/journal.git'],
    ]);
    expect(planPush('master', c)).toMatchObject({ kind: 'none', why: 'no-upstream' });
    expect(planPush('master', c).describe).toContain('git push -u <remote> master');
  });

  it('pushes to the upstream when the branch has one', () => {
    const c = config([
      ['remote.origin.url', '/mnt/usb/journal.git'],
      ['branch.master.remote', 'origin'],
      ['branch.master.merge', 'refs/heads/master'],
    ]);
    expect(planPush('master', c)).toEqual({
      kind: 'git',
      remote: 'origin',
      ref: 'refs/heads/master',
      describe: 'origin/master (/mnt/usb/journal.git)',
    });
  });

  it('does not push to an upstream of another name (git switch -c fix origin/main), as git push refuses by default', () => {
    const c = config([
      ['remote.origin.url', 'git@host:me/notes.git'],
      ['branch.fix.remote', 'origin'],
      ['branch.fix.merge', 'refs/heads/main'],
    ]);
    expect(planPush('fix', c)).toMatchObject({ kind: 'none', why: 'upstream-name' });
    expect(planPush('fix', c).describe).toBe('nowhere (the upstream origin/main has another name than fix: git push refuses that too; commit only)');
  });

  it('follows push.default: upstream pushes to the upstream of another name, current to the branch\'s own name', () => {
    const base: [string, string][] = [
      ['remote.origin.url', 'git@host:me/notes.git'],
      ['branch.local.remote', 'origin'],
      ['branch.local.merge', 'refs/heads/remote-name'],
    ];
    expect(planPush('local', config([...base, ['push.default', 'upstream']]))).toMatchObject({
      kind: 'git',
      ref: 'refs/heads/remote-name',
      describe: 'origin/remote-name (git@host:me/notes.git)',
    });
    expect(planPush('local', config([...base, ['push.default', 'current']]))).toMatchObject({ kind: 'git', remote: 'origin', ref: 'refs/heads/local' });
  });

  it('pushes to branch.<name>.pushRemote, or remote.pushDefault, under the branch\'s own name', () => {
    const base: [string, string][] = [
      ['remote.origin.url', '/upstream.git'],
      ['remote.mine.url', '/fork.git'],
      ['branch.fix.remote', 'origin'],
      ['branch.fix.merge', 'refs/heads/main'],
    ];
    const expected = { kind: 'git', remote: 'mine', ref: 'refs/heads/fix', describe: 'mine/fix (/fork.git)' };
    expect(planPush('fix', config([...base, ['branch.fix.pushRemote', 'mine']]))).toEqual(expected);
    expect(planPush('fix', config([...base, ['remote.pushDefault', 'mine']]))).toEqual(expected);
  });

  it('handles an upstream in this repository (remote "."), with push.default=upstream', () => {
    const c = config([
      ['branch.topic.remote', '.'],
      ['branch.topic.merge', 'refs/heads/master'],
      ['push.default', 'upstream'],
    ]);
    expect(planPush('topic', c)).toEqual({
      kind: 'git',
      remote: '.',
      ref: 'refs/heads/master',
      describe: './master (this repository)',
    });
  });

  it('uses the upstream of the current branch only, with a case-sensitive branch name', () => {
    const c = config([
      ['remote.origin.url', '/r.git'],
      ['branch.Feature.remote', 'origin'],
      ['branch.Feature.merge', 'refs/heads/Feature'],
    ]);
    expect(planPush('Feature', c).kind).toBe('git');
    expect(planPush('feature', c)).toMatchObject({ kind: 'set-upstream', branch: 'feature' });
  });

  it('without an upstream, picks origin among several remotes and sets it as upstream', () => {
    const c = config([
      ['remote.backup.url', '/backup.git'],
      ['remote.origin.url', '/origin.git'],
      ['remote.zeta.url', '/zeta.git'],
    ]);
    expect(planPush('notes', c)).toEqual({
      kind: 'set-upstream',
      remote: 'origin',
      branch: 'notes',
      describe: 'origin/notes (/origin.git), new upstream',
    });
  });

  it('without an upstream, uses the only remote even when it is not origin', () => {
    const c = config([['remote.usb.url', '/mnt/usb/journal.git']]);
    expect(planPush('master', c)).toEqual({
      kind: 'set-upstream',
      remote: 'usb',
      branch: 'master',
      describe: 'usb/master (/mnt/usb/journal.git), new upstream',
    });
  });

  it('treats a branch.remote without branch.merge as no upstream', () => {
    const c = config([
      ['remote.origin.url', '/o.git'],
      ['branch.master.remote', 'origin'],
    ]);
    expect(planPush('master', c).kind).toBe('set-upstream');
  });

  it('commits only when there is no remote', () => {
    expect(planPush('master', config([['core.bare', 'false']]))).toEqual({
      kind: 'none',
      why: 'no-remote',
      describe: 'nowhere (no remote: commit only)',
    });
  });

  it('commits only on a detached HEAD, even with an origin', () => {
    expect(planPush(null, config([['remote.origin.url', '/o.git']]))).toEqual({
      kind: 'none',
      why: 'detached',
      describe: 'nowhere (detached HEAD: commit only)',
    });
  });
});

describe('repoOverrides', () => {
  it('takes preset, prompt and model from git config', () => {
    const c = config([
      ['git-commit-push.preset', 'journal'],
      ['git-commit-push.prompt', 'Write like a diary.'],
      ['git-commit-push.model', 'llama3.2'],
      ['user.name', 'x'],
    ]);
    expect(repoOverrides(c)).toEqual({ preset: 'journal', prompt: 'Write like a diary.', model: 'llama3.2' });
  });

  it('reads keys in any case, as git does', () => {
    expect(repoOverrides(config([['Git-Commit-Push.Model', 'qwen']]))).toEqual({ model: 'qwen' });
  });

  it('is empty without such keys, and ignores empty values', () => {
    expect(repoOverrides(config([['user.name', 'x']]))).toEqual({});
    expect(repoOverrides(config([['git-commit-push.model', '']]))).toEqual({});
  });

  it('ignores keys it does not know', () => {
    expect(repoOverrides(config([['git-commit-push.host', 'http://evil:11434']]))).toEqual({});
  });
});

describe('operationInProgress', () => {
  it.each([
    [['rebase-merge'], 'a rebase is in progress'],
    [['rebase-apply'], 'a rebase is in progress'],
    [['MERGE_HEAD', 'MERGE_MSG'], 'a merge is in progress'],
    [['CHERRY_PICK_HEAD'], 'a cherry-pick is in progress'],
    [['REVERT_HEAD'], 'a revert is in progress'],
  ])('%j → %s', (entries, expected) => {
    expect(operationInProgress(new Set(['HEAD', 'config', 'index', ...entries]))).toBe(expected);
  });

  it('is undefined for an ordinary git dir', () => {
    expect(operationInProgress(new Set(['HEAD', 'config', 'index', 'objects', 'refs', 'COMMIT_EDITMSG', 'ORIG_HEAD', 'FETCH_HEAD']))).toBeUndefined();
  });
});

describe('parseArgs', () => {
  it('defaults to the current file, committing, with the review option deciding', () => {
    const inv = parseArgs([]);
    expect(inv).toEqual({ scope: 'file', action: 'commit' });
    expect('review' in inv).toBe(false);
  });

  it.each([
    [['file'], { scope: 'file', action: 'commit' }],
    [['all'], { scope: 'all', action: 'commit' }],
    [['staged'], { scope: 'staged', action: 'commit' }],
    [['review'], { scope: 'file', action: 'commit', review: true }],
    [['noreview'], { scope: 'file', action: 'commit', review: false }],
    [['output'], { scope: 'file', action: 'output' }],
  ])('%j', (args, expected) => {
    expect(parseArgs(args)).toStrictEqual(expected);
  });

  it('combines a scope with review or noreview, in any order', () => {
    expect(parseArgs(['all', 'noreview'])).toStrictEqual({ scope: 'all', action: 'commit', review: false });
    expect(parseArgs(['review', 'staged'])).toStrictEqual({ scope: 'staged', action: 'commit', review: true });
  });

  it('lets the last of two scopes or two review words win', () => {
    expect(parseArgs(['all', 'staged'])).toMatchObject({ scope: 'staged' });
    expect(parseArgs(['noreview', 'review'])).toMatchObject({ review: true });
  });

  it('refuses an unknown argument, naming it and the valid ones', () => {
    expect(parseArgs(['everything'])).toEqual({
      error: 'unknown argument "everything" (expected file, all, staged, review, noreview, output, cancel, push)',
    });
    expect(parseArgs(['all', 'pull'])).toEqual({
      error: 'unknown argument "pull" (expected file, all, staged, review, noreview, output, cancel, push)',
    });
  });

  it('takes output, cancel and push as actions', () => {
    expect(parseArgs(['cancel'])).toMatchObject({ action: 'cancel' });
    expect(parseArgs(['push'])).toMatchObject({ action: 'push' });
    expect(parseArgs(['output'])).toMatchObject({ action: 'output' });
  });

  it('is case-sensitive, like other Vim command arguments', () => {
    expect(parseArgs(['ALL'])).toHaveProperty('error');
  });

  it('accepts every argument it lists for completion', () => {
    for (const a of COMMAND_ARGS) expect(parseArgs([a])).not.toHaveProperty('error');
  });
});
