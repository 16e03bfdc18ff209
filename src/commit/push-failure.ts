/**
 * Why `git push` failed, in plain words, and what to do next. git's own text (hints,
 * "Please make sure you have the correct access rights", a ref table) is written for a
 * terminal; the notice says the one thing that matters and the next step, and git's
 * words stay in `:GitCommitPush output`. Read from git's English messages (the runner
 * sets LC_MESSAGES=C), ssh's and curl's.
 */

import type { FailureWords } from '../words/notices.js';

export type PushFailureKind =
  /** The remote has commits the local branch does not: pull, then push. */
  | 'behind'
  /** The remote's own hooks or rules refused the update (a protected branch, say). */
  | 'remote-refused'
  /** The local pre-push hook stopped the push before anything was sent. */
  | 'hook'
  /** Credentials were refused: an ssh key, a token, a user without rights. */
  | 'permission'
  /** The remote wants a password, and nothing can ask for one from inside the editor. */
  | 'password'
  /** ssh does not know the server's host key, and BatchMode does not ask. */
  | 'host-key'
  /** No repository at that address (a typo, a disk not mounted, a deleted repository). */
  | 'not-found'
  /** The server could not be reached: no network, a wrong name, nothing listening. */
  | 'network'
  /** Connected, then no progress: the push gave up (push_stall_ms) or the server went away. */
  | 'stalled'
  /** Anything else: git's own first line. */
  | 'other';

/** `reason` follows "the push failed, "; `gitLines` are git's words worth reading: no hints, no boilerplate, no tabs. */
export interface PushFailure extends FailureWords {
  kind: PushFailureKind;
}

const BOILERPLATE = [/^hint:/, /^Please make sure you have the correct access rights$/, /^and the repository exists\.$/, /^To \S/];

/** git's lines worth showing: hints and boilerplate left out, runs of blanks and tabs made one space. */
function pushFailureLines(gitText: string): string[] {
  return gitText
    .split('\n')
    .map((l) => l.replace(/[\t ]+/g, ' ').trim())
    .filter((l) => l !== '' && !BOILERPLATE.some((re) => re.test(l)));
}

export function explainPushFailure(gitText: string): PushFailure {
  const lines = pushFailureLines(gitText);
  const text = lines.join('\n');
  const has = (re: RegExp) => re.test(text);
  const result = (kind: PushFailureKind, reason: string, next: string): PushFailure => ({ kind, reason, next, gitLines: lines });

  if (has(/\[rejected\].*\((fetch first|non-fast-forward)\)/)) {
    return result('behind', 'the remote has new commits', 'git pull --rebase, then :GitCommitPush push');
  }
  const refused = /\[remote rejected\][^(]*\(([^)]*)\)/.exec(text);
  if (refused) return result('remote-refused', `the remote refused it (${refused[1]})`, 'its reasons are in :GitCommitPush output');
  if (has(/Host key verification failed/)) {
    return result('host-key', "ssh does not know the server's host key", 'ssh to it once in a terminal to accept it, then :GitCommitPush push');
  }
  if (has(/could not read (Username|Password) for|terminal prompts disabled/i)) {
    return result('password', 'the remote wants a password, which cannot be typed here', 'set up a credential helper or an ssh key, then :GitCommitPush push');
  }
  if (has(/Permission denied \(|Permission to \S+ denied|denied to |returned error: 40[13]\b|Authentication failed|HTTP Basic: Access denied|access denied|not authorized/i)) {
    return result('permission', `no permission to push (${permissionWhat(text)})`, 'check your ssh key or token, then :GitCommitPush push');
  }
  if (has(/does not appear to be a git repository|Repository not found|repository '[^']*' not found|returned error: 404\b|No such file or directory/i)) {
    return result('not-found', 'the remote repository was not found', 'check its address with git remote -v, then :GitCommitPush push');
  }
  if (has(/Operation too slow|server not responding|banner exchange|hung up unexpectedly|early EOF|Broken pipe|closed by remote host/i)) {
    return result('stalled', 'the remote stopped answering', 'try :GitCommitPush push later (push_stall_ms sets the patience)');
  }
  const net =
    /Could not resolve host(?:name)?:? ?([^\s:]*)/i.exec(text) ??
    /(Connection refused|Couldn't connect to server|Network is unreachable|No route to host|Connection timed out|Operation timed out|Connection reset)/i.exec(text);
  if (net) {
    const what = net[0].startsWith('Could not resolve') ? `unknown host ${net[1] ?? ''}`.trim() : (net[1] ?? net[0]).toLowerCase();
    return result('network', `the remote is unreachable (${what})`, 'try :GitCommitPush push once it is back');
  }
  const errors = lines.filter((l) => /^(error|fatal):/.test(l) && !/failed to push some refs/.test(l));
  if (errors.length === 0 && has(/failed to push some refs/)) {
    // Nothing but "failed to push some refs": the pre-push hook said no, in its own words above.
    return result('hook', 'your pre-push hook stopped it', 'fix what it says, then :GitCommitPush push');
  }
  const first = lines.find((l) => !/^fatal: Could not read from remote repository/.test(l)) ?? lines[0] ?? 'git gave no reason';
  return result('other', first.replace(/^(error|fatal): /, ''), "git's words are in :GitCommitPush output");
}

function permissionWhat(text: string): string {
  if (/Permission denied \(/.test(text)) return 'ssh key refused';
  if (/returned error: 403\b/.test(text)) return 'HTTP 403';
  if (/returned error: 401\b/.test(text)) return 'HTTP 401';
  const to = /Permission to (\S+) denied to (.+?)\.?$/m.exec(text);
  if (to) return `${to[2]} may not write to ${to[1]}`;
  return 'credentials refused';
}
