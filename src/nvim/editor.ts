/**
 * Neovim, as the rest of the plugin sees it: a few typed calls into the Lua
 * modules (lua/git-commit-push/*.lua), one RPC round trip each.
 */
import type { Neovim } from 'neovim';
import type { Level } from '../words/errors.js';
import type { Notice } from '../words/notice.js';

type LuaArg = string | number | boolean | null | readonly LuaArg[] | { readonly [k: string]: LuaArg };

export interface EditorContext {
  buf: number;
  name: string;
  buftype: string;
  filetype: string;
  /** The folder a directory listing (netrw, oil...) shows; null in any other buffer. */
  dir: string | null;
  cwd: string;
  options: unknown;
  ollamaHostEnv: string;
  writeError: string | null;
  /** The buffer's name is not valid UTF-8: it cannot reach git intact. */
  nameUnreadable: boolean;
}

export type SetResult = 'ok' | 'edited' | 'gone';

export interface ReviewOpen {
  name: string;
  lines: string[];
  messageLines: number;
  saved: string;
  /** git's comment character: the review's own lines start with it. */
  comment: string;
}

/** One thing that runs, for the status window and g:git_commit_push_status. */
export interface Progress {
  /** What runs, for the status window: "pushing to origin/main". */
  text: string;
  /** The same in a word, for statuslines: "pushing". */
  short: string;
  /** For how long it has run; the Lua side counts on from here. */
  elapsedMs: number;
}

export interface Editor {
  context(): Promise<EditorContext>;
  notify(notice: Notice, level: Level): Promise<void>;
  /** Everything that runs now; an empty list when nothing does. */
  progress(items: Progress[]): Promise<void>;
  event(name: 'GitCommitPushDone' | 'GitCommitPushFailed', data: Record<string, string | number | boolean>): Promise<void>;
  openReview(opts: ReviewOpen): Promise<{ buf: number }>;
  focus(buf: number): Promise<void>;
  /** `force`: write even over the user's edits (regenerate asked for it). */
  setMessage(buf: number, lines: string[], status?: string, force?: boolean): Promise<SetResult>;
  /** `comment`: the comment character the lines start with, when it changes. */
  setComments(buf: number, lines: string[], comment?: string): Promise<SetResult>;
  /** `force`: also while the buffer is locked for a commit (the commit's own statuses). */
  setStatus(buf: number, status: string, force?: boolean): Promise<SetResult>;
  markUnsaved(buf: number): Promise<SetResult>;
  close(buf: number): Promise<void>;
  setOutput(lines: string[]): Promise<void>;
  showOutput(): Promise<void>;
}

/** The Lua side's `_context()` table, typed; it also rides along with the keypress (GitCommitPushRun). */
export function contextFrom(value: unknown): EditorContext {
  const raw = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  return {
    buf: Number(raw.buf),
    name: String(raw.name ?? ''),
    buftype: String(raw.buftype ?? ''),
    filetype: String(raw.filetype ?? ''),
    dir: typeof raw.dir === 'string' && raw.dir !== '' ? raw.dir : null,
    cwd: String(raw.cwd ?? ''),
    options: raw.options,
    ollamaHostEnv: String(raw.ollama_host_env ?? ''),
    writeError: typeof raw.write_error === 'string' ? raw.write_error : null,
    nameUnreadable: raw.name_utf8 === false,
  };
}

const LEVELS: Record<Level, number> = { info: 2, warn: 3, error: 4 };

export function editorFor(nvim: Neovim): Editor {
  const lua = async (code: string, ...args: LuaArg[]): Promise<unknown> =>
    // node-client's VimValue type is narrower than what msgpack carries (no null, no string[]).
    nvim.lua(code, args as unknown as Parameters<Neovim['lua']>[1]);
  const review = async (fn: string, ...args: LuaArg[]): Promise<unknown> =>
    lua(`return require('git-commit-push.review').${fn}(...)`, ...args);
  const asSet = (v: unknown): SetResult => (v === 'ok' || v === 'edited' ? v : 'gone');

  return {
    async context() {
      return contextFrom(await lua(`return require('git-commit-push')._context()`));
    },
    async notify(notice, level) {
      await lua(`require('git-commit-push')._notice(...)`, { lines: notice.lines, details: notice.details }, LEVELS[level]);
    },
    async progress(items) {
      await review('progress', items.map((i) => ({ text: i.text, short: i.short, elapsed_ms: Math.max(0, Math.round(i.elapsedMs)) })));
    },
    async event(name, data) {
      await lua(`require('git-commit-push')._event(...)`, name, data);
    },
    async openReview(opts) {
      const r = (await review('open', {
        name: opts.name,
        lines: opts.lines,
        message_lines: opts.messageLines,
        saved: opts.saved,
        comment: opts.comment,
      })) as { buf: number };
      return { buf: Number(r.buf) };
    },
    async focus(buf) {
      await review('focus', buf);
    },
    async setMessage(buf, lines, status, force) {
      return asSet(await review('set_message', buf, lines, status ?? null, force ?? false));
    },
    async setComments(buf, lines, comment) {
      return asSet(await review('set_comments', buf, lines, comment ?? null));
    },
    async setStatus(buf, status, force) {
      return asSet(await review('set_status', buf, status, force ?? false));
    },
    async markUnsaved(buf) {
      return asSet(await review('mark_unsaved', buf));
    },
    async close(buf) {
      await review('close', buf);
    },
    async setOutput(lines) {
      await review('set_output', lines);
    },
    async showOutput() {
      await review('show_output');
    },
  };
}

/** The review buffer's write event: its lines, and whether the user changed them since the plugin last wrote. */
export function writePayload(payload: unknown): { lines: string[]; edited: boolean } {
  if (Array.isArray(payload)) return { lines: payload.map(String), edited: true };
  const p = (payload ?? {}) as { lines?: unknown; edited?: unknown };
  return { lines: Array.isArray(p.lines) ? p.lines.map(String) : [], edited: p.edited !== false };
}
