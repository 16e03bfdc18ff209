/**
 * Where a commit on a branch goes, decided from the repository's config as `git push`
 * would decide it, and how the user reads that destination.
 */
import type { GitConfig } from '../change/repo.js';

/**
 * How the push is made. `git`: a plain `git push`, so that git applies the user's whole
 * configuration (push.default, pushRemote, remote.<name>.push, pushurl); `remote` and `ref`
 * are where it will most likely go, for the review and for the record of an unpushed commit
 * (`ref` undefined when a push refspec makes it uncertain); what is reported afterwards is
 * git's own account. `set-upstream`: git has nowhere to push, so it is told, as `git push -u`.
 */
export type PushPlan =
  | { kind: 'git'; remote: string; ref: string | undefined; describe: string }
  | { kind: 'set-upstream'; remote: string; branch: string; describe: string }
  | {
      kind: 'none';
      why: 'detached' | 'no-remote' | 'no-upstream' | 'upstream-name' | 'push-default-nothing';
      describe: string;
    };

export function remotesOf(config: GitConfig): string[] {
  const names = new Set<string>();
  for (const key of config.keys()) {
    const m = /^remote\.(.+)\.url$/.exec(key);
    if (m?.[1]) names.add(m[1]);
  }
  return [...names];
}

/** Where git sends a push to this remote: its pushurl, else its url. */
export function pushUrlOf(config: GitConfig, remote: string): string {
  return remote === '.' ? 'this repository' : (config.get(`remote.${remote}.pushurl`) ?? config.get(`remote.${remote}.url`) ?? remote);
}

const TRUE = /^(?:true|yes|on|1)$/i;

/**
 * Where a commit on `branch` goes, as `git push` would send it. With anything that tells git
 * where to push (an upstream, branch.<name>.pushRemote, remote.pushDefault, a push refspec,
 * push.default other than simple/upstream, push.autoSetupRemote), the push is git's own,
 * and this only predicts it for the review. With nothing (a new branch): `origin` or the
 * only remote, setting the upstream as `git push -u` does; with several remotes and none
 * named origin, git itself would not guess either.
 */
export function planPush(branch: string | null, config: GitConfig): PushPlan {
  if (branch === null) return { kind: 'none', why: 'detached', describe: 'nowhere (detached HEAD: commit only)' };
  const pushDefault = (config.get('push.default') ?? 'simple').toLowerCase();
  if (pushDefault === 'nothing') {
    return { kind: 'none', why: 'push-default-nothing', describe: 'nowhere (push.default is nothing: git push pushes nothing; commit only)' };
  }
  const upstreamRemote = config.get(`branch.${branch}.remote`);
  const merge = config.get(`branch.${branch}.merge`);
  const pushRemote = config.get(`branch.${branch}.pushremote`) ?? config.get('remote.pushdefault');
  const remotes = remotesOf(config);
  const fallback = remotes.includes('origin') ? 'origin' : remotes.length === 1 ? remotes[0] : undefined;
  const remote = pushRemote ?? (upstreamRemote && merge ? upstreamRemote : undefined) ?? fallback;
  if (remote === undefined) {
    if (remotes.length === 0) return { kind: 'none', why: 'no-remote', describe: 'nowhere (no remote: commit only)' };
    return { kind: 'none', why: 'no-upstream', describe: `nowhere (no upstream, and several remotes: set one with git push -u <remote> ${branch})` };
  }
  const refspec = config.get(`remote.${remote}.push`);
  if (refspec !== undefined) {
    const ref = refspecDestination(refspec, branch);
    return { kind: 'git', remote, ref, describe: describe(config, remote, ref ?? `(${refspec})`) };
  }
  const hasUpstream = Boolean(upstreamRemote && merge);
  const triangular = pushRemote !== undefined && pushRemote !== upstreamRemote;
  if (hasUpstream && !triangular) {
    const upstreamName = (merge as string).replace(/^refs\/heads\//, '');
    // To the upstream's remote: under the upstream's name with push.default=upstream, under
    // the branch's own with current or matching; simple refuses when the two names differ.
    if (pushDefault === 'upstream' || pushDefault === 'tracking') return { kind: 'git', remote, ref: merge, describe: describe(config, remote, merge as string) };
    if (pushDefault === 'simple' && upstreamName !== branch) {
      return {
        kind: 'none',
        why: 'upstream-name',
        describe: `nowhere (the upstream ${upstreamRemote}/${upstreamName} has another name than ${branch}: git push refuses that too; commit only)`,
      };
    }
    return { kind: 'git', remote, ref: `refs/heads/${branch}`, describe: describe(config, remote, `refs/heads/${branch}`) };
  }
  // No upstream (or a push remote of its own): git pushes under the branch's name where its
  // settings say where; with push.default=upstream it needs an upstream and refuses.
  if (triangular || pushDefault === 'current' || pushDefault === 'matching' || TRUE.test(config.get('push.autosetupremote') ?? '')) {
    if (pushDefault === 'upstream' || pushDefault === 'tracking') {
      return { kind: 'none', why: 'no-upstream', describe: `nowhere (push.default is upstream and ${branch} has none: set one with git push -u ${remote} ${branch})` };
    }
    return { kind: 'git', remote, ref: `refs/heads/${branch}`, describe: describe(config, remote, `refs/heads/${branch}`) };
  }
  return { kind: 'set-upstream', remote, branch, describe: `${remote}/${branch} (${pushUrlOf(config, remote)}), new upstream` };
}

/** "origin/main (url)" for a branch, "origin:refs/for/main (url)" for any other ref. */
function describe(config: GitConfig, remote: string, ref: string): string {
  return `${refName(remote, ref)} (${pushUrlOf(config, remote)})`;
}

export function refName(remote: string, ref: string): string {
  return ref.startsWith('refs/heads/') ? `${remote}/${ref.slice('refs/heads/'.length)}` : `${remote}:${ref}`;
}

/** The destination of `HEAD:refs/for/main` or `refs/heads/main:refs/heads/main`; undefined when it depends (a pattern). */
function refspecDestination(refspec: string, branch: string): string | undefined {
  const spec = refspec.replace(/^\+/, '');
  const colon = spec.indexOf(':');
  const src = colon < 0 ? spec : spec.slice(0, colon);
  const dst = colon < 0 ? spec : spec.slice(colon + 1);
  if (dst.includes('*')) {
    if (!src.includes('*')) return undefined;
    const [pre = '', post = ''] = src.split('*');
    const full = `refs/heads/${branch}`;
    if (!full.startsWith(pre) || !full.endsWith(post)) return undefined;
    return dst.replace('*', full.slice(pre.length, full.length - post.length));
  }
  if (src !== 'HEAD' && src !== branch && src !== `refs/heads/${branch}`) return undefined;
  return dst.startsWith('refs/') ? dst : `refs/heads/${dst}`;
}

/** Why a commit was not pushed, in a few words and what to do. */
export function notPushedBecause(plan: PushPlan): string {
  if (plan.kind !== 'none') return 'not pushed';
  switch (plan.why) {
    case 'detached':
      return 'detached HEAD, so not pushed';
    case 'no-remote':
      return 'no remote, so not pushed';
    case 'no-upstream':
      return 'no upstream and several remotes, so not pushed: set one with git push -u <remote>';
    case 'upstream-name':
      return 'its upstream has another name, and git push would refuse too, so not pushed: push it with git push <remote> HEAD:<branch>, or set push.default=upstream';
    case 'push-default-nothing':
      return 'push.default is nothing, so not pushed, as git push would not';
  }
}
