/**
 * The notices users meet every day, each written so that its shortest line still says
 * what happened and what to do (src/words/notice.ts says how lines get shorter): on an
 * 80-column terminal a message line has 68 cells.
 */
import { cut, drop, either, forms, notice, words, type Notice, type Part } from './notice.js';

/** A failure in plain words: why, in a few words, the next step, and the tool's own lines worth reading. */
export interface FailureWords {
  reason: string;
  next: string;
  gitLines: string[];
}

export interface MadeCommit {
  hash: string;
  subject: string;
}

/** "origin/main (git@host:journal.git)", as the push plan describes it: the name, and the address that can go. */
export function destination(to: string): { name: string; address: string } {
  const m = /^(\S+)( \(.*\))$/.exec(to);
  return m ? { name: m[1] ?? to, address: m[2] ?? '' } : { name: to, address: '' };
}

/** The model gave no message, and why: the commit was made with the default one. */
export interface DefaultUsed {
  /** Why, as the generation said it (src/model/ollama.ts, src/model/verdict.ts). */
  reason: string;
  /** The Ollama host the reason names: the part of it that gives way first. */
  host: string;
}

/** How a commit ended: pushed (where to, and an earlier commit it took along), or why not. */
export type Sent = { pushed: true; to: string; tookAlong?: string | undefined } | { pushed: false; why: string };

/**
 * The commit is made and pushed; `tookAlong` is an earlier commit whose push this one
 * finished. The subject is the last to give way, and only between words.
 */
export function pushedNotice(made: MadeCommit, to: string, tookAlong?: string, fallback?: DefaultUsed): Notice {
  if (fallback) return defaultCommitNotice(made, { pushed: true, to, tookAlong }, fallback);
  const { name, address } = destination(to);
  const wide = notice(
    [
      `committed ${made.hash} "${made.subject}" and pushed`,
      drop(` to ${name}`, 2),
      drop(address, 0),
      ...(tookAlong ? [drop(` (with ${tookAlong}, not pushed before)`, 1)] : []),
    ],
    [],
    { prefixOrder: 3 },
  );
  // "pushed" says "committed" too: eleven characters more for the subject.
  const narrow = notice([`pushed ${made.hash} "`, words(made.subject, 2), '"'], [], { prefixOrder: 1 });
  return either(wide, narrow);
}

/** The commit is made, not pushed; `why` says why in a few words. */
export function committedNotice(made: MadeCommit, why: string, fallback?: DefaultUsed): Notice {
  if (fallback) return defaultCommitNotice(made, { pushed: false, why }, fallback);
  return notice([`committed ${made.hash} "`, words(made.subject, 9), '"', cut(` (${why})`, 1, 24)], [], { prefixOrder: 2 });
}

/**
 * The model gave no usable message: the default one is in review, and why. What the user
 * can see in the buffer (the default message's words) gives way first; why it came to that
 * and what to do about it stay.
 */
export function fallbackNotice(reason: string, fallback: string, host = ''): Notice {
  const why = reasonParts(reason, host);
  return notice(
    [...why.parts, forms(` (using the default message "${fallback}")`, [' (using the default message)', ' (default message)'], 1)],
    [],
    { prefixOrder: 2 },
  );
}

/**
 * A commit made with the default message says so, with why, in the notice that reports it
 * (also without review, where nothing else would). On a wide screen the commit comes first;
 * on a narrow one why and what to do come first, and the commit's words give way.
 */
function defaultCommitNotice(made: MadeCommit, sent: Sent, fallback: DefaultUsed): Notice {
  const commitFirst = reasonParts(fallback.reason, fallback.host, { where: 0, detail: 3 });
  const outcome: Part[] = sent.pushed
    ? [
        ' and pushed',
        drop(` to ${destination(sent.to).name}`, 2),
        drop(destination(sent.to).address, 0),
        ...(sent.tookAlong ? [drop(` (with ${sent.tookAlong}, not pushed before)`, 1)] : []),
      ]
    : [` (${sent.why})`];
  const wide = notice(
    [`committed ${made.hash} with the default message`, drop(` "${made.subject}"`, 5), ' (', ...commitFirst.parts, ')', ...outcome],
    [],
    { prefixOrder: 4 },
  );
  const reasonFirst = reasonParts(fallback.reason, fallback.host, { where: 0, detail: 2, short: 4 });
  const narrow = notice(
    [
      ...reasonFirst.parts,
      forms(
        ` (committed ${made.hash} with the default message "${made.subject}"`,
        [` (committed ${made.hash} with the default message`, ' (committed with the default message', ' (default message committed', ' (default message'],
        3,
      ),
      // A failed push has a notice of its own: a commit reported at all went where it should,
      // so "pushed" is the last word to go.
      sent.pushed ? drop(', pushed', 5) : forms(`, ${sent.why}`, [', not pushed'], 3),
      ')',
    ],
    [],
    { prefixOrder: 1 },
  );
  return either(wide, narrow);
}

/** Loopback hosts, where "start Ollama" is advice the user can follow on this machine. */
function isLoopback(host: string): boolean {
  return /^https?:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/i.test(host);
}

/**
 * Why there is no generated message, in parts: what failed stays; the host it names gives
 * way first (the user set it), a detail in brackets later; and what to do comes last,
 * after a colon, never cut: `model "gemma3" not found: ollama pull gemma3`.
 */
export function reasonParts(
  reason: string,
  host: string,
  order: { where: number; detail: number; short?: number } = { where: 0, detail: 3 },
): { parts: Part[] } {
  let text = reason;
  let next = '';
  let detail = '';
  const run = /\s*\(run: ([^)]*)\)$/.exec(text);
  if (run) {
    next = run[1] ?? '';
    text = text.slice(0, run.index);
  } else if (/ \(timeout_ms\)$/.test(text)) {
    next = 'raise timeout_ms';
    text = text.replace(/ \(timeout_ms\)$/, '');
  }
  const at = host ? text.indexOf(` at ${host}`) : -1;
  if (at < 0) {
    // Not a failure of the server's (an answer that is no message): the words as they are,
    // cut only when nothing else is left to give way.
    const what: Part = Array.from(text).length > 48 ? words(text, 20, 32) : text;
    return { parts: [what, ...(next ? [`: ${next}`] : [])] };
  }
  const where = ` at ${host}`;
  let before = text.slice(0, at);
  let after = text.slice(at + where.length);
  const bracket = / \(([^()]*)\)$/.exec(after);
  if (bracket) {
    detail = bracket[1] ?? '';
    after = after.slice(0, bracket.index);
  }
  if (!next && /^Ollama unreachable/.test(before) && detail === 'connection refused' && isLoopback(host)) next = 'ollama serve';
  // "did not answer within 60 s": four characters the advice after it needs more.
  after = after.replace(/^ did not answer within /, ' did not answer in ');
  const rest: Part = Array.from(after).length > 40 ? words(after, 20, 24) : after;
  before = before.trimEnd();
  // The model's name, and that it is missing, in fewer words, when the line needs them.
  const missing = /^model "(.*)" not found$/.exec(before);
  const what: Part = missing && order.short !== undefined ? forms(before, [`no model "${missing[1] ?? ''}"`], order.short) : before;
  return {
    parts: [what, drop(where, order.where), rest, ...(detail ? [drop(` (${detail})`, order.detail)] : []), ...(next ? [`: ${next}`] : [])].filter((p) => p !== ''),
  };
}

/**
 * The push failed. `commit` is the commit just made (absent for `:GitCommitPush push`,
 * which made none). The line: that it failed, why, what to do; the details: git's words.
 */
export function pushFailedNotice(f: FailureWords, to: string, commit?: MadeCommit): Notice {
  const safe = commit ? `The commit is safe (${commit.hash} "${commit.subject}"); git said:` : 'Nothing was lost: the commits stay on your branch; git said:';
  return notice(
    [
      commit ? drop(`committed ${commit.hash}, but the `, 2) : drop('the ', 2),
      'push',
      drop(` to ${destination(to).name}`, 1),
      drop(destination(to).address, 0),
      ' failed',
      drop(`, ${f.reason}`, 4),
      `: ${f.next}`,
    ],
    [safe, ...f.gitLines],
    { prefixOrder: 3 },
  );
}

/**
 * Something runs for this repository already: `what` runs, `aside` (where, which address)
 * goes first when the line is too long, `how` says how to stop it.
 */
export function busyNotice(what: string, seconds: string, how: string, aside = ''): Notice {
  return notice([`still ${what}`, drop(aside, 1), ` (${seconds})`, cut(`: ${how}`, 4, 30)], [], { prefixOrder: 2 });
}

/** A push runs for this repository already. */
export function stillPushingNotice(to: string, seconds: string, how: string): Notice {
  const { name, address } = destination(to);
  return busyNotice(`pushing to ${name}`, seconds, how, address);
}

/** git refused the commit (a hook, gpg): its first words on the line, all of them under it. */
export function refusedNotice(gitWords: string): Notice {
  const lines = gitWords.split('\n').filter((l) => l.trim() !== '');
  const first = (lines[0] ?? 'git gave no reason').replace(/^(error|fatal): /, '');
  return notice(
    ['commit refused: ', cut(first, 3, 16), drop('; your message is kept, :w again once fixed', 1)],
    [...lines, 'Your message is kept: fix the cause and :w again (or :q! to give up).'],
    { prefixOrder: 2 },
  );
}

/**
 * The repository is not what the review showed (recheck.ts): nothing was committed. `why`
 * says what changed, `next` what the review shows now or what to do.
 */
export function changedNotice(why: string, next: string): Notice {
  return notice([cut(why, 4, 24), drop('; your message is kept', 1), `: ${next}`], [why, next], { prefixOrder: 2 });
}

/** Secret files kept out of a commit nobody reviewed; `how` says how to commit them on purpose. */
export function secretsLeftOutNotice(paths: readonly string[], how: string): Notice {
  const names = paths.length <= 3 ? paths.join(', ') : `${paths.slice(0, 2).join(', ')} and ${paths.length - 2} more`;
  const what = paths.length === 1 ? 'a secret file' : 'secret files';
  return notice([`left out of the commit: ${names} (${what})`, cut(`: ${how}`, 3, 24)], [`Left out: ${paths.join(', ')}`, how], { prefixOrder: 2 });
}
