/**
 * Timestamps taken inside Neovim, so that RPC latency between this process and
 * Neovim does not count: vim.loop.hrtime() at the keypress (vim.on_key), when
 * the review buffer enters its window with its comment lines (BufWinEnter),
 * when the Lua call that opened it has returned (vim.schedule), at every
 * notification, and whenever the plugin sets the review buffer's status line.
 * Each is sent back with vim.rpcnotify as it happens: nothing polls.
 *
 * vim.loop.hrtime() and Node's process.hrtime() read the same CLOCK_MONOTONIC,
 * so the two sides' times can also be compared directly.
 */
import type { NeovimClient } from 'neovim';

const PROBE_LUA = `
local chan = ...
local B = { armed = false }
_G.__bench = B
local function now() return vim.loop.hrtime() / 1e6 end
local function send(kind, data) vim.rpcnotify(chan, 'bench', kind, data) end

-- The keypress: the first key Neovim takes from its input queue once armed. on_key sees keys
-- after mapping, so \\g arrives as the mapping's own key, once both keys are in.
vim.on_key(function()
  if B.armed and B.t_key == nil then B.t_key = now() end
end)

local function patch_review()
  local ok, review = pcall(require, 'git-commit-push.review')
  if not ok or review.__bench_patched then return end
  review.__bench_patched = true
  local set_message = review.set_message
  review.set_message = function(buf, lines, status, force)
    local r = set_message(buf, lines, status, force)
    if B.armed and B.t_text == nil and r == 'ok' and lines[1] and lines[1] ~= '' then
      B.t_text = now()
      send('text', { t = B.t_text, t_key = B.t_key or -1 })
    end
    if type(status) == 'string' then send('status', { status = status, t = now() }) end
    return r
  end
end
B.patch_review = patch_review

vim.api.nvim_create_autocmd('BufWinEnter', {
  pattern = 'git-commit-push://*',
  callback = function(a)
    if not B.armed or B.t_win ~= nil then return end
    local t_win = now()
    -- The review's lines are set once the buffer is in its window (they wrap to its width):
    -- look at them once the Lua call that opened the buffer (split, lines, filetype) has returned.
    vim.schedule(function()
      if B.t_win ~= nil or not vim.api.nvim_buf_is_valid(a.buf) then return end
      local lines = vim.api.nvim_buf_get_lines(a.buf, 0, -1, false)
      local status = false
      for _, l in ipairs(lines) do
        if l:match('^%S Status:') then status = true break end
      end
      if not status then return end
      B.t_win = t_win
      patch_review()
      send('review', { t_key = B.t_key or -1, t_win = B.t_win, t_open = now(), lines = #lines })
    end)
  end,
})

local notify = vim.notify
vim.notify = function(msg, level, opts)
  send('notify', { msg = tostring(msg), level = level or 2, t = now(), t_key = B.t_key or -1 })
  return notify(msg, level, opts)
end
`;

export interface BenchEvent {
  kind: 'review' | 'notify' | 'status' | 'text';
  data: Record<string, unknown>;
  /** process.hrtime in ms, when this process received it */
  at: number;
}

export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

export class Probe {
  readonly events: BenchEvent[] = [];
  private cursor = 0;
  private listeners = new Set<() => void>();

  private constructor(readonly nvim: NeovimClient) {
    nvim.on('notification', (method: string, args: unknown[]) => {
      if (method !== 'bench') return;
      this.events.push({ kind: args[0] as BenchEvent['kind'], data: (args[1] ?? {}) as Record<string, unknown>, at: nowMs() });
      for (const l of [...this.listeners]) l();
    });
  }

  static async install(nvim: NeovimClient): Promise<Probe> {
    const probe = new Probe(nvim);
    const chan = await nvim.channelId;
    await nvim.lua(PROBE_LUA, [chan]);
    return probe;
  }

  /** Forgets earlier events and arms the keypress and review-buffer stamps for one run. */
  async arm(): Promise<void> {
    await this.nvim.lua('local B = _G.__bench; B.t_key = nil; B.t_win = nil; B.t_text = nil; B.armed = true');
    this.cursor = this.events.length;
  }

  async disarm(): Promise<void> {
    await this.nvim.lua('_G.__bench.armed = false');
  }

  /** The first event since arm() (or the last consumed one) that matches; consumes up to it. */
  wait(kind: BenchEvent['kind'], match: (d: Record<string, unknown>) => boolean = () => true, timeoutMs = 20_000): Promise<BenchEvent> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        for (let i = this.cursor; i < this.events.length; i++) {
          const e = this.events[i] as BenchEvent;
          if (e.kind === kind && match(e.data)) {
            this.cursor = i + 1;
            this.listeners.delete(check);
            clearTimeout(timer);
            resolve(e);
            return true;
          }
        }
        return false;
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        const seen = this.events.slice(this.cursor).map((e) => `${e.kind}:${JSON.stringify(e.data)}`);
        reject(new Error(`bench: no ${kind} event within ${timeoutMs} ms; since arm: ${seen.join(' | ') || 'nothing'}`));
      }, timeoutMs);
      if (!check()) this.listeners.add(check);
    });
  }

  /** A notification whose text matches; throws at once on an ERROR-level one. */
  async note(re: RegExp, timeoutMs = 20_000): Promise<BenchEvent> {
    const e = await this.wait('notify', (d) => re.test(String(d.msg)) || Number(d.level) >= 4, timeoutMs);
    if (!re.test(String(e.data.msg))) throw new Error(`bench: the plugin reported an error: ${String(e.data.msg)}`);
    return e;
  }
}
