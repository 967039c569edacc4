/**
 * Provider versions come from the installed @cdktf provider packages: their
 * package.json "cdktf.provider" section names the registry source and the exact
 * version the bindings were generated from (the same pin that
 * terraformGeneratorMetadata.providerVersion carries in lib/provider/index.js).
 * So upgrading a binding package moves the offline mirror with it.
 */
import * as fs from "node:fs";

export type ProviderName = "aws" | "databricks";
export const PROVIDER_NAMES: readonly ProviderName[] = ["aws", "databricks"];

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
};

const RELEASES: Record<ProviderName, string> = {
  aws: "the HashiCorp releases site (terraform-provider-aws)",
  databricks: "the GitHub releases of databricks/terraform-provider-databricks",
};

export function providerPin(name: ProviderName): ProviderPin {
  const file = require.resolve(`@cdktf/provider-${name}/package.json`);
  const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { cdktf?: { provider?: { name?: string; version?: string } } };
  const source = pkg.cdktf?.provider?.name;
  const version = pkg.cdktf?.provider?.version;
  if (!source || !version) throw new Error(`${file} has no cdktf.provider.{name,version}: cannot tell which provider version to mirror`);
  const [hostname, namespace, type] = source.split("/");
  return { name, source, hostname, namespace, type, version, goModule: GO_MODULES[name], releases: RELEASES[name] };
}

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
