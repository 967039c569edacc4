/**
 * Provider versions come from where the bindings come from, so upgrading the
 * bindings moves the offline mirror with them:
 * - aws and databricks: the installed @cdktf provider packages, whose
 *   package.json "cdktf.provider" section names the registry source and the
 *   exact version the bindings were generated from (the same pin that
 *   terraformGeneratorMetadata.providerVersion carries in lib/provider/index.js);
 * - dbtcloud: no prebuilt package exists for it, so its bindings are made with
 *   `cdktf get` from cdktf.json's "terraformProviders", which holds the pin.
 * A provider with no installed package is read from cdktf.json too: after a move to
 * CDK Terrain every binding is generated and cdktf.json pins all three
 * (docs/cdktn-migration.md).
 */
import * as fs from "node:fs";
import * as path from "node:path";

export type ProviderName = "aws" | "databricks" | "dbtcloud";
export const PROVIDER_NAMES: readonly ProviderName[] = ["aws", "databricks", "dbtcloud"];

/** The project's cdktf.json, whose terraformProviders `cdktf get` generates bindings for. */
export const CDKTF_JSON = path.resolve(__dirname, "..", "..", "cdktf.json");

/**
 * Terraform to build from the Go module proxy when none >= MIN_TERRAFORM is
 * installed. Not the newest: from 1.9 on, terraform's go.mod replaces several
 * of its modules with nested module dirs (internal/backend/remote-state/*)
 * that a Go module zip leaves out, so those versions cannot be built from the
 * proxy at all ("replacement directory ... does not exist"). 1.8.5 is the
 * newest whose go.mod has no replace directive, so `go install` builds it.
 */
export const TERRAFORM_BUILD_VERSION = "1.8.5";
export const MIN_TERRAFORM = "1.5.0";

export interface ProviderPin {
  name: ProviderName;
  /** e.g. "registry.terraform.io/hashicorp/aws" */
  source: string;
  hostname: string;
  namespace: string;
  type: string;
  version: string;
  /** Go module the provider could be built from on a machine whose Go proxy serves it. */
  goModule: string;
  /** Where its release archives are published, besides the Terraform registry. */
  releases: string;
}

const GO_MODULES: Record<ProviderName, string> = {
  aws: "github.com/hashicorp/terraform-provider-aws",
  databricks: "github.com/databricks/terraform-provider-databricks",
  dbtcloud: "github.com/dbt-labs/terraform-provider-dbtcloud",
};

const RELEASES: Record<ProviderName, string> = {
  aws: "the HashiCorp releases site (terraform-provider-aws)",
  databricks: "the GitHub releases of databricks/terraform-provider-databricks",
  dbtcloud: "the GitHub releases of dbt-labs/terraform-provider-dbtcloud",
};

/** `packageJsonOf` finds an installed package's package.json (undefined: not installed). */
export function providerPin(name: ProviderName, packageJsonOf: (pkg: string) => string | undefined = installedPackageJson): ProviderPin {
  const packageFile = name === "dbtcloud" ? undefined : packageJsonOf(`@cdktf/provider-${name}`);
  const { source, version } = packageFile ? pinFromCdktfPackage(packageFile) : pinFromCdktfJson(fs.readFileSync(CDKTF_JSON, "utf8"), name);
  const [hostname, namespace, type] = source.split("/");
  if (!hostname || !namespace || !type) throw new Error(`the ${name} provider's source "${source}" is not HOSTNAME/NAMESPACE/TYPE: cannot tell where to mirror it`);
  return { name, source, hostname, namespace, type, version, goModule: GO_MODULES[name], releases: RELEASES[name] };
}

/** The package.json of an installed package, or undefined when it is not installed. */
function installedPackageJson(name: string): string | undefined {
  try {
    return require.resolve(`${name}/package.json`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "MODULE_NOT_FOUND") return undefined;
    throw error;
  }
}

function pinFromCdktfPackage(file: string): { source: string; version: string } {
  const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { cdktf?: { provider?: { name?: string; version?: string } } };
  const source = pkg.cdktf?.provider?.name;
  const version = pkg.cdktf?.provider?.version;
  if (!source || !version) throw new Error(`${file} has no cdktf.provider.{name,version}: cannot tell which provider version to mirror`);
  return { source, version };
}

/**
 * The provider of type `type` in cdktf.json's terraformProviders, written as
 * "namespace/type@=X.Y.Z" (or with a host, or "@X.Y.Z", which Terraform also
 * reads as exact). Anything but one exact version is an error: a range would
 * let `cdktf get` and the mirror disagree.
 */
export function pinFromCdktfJson(text: string, type: string): { source: string; version: string } {
  const where = `cdktf.json "terraformProviders"`;
  const entries = (JSON.parse(text) as { terraformProviders?: unknown[] }).terraformProviders ?? [];
  const entry = entries.find((e): e is string => typeof e === "string" && splitEntry(e)[0].split("/").pop() === type);
  if (!entry) throw new Error(`${where} has no entry for the ${type} provider; add one such as "NAMESPACE/${type}@=X.Y.Z" (the namespace of its registry address)`);
  const [address, constraint = ""] = splitEntry(entry);
  const version = /^\s*=?\s*(\d+\.\d+\.\d+)\s*$/.exec(constraint)?.[1];
  if (!version) throw new Error(`${where}: "${entry}" does not pin one version; write it as "${address}@=X.Y.Z"`);
  const parts = address.split("/");
  return { source: parts.length === 2 ? `registry.terraform.io/${address}` : address, version };
}

/** "namespace/type@=X.Y.Z" split at "@": the address, then the constraint if any (split always returns the address). */
const splitEntry = (entry: string) => entry.split("@") as [address: string, ...constraint: string[]];

/** -1, 0, 1 comparing dotted numeric versions ("1.11.4" vs "1.5.0"); pre-release tails ignored. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) < (pb[i] ?? 0) ? -1 : 1;
  return 0;
}

/** Terraform's platform directory name, e.g. "linux_amd64". */
export function platformDir(platform: string = process.platform, arch: string = process.arch): string {
  const os = platform === "win32" ? "windows" : platform;
  const goArch: Record<string, string> = { x64: "amd64", arm64: "arm64", ia32: "386", arm: "arm" };
  return `${os}_${goArch[arch] ?? arch}`;
}
