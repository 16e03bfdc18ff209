# package-lock.json, with a `resolved` URL on every package from the npm registry.
#
# npm leaves `resolved` out when omit-lockfile-registry-resolved is set, and
# importNpmLock fetches only the packages that have one: without this the build
# would install nothing and fail, offline, in the sandbox. The URL is the
# registry's tarball address; the lock's `integrity` hash still pins the content.
# Built-ins only, so that `nix-instantiate --eval` can check it without nixpkgs.
lock:
let
  registry = "https://registry.npmjs.org";

  # "node_modules/a/node_modules/@s/b" -> "@s/b"; an aliased package carries its real name.
  nameOf = path: module:
    module.name or (
      let parts = builtins.split "node_modules/" path;
      in builtins.elemAt parts (builtins.length parts - 1)
    );

  withResolved = path: module:
    if path == "" || module ? resolved || module ? link || !(module ? version) || !(module ? integrity) then
      module
    else
      let name = nameOf path module;
      in module // { resolved = "${registry}/${name}/-/${baseNameOf name}-${module.version}.tgz"; };
in
lock // { packages = builtins.mapAttrs withResolved lock.packages; }
