-- git-commit-push.nvim: the Lua side binds the key, passes options to the node
-- remote plugin that does the work, and shows its messages. Nothing happens at
-- require() time.
local M = {}

local TITLE = 'git-commit-push'
local PREFIX = TITLE .. ': '

-- The user's table, passed unchanged to the node side, which checks every key again.
M.config = {}

local mapped_lhs = nil

--- True when vim.notify is Neovim's own, which prints on the message line: there a
--- message longer than v:echospace, or a second line, stops for a hit-enter prompt.
--- Neovim's runtime names its own chunks "vim/_editor.lua" (0.7 to 0.11) and
--- "vim/_core/editor" (0.12); nvim-notify is a table, noice's function lives in a file.
local function plain_notify()
  if type(vim.notify) ~= 'function' then
    return false
  end
  local src = debug.getinfo(vim.notify, 'S').source or ''
  return src:find('vim/_editor.lua', 1, true) ~= nil or src:find('vim/_core/editor', 1, true) ~= nil
end

--- Cells a message may take on the last screen line without a hit-enter prompt.
local function message_space()
  local space = vim.v.echospace
  if type(space) ~= 'number' or space <= 0 then
    space = vim.o.columns - 12
  end
  return space + math.max(0, vim.o.cmdheight - 1) * vim.o.columns
end

--- `line` cut at its end to `space` cells, with an ellipsis.
local function cut_to(line, space)
  if vim.fn.strdisplaywidth(line) <= space then
    return line
  end
  local n = vim.fn.strchars(line)
  local ell = '…'
  local room = space - vim.fn.strdisplaywidth(ell)
  while n > 0 and vim.fn.strdisplaywidth(vim.fn.strcharpart(line, 0, n)) > room do
    n = n - 1
  end
  return vim.fn.strcharpart(line, 0, n) .. ell
end

--- Of the same news in several lengths (longest first), the longest that fits `space` cells.
function M._fit(lines, space)
  for _, l in ipairs(lines) do
    if vim.fn.strdisplaywidth(l) <= space then
      return l
    end
  end
  return cut_to(lines[#lines] or '', space)
end

local LEVEL_NAMES = { [vim.log.levels.ERROR] = 'error', [vim.log.levels.WARN] = 'warning' }

--- Shows a notice: { lines = the same news longest first, details = more lines }. With
--- Neovim's own vim.notify, the one line that fits; with a notifier plugin, the longest
--- line and the details under it. The whole of it always goes to the plugin's log, which
--- :GitCommitPush output shows.
function M._notice(notice, level)
  level = level or vim.log.levels.INFO
  local lines = notice.lines or {}
  local details = notice.details or {}
  pcall(function()
    require('git-commit-push.review').log(lines[1] or '', details, LEVEL_NAMES[level])
  end)
  if plain_notify() then
    vim.notify(M._fit(lines, message_space()), level, { title = TITLE })
    return
  end
  local text = lines[1] or ''
  if #details > 0 then
    text = text .. '\n' .. table.concat(details, '\n')
  end
  vim.notify(text, level, { title = TITLE })
end

--- For messages of the Lua side. One line: cut to fit, as a notice. Several lines: guidance
--- that must be read whole, shown whole (each line is kept under 80 columns).
function M.notify(msg, level)
  level = level or vim.log.levels.INFO
  if not msg:find('\n') then
    M._notice({ lines = { PREFIX .. msg, msg } }, level)
    return
  end
  pcall(function()
    require('git-commit-push.review').log(PREFIX .. msg:match('^[^\n]*'), vim.split(msg:gsub('^[^\n]*\n', ''), '\n'), LEVEL_NAMES[level])
  end)
  if plain_notify() then
    -- Not vim.notify: on 0.7 its error path loses the last line of a multi-line message
    -- behind the hit-enter prompt.
    local hl = (level == vim.log.levels.ERROR and 'ErrorMsg') or (level == vim.log.levels.WARN and 'WarningMsg') or 'Normal'
    vim.api.nvim_echo({ { PREFIX .. msg, hl } }, true, {})
    return
  end
  vim.notify(PREFIX .. msg, level, { title = TITLE })
end

--- What to do when :GitCommitPush is not there, as a notice: with Neovim's own vim.notify
--- the longest line that fits the message line (no hit-enter prompt; :checkhealth has the
--- rest), with a notifier the whole guidance.
local function missing_command_notice()
  return {
    lines = {
      PREFIX .. ':GitCommitPush is not registered: run :UpdateRemotePlugins, then restart Neovim; :checkhealth git-commit-push tells more',
      ':GitCommitPush is not registered: run :UpdateRemotePlugins, then restart Neovim; :checkhealth git-commit-push tells more',
      ':GitCommitPush is not registered: :UpdateRemotePlugins, restart; :checkhealth git-commit-push',
      ':GitCommitPush is not registered: :UpdateRemotePlugins, restart; :checkhealth',
      ':GitCommitPush missing: :UpdateRemotePlugins, restart; :checkhealth',
    },
    details = {
      'Run :UpdateRemotePlugins once after every install or update, then restart Neovim.',
      'If that does not help, the node host is missing: npm install -g neovim,',
      'or set g:node_host_prog to the path of its bin/cli.js.',
    },
  }
end

--- One line for a :GitCommitPush that failed inside Neovim, before the node side got it:
--- the node host died, or could not be started.
local function host_failure(err)
  local text = tostring(err)
  if text:find('E475') or text:find('[Cc]hannel') then
    return 'the node host is gone (it crashed or was killed): restart Neovim; :checkhealth git-commit-push tells more'
  end
  return 'the node host could not start (' .. (text:match('(E%d+:[^\n]*)') or text:gsub('%s+', ' '):sub(1, 120))
    .. '): check g:node_host_prog and :checkhealth git-commit-push'
end

--- True when the node host has not started yet: the call that follows starts it, and
--- Neovim waits for that (a second or so on a cold machine).
local function host_cold()
  local ok, running = pcall(vim.fn['remote#host#IsRunning'], 'node')
  return ok and running == 0
end

--- Runs :GitCommitPush, or explains what to do when the remote plugin is not there.
function M.run(args)
  if vim.fn.exists(':GitCommitPush') ~= 2 then
    M._notice(missing_command_notice(), vim.log.levels.ERROR)
    return
  end
  local progress = require('git-commit-push.progress')
  local cold = host_cold()
  if cold then
    progress.starting(true)
  end
  local ok, err = pcall(M._call, args)
  if cold then
    progress.starting(false)
  end
  if not ok then
    M.notify(host_failure(err), vim.log.levels.ERROR)
  end
end

--- The call itself; an error is the host's (it died, or could not start).
function M._call(args)
  local ok, err
  -- Registered by the manifest since this version: the context rides with the call. An older
  -- manifest (:UpdateRemotePlugins not run since the update) has only the command.
  if vim.fn.exists('*GitCommitPushRun') == 1 or vim.fn.exists('#FuncUndefined#GitCommitPushRun') == 1 then
    ok, err = pcall(vim.fn.GitCommitPushRun, vim.split(args or '', '%s+', { trimempty = true }), M._context())
  else
    ok, err = pcall(vim.cmd, 'GitCommitPush' .. ((args and args ~= '') and (' ' .. args) or ''))
  end
  if not ok then
    error(err, 0)
  end
end

--- A value as the node side writes it in a warning (JSON), for the same words on both sides.
local function shown(v)
  if v == vim.NIL then
    return 'null'
  end
  if type(v) == 'table' then
    -- Compact, as JSON.stringify writes it (json_encode puts a space after commas).
    if (vim.islist or vim.tbl_islist)(v) then
      return '[' .. table.concat(vim.tbl_map(shown, v), ',') .. ']'
    end
    local keys = vim.tbl_keys(v)
    table.sort(keys, function(a, b)
      return tostring(a) < tostring(b)
    end)
    return '{' .. table.concat(vim.tbl_map(function(k)
      return shown(tostring(k)) .. ':' .. shown(v[k])
    end, keys), ',') .. '}'
  end
  if type(v) == 'string' or type(v) == 'number' or type(v) == 'boolean' then
    local ok, json = pcall(vim.fn.json_encode, v)
    if ok then
      return json
    end
  end
  return vim.inspect(v)
end

local function accepts(kind, v)
  if kind.type == 'string' then
    return type(v) == 'string'
  elseif kind.type == 'enum' then
    return type(v) == 'string' and vim.tbl_contains(kind.values, v)
  elseif kind.type == 'boolean' then
    return type(v) == 'boolean'
  elseif kind.type == 'number' then
    return type(v) == 'number'
  elseif kind.type == 'positive_integer' then
    return type(v) == 'number' and v > 0 and v < math.huge and v == math.floor(v)
  end
  return false
end

--- Optimal string alignment distance: a swap of neighbours counts as one edit.
local function edit_distance(a, b)
  local d = {}
  for i = 0, #a do
    d[i] = { [0] = i }
  end
  for j = 0, #b do
    d[0][j] = j
  end
  for i = 1, #a do
    for j = 1, #b do
      local cost = a:sub(i, i) == b:sub(j, j) and 0 or 1
      d[i][j] = math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if i > 1 and j > 1 and a:sub(i, i) == b:sub(j - 1, j - 1) and a:sub(i - 1, i - 1) == b:sub(j, j) then
        d[i][j] = math.min(d[i][j], d[i - 2][j - 2] + 1)
      end
    end
  end
  return d[#a][#b]
end

--- The option a mistyped key most likely meant, as src/settings/options.ts's nearestName
--- finds it (the same rule and order of names, for the same words on both sides).
local function nearest_name(key)
  if key:find('[^\32-\126]') then
    return nil
  end
  local k = key:lower()
  local names = {}
  for _, o in ipairs(require('git-commit-push.options')) do
    table.insert(names, o.name)
  end
  table.insert(names, 'keymap')
  local best, best_score = nil, nil
  for _, name in ipairs(names) do
    local d = edit_distance(k, name)
    local score = nil
    if d <= 2 and d * 2 < #k then
      score = d
    elseif #k >= 4 and name:sub(1, #k) == k then
      score = 3
    end
    if score and (best_score == nil or score < best_score) then
      best, best_score = name, score
    end
  end
  return best
end

--- The problems of a setup() table, in the node side's words: the schema is the node
--- side's, generated into options.lua. `keymap` is the Lua side's own.
function M._check(opts)
  local schema = {}
  for _, o in ipairs(require('git-commit-push.options')) do
    schema[o.name] = o
  end
  local problems, names = {}, {}
  local keys = vim.tbl_keys(opts)
  table.sort(keys, function(a, b)
    return tostring(a) < tostring(b)
  end)
  for _, key in ipairs(keys) do
    local v = opts[key]
    local o = schema[key]
    if key == 'keymap' then
      if v ~= false and type(v) ~= 'string' then
        table.insert(problems, 'ignoring option "keymap": expected a key (string) or false, got ' .. shown(v))
        table.insert(names, 'keymap')
      end
    elseif not o then
      local near = type(key) == 'string' and nearest_name(key) or nil
      table.insert(problems, 'ignoring unknown option "' .. tostring(key) .. '"' .. (near and (' (did you mean "' .. near .. '"?)') or ''))
      table.insert(names, tostring(key) .. (near and (' (did you mean ' .. near .. '?)') or ''))
    else
      local ok = false
      for _, kind in ipairs(o.kinds) do
        ok = ok or accepts(kind, v)
      end
      if not ok then
        table.insert(problems, 'ignoring option "' .. key .. '": expected ' .. o.expected .. ', got ' .. shown(v))
        table.insert(names, key)
      end
    end
  end
  return problems, names
end

--- All of setup()'s problems in one notice, at once: on a narrow screen the names of the
--- options, and where to read the rest.
local function report_problems(problems, names)
  if #problems == 0 then
    return
  end
  local list = table.concat(names, ', ')
  local full = #problems == 1 and ('setup(): ' .. problems[1] .. ' (the default is used)')
    or ('setup() ignored ' .. #problems .. ' options, the defaults are used: ' .. table.concat(problems, '; '))
  local see = ': see :GitCommitPush output'
  M._notice({
    lines = {
      PREFIX .. full,
      PREFIX .. 'setup() ignored ' .. list .. ' (defaults used)' .. see,
      PREFIX .. 'setup() ignored ' .. list .. see,
      'setup() ignored ' .. list .. see,
      PREFIX .. 'setup() ignored ' .. list,
      'setup() ignored ' .. list,
    },
    details = #problems > 1 and problems or {},
  }, vim.log.levels.WARN)
end

function M.setup(opts)
  opts = opts or {}
  if type(opts) ~= 'table' then
    M.notify('setup() expects a table, got ' .. type(opts), vim.log.levels.ERROR)
    return
  end
  report_problems(M._check(opts))
  if vim.g.git_commit_push_status == nil then
    -- Statuslines read it before anything ever ran.
    vim.g.git_commit_push_status = ''
  end
  local keymap = opts.keymap
  if keymap == nil or (keymap ~= false and type(keymap) ~= 'string') then
    keymap = '<leader>g'
  end
  M.config = vim.deepcopy(opts)
  M.config.keymap = nil
  if mapped_lhs then
    pcall(vim.keymap.del, 'n', mapped_lhs)
    mapped_lhs = nil
  end
  if keymap then
    vim.keymap.set('n', keymap, function()
      M.run()
    end, { desc = 'Commit and push the current file with a message from Ollama' })
    mapped_lhs = keymap
  end
end

--- False for a name that is not valid UTF-8 (a Latin-1 file name): it cannot reach git intact
--- through the RPC channel, whose strings are UTF-8.
local function is_utf8(s)
  local i, n = 1, #s
  while i <= n do
    local c = s:byte(i)
    local len = (c < 0x80 and 1) or (c >= 0xC2 and c <= 0xDF and 2) or (c >= 0xE0 and c <= 0xEF and 3) or (c >= 0xF0 and c <= 0xF4 and 4)
    if not len then
      return false
    end
    for j = i + 1, i + len - 1 do
      local cc = s:byte(j)
      if not cc or cc < 0x80 or cc > 0xBF then
        return false
      end
    end
    i = i + len
  end
  return true
end

--- The folder a directory listing shows (netrw, oil, dirvish and the like), or nil.
local function listed_dir(buf, name)
  local netrw = vim.b[buf].netrw_curdir
  if type(netrw) == 'string' and netrw ~= '' and vim.bo[buf].filetype == 'netrw' then
    return netrw
  end
  local oil = name:match('^oil://(.*)$')
  if oil and vim.fn.isdirectory(oil) == 1 then
    return oil
  end
  if name ~= '' and vim.fn.isdirectory(name) == 1 then
    return name
  end
  return nil
end

--- The user's options as data only: a function or userdata in them (an unknown key, say)
--- cannot cross into Vimscript or msgpack, and would fail the call instead of drawing the
--- node side's "unknown option" warning.
local function plain(v)
  local t = type(v)
  if t == 'table' then
    local out = {}
    for k, x in pairs(v) do
      out[k] = plain(x)
    end
    return out
  end
  if t == 'function' or t == 'userdata' or t == 'thread' then
    return '<' .. t .. '>'
  end
  return v
end

--- Called by the node side when a command starts: everything it needs, in one round trip.
--- Writes the buffer first when it has unsaved changes, as :GitCommitPush promises.
function M._context()
  local buf = vim.api.nvim_get_current_buf()
  local name = vim.api.nvim_buf_get_name(buf)
  local buftype = vim.bo[buf].buftype
  local write_error = nil
  if buftype == '' and name ~= '' and vim.bo[buf].modified then
    local ok, err = pcall(vim.cmd, 'silent update')
    if not ok then
      write_error = tostring(err)
    end
  end
  return {
    buf = buf,
    name = name,
    buftype = buftype,
    filetype = vim.bo[buf].filetype,
    dir = listed_dir(buf, name),
    cwd = vim.fn.getcwd(),
    options = plain(M.config),
    ollama_host_env = vim.env.OLLAMA_HOST or '',
    write_error = write_error,
    name_utf8 = is_utf8(name),
  }
end

--- Fires a User autocmd (GitCommitPushDone, GitCommitPushFailed) for statuslines and hooks.
--- The details are also in g:git_commit_push_last, since `data` needs Neovim 0.8.
function M._event(name, data)
  vim.g.git_commit_push_last = data
  if vim.fn.has('nvim-0.8') == 1 then
    vim.api.nvim_exec_autocmds('User', { pattern = name, modeline = false, data = data })
  else
    vim.api.nvim_exec_autocmds('User', { pattern = name, modeline = false })
  end
end

return M
