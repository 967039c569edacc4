/**
 * Terraform and the pinned providers, available offline: a project-managed
 * filesystem mirror under the tooling cache and a Terraform CLI config that
 * installs hashicorp/aws and databricks/databricks only from it. Point
 * TF_CLI_CONFIG_FILE at `cliConfigFile` and `terraform init` needs no network.
 *
 * findProviders() only looks; ensureProviders() also links what it found into
 * the mirror, builds what is missing when the Go module proxy allows it, and
 * writes the CLI config.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { cacheDir, withLock, type Log } from "./cache";
import { goBuild } from "./gobuild";
import { binaryEnvVar, findProvider, findTerraform, isFound, mirrorLayout, systemMirrorRoots, terraformBuildPath, type Found, type Missing } from "./lookup";
import { platformDir, PROVIDER_NAMES, providerPin, TERRAFORM_BUILD_VERSION, type ProviderName, type ProviderPin } from "./versions";

export { isFound, type Found, type Missing } from "./lookup";
export { providerPin, TERRAFORM_BUILD_VERSION, type ProviderName } from "./versions";

export interface Options {
  env?: NodeJS.ProcessEnv;
  log?: Log;
  /** Mirrors to search besides the cache (default: the machine's usual ones). Tests pass their own. */
  systemMirrors?: string[];
  /** "linux_amd64" etc. (default: this machine) */
  platform?: string;
}

export interface Lookup {
  terraform: Found | Missing;
  cacheDir: string;
  mirrorDir: string;
  cliConfigFile: string;
  providers: Record<ProviderName, Found | Missing>;
}

export interface Ensured {
  terraformBinary: string;
  terraformVersion: string;
  terraformSource: string;
  cliConfigFile: string;
  mirrorDir: string;
  providers: Record<ProviderName, Found | Missing>;
}

function context(opts: Options) {
  const env = opts.env ?? process.env;
  const cache = cacheDir(env);
  return {
    env,
    cache,
    log: opts.log ?? (() => {}),
    mirrorDir: path.join(cache, "mirror"),
    cliConfigFile: path.join(cache, "terraform.rc"),
    systemMirrors: opts.systemMirrors ?? systemMirrorRoots(env),
    platform: opts.platform ?? platformDir(),
  };
}

function writeIfChanged(file: string, text: string): void {
  if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text) fs.writeFileSync(file, text);
}

export function cliConfigText(mirrorDir: string, pins: ProviderPin[]): string {
  if (pins.length === 0) return "# Written by tools/providers (npm run providers): nothing is mirrored yet.\ndisable_checkpoint = true\n";
  const sources = `[${pins.map((p) => JSON.stringify(p.source)).join(", ")}]`;
  return `# Written by tools/providers (npm run providers): point TF_CLI_CONFIG_FILE at this file.
# The providers listed below come only from the project mirror; anything else as usual.
disable_checkpoint = true

provider_installation {
  filesystem_mirror {
    path    = ${JSON.stringify(mirrorDir)}
    include = ${sources}
  }
  direct {
    exclude = ${sources}
  }
}
`;
}

/** What to do when a provider cannot be found or built; printed as is. */
export function missingMessage(pin: ProviderPin, platform: string, tried: string[]): string {
  const zip = `terraform-provider-${pin.type}_${pin.version}_${platform}.zip`;
  return [
    `${pin.source} ${pin.version} (${platform}) is not available here. Tried:`,
    ...tried.map((t) => `  - ${t}`),
    `It is published on the Terraform registry and on ${pin.releases}. To supply it:`,
    `  - online, nothing is needed: \`terraform init\` downloads it from the registry; or`,
    `  - download ${zip} from either and set ${binaryEnvVar(pin.name)} to that .zip`,
    `    or to the terraform-provider-${pin.type}_v${pin.version} binary inside it; or`,
    `  - on a machine with internet access, in a folder with a .tf file requiring ${pin.source} = "${pin.version}", run`,
    `    \`terraform providers mirror -platform=${platform} DIR\`, copy DIR here and set DBT_OAUTH_PROVIDER_MIRRORS=DIR`,
    `    (several folders: separate them with ':').`,
    `Then run \`npm run providers\` again. \`npm run synth\` needs no provider at all.`,
  ].join("\n");
}

/** Each piece a lookup did not find ("databricks provider 1.99.0") with why and what to do; empty when all are at hand. */
export function missingPieces(lookup: { terraform?: Found | Missing; providers: Record<ProviderName, Found | Missing> }): { piece: string; why: string }[] {
  const pieces: [string, Found | Missing][] = [
    ...(lookup.terraform ? [["terraform", lookup.terraform] as [string, Found | Missing]] : []),
    ...Object.entries(lookup.providers).map(([name, status]): [string, Found | Missing] => [`${name} provider ${status.version ?? ""}`.trim(), status]),
  ];
  return pieces.flatMap(([piece, status]) => (isFound(status) ? [] : [{ piece, why: status.missing }]));
}

/** Looks only: no links, no builds, no files written. */
export function findProviders(opts: Options = {}): Lookup {
  const c = context(opts);
  const providers = {} as Record<ProviderName, Found | Missing>;
  for (const name of PROVIDER_NAMES) {
    const pin = providerPin(name);
    const r = findProvider(pin, c);
    providers[name] = r.found ?? { version: pin.version, missing: r.fatal ?? missingMessage(pin, c.platform, [...r.tried, "Go module proxy: not tried (look-only)"]) };
  }
  return { terraform: findTerraform(c.env, c.cache), cacheDir: c.cache, mirrorDir: c.mirrorDir, cliConfigFile: c.cliConfigFile, providers };
}

/**
 * Puts `source` (a binary or a .zip) into the mirror under the name Terraform
 * expects. A hard link survives the source being deleted and costs no space;
 * across file systems it falls back to a symlink. Never a 700 MB copy.
 */
export function linkIntoMirror(source: string, mirrorDir: string, pin: ProviderPin, platform: string): string {
  const { unpackedDir, packedZip, binaryName } = mirrorLayout(mirrorDir, pin, platform);
  const zip = source.endsWith(".zip");
  const dest = zip ? packedZip : path.join(unpackedDir, binaryName);
  const real = fs.realpathSync(source); // link(2) would link a symlink itself
  // Already there (every sandbox of a test run asks again): relinking would pull the
  // provider from under a terraform init running in another process.
  if (sameFile(dest, real) && !fs.existsSync(zip ? unpackedDir : packedZip)) return dest;
  // Only one form may exist, else Terraform sees the same version twice.
  fs.rmSync(unpackedDir, { recursive: true, force: true });
  fs.rmSync(packedZip, { force: true });
  const versionDir = path.dirname(unpackedDir);
  if (fs.existsSync(versionDir) && fs.readdirSync(versionDir).length === 0) fs.rmdirSync(versionDir);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  try {
    fs.linkSync(real, dest);
  } catch {
    fs.symlinkSync(real, dest);
  }
  return dest;
}

/** `link` is a hard link or a symlink to `real`. */
function sameFile(link: string, real: string): boolean {
  try {
    const [a, b] = [fs.statSync(link), fs.statSync(real)]; // statSync follows a symlink
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

export class ProvidersMissingError extends Error {
  constructor(
    message: string,
    readonly result: Partial<Ensured>,
  ) {
    super(message);
  }
}

/**
 * Makes Terraform and the `require`d providers (default both) usable offline.
 * Providers not required are only looked up, never built. Throws
 * ProvidersMissingError (with the partial result) when something required is missing.
 */
export async function ensureProviders(opts: Options & { require?: ProviderName[] } = {}): Promise<Ensured> {
  const c = context(opts);
  // One at a time per cache: a second caller waits, then finds everything ready.
  return withLock(path.join(c.cache, "ensure.lock"), () => ensureLocked(c, opts.require ?? [...PROVIDER_NAMES]), c.log);
}

async function ensureLocked(c: ReturnType<typeof context>, required: ProviderName[]): Promise<Ensured> {
  const problems: string[] = [];

  fs.mkdirSync(c.cache, { recursive: true });

  let terraform = findTerraform(c.env, c.cache);
  if (!isFound(terraform)) {
    const out = terraformBuildPath(c.cache);
    const built = await goBuild({
      module: "github.com/hashicorp/terraform",
      version: `v${TERRAFORM_BUILD_VERSION}`,
      outFile: out,
      env: c.env,
      log: c.log,
      ldflags: "-X github.com/hashicorp/terraform/version.dev=no", // as release builds: "1.8.5", not "1.8.5-dev"
    });
    terraform = findTerraform(c.env, c.cache);
    if (!isFound(terraform)) problems.push(`Terraform >= 1.5 is not available. Tried: ${terraform.missing}; ${built.ok ? "the build gave no working binary" : built.reason}`);
  }
  if (isFound(terraform)) c.log(`terraform ${terraform.version}: ${terraform.path} (${terraform.source})`);

  const providers = {} as Record<ProviderName, Found | Missing>;
  for (const name of PROVIDER_NAMES) {
    const pin = providerPin(name);
    const r = findProvider(pin, c);
    let status: Found | Missing;
    if (r.found && r.found.source === "cache") status = r.found;
    else if (r.found) status = { ...r.found, path: linkIntoMirror(r.found.path, c.mirrorDir, pin, c.platform), origin: r.found.path };
    else if (r.fatal || !required.includes(name))
      status = { version: pin.version, missing: r.fatal ?? missingMessage(pin, c.platform, [...r.tried, "Go module proxy: not tried (not required)"]) };
    else status = await buildProvider(pin, r.tried, c);
    providers[name] = status;
    if (isFound(status)) c.log(`${pin.source} ${pin.version}: ${status.path} (${status.source}${status.origin ? `: ${status.origin}` : ""})`);
    else if (required.includes(name)) problems.push(status.missing);
  }

  // Only what the mirror holds is pinned to it; a provider it lacks installs the usual way,
  // so a machine with registry access still gets a normal `terraform init`.
  writeIfChanged(
    c.cliConfigFile,
    cliConfigText(
      c.mirrorDir,
      PROVIDER_NAMES.filter((name) => isFound(providers[name])).map((name) => providerPin(name)),
    ),
  );

  const result = {
    terraformBinary: isFound(terraform) ? terraform.path : "",
    terraformVersion: terraform.version ?? "",
    terraformSource: isFound(terraform) ? terraform.source : "",
    cliConfigFile: c.cliConfigFile,
    mirrorDir: c.mirrorDir,
    providers,
  };
  if (problems.length) throw new ProvidersMissingError(problems.join("\n\n"), result);
  return result;
}

async function buildProvider(pin: ProviderPin, tried: string[], c: ReturnType<typeof context>): Promise<Found | Missing> {
  const out = path.join(c.cache, "build", pin.type, pin.version, `terraform-provider-${pin.type}`);
  // An earlier build whose mirror entry was removed only needs linking again.
  const built = fs.existsSync(out) ? { ok: true as const } : await goBuild({ module: pin.goModule, version: `v${pin.version}`, outFile: out, env: c.env, log: c.log });
  if (!built.ok) return { version: pin.version, missing: missingMessage(pin, c.platform, [...tried, `Go module proxy: ${built.reason}`]) };
  return { version: pin.version, path: linkIntoMirror(out, c.mirrorDir, pin, c.platform), source: "built from the Go module proxy" };
}
