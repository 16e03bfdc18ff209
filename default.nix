# git-commit-push.nvim for Nix, classic (no flakes):
#
#   nix-build                 the plugin, built from source     (also: -A plugin)
#   nix-build -A neovim       a Neovim with the plugin, ready to try: ./result/bin/nvim
#   nix-build -A cli          the terminal command: ./result/bin/git-commit-push
#   nix-shell                 Node.js, git and Neovim for development (shell.nix)
#
# In a NixOS configuration.nix: (import <this checkout or a pinned tarball> { inherit pkgs; }).plugin,
# in programs.neovim.configure.packages.<name>.start, with programs.neovim.withNodeJs = true;
# and .cli in environment.systemPackages for git-commit-push (also as `git commit-push`).
# Needs nixpkgs 24.05 or newer (importNpmLock).
{ pkgs ? import <nixpkgs> { } }:

let
  inherit (pkgs) lib;

  packageJSON = lib.importJSON ./package.json;

  # The checkout without what a build must not see: .git, nix-build's result links,
  # and a developer's node_modules (the build installs its own from the lock file).
  src = lib.cleanSourceWith {
    name = "git-commit-push-source";
    src = lib.cleanSource ./.;
    filter = path: type: !(type == "directory" && baseNameOf path == "node_modules");
  };

  # Each dependency is fetched by its own hash from package-lock.json: no
  # npmDepsHash to update when a dependency changes.
  npmDeps = pkgs.importNpmLock {
    npmRoot = ./.;
    packageLock = import ./nix/lock-with-resolved.nix (lib.importJSON ./package-lock.json);
  };

  # The committed bundle is not trusted: it is rebuilt here from src/ with esbuild.
  bundle = pkgs.buildNpmPackage {
    pname = "git-commit-push-bundle";
    inherit (packageJSON) version;
    inherit src npmDeps;
    npmConfigHook = pkgs.importNpmLock.npmConfigHook;
    npmBuildScript = "build";
    # Not an npm package to install: only the files Neovim loads.
    dontNpmInstall = true;
    installPhase = ''
      runHook preInstall
      mkdir -p $out
      cp -r lua plugin rplugin doc $out/
      runHook postInstall
    '';
  };

  plugin = pkgs.vimUtils.buildVimPlugin {
    pname = "git-commit-push.nvim";
    inherit (packageJSON) version;
    src = bundle;
    meta = {
      inherit (packageJSON) description;
      license = lib.licenses.mit;
    };
  };

  # The terminal command, from the same source and build (its bundles are rebuilt too, not
  # taken from the checkout): two files that need only Node.js, and git on PATH (the
  # user's own first, this one if there is none).
  cli = pkgs.buildNpmPackage {
    pname = "git-commit-push";
    inherit (packageJSON) version;
    inherit src npmDeps;
    npmConfigHook = pkgs.importNpmLock.npmConfigHook;
    npmBuildScript = "build";
    dontNpmInstall = true;
    nativeBuildInputs = [ pkgs.makeWrapper ];
    installPhase = ''
      runHook preInstall
      install -Dm644 ${packageJSON.bin.git-commit-push} $out/lib/git-commit-push/git-commit-push.js
      # The command itself, which git-commit-push.js runs from V8's code cache (src/cli/start.ts).
      install -Dm644 bin/git-commit-push-main.js $out/lib/git-commit-push/git-commit-push-main.js
      makeWrapper ${pkgs.nodejs}/bin/node $out/bin/git-commit-push \
        --add-flags $out/lib/git-commit-push/git-commit-push.js \
        --suffix PATH : ${lib.makeBinPath [ pkgs.git ]}
      runHook postInstall
    '';
    meta = {
      description = "Commit and push with a message from a local Ollama model, from the terminal, pipes and git hooks";
      license = lib.licenses.mit;
      mainProgram = "git-commit-push";
    };
  };

  # withNodeJs gives Neovim the node host and writes the remote-plugin manifest at
  # build time, so :UpdateRemotePlugins is never needed.
  neovim = pkgs.neovim.override {
    withNodeJs = true;
    configure = {
      packages.gitCommitPush.start = [ plugin ];
      customRC = "lua require('git-commit-push').setup({})";
    };
  };

  shell = pkgs.mkShell {
    # neovim-unwrapped: the tests start Neovim with their own init and manifest, and
    # the default wrapper (without withNodeJs) would disable the node provider.
    packages = [ pkgs.nodejs pkgs.git pkgs.neovim-unwrapped ];
  };
in
# The plugin itself, so that a bare `nix-build` builds it (a plain attribute set
# would also build `shell`, which mkShell refuses), with the others as attributes.
plugin // { inherit plugin neovim shell bundle cli; }
