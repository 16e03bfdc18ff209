-- What runs now, for the user to see while it runs: the status window, counting the
-- seconds, and g:git_commit_push_status for statuslines. The node side sends the list
-- (through review.lua's progress()); the Lua side adds its own item while the node host
-- starts. Nothing happens at require() time.
local M = {}

--- A one-line window at the bottom right, and g:git_commit_push_status (empty when idle)
--- with a User GitCommitPushStatus event whenever it changes. The node side sends the list
--- when it changes; the seconds are counted here, without a call per second.
local progress = { items = {}, starting = nil, win = nil, buf = nil, timer = nil }
local uv = vim.uv or vim.loop

local function seconds(item)
  return math.floor((uv.now() - item.start) / 1000)
end

--- The node side's items, and the Lua side's own while the node host starts.
local function all_items()
  local items = vim.list_extend({}, progress.items)
  if progress.starting then
    table.insert(items, progress.starting)
  end
  return items
end

local function status_texts()
  local long, short = {}, {}
  for _, item in ipairs(all_items()) do
    local s = seconds(item)
    table.insert(long, item.text .. (s >= 1 and (' (' .. s .. ' s)') or '...'))
    table.insert(short, item.short .. (s >= 1 and (' ' .. s .. 's') or ''))
  end
  return table.concat(long, ', '), table.concat(short, ', ')
end

local function set_status_var(value)
  if vim.g.git_commit_push_status == value then
    return
  end
  vim.g.git_commit_push_status = value
  if vim.fn.has('nvim-0.8') == 1 then
    vim.api.nvim_exec_autocmds('User', { pattern = 'GitCommitPushStatus', modeline = false, data = { status = value } })
  else
    vim.api.nvim_exec_autocmds('User', { pattern = 'GitCommitPushStatus', modeline = false })
  end
end

local function close_progress_window()
  if progress.win and vim.api.nvim_win_is_valid(progress.win) then
    pcall(vim.api.nvim_win_close, progress.win, true)
  end
  progress.win = nil
end

local function draw_progress()
  local long, short = status_texts()
  set_status_var(short)
  if long == '' then
    close_progress_window()
    return
  end
  local text = ' git-commit-push: ' .. long .. ' '
  local width = math.min(vim.fn.strdisplaywidth(text), math.max(1, vim.o.columns - 2))
  -- On the last text row, above the status line and the command line.
  local has_status = vim.o.laststatus == 3 or vim.o.laststatus == 2 or (vim.o.laststatus == 1 and #vim.api.nvim_tabpage_list_wins(0) > 1)
  local row = vim.o.lines - vim.o.cmdheight - (has_status and 1 or 0) - 1
  if row < 0 then
    return
  end
  if not (progress.buf and vim.api.nvim_buf_is_valid(progress.buf)) then
    progress.buf = vim.api.nvim_create_buf(false, true)
    vim.bo[progress.buf].bufhidden = 'hide'
  end
  vim.api.nvim_buf_set_lines(progress.buf, 0, -1, false, { text })
  local config = { relative = 'editor', row = row, col = math.max(0, vim.o.columns - width), width = width, height = 1 }
  if progress.win and vim.api.nvim_win_is_valid(progress.win) then
    vim.api.nvim_win_set_config(progress.win, config)
  else
    config.style = 'minimal'
    config.focusable = false
    config.noautocmd = true
    config.zindex = 45
    progress.win = vim.api.nvim_open_win(progress.buf, false, config)
    vim.wo[progress.win].winhighlight = 'Normal:StatusLine'
  end
end

local function update_progress()
  pcall(draw_progress)
  local running = #all_items() > 0
  if running and not progress.timer then
    progress.timer = uv.new_timer()
    progress.timer:start(1000, 1000, vim.schedule_wrap(function()
      pcall(draw_progress)
    end))
  elseif not running and progress.timer then
    progress.timer:stop()
    progress.timer:close()
    progress.timer = nil
  end
end

--- items: { { text = 'pushing to origin/main', short = 'pushing', elapsed_ms = 1200 }, ... }
function M.set(items)
  local now = uv.now()
  progress.items = {}
  for _, item in ipairs(items or {}) do
    table.insert(progress.items, { text = item.text, short = item.short, start = now - (tonumber(item.elapsed_ms) or 0) })
  end
  update_progress()
end

--- While the node host starts (the first \g of a session: Neovim waits for it), the status
--- window says so, drawn before the wait begins. `false` takes it away.
function M.starting(on)
  progress.starting = on and { text = 'starting the node host', short = 'starting', start = uv.now() } or nil
  update_progress()
  if on then
    -- The wait that follows blocks Neovim: what is drawn now is what the user sees meanwhile.
    pcall(vim.cmd, 'redraw')
  end
end

return M
