-- git-commit-push.nvim: the Lua side binds the key, passes options to the node
-- remote plugin that does the work, and shows its messages. Nothing happens at
-- require() time.
local M = {}

local TITLE = 'git-commit-push'

-- The user's table, passed unchanged to the node side, which checks every key.
M.config = {}

local mapped_lhs = nil

function M.notify(msg, level)
  vim.notify(TITLE .. ': ' .. msg, level or vim.log.levels.INFO, { title = TITLE })
end

local function missing_command_help()
  return table.concat({
    ':GitCommitPush is not defined: the node remote plugin is not registered.',
    'Run :UpdateRemotePlugins and restart Neovim (needed once after every install or update).',
    'If that does not help, the node host is missing: install it with `npm install -g neovim`,',
    'or set g:node_host_prog to the path of neovim/bin/cli.js. :checkhealth git-commit-push tells more.',
  }, '\n')
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

--- Runs :GitCommitPush, or explains what to do when the remote plugin is not there.
function M.run(args)
  if vim.fn.exists(':GitCommitPush') ~= 2 then
    M.notify(missing_command_help(), vim.log.levels.ERROR)
    return
  end
  local ok, err = pcall(vim.cmd, 'GitCommitPush' .. ((args and args ~= '') and (' ' .. args) or ''))
  if not ok then
    M.notify(host_failure(err), vim.log.levels.ERROR)
  end
end

function M.setup(opts)
  opts = opts or {}
  if type(opts) ~= 'table' then
    M.notify('setup() expects a table, got ' .. type(opts), vim.log.levels.ERROR)
    return
  end
  local keymap = opts.keymap
  if keymap == nil then
    keymap = '<leader>g'
  end
  if keymap ~= false and type(keymap) ~= 'string' then
    M.notify('option "keymap" must be a string or false, got ' .. vim.inspect(keymap), vim.log.levels.ERROR)
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
    cwd = vim.fn.getcwd(),
    options = M.config,
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
