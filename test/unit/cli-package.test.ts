/**
 * How the command is installed: package.json's `bin` names the committed bundle, which
 * runs as a program; default.nix's `cli` builds it from source and wraps it with Node.js,
 * checked by evaluating default.nix against stand-ins for the nixpkgs functions it calls
 * (as test/unit/nix.test.ts does for the plugin; CI has nix-instantiate, not nixpkgs).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; bin?: Record<string, string>; engines?: { node?: string } };
const hasNix = spawnSync('nix-instantiate', ['--version'], { encoding: 'utf8' }).status === 0;

describe('package.json bin', () => {
  it('names git-commit-push, a committed executable Node script', () => {
    const target = pkg.bin?.['git-commit-push'];
    expect(target).toBe('bin/git-commit-push.js');
    const path = join(ROOT, target ?? '');
    expect(statSync(path).mode & 0o111).not.toBe(0);
    expect(readFileSync(path, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(pkg.engines?.node).toBe('>=18');
  });

  it('runs: --version says the package version, with Node and nothing else installed beside it', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/git-commit-push.js'), '--version'], { encoding: 'utf8', cwd: '/', env: { PATH: process.env.PATH ?? '' } });
    expect(r.stdout).toBe(`git-commit-push ${pkg.version}\n`);
    expect(r.status).toBe(0);
  });
});

describe.skipIf(!hasNix && !process.env.CI)('default.nix cli', () => {
  it('builds the bundle from source with the plugin`s npm dependencies, and wraps it with Node.js and git', () => {
    const stub = `
      let
        lib = {
          importJSON = f: builtins.fromJSON (builtins.readFile f);
          cleanSource = s: s;
          cleanSourceWith = { name ? "source", src, filter }: { inherit name src filter; };
          licenses.mit = "mit";
          makeBinPath = ps: builtins.concatStringsSep ":" (map (p: "\${p}/bin") ps);
        };
        importNpmLock = {
          __functor = self: { npmRoot ? null, package ? null, packageLock ? null, pname ? null, version ? null }:
            { inherit npmRoot packageLock; };
          npmConfigHook = "importNpmLock.npmConfigHook";
        };
        pkgs = {
          inherit lib importNpmLock;
          buildNpmPackage = args: args // { kind = "buildNpmPackage"; };
          vimUtils.buildVimPlugin = args: args // { kind = "buildVimPlugin"; type = "derivation"; };
          neovim.override = args: { kind = "neovim"; };
          mkShell = args: args // { kind = "mkShell"; };
          nodejs = "/nix/store/nodejs"; git = "/nix/store/git"; neovim-unwrapped = "neovim-unwrapped";
          makeWrapper = "makeWrapper";
        };
        r = import ./default.nix { inherit pkgs; };
        c = r.cli;
      in {
        kind = c.kind;
        pname = c.pname;
        version = c.version;
        sameDeps = c.npmDeps == r.bundle.npmDeps;
        sameSource = c.src == r.bundle.src;
        npmConfigHook = c.npmConfigHook;
        npmBuildScript = c.npmBuildScript;
        dontNpmInstall = c.dontNpmInstall;
        nativeBuildInputs = c.nativeBuildInputs;
        installPhase = c.installPhase;
        mainProgram = c.meta.mainProgram;
      }`;
    const r = spawnSync('nix-instantiate', ['--eval', '--strict', '--json', '-E', stub], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr.replace(/^warning: .*\n/gm, '')).toBe('');
    const c = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(c).toMatchObject({
      kind: 'buildNpmPackage',
      pname: 'git-commit-push',
      version: pkg.version,
      sameDeps: true,
      sameSource: true,
      npmConfigHook: 'importNpmLock.npmConfigHook',
      npmBuildScript: 'build',
      dontNpmInstall: true,
      nativeBuildInputs: ['makeWrapper'],
      mainProgram: 'git-commit-push',
    });
    const install = String(c.installPhase);
    // The file the build writes, installed and run by Nix's Node.js, with git after the user's own on PATH.
    expect(install).toContain('install -Dm644 bin/git-commit-push.js $out/lib/git-commit-push/git-commit-push.js');
    expect(install).toMatch(/makeWrapper \/nix\/store\/nodejs\/bin\/node \$out\/bin\/git-commit-push\s*\\\s*--add-flags \$out\/lib\/git-commit-push\/git-commit-push\.js\s*\\\s*--suffix PATH : \/nix\/store\/git\/bin/);
  });
});
