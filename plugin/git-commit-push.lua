-- Runs at startup, before any remote plugin host: only cheap checks, no mappings
-- (those come from require('git-commit-push').setup()).
if vim.g.loaded_git_commit_push then
  return
end
vim.g.loaded_git_commit_push = 1

-- A checkout with its own node_modules (development, `npm ci`) has a node host
-- right here: using it skips the slow `npm root -g` lookup at first use.
if vim.g.node_host_prog == nil then
  local src = debug.getinfo(1, 'S').source:sub(2)
  local root = vim.fn.fnamemodify(src, ':p:h:h')
  local cli = root .. '/node_modules/neovim/bin/cli.js'
  if vim.loop.fs_stat(cli) then
    vim.g.node_host_prog = cli
  end
end
