/**
 * Neovim, as the rest of the plugin sees it: a few typed calls into the Lua
 * modules (lua/git-commit-push/*.lua), one RPC round trip each.
 */
import type { Neovim } from 'neovim';
import type { Level } from '../core/errors.js';

type LuaArg = string | number | boolean | null | readonly LuaArg[] | { readonly [k: string]: LuaArg };

export interface EditorContext {
  buf: number;
  name: string;
  buftype: string;
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
}

export interface Editor {
  context(): Promise<EditorContext>;
  notify(message: string, level: Level): Promise<void>;
  event(name: 'GitCommitPushDone' | 'GitCommitPushFailed', data: Record<string, string | number | boolean>): Promise<void>;
  openReview(opts: ReviewOpen): Promise<{ buf: number }>;
  focus(buf: number): Promise<void>;
  /** `force`: write even over the user's edits (regenerate asked for it). */
  setMessage(buf: number, lines: string[], status?: string, force?: boolean): Promise<SetResult>;
  setComments(buf: number, lines: string[]): Promise<SetResult>;
  /** `force`: also while the buffer is locked for a commit (the commit's own statuses). */
  setStatus(buf: number, status: string, force?: boolean): Promise<SetResult>;
  markUnsaved(buf: number): Promise<SetResult>;
  close(buf: number): Promise<void>;
  setOutput(lines: string[]): Promise<void>;
  showOutput(): Promise<void>;
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
      const raw = (await lua(`return require('git-commit-push')._context()`)) as Record<string, unknown>;
      return {
        buf: Number(raw.buf),
        name: String(raw.name ?? ''),
        buftype: String(raw.buftype ?? ''),
        cwd: String(raw.cwd ?? ''),
        options: raw.options,
        ollamaHostEnv: String(raw.ollama_host_env ?? ''),
        writeError: typeof raw.write_error === 'string' ? raw.write_error : null,
        nameUnreadable: raw.name_utf8 === false,
      };
    },
    async notify(message, level) {
      await lua(`require('git-commit-push').notify(...)`, message, LEVELS[level]);
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
      })) as { buf: number };
      return { buf: Number(r.buf) };
    },
    async focus(buf) {
      await review('focus', buf);
    },
    async setMessage(buf, lines, status, force) {
      return asSet(await review('set_message', buf, lines, status ?? null, force ?? false));
    },
    async setComments(buf, lines) {
      return asSet(await review('set_comments', buf, lines));
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
