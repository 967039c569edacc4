/**
 * Looking only: where Terraform and each provider binary already are on this
 * machine. Nothing here writes, downloads or builds, so it is cheap enough for
 * a test suite to call just to decide whether it can run.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compareVersions, MIN_TERRAFORM, TERRAFORM_BUILD_VERSION, type ProviderName, type ProviderPin } from "./versions";

export type Found = { path: string; version: string; source: string /** what the mirror entry links to */; origin?: string };
export type Missing = { version?: string; missing: string };
export const isFound = (x: Found | Missing): x is Found => "path" in x;

export function isExecutableFile(p: string): boolean {
  try {
    if (!fs.statSync(p).isFile()) return false; // statSync follows symlinks: a dangling one is not found
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Like `which`: a name with a slash is taken as a path, otherwise searched on PATH. */
export function which(name: string, env: NodeJS.ProcessEnv): string | undefined {
  if (name.includes("/")) return isExecutableFile(name) ? path.resolve(name) : undefined;
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (dir && isExecutableFile(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

/** `terraform version -json` → "1.11.4", or undefined if it is not a working terraform. */
export function terraformVersionOf(binary: string, env: NodeJS.ProcessEnv): string | undefined {
  try {
    const out = execFileSync(binary, ["version", "-json"], {
      env: { ...env, CHECKPOINT_DISABLE: "1" }, // no update check over the network
      timeout: 20_000,
      stdio: ["ignore", "pipe", "ignore"],
    });
    return (JSON.parse(out.toString("utf8")) as { terraform_version?: string }).terraform_version;
  } catch {
    return undefined;
  }
}

export function terraformBuildPath(cache: string): string {
  return path.join(cache, "terraform", TERRAFORM_BUILD_VERSION, "terraform");
}

/** TERRAFORM_BINARY_NAME (the variable cdktf also reads) or terraform on PATH, then our own build. */
export function findTerraform(env: NodeJS.ProcessEnv, cache: string): Found | Missing {
  const tried: string[] = [];
  const candidates: [string, string][] = [];
  if (env.TERRAFORM_BINARY_NAME) candidates.push([env.TERRAFORM_BINARY_NAME, "TERRAFORM_BINARY_NAME"]);
  candidates.push(["terraform", "PATH"], [terraformBuildPath(cache), "cache (built from the Go module proxy)"]);
  for (const [name, source] of candidates) {
    const bin = which(name, env);
    if (!bin) {
      tried.push(`${source}: no ${name}`);
      continue;
    }
    const version = terraformVersionOf(bin, env);
    if (version && compareVersions(version, MIN_TERRAFORM) >= 0) return { path: bin, version, source };
    tried.push(`${source}: ${bin} is ${version ? `version ${version}, older than ${MIN_TERRAFORM}` : "not a working terraform"}`);
  }
  return { missing: tried.join("; ") };
}

/**
 * A filesystem mirror kept beside the project (`../shared/terraform-providers` from the
 * project root), as the team's machines and CI have it for the providers no registry they
 * reach serves. Found by its place relative to the project, never by an absolute path.
 */
export const PROJECT_SHARED_MIRROR = path.resolve(__dirname, "..", "..", "..", "shared", "terraform-providers");

/** Filesystem mirrors other tools may have filled: the project's shared one, Terraform's implied local mirror dirs and /opt/tf-plugins. */
export function systemMirrorRoots(env: NodeJS.ProcessEnv): string[] {
  const home = env.HOME || os.homedir();
  const fromEnv = (env.DBT_OAUTH_PROVIDER_MIRRORS ?? "").split(":").filter(Boolean);
  return [
    ...fromEnv,
    PROJECT_SHARED_MIRROR,
    "/opt/tf-plugins",
    path.join(home, ".terraform.d", "plugins"),
    path.join(home, ".local", "share", "terraform", "plugins"),
    "/usr/local/share/terraform/plugins",
    "/usr/share/terraform/plugins",
  ];
}

/** Where a provider sits in a mirror, in Terraform's two filesystem-mirror layouts. */
export function mirrorLayout(root: string, pin: ProviderPin, platform: string) {
  const typeDir = path.join(root, pin.hostname, pin.namespace, pin.type);
  return {
    /** HOSTNAME/NAMESPACE/TYPE/VERSION/OS_ARCH/terraform-provider-TYPE* */
    unpackedDir: path.join(typeDir, pin.version, platform),
    /** HOSTNAME/NAMESPACE/TYPE/terraform-provider-TYPE_VERSION_OS_ARCH.zip */
    packedZip: path.join(typeDir, `terraform-provider-${pin.type}_${pin.version}_${platform}.zip`),
    binaryName: `terraform-provider-${pin.type}_v${pin.version}`,
  };
}

/** The provider's executable or zip in one mirror root, if it is there. */
export function findInMirror(root: string, pin: ProviderPin, platform: string): string | undefined {
  const { unpackedDir, packedZip } = mirrorLayout(root, pin, platform);
  let names: string[] = [];
  try {
    names = fs.readdirSync(unpackedDir).sort();
  } catch {
    /* no such dir */
  }
  const prefix = `terraform-provider-${pin.type}`;
  const bin = names.find((n) => (n === prefix || n.startsWith(`${prefix}_`)) && isExecutableFile(path.join(unpackedDir, n)));
  if (bin) return path.join(unpackedDir, bin);
  return fs.statSync(packedZip, { throwIfNoEntry: false })?.isFile() ? packedZip : undefined;
}

export const binaryEnvVar = (name: ProviderName) => `DBT_OAUTH_${name.toUpperCase()}_PROVIDER_BINARY`;

export type ProviderLookup = { found?: Found; tried: string[]; fatal?: string };

/**
 * An explicit binary from the environment wins (even over the cache, so that
 * changing it takes effect), then our cache mirror, then the machine's mirrors.
 */
export function findProvider(pin: ProviderPin, opts: { env: NodeJS.ProcessEnv; mirrorDir: string; systemMirrors: string[]; platform: string }): ProviderLookup {
  const tried: string[] = [];
  const envVar = binaryEnvVar(pin.name);
  const explicit = opts.env[envVar];
  if (explicit) {
    const p = path.resolve(explicit);
    if (isExecutableFile(p) || (p.endsWith(".zip") && fs.statSync(p, { throwIfNoEntry: false })?.isFile())) {
      return { found: { path: p, version: pin.version, source: envVar }, tried };
    }
    // A variable the user set on purpose but that points nowhere must not be silently ignored.
    return { tried: [`${envVar}=${explicit}: not an executable file nor a .zip`], fatal: `${envVar}=${explicit} is not an executable file nor a .zip` };
  }
  tried.push(`${envVar}: not set`);

  const cached = findInMirror(opts.mirrorDir, pin, opts.platform);
  if (cached) return { found: { path: cached, version: pin.version, source: "cache" }, tried };
  tried.push(`cache mirror ${opts.mirrorDir}: not found`);

  for (const root of opts.systemMirrors) {
    const hit = findInMirror(root, pin, opts.platform);
    if (hit) return { found: { path: hit, version: pin.version, source: `mirror ${root}` }, tried };
  }
  if (opts.systemMirrors.length) {
    const { unpackedDir, packedZip } = mirrorLayout("", pin, opts.platform);
    tried.push(`filesystem mirrors ${opts.systemMirrors.join(", ")}: not found (looked for ${unpackedDir}/terraform-provider-${pin.type}* or ${packedZip})`);
  }
  return { tried };
}
