// Entry of the bundle at rplugin/node/git-commit-push/index.js, which the node host require()s.
import type { NvimPlugin } from 'neovim';
import { register } from './nvim/plugin.js';

export default function gitCommitPush(plugin: NvimPlugin): void {
  register(plugin);
}
