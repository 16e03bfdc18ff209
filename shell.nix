# `nix-shell`: Node.js, git and Neovim, for `npm ci && npm test` and `npm run demo`.
{ pkgs ? import <nixpkgs> { } }:
(import ./default.nix { inherit pkgs; }).shell
