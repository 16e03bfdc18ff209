/**
 * The life of one review session, in one place: its phases, the events that move it from
 * one to the next, and nothing else. The controller (controller.ts) does the editor's and
 * git's work around it and asks `transition` before every move, so that what runs, what a
 * second \g is told and what `:GitCommitPush cancel` may stop always agree.
 *
 *   from                   event       to
 *   (start), reviewing     ask         generating
 *   generating             ask         generating   (the running generation stops)
 *   generating             answered    reviewing
 *   generating             stop        reviewing    (the generation stops: gr is about to ask again)
 *   generating, reviewing  write       committing   (a generation stops)
 *   generating, reviewing  close       (ended)      (a generation stops)
 *   committing             wait        waiting      (another commit holds the lock)
 *   waiting                locked      committing
 *   committing, waiting    back        reviewing    (no commit: refused, cancelled, unusable text)
 *   committing             committed   pushing
 *   any                    done        (ended)
 *
 * `close` (the buffer closed) ends a session that has not reached `committing`; from there
 * on the commit goes on without its buffer. `done` ends a session from any phase.
 */
import type { PromptContext } from '../change/context.js';
import type { ReviewInfo } from '../commit/message.js';
import type { Prepared } from '../commit/prepare.js';

/** What a session is doing; `since` (Date.now()) tells a second \g for how long. */
export type Phase =
  | { name: 'generating'; since: number; abort: AbortController }
  | { name: 'reviewing' }
  /** `stop`: set while git may wait on the commit's signer, which `:GitCommitPush cancel` may stop. */
  | { name: 'committing'; since: number; cancelPush: boolean; stop?: AbortController | undefined }
  /** Another editor (or the terminal command) holds the commit lock; `resume` is the commit that waits. */
  | { name: 'waiting'; since: number; abort: AbortController; holder: string; resume: Committing }
  | { name: 'pushing'; since: number; abort: AbortController };

export type Committing = Extract<Phase, { name: 'committing' }>;

export type SessionEvent =
  /** A generation starts: the first, or `gr` / `:GitCommitPush` in the buffer (the one running is stopped). */
  | { type: 'ask'; abort: AbortController }
  /** The generation ended: an answer, the default message, a cancel, or the user typing. */
  | { type: 'answered' }
  /** The generation is stopped from outside, and the message is the user's again. */
  | { type: 'stop' }
  /** `:w`, or a message to commit without review. */
  | { type: 'write' }
  | { type: 'wait'; holder: string; abort: AbortController }
  | { type: 'locked' }
  | { type: 'committed'; abort: AbortController }
  /** No commit was made (git refused, the wait was cancelled, the model's text was unusable): back to review. */
  | { type: 'back' }
  | { type: 'close' }
  | { type: 'done' };

/**
 * The phase after `event`, 'ended', or undefined when the event cannot happen in this phase
 * (a second `:w` while committing, say). Leaving a generation stops it.
 */
export function transition(from: Phase, event: SessionEvent, now: number = Date.now()): Phase | 'ended' | undefined {
  const to = next(from, event, now);
  if (from.name === 'generating' && to !== undefined && to !== from && event.type !== 'answered') from.abort.abort(event.type);
  return to;
}

function next(from: Phase, e: SessionEvent, now: number): Phase | 'ended' | undefined {
  if (e.type === 'done') return 'ended';
  switch (from.name) {
    case 'generating':
    case 'reviewing':
      if (e.type === 'ask') return { name: 'generating', since: now, abort: e.abort };
      if (e.type === 'answered' || e.type === 'stop') return from.name === 'generating' ? { name: 'reviewing' } : undefined;
      if (e.type === 'write') return { name: 'committing', since: now, cancelPush: false };
      if (e.type === 'close') return 'ended';
      return undefined;
    case 'committing':
      if (e.type === 'wait') return { name: 'waiting', since: now, abort: e.abort, holder: e.holder, resume: from };
      if (e.type === 'committed') return { name: 'pushing', since: now, abort: e.abort };
      if (e.type === 'back') return { name: 'reviewing' };
      if (e.type === 'close') return from;
      return undefined;
    case 'waiting':
      if (e.type === 'locked') return from.resume;
      if (e.type === 'back') return { name: 'reviewing' };
      if (e.type === 'close') return from;
      return undefined;
    case 'pushing':
      if (e.type === 'close') return from;
      return undefined;
  }
}

/** Who wrote the message area last: only the model's own words are checked again at :w. */
export type Author = 'model' | 'user' | 'fallback';

export interface Session {
  /** The change, its options and where it goes: what any front end would have. */
  p: Prepared;
  /** What \g was pressed on (the file, or the folder for `all` and `staged`): the change is gathered again from it. */
  path: string;
  /** git's comment character in the review buffer (core.commentChar). */
  comment: string;
  /** What the prompt needs from git beyond the diff: read once, when the first prompt is built. */
  context: Promise<PromptContext> | undefined;
  /** The last request sent to the model, for `:GitCommitPush output`. */
  sent: { system: string; user: string; notes?: string[] } | undefined;
  info: ReviewInfo;
  phase: Phase;
  author: Author;
  /** A commit was refused: the draft outlives the buffer, for the next run. */
  refused: boolean;
  buf: number | undefined;
}
