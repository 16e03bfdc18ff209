// Files that hold secrets by their name alone: the lists of credential files that gitleaks,
// GitHub secret scanning and their users keep, with editors' backup copies of them.
/** Exact file names (lower case). */
const SECRET_NAMES = new Set([
  '.env', '.envrc', '.netrc', '_netrc', '.npmrc', '.pypirc', '.pgpass', '.git-credentials', '.gitcookies',
  '.htpasswd', 'htpasswd', '.my.cnf', '.dockercfg', '.s3cfg', '.boto', '.passwd-s3fs', 'passwd-s3fs',
  '.vault-token', '.terraformrc', 'terraform.rc', '.tugboat', '.esmtprc', '.fetchmailrc',
  '.bash_history', '.zsh_history', '.sh_history', '.psql_history', '.mysql_history', '.rediscli_history',
  'credentials', 'kubeconfig', 'secrets', '.secrets', 'sftp-config.json', 'recentservers.xml', 'sitemanager.xml',
  'filezilla.xml', 'wp-config.php', 'keystore.properties', 'key.properties', 'accesskeys.csv',
  'application_default_credentials.json', 'access_tokens.db', 'settings-security.xml',
]);

/** Endings of key stores, key files and files made to hold credentials. */
const SECRET_EXTENSIONS = [
  '.pem', '.key', '.p12', '.pfx', '.pkcs12', '.p8', '.jks', '.keystore', '.bks', '.jceks', '.keytab', '.ppk',
  '.kdbx', '.kdb', '.agilekeychain', '.keychain', '.tfstate', '.tfvars', '.tfvars.json', '.ovpn', '.kubeconfig',
  '.env', '.secret', '.secrets',
];

const SECRET_PREFIXES = ['.env.', 'id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'ssh_host_', 'secring.'];

/** Data files named for what they hold; source files (secrets.ts, credentials.py) are code, not secrets. */
const DATA_EXT = '(?:json|ya?ml|xml|toml|ini|txt|csv|conf|cfg|properties|env|db)';
const SECRET_NAME_PATTERNS = [
  // `secret.yaml`, `db-secret.yaml`, `secrets.prod.json`; not `secrets-scan.yml` or `secret-manager.yaml`
  new RegExp(`(?:^|[._-])secrets?(?:\\.[\\w-]+)?\\.${DATA_EXT}$`),
  new RegExp(`(?:^|[._-])credentials?(?:[._-][^.]*)?\\.${DATA_EXT}$`),
  /service[-_]?account.*\.json$/,
  /^client[-_]?secrets?.*\.json$/,
];

/** Paths ending so (lower case, '/'-separated). */
const SECRET_PATHS = [
  '.docker/config.json', '.kube/config', '.config/gh/hosts.yml', '.m2/settings.xml', 'etc/shadow', 'etc/gshadow',
  '.terraform.d/credentials.tfrc.json', '.gradle/gradle.properties', '.composer/auth.json', '.config/composer/auth.json',
];

/** Folders whose every file is a credential of some kind. */
const SECRET_DIRS = ['.gnupg/', '.aws/', '.azure/', '.config/gcloud/', '.password-store/'];
/** In ~/.ssh, all but what is public or mere configuration. */
const SSH_PUBLIC = new Set(['known_hosts', 'known_hosts.old', 'config', 'authorized_keys', 'authorized_keys2']);

/** Copies made by editors and people: `.env.bak`, `env.backup`, `id_rsa~`. */
const BACKUP_SUFFIX = /(?:\.(?:bak|backup|old|orig|save|sav|copy|tmp|swp|swo)|~)$/;
/** `.env.example`, `secrets.sample.yaml`: meant to be committed, with placeholders. */
const EXAMPLE_PART = /^(?:example|examples|sample|template|tmpl|dist|defaults?)$/;

/** Whether a file of this name holds secrets, by the name alone. */
export function isSecretPath(path: string): boolean {
  const lower = path.toLowerCase();
  const slash = lower.lastIndexOf('/');
  const dir = `/${lower.slice(0, slash + 1)}`;
  let name = lower.slice(slash + 1);
  let copy = false;
  for (let m = BACKUP_SUFFIX.exec(name); m !== null && m.index > 0; m = BACKUP_SUFFIX.exec(name)) {
    name = name.slice(0, m.index);
    copy = true;
  }
  const full = dir + name;
  if (SECRET_PATHS.some((p) => full.endsWith(`/${p}`))) return true;
  if (SECRET_DIRS.some((d) => dir.includes(`/${d}`))) return true;
  if (dir.includes('/.ssh/') && !SSH_PUBLIC.has(name) && !name.endsWith('.pub')) return true;
  if (secretName(name)) return true;
  // `env.backup` is a copy of `.env` that lost its dot.
  return copy && !name.startsWith('.') && secretName(`.${name}`);
}

function secretName(name: string): boolean {
  if (SECRET_PREFIXES.some((p) => name.startsWith(p)) && !isExample(name)) return true;
  if (SECRET_NAMES.has(name)) return true;
  if (isExample(name)) return false;
  return SECRET_EXTENSIONS.some((e) => name.endsWith(e)) || SECRET_NAME_PATTERNS.some((re) => re.test(name));
}

function isExample(name: string): boolean {
  return name.split('.').slice(1).some((part) => EXAMPLE_PART.test(part));
}
