-- The review buffer's mechanics, called by the node side with nvim_exec_lua.
-- Writing (:w) hands the lines to node, which commits; unloading it without a
-- write aborts. Every change the user makes is saved to a file in the git
-- directory at once, so that a crash of Neovim or of the node host loses nothing.
local M = {}

--- Returns false when the node host could not be reached (it crashed, or Neovim is exiting).
local function notify_node(event, buf, payload)
  local ok = pcall(vim.fn.GitCommitPushEvent, event, buf, payload or vim.NIL)
  return ok
end

--- git's comment character for this review (core.commentChar): the review's own lines start
--- with it, and lines that start with it are not part of the message.
local function comment(buf)
  return vim.b[buf].git_commit_push_comment or '#'
end

local function is_comment(buf, line)
  local c = comment(buf)
  return line:sub(1, #c) == c
end

--- Writes the user's lines (comments left out) to this review's draft, whole or not at
--- all: another Neovim or the next run may read it at any moment.
local function save(buf)
  local path = vim.b[buf].git_commit_push_saved
  if not path then
    return
  end
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local msg = {}
  for _, l in ipairs(lines) do
    if not is_comment(buf, l) then
      table.insert(msg, l)
    end
  end
  -- The blank line between the message and the comments is not the user's.
  while #msg > 0 and msg[#msg]:match('^%s*$') do
    table.remove(msg)
  end
  pcall(vim.fn.mkdir, vim.fn.fnamemodify(path, ':h'), 'p')
  local tmp = path .. '.tmp-' .. vim.fn.getpid()
  if pcall(vim.fn.writefile, msg, tmp) then
    pcall(vim.loop.fs_rename, tmp, path)
  end
end

--- Runs fn with the buffer modifiable: it is locked from :w until git answers, and the
--- plugin still updates its status line meanwhile.
local function unlocked(buf, fn)
  local was = vim.bo[buf].modifiable
  vim.bo[buf].modifiable = true
  local ok, err = pcall(fn)
  vim.bo[buf].modifiable = was
  if not ok then
    error(err, 0)
  end
end

--- True when the buffer changed since node last wrote into it: the user typed.
local function user_changed(buf)
  local tick = vim.b[buf].git_commit_push_tick
  return tick ~= nil and vim.api.nvim_buf_get_changedtick(buf) ~= tick
end

--- The user's lines end where the first comment line starts.
local function message_end(buf)
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  for i, l in ipairs(lines) do
    if is_comment(buf, l) then
      return i - 1
    end
  end
  return #lines
end

--- The buffer with exactly this name. bufnr() would also take a pattern or a part of a
--- name: the review of /home/u/proj-api for /home/u/proj.
local function buf_named(name)
  for _, b in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_get_name(b) == name then
      return b
    end
  end
  return -1
end

--- The columns text has in the window that shows `buf` (the whole screen when none does).
local function text_width(buf)
  local win = vim.fn.bufwinid(buf)
  if win == -1 then
    return vim.o.columns
  end
  local info = vim.fn.getwininfo(win)[1] or {}
  return vim.api.nvim_win_get_width(win) - (tonumber(info.textoff) or 0)
end

--- One `#` line as several that fit `width` columns, broken between words, each next one
--- indented under the first one's text ("# Status: " or "#   "): Neovim's own wrap would
--- break a word in half and start the rest in column one. A word longer than the width
--- (a path) keeps its line.
local function wrap_comment(line, width, c)
  if line:sub(1, #c) ~= c or vim.fn.strdisplaywidth(line) <= width then
    return { line }
  end
  local p = vim.pesc(c)
  local head = line:match('^' .. p .. '%s*[%w ]-: ') or line:match('^' .. p .. '%s+') or (c .. ' ')
  if vim.fn.strdisplaywidth(head) > width / 2 then
    head = c .. '   '
  end
  local indent = c .. string.rep(' ', vim.fn.strdisplaywidth(head) - vim.fn.strdisplaywidth(c))
  local out, current = {}, nil
  for word in line:sub(#head + 1):gmatch('%S+') do
    if current == nil then
      current = (#out == 0 and head or indent) .. word
    elseif vim.fn.strdisplaywidth(current .. ' ' .. word) <= width then
      current = current .. ' ' .. word
    else
      table.insert(out, current)
      current = indent .. word
    end
  end
  table.insert(out, current or line)
  return out
end

--- Comment lines wrapped for the window of `buf`; other lines as they are.
local function wrapped(buf, lines)
  local width = math.max(20, text_width(buf))
  local out = {}
  for _, l in ipairs(lines) do
    vim.list_extend(out, wrap_comment(l, width, comment(buf)))
  end
  return out
end

local function mark_ours(buf)
  vim.bo[buf].modified = false
  vim.b[buf].git_commit_push_tick = vim.api.nvim_buf_get_changedtick(buf)
end

--- The review buffer's name, text, window, autocmds and mappings.
local function setup(buf, opts)
  vim.api.nvim_buf_set_name(buf, opts.name)
  vim.bo[buf].buftype = 'acwrite'
  vim.bo[buf].bufhidden = 'wipe'
  vim.bo[buf].swapfile = false
  vim.b[buf].git_commit_push_msg_lines = opts.message_lines
  vim.b[buf].git_commit_push_saved = opts.saved
  vim.b[buf].git_commit_push_comment = opts.comment
  vim.cmd('botright ' .. math.max(8, math.min(#opts.lines + 2, 16)) .. 'split')
  vim.api.nvim_win_set_buf(0, buf)
  -- In its window, so that the comments wrap to the width they are shown in.
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, wrapped(buf, opts.lines))
  vim.api.nvim_win_set_cursor(0, { 1, 0 })

  local group = vim.api.nvim_create_augroup('git_commit_push_review_' .. buf, { clear = true })
  vim.api.nvim_create_autocmd('BufWriteCmd', {
    group = group,
    buffer = buf,
    callback = function()
      -- The message is what the buffer holds now: it is locked until git answers, so that
      -- nothing typed after :w can reach this commit.
      local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
      local edited = user_changed(buf)
      save(buf)
      M._set_status(buf, 'committing... (the message is locked until git answers)')
      vim.bo[buf].modifiable = false
      -- Reset now so that :wq can close the window; node marks it modified again if the commit fails.
      vim.bo[buf].modified = false
      if not notify_node('write', buf, { lines = lines, edited = edited }) then
        vim.bo[buf].modifiable = true
        vim.bo[buf].modified = true
        require('git-commit-push').notify(
          'the node host does not answer, nothing was committed. Your message is saved in '
            .. vim.b[buf].git_commit_push_saved
            .. ': restart Neovim and run :GitCommitPush, which offers it again',
          vim.log.levels.ERROR
        )
      end
    end,
  })
  vim.api.nvim_create_autocmd({ 'TextChanged', 'TextChangedI' }, {
    group = group,
    buffer = buf,
    callback = function()
      if user_changed(buf) then
        save(buf)
      end
    end,
  })
  vim.api.nvim_create_autocmd('BufUnload', {
    group = group,
    buffer = buf,
    callback = function()
      if vim.v.exiting ~= vim.NIL then
        -- Neovim is quitting: what the user typed is already saved (TextChanged), and stays
        -- for the next :GitCommitPush. The model's text is not kept: it may be cut off
        -- mid-stream, and a new one is a keypress away. (The changedtick reads -1 here.)
        return
      end
      notify_node('close', buf)
    end,
  })
  vim.keymap.set('n', 'q', function()
    if vim.bo[buf].modified then
      require('git-commit-push').notify(
        'the message has changes: :w commits them, :q! throws them away',
        vim.log.levels.WARN
      )
      return
    end
    vim.cmd('bwipeout! ' .. buf)
  end, { buffer = buf, desc = 'Close the review buffer: abort the commit' })
  vim.keymap.set('n', 'gr', function()
    notify_node('regenerate', buf)
  end, { buffer = buf, desc = 'Throw the message away and generate a new one' })
end

--- Opens (or focuses, when it exists) the review buffer in a split below.
--- opts: name, lines, message_lines (how many lines at the top are the message), saved (file path)
function M.open(opts)
  local existing = buf_named(opts.name)
  if existing > 0 and vim.api.nvim_buf_is_loaded(existing) then
    M.focus(existing)
    return { buf = existing }
  end
  local buf = vim.api.nvim_create_buf(false, true)
  local ok, err = pcall(setup, buf, opts)
  if not ok then
    -- No half-made review buffer may stay behind: the next \g would take it over.
    pcall(vim.api.nvim_del_augroup_by_name, 'git_commit_push_review_' .. buf)
    pcall(vim.api.nvim_buf_delete, buf, { force = true })
    error(err, 0)
  end
  -- Last, and on its own: a failing FileType autocmd or ftplugin of the user's must not
  -- cost the review. Through :setlocal, not vim.bo: since 0.10 an error in an autocmd that
  -- setting an option from Lua runs is printed (with a hit-enter prompt), not raised, and
  -- the pcall never saw it. Node's writes start from here.
  local ft_ok, ft_err = pcall(vim.api.nvim_buf_call, buf, function()
    vim.cmd('setlocal filetype=gitcommit')
  end)
  mark_ours(buf)
  if not ft_ok then
    -- Vim's own words only: the first line, without the "...Autocommands for ...: Vim(call):" trail.
    local why = tostring(ft_err):match('^[^\n]*')
    why = why:match('.*Vim%(%a+%):(.+)$') or why
    require('git-commit-push').notify('the gitcommit filetype failed to load in the review buffer: ' .. why, vim.log.levels.WARN)
  end
  return { buf = buf }
end

function M.focus(buf)
  local win = vim.fn.bufwinid(buf)
  if win ~= -1 then
    vim.api.nvim_set_current_win(win)
  else
    vim.cmd('botright 12split')
    vim.api.nvim_win_set_buf(0, buf)
  end
end

--- Replaces the message area with `lines` unless the user has typed since node's last write.
--- Returns 'ok', 'edited' (node stops writing: the text is the user's now) or 'gone'.
function M.set_message(buf, lines, status, force)
  if not vim.api.nvim_buf_is_valid(buf) or not vim.api.nvim_buf_is_loaded(buf) then
    return 'gone'
  end
  local n = vim.b[buf].git_commit_push_msg_lines or 1
  -- Locked by :w, or typed in: the text is the user's now.
  if user_changed(buf) or not vim.bo[buf].modifiable then
    if not force then
      return 'edited'
    end
    n = message_end(buf)
  end
  unlocked(buf, function()
    vim.api.nvim_buf_set_lines(buf, 0, n, false, lines)
  end)
  vim.b[buf].git_commit_push_msg_lines = #lines
  if type(status) == 'string' then
    M._set_status(buf, status)
  end
  mark_ours(buf)
  return 'ok'
end

--- Replaces the comment block under the message (it gains hints once the prompt is built;
--- with core.commentChar=auto its character changes when the message takes the old one).
function M.set_comments(buf, comments, char)
  if not vim.api.nvim_buf_is_valid(buf) or not vim.api.nvim_buf_is_loaded(buf) then
    return 'gone'
  end
  local was_user = user_changed(buf)
  local n = was_user and message_end(buf) or (vim.b[buf].git_commit_push_msg_lines or 1)
  if type(char) == 'string' and char ~= '' then
    vim.b[buf].git_commit_push_comment = char
  end
  unlocked(buf, function()
    vim.api.nvim_buf_set_lines(buf, n, -1, false, wrapped(buf, comments))
  end)
  if not was_user then
    mark_ours(buf)
  end
  return 'ok'
end

--- The status is the last comment, wrapped over as many lines as it takes: from its
--- "# Status: " line to the end of the buffer.
function M._set_status(buf, status)
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  for i = #lines, 1, -1 do
    local line = lines[i]
    if line:sub(1, #comment(buf) + 9) == comment(buf) .. ' Status: ' then
      unlocked(buf, function()
        vim.api.nvim_buf_set_lines(buf, i - 1, -1, false, wrapped(buf, { comment(buf) .. ' Status: ' .. status }))
      end)
      return
    end
    if not is_comment(buf, line) then
      return
    end
  end
end

--- Status only; keeps the user's edits and the modified flag as they are. While :w's commit
--- runs, only the commit's own statuses (force) replace "committing...".
function M.set_status(buf, status, force)
  if not vim.api.nvim_buf_is_valid(buf) or not vim.api.nvim_buf_is_loaded(buf) then
    return 'gone'
  end
  if not vim.bo[buf].modifiable and not force then
    return 'edited'
  end
  local was_user = user_changed(buf)
  local modified = vim.bo[buf].modified
  M._set_status(buf, status)
  if was_user then
    vim.bo[buf].modified = modified
  else
    mark_ours(buf)
  end
  return 'ok'
end

--- After a refused commit: the buffer shows the user's message again, editable, and counts as unsaved.
function M.mark_unsaved(buf)
  if vim.api.nvim_buf_is_valid(buf) and vim.api.nvim_buf_is_loaded(buf) then
    vim.bo[buf].modifiable = true
    vim.bo[buf].modified = true
    return 'ok'
  end
  return 'gone'
end

function M.close(buf)
  if vim.api.nvim_buf_is_valid(buf) then
    -- Detach our autocmds first: this close is not an abort.
    pcall(vim.api.nvim_del_augroup_by_name, 'git_commit_push_review_' .. buf)
    pcall(vim.cmd, 'bwipeout! ' .. buf)
  end
end

--- The output buffer: git's own add/commit/push output of the last run, like the original
--- script showed it, then the plugin's messages of this session in full (a message line
--- shows what fits the screen), then what was sent to the model.
local OUTPUT = 'git-commit-push://output'
local transcript = nil
local LOG_MAX = 50
local messages = {}

local function output_lines()
  local lines = {}
  local sent_at = nil
  for i, l in ipairs(transcript or {}) do
    if not sent_at and l:sub(1, 8) == 'Sent to ' then
      sent_at = i
    end
  end
  for i = 1, (sent_at and sent_at - 1 or #(transcript or {})) do
    table.insert(lines, transcript[i])
  end
  if #messages > 0 then
    table.insert(lines, 'Messages (newest last):')
    vim.list_extend(lines, messages)
    table.insert(lines, '')
  end
  if sent_at then
    for i = sent_at, #transcript do
      table.insert(lines, transcript[i])
    end
  end
  return lines
end

local function render_output()
  local buf = buf_named(OUTPUT)
  if buf <= 0 then
    if transcript == nil and #messages == 0 then
      return -1
    end
    buf = vim.api.nvim_create_buf(false, true)
    vim.api.nvim_buf_set_name(buf, OUTPUT)
    vim.bo[buf].bufhidden = 'hide'
    vim.bo[buf].swapfile = false
    vim.keymap.set('n', 'q', function()
      -- The last window cannot close: show the buffer before it instead.
      if not pcall(vim.cmd, 'close') then
        pcall(vim.cmd, 'buffer #')
      end
    end, { buffer = buf, nowait = true, desc = 'Close the git-commit-push output window' })
  end
  vim.bo[buf].modifiable = true
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, output_lines())
  vim.bo[buf].modifiable = false
  vim.bo[buf].modified = false
  return buf
end

--- One message of the plugin, whole, in the log: its longest line and its details.
function M.log(line, details, level)
  local head = os.date('%H:%M:%S') .. ' ' .. (level and (level .. ': ') or '') .. line
  table.insert(messages, head)
  for _, d in ipairs(details or {}) do
    table.insert(messages, '    ' .. d)
  end
  while #messages > LOG_MAX do
    table.remove(messages, 1)
  end
  if buf_named(OUTPUT) > 0 then
    render_output()
  end
end

function M.set_output(lines)
  transcript = lines
  return render_output()
end

function M.show_output()
  local buf = render_output()
  if buf <= 0 then
    require('git-commit-push').notify('nothing yet in this Neovim session: no commit, no message')
    return
  end
  M.focus(buf)
end

--- The status window and g:git_commit_push_status live in progress.lua; the node side
--- reaches them here, with the rest of its calls.
function M.progress(items)
  require('git-commit-push.progress').set(items)
end

return M
