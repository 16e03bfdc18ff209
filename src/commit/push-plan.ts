/**
 * Where a commit on a branch goes, decided from the repository's config as `git push`
 * would decide it, and how the user reads that destination.
 */
import type { GitConfig } from '../change/repo.js';

export type PushPlan =
  | { kind: 'upstream'; remote: string; ref: string; describe: string }
  | { kind: 'set-upstream'; remote: string; branch: string; describe: string }
  | { kind: 'none'; why: 'detached' | 'no-remote' | 'no-upstream' | 'upstream-name'; describe: string };

export function remotesOf(config: GitConfig): string[] {
  const names = new Set<string>();
  for (const key of config.keys()) {
    const m = /^remote\.(.+)\.url$/.exec(key);
    if (m?.[1]) names.add(m[1]);
  }
  return [...names];
}

function urlOf(config: GitConfig, remote: string): string {
  return remote === '.' ? 'this repository' : (config.get(`remote.${remote}.url`) ?? remote);
}

/**
 * Where a commit on `branch` goes, as `git push` would send it: to the branch's push
 * remote (branch.<name>.pushRemote, remote.pushDefault) or its upstream. An upstream of
 * another name is pushed to only with push.default=upstream; git's default (simple)
 * refuses that, and so does this. With no upstream: `origin` or the only remote, setting
 * the upstream as `git push -u` does; with several remotes and none named origin, git
 * itself would not guess either.
 */
export function planPush(branch: string | null, config: GitConfig): PushPlan {
  if (branch === null) return { kind: 'none', why: 'detached', describe: 'nowhere (detached HEAD: commit only)' };
  const upstreamRemote = config.get(`branch.${branch}.remote`);
  const merge = config.get(`branch.${branch}.merge`);
  const pushRemote = config.get(`branch.${branch}.pushremote`) ?? config.get('remote.pushdefault');
  if (upstreamRemote && merge) {
    const remote = pushRemote ?? upstreamRemote;
    const upstreamName = merge.replace(/^refs\/heads\//, '');
    const pushDefault = config.get('push.default') ?? 'simple';
    // To another remote than the one pulled from, or with push.default=current, git pushes
    // the branch under its own name; to the upstream's remote, under the upstream's.
    const ownName = remote !== upstreamRemote || pushDefault === 'current' || pushDefault === 'matching';
    const ref = ownName ? `refs/heads/${branch}` : merge;
    if (!ownName && upstreamName !== branch && pushDefault !== 'upstream' && pushDefault !== 'tracking') {
      return {
        kind: 'none',
        why: 'upstream-name',
        describe: `nowhere (the upstream ${upstreamRemote}/${upstreamName} has another name than ${branch}: git push refuses that too; commit only)`,
      };
    }
    return { kind: 'upstream', remote, ref, describe: `${remote}/${ref.replace(/^refs\/heads\//, '')} (${urlOf(config, remote)})` };
  }
  const remotes = remotesOf(config);
  if (remotes.length === 0) return { kind: 'none', why: 'no-remote', describe: 'nowhere (no remote: commit only)' };
  const chosen = pushRemote && remotes.includes(pushRemote) ? pushRemote : remotes.includes('origin') ? 'origin' : remotes.length === 1 ? remotes[0] : undefined;
  if (!chosen) {
    return {
      kind: 'none',
      why: 'no-upstream',
      describe: `nowhere (no upstream, and several remotes: set one with git push -u <remote> ${branch})`,
    };
  }
  return {
    kind: 'set-upstream',
    remote: chosen,
    branch,
    describe: `${chosen}/${branch} (${urlOf(config, chosen)}), new upstream`,
  };
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
  }
}
