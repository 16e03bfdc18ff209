-- :checkhealth git-commit-push. Neovim's half is checked here: the version, the
-- node host, the remote-plugin manifest. The rest (git, the repository, the
-- options, Ollama) is checked by the node side (src/nvim/health.ts), which sees them
-- exactly as :GitCommitPush does. Nothing happens at require() time.
local M = {}

-- Neovim 0.10+ has vim.health.start/ok/...; 0.7 to 0.9 have require('health').report_*,
-- which 0.11 removed. Resolved on each run, not at require(), so that a plugin
-- manager's require() check never depends on it.
local function reporter()
  local h = vim.health or require('health')
  return {
    start = h.start or h.report_start,
    ok = h.ok or h.report_ok,
    info = h.info or h.report_info,
    warn = h.warn or h.report_warn,
    error = h.error or h.report_error,
  }
end

-- Advice only when there is some: 0.7's report_warn(msg, v:null) prints an empty ADVICE.
local function with_advice(fn, msg, advice)
  if type(advice) == 'table' and #advice > 0 then
    fn(msg, advice)
  else
    fn(msg)
  end
end

local NODE_HOST_ADVICE = {
  'Install the node host: npm install -g neovim',
  'Or point Neovim at one: let g:node_host_prog = "/path/to/node_modules/neovim/bin/cli.js"',
  'On NixOS: programs.neovim.withNodeJs = true (or neovim.override { withNodeJs = true; })',
}

--- The node host Neovim will start: its path and how it was found, or nil and why not.
local function find_node_host()
  if vim.g.loaded_node_provider == 0 then
    return nil, 'the node provider is disabled (g:loaded_node_provider = 0)'
  end
  local prog = vim.g.node_host_prog
  if type(prog) == 'string' and prog ~= '' then
    local path = vim.fn.expand(prog)
    if vim.fn.filereadable(path) == 1 then
      return path, 'g:node_host_prog'
    end
    return nil, 'g:node_host_prog is ' .. prog .. ', which is not a readable file'
  end
  local ok, found = pcall(vim.fn['provider#node#Detect'])
  if not ok then
    return nil, 'provider#node#Detect() failed: ' .. tostring(found)
  end
  -- 0.7 returns [path, error]; later versions may return the path alone.
  local path, err = found, nil
  if type(found) == 'table' then
    path, err = found[1], found[2]
  end
  if type(path) == 'string' and path ~= '' then
    return path, 'the global npm, yarn or pnpm folder'
  end
  if type(err) == 'string' and err ~= '' then
    return nil, err
  end
  return nil, 'no neovim package in the global npm, yarn or pnpm folders'
end

local function check_neovim(r)
  r.start('Neovim')
  local v = vim.version()
  local version = string.format('%d.%d.%d', v.major, v.minor, v.patch)
  if vim.fn.has('nvim-0.7') == 1 then
    r.ok('Neovim ' .. version)
  else
    r.error('Neovim ' .. version .. ' is too old', { 'Install Neovim 0.7 or newer' })
  end
  if vim.fn.has('nvim-0.8') == 0 then
    r.info('User events (GitCommitPushDone, GitCommitPushFailed) carry no data before Neovim 0.8: read g:git_commit_push_last instead')
  end
end

local function check_node(r)
  r.start('Node.js and the node host')
  local host, how = find_node_host()
  if host then
    r.ok('node host: ' .. host .. ' (from ' .. how .. ')')
  else
    r.error('no node host: ' .. how, NODE_HOST_ADVICE)
  end
  if vim.fn.executable('node') ~= 1 then
    r.error('node is not on $PATH: the node host cannot start', { 'Install Node.js 18 or newer' })
    return
  end
  -- A list, never a shell string: no quoting, no shell.
  local out = vim.fn.system({ 'node', '--version' })
  local version = vim.trim(out)
  local major = tonumber(version:match('^v(%d+)%.'))
  if vim.v.shell_error ~= 0 or not major then
    r.error('node --version failed: ' .. version, { 'Install Node.js 18 or newer' })
  elseif major < 18 then
    r.error('Node.js ' .. version .. ' is too old: the plugin needs 18 or newer', { 'Install Node.js 18 or newer' })
  else
    r.ok('Node.js ' .. version)
  end
end

--- False when the remote plugin is not registered, so that nothing calls into it.
local function check_manifest(r)
  r.start('Remote plugin')
  if vim.fn.exists(':GitCommitPush') ~= 2 then
    r.error(':GitCommitPush is not defined: the remote-plugin manifest does not register it', {
      'Run :UpdateRemotePlugins, then restart Neovim',
      'Needed once after installing the plugin and again after every update',
    })
    return false
  end
  -- Remote functions are defined on first call, through a FuncUndefined autocmd.
  if vim.fn.exists('*GitCommitPushHealth') ~= 1 and vim.fn.exists('#FuncUndefined#GitCommitPushHealth') ~= 1 then
    r.error('the remote-plugin manifest is older than the plugin (no GitCommitPushHealth())', {
      'Run :UpdateRemotePlugins, then restart Neovim',
    })
    return false
  end
  r.ok(':GitCommitPush is registered')
  return true
end

local LEVELS = { ok = 'ok', info = 'info', warn = 'warn', error = 'error' }

local function check_node_side(r)
  r.start('git, repository, options and Ollama')
  local ok, items = pcall(vim.fn.GitCommitPushHealth)
  if not ok then
    r.error('the node host did not answer: ' .. tostring(items), {
      'Check "Node.js and the node host" above',
      'Its log: start Neovim with $NVIM_NODE_LOG_FILE set to a file',
      'Restart Neovim once it is fixed: a host that failed to start is not retried',
    })
    return
  end
  if type(items) ~= 'table' then
    r.error('the node host answered ' .. vim.inspect(items) .. ' instead of a report')
    return
  end
  for _, item in ipairs(items) do
    local level = LEVELS[item.level] or 'info'
    local msg = tostring(item.msg)
    if level == 'warn' or level == 'error' then
      with_advice(r[level], msg, item.advice)
    else
      r[level](msg)
    end
  end
end

function M.check()
  local r = reporter()
  check_neovim(r)
  check_node(r)
  if check_manifest(r) then
    check_node_side(r)
  end
end

return M
