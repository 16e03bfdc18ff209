/**
 * How the command is installed: package.json's `bin` names the committed bundle, which
 * runs as a program; default.nix's `cli` builds it from source and wraps it with Node.js,
 * checked by evaluating default.nix against stand-ins for the nixpkgs functions it calls
 * (as test/unit/nix.test.ts does for the plugin; CI has nix-instantiate, not nixpkgs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

describe('the code cache (src/cli/start.ts)', () => {
  const diff = ['diff --git a/j.txt b/j.txt', '--- a/j.txt', '+++ b/j.txt', '@@ -1 +1,2 @@', ' Day one.', '+Day two: rain.', ''].join('\n');

  function runIn(home: string, args: string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/git-commit-push.js'), ...args], {
      input: diff,
      cwd: home,
      encoding: 'utf8',
      // An Ollama behind TLS that is not there: the path through node:https, and an answer that never changes.
      env: { PATH: process.env.PATH ?? '', HOME: home, XDG_CACHE_HOME: join(home, 'cache'), XDG_STATE_HOME: join(home, 'state'), OLLAMA_HOST: 'https://127.0.0.1:9', ...env },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  function cacheFiles(home: string): string[] {
    const dir = join(home, 'cache', 'git-commit-push');
    return existsSync(dir) ? readdirSync(dir) : [];
  }

  it('is written by the first run that succeeds, then used: the same output from cache as from source, a corrupt cache replaced, never a failure', () => {
    const home = mkdtempSync(join(tmpdir(), 'gcp-code-cache-'));
    try {
      expect(runIn(home, ['--version']).status).toBe(0);
      expect(cacheFiles(home)).toEqual([]);

      const first = runIn(home, ['message']);
      expect(first).toEqual({ status: 0, stdout: 'Update j.txt\n', stderr: expect.stringContaining('Ollama unreachable at https://127.0.0.1:9 (connection refused)') as unknown as string });
      const files = cacheFiles(home);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^code-message-v[\d.]+-\w+-\d+\.bin$/);
      const file = join(home, 'cache', 'git-commit-push', files[0]!);
      const written = readFileSync(file);

      // From the cache: every word the same (a function from the cache that lost its module loader would fail here).
      expect(runIn(home, ['message'])).toEqual(first);
      expect(readFileSync(file).equals(written)).toBe(true);

      // Garbage in the cache: V8 rejects it, the run is as before, and a good cache replaces it.
      writeFileSync(file, 'not a code cache');
      expect(runIn(home, ['message'])).toEqual(first);
      expect(readFileSync(file).length).toBeGreaterThan(1000);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('NODE_DISABLE_COMPILE_CACHE=1 writes none, and a cache folder that cannot be written costs nothing but the cache', () => {
    const home = mkdtempSync(join(tmpdir(), 'gcp-code-cache-'));
    try {
      const off = runIn(home, ['message'], { NODE_DISABLE_COMPILE_CACHE: '1' });
      expect(off.status).toBe(0);
      expect(off.stdout).toBe('Update j.txt\n');
      expect(cacheFiles(home)).toEqual([]);
      // XDG_CACHE_HOME is a file, not a folder.
      writeFileSync(join(home, 'not-a-folder'), '');
      const blocked = runIn(home, ['message'], { XDG_CACHE_HOME: join(home, 'not-a-folder') });
      expect(blocked).toEqual({ ...off });
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
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
    expect(install).toContain('install -Dm644 bin/git-commit-push-main.js $out/lib/git-commit-push/git-commit-push-main.js');
    expect(install).toMatch(/makeWrapper \/nix\/store\/nodejs\/bin\/node \$out\/bin\/git-commit-push\s*\\\s*--add-flags \$out\/lib\/git-commit-push\/git-commit-push\.js\s*\\\s*--suffix PATH : \/nix\/store\/git\/bin/);
  });
});
