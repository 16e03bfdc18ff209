/**
 * The Nix files, without Nix's store or nixpkgs (CI has only Debian's nix-bin):
 * they parse, the lock fix gives every registry package a URL, and default.nix,
 * evaluated against stand-ins for the nixpkgs functions it calls, passes them
 * what their real signatures take (checked against nixpkgs' sources).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const hasNix = spawnSync('nix-instantiate', ['--version'], { encoding: 'utf8' }).status === 0;

function nix(args: string[]): string {
  const r = spawnSync('nix-instantiate', args, { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  if (r.status !== 0) throw new Error(`nix-instantiate ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

function evalJson<T>(expr: string): T {
  return JSON.parse(nix(['--eval', '--strict', '--json', '-E', expr])) as T;
}

// Skipped only off CI: .ci/run installs nix-instantiate, so there the check must run.
it('has nix-instantiate for the Nix checks, on CI at least', () => {
  expect(hasNix || !process.env.CI).toBe(true);
});

describe.skipIf(!hasNix)('Nix files', () => {
  it.each(['default.nix', 'shell.nix', 'nix/lock-with-resolved.nix'])('%s parses', (file) => {
    nix(['--parse', join(ROOT, file)]);
  });

  it('gives every package of package-lock.json a registry URL, named as npm names tarballs', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
    const fixed = evalJson<Record<string, string | null>>(
      `builtins.mapAttrs (_: m: m.resolved or null) (import ./nix/lock-with-resolved.nix (builtins.fromJSON (builtins.readFile ./package-lock.json))).packages`,
    );
    for (const [path, m] of Object.entries(lock.packages)) {
      if (path === '') continue;
      const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
      const base = name.slice(name.lastIndexOf('/') + 1);
      expect(fixed[path], path).toBe(`https://registry.npmjs.org/${name}/-/${base}-${m.version}.tgz`);
    }
  });

  it('keeps a resolved URL that is already there, and leaves the root alone', () => {
    const out = evalJson<{ a: string; root: boolean }>(
      `let l = import ./nix/lock-with-resolved.nix { packages = { "" = { name = "x"; }; "node_modules/a" = { version = "1.0.0"; integrity = "sha512-x"; resolved = "https://mirror.example/a.tgz"; }; }; };
       in { a = l.packages."node_modules/a".resolved; root = l.packages."" ? resolved; }`,
    );
    expect(out).toEqual({ a: 'https://mirror.example/a.tgz', root: false });
  });

  it('default.nix calls the nixpkgs functions with the arguments they take', () => {
    const stub = `
      let
        lib = {
          importJSON = f: builtins.fromJSON (builtins.readFile f);
          cleanSource = s: s;
          cleanSourceWith = { name ? "source", src, filter }: { inherit name src filter; };
          licenses.mit = "mit";
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
          neovim.override = { withNodeJs ? false, configure ? { }, ... }: { kind = "neovim"; inherit withNodeJs configure; };
          mkShell = args: args // { kind = "mkShell"; };
          nodejs = "nodejs"; git = "git"; neovim-unwrapped = "neovim-unwrapped";
        };
        r = import ./default.nix { inherit pkgs; };
        b = r.plugin.src;
      in {
        top = r.kind;
        pluginName = r.plugin.pname;
        bundle = {
          kind = b.kind;
          npmRootIsCheckout = b.npmDeps.npmRoot == ./.;
          lockComplete = builtins.all (m: m ? resolved) (builtins.attrValues (removeAttrs b.npmDeps.packageLock.packages [ "" ]));
          npmConfigHook = b.npmConfigHook;
          npmBuildScript = b.npmBuildScript;
          dontNpmInstall = b.dontNpmInstall;
          installsPluginFiles = builtins.match ".*cp -r lua plugin rplugin doc [$]out/.*" b.installPhase != null;
          version = b.version;
        };
        neovim = {
          kind = r.neovim.kind;
          withNodeJs = r.neovim.withNodeJs;
          startIsPlugin = (builtins.head r.neovim.configure.packages.gitCommitPush.start).kind;
          customRC = r.neovim.configure.customRC;
        };
        shell = r.shell.packages;
      }`;
    expect(evalJson(stub)).toEqual({
      top: 'buildVimPlugin',
      pluginName: 'git-commit-push.nvim',
      bundle: {
        kind: 'buildNpmPackage',
        npmRootIsCheckout: true,
        lockComplete: true,
        npmConfigHook: 'importNpmLock.npmConfigHook',
        npmBuildScript: 'build',
        dontNpmInstall: true,
        installsPluginFiles: true,
        version: (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
      },
      neovim: {
        kind: 'neovim',
        withNodeJs: true,
        startIsPlugin: 'buildVimPlugin',
        customRC: "lua require('git-commit-push').setup({})",
      },
      shell: ['nodejs', 'git', 'neovim-unwrapped'],
    });
  });
});
