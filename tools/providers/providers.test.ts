/**
 * The look-up logic of tools/providers against temp dirs: fake mirrors with
 * dummy binaries, env overrides, the generated CLI config and the message when
 * something is missing. No terraform runs and no go builds (PATH holds only a
 * fake terraform script, so a build attempt fails at once with "no 'go'").
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describeGoError } from "./gobuild";
import { cliConfigText, ensureProviders, findProviders, isFound, ProvidersMissingError, type Found } from "./index";
import { findTerraform, PROJECT_SHARED_MIRROR, systemMirrorRoots } from "./lookup";
import { CDKTF_JSON, compareVersions, pinFromCdktfJson, platformDir, providerPin, TERRAFORM_BUILD_VERSION } from "./versions";

const PLATFORM = "linux_amd64";
let root: string;
let env: NodeJS.ProcessEnv;
let sysMirror: string;

function write(file: string, text: string, mode = 0o755): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text, { mode });
  return file;
}

function fakeTerraform(dir: string, version: string): string {
  return write(path.join(dir, "terraform"), `#!/bin/sh\necho '{"terraform_version":"${version}"}'\n`);
}

const opts = () => ({ env, systemMirrors: [sysMirror], platform: PLATFORM });
const awsUnpacked = () => path.join(sysMirror, "registry.terraform.io/hashicorp/aws/5.100.0/linux_amd64/terraform-provider-aws_v5.100.0_x5");
const dbtcloudUnpacked = () => path.join(sysMirror, "registry.terraform.io/dbt-labs/dbtcloud/1.12.5/linux_amd64/terraform-provider-dbtcloud_v1.12.5");

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "providers-test-"));
  sysMirror = path.join(root, "sys-mirror");
  env = { HOME: path.join(root, "home"), PATH: path.join(root, "bin"), DBT_OAUTH_CACHE_DIR: path.join(root, "cache") };
  fakeTerraform(path.join(root, "bin"), "1.9.8");
});

afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe("versions", () => {
  test.each([
    ["aws", "registry.terraform.io/hashicorp/aws", "5.100.0"],
    ["databricks", "registry.terraform.io/databricks/databricks", "1.99.0"],
  ] as const)("%s pin comes from the @cdktf package and agrees with its generator metadata", (name, source, version) => {
    const pin = providerPin(name);
    expect(pin).toMatchObject({ source, version, type: name });
    const js = fs.readFileSync(require.resolve(`@cdktf/provider-${name}/lib/provider/index.js`), "utf8");
    expect(js).toContain(`providerVersion: '${pin.version}'`);
  });

  test("the dbtcloud pin comes from cdktf.json's terraformProviders, the input of `cdktf get`", () => {
    expect(providerPin("dbtcloud")).toMatchObject({
      source: "registry.terraform.io/dbt-labs/dbtcloud",
      hostname: "registry.terraform.io",
      namespace: "dbt-labs",
      type: "dbtcloud",
      version: "1.12.5",
      goModule: "github.com/dbt-labs/terraform-provider-dbtcloud",
    });
    expect(JSON.parse(fs.readFileSync(CDKTF_JSON, "utf8")).terraformProviders).toContain("dbt-labs/dbtcloud@=1.12.5");
  });

  test.each([
    ["dbt-labs/dbtcloud@=1.12.5", "registry.terraform.io/dbt-labs/dbtcloud", "1.12.5"],
    ["dbt-labs/dbtcloud@= 1.12.5", "registry.terraform.io/dbt-labs/dbtcloud", "1.12.5"],
    ["registry.terraform.io/dbt-labs/dbtcloud@1.12.5", "registry.terraform.io/dbt-labs/dbtcloud", "1.12.5"],
  ])("cdktf.json entry %s pins %s %s", (entry, source, version) => {
    expect(pinFromCdktfJson(JSON.stringify({ terraformProviders: ["hashicorp/null@=3.2.0", entry] }), "dbtcloud")).toEqual({ source, version });
  });

  test.each([
    [["dbt-labs/dbtcloud@~> 1.12"], 'cdktf.json "terraformProviders": "dbt-labs/dbtcloud@~> 1.12" does not pin one version; write it as "dbt-labs/dbtcloud@=X.Y.Z"'],
    [["dbt-labs/dbtcloud"], "does not pin one version"],
    [[], 'cdktf.json "terraformProviders" has no entry for the dbtcloud provider'],
  ])("cdktf.json terraformProviders %j is refused with the fix", (terraformProviders, message) => {
    expect(() => pinFromCdktfJson(JSON.stringify({ terraformProviders }), "dbtcloud")).toThrow(message);
  });

  // After a move to CDK Terrain no @cdktf/provider-* package is installed and cdktf.json pins
  // every provider: the pin must come from there, not stop at a missing package.json.
  test("a provider whose binding package is not installed is read from cdktf.json", () => {
    expect(() => providerPin("aws", () => undefined)).toThrow('cdktf.json "terraformProviders" has no entry for the aws provider; add one such as "NAMESPACE/aws@=X.Y.Z"');
    expect(providerPin("aws")).toMatchObject({ source: "registry.terraform.io/hashicorp/aws", version: "5.100.0" });
  });

  test("platform names and version order", () => {
    expect(platformDir("linux", "x64")).toBe("linux_amd64");
    expect(platformDir("darwin", "arm64")).toBe("darwin_arm64");
    expect(compareVersions("1.11.4", "1.5.0")).toBe(1);
    expect(compareVersions("1.4.9", "1.5.0")).toBe(-1);
  });
});

describe("terraform", () => {
  test("TERRAFORM_BINARY_NAME wins over PATH", () => {
    const other = fakeTerraform(path.join(root, "other"), "1.6.0");
    expect(findTerraform({ ...env, TERRAFORM_BINARY_NAME: other }, "/nowhere")).toEqual({ path: other, version: "1.6.0", source: "TERRAFORM_BINARY_NAME" });
    expect(findTerraform(env, "/nowhere")).toMatchObject({ version: "1.9.8", source: "PATH" });
  });

  test("a terraform older than 1.5 is passed over, then our cached build is used", () => {
    fakeTerraform(path.join(root, "bin"), "1.4.0");
    const cache = path.join(root, "cache");
    expect(findTerraform(env, cache)).toEqual({ missing: expect.stringContaining("version 1.4.0, older than 1.5.0") });
    fakeTerraform(path.join(cache, "terraform", TERRAFORM_BUILD_VERSION), TERRAFORM_BUILD_VERSION);
    expect(findTerraform(env, cache)).toMatchObject({ version: TERRAFORM_BUILD_VERSION, source: expect.stringContaining("cache") });
  });
});

describe("providers", () => {
  test("findProviders finds unpacked and packed mirrors and writes nothing", () => {
    write(awsUnpacked(), "dummy aws");
    const zip = write(path.join(sysMirror, "registry.terraform.io/databricks/databricks/terraform-provider-databricks_1.99.0_linux_amd64.zip"), "PK", 0o644);
    const found = findProviders(opts());
    expect(found.providers.aws).toMatchObject({ path: awsUnpacked(), version: "5.100.0", source: `mirror ${sysMirror}` });
    expect(found.providers.databricks).toMatchObject({ path: zip, version: "1.99.0" });
    expect(found.terraform).toMatchObject({ version: "1.9.8" });
    expect(fs.existsSync(path.join(root, "cache"))).toBe(false);
  });

  test("a non-executable file in an unpacked mirror does not count", () => {
    write(awsUnpacked(), "not executable", 0o644);
    expect(isFound(findProviders(opts()).providers.aws)).toBe(false);
  });

  test("ensureProviders hard-links into the cache mirror; the next run finds it in the cache", async () => {
    write(awsUnpacked(), "dummy aws");
    write(dbtcloudUnpacked(), "dummy dbtcloud");
    const dbx = write(path.join(root, "supplied", "terraform-provider-databricks_v1.99.0"), "dummy databricks");
    const first = await ensureProviders({ ...opts(), env: { ...env, DBT_OAUTH_DATABRICKS_PROVIDER_BINARY: dbx } });

    const mirror = path.join(root, "cache", "mirror", "registry.terraform.io");
    const dbxEntry = path.join(mirror, "databricks/databricks/1.99.0/linux_amd64/terraform-provider-databricks_v1.99.0");
    const awsEntry = path.join(mirror, "hashicorp/aws/5.100.0/linux_amd64/terraform-provider-aws_v5.100.0");
    expect(first.providers.databricks).toEqual({ path: dbxEntry, version: "1.99.0", source: "DBT_OAUTH_DATABRICKS_PROVIDER_BINARY", origin: dbx });
    expect(first.providers.aws).toMatchObject({ path: awsEntry, origin: awsUnpacked() });
    expect(fs.statSync(dbxEntry).ino).toBe(fs.statSync(dbx).ino); // a link, not a copy
    expect(first.terraformVersion).toBe("1.9.8");

    fs.rmSync(sysMirror, { recursive: true }); // the cache alone must be enough now
    const again = findProviders(opts());
    expect(again.providers.aws).toMatchObject({ path: awsEntry, source: "cache" });
    expect(again.providers.databricks).toMatchObject({ path: dbxEntry, source: "cache" });
    expect(again.providers.dbtcloud).toMatchObject({ version: "1.12.5", source: "cache" });
  });

  test("a supplied binary already in the mirror is left in place, so a terraform init elsewhere never finds it gone", async () => {
    write(awsUnpacked(), "dummy aws");
    write(dbtcloudUnpacked(), "dummy dbtcloud");
    const dbx = write(path.join(root, "supplied", "terraform-provider-databricks_v1.99.0"), "dummy databricks");
    const withBinary = { ...opts(), env: { ...env, DBT_OAUTH_DATABRICKS_PROVIDER_BINARY: dbx } };
    const entry = (await ensureProviders(withBinary)).providers.databricks as Found;
    const entryDir = path.dirname(entry.path);
    const longAgo = new Date(2020, 0, 1);
    fs.utimesSync(entryDir, longAgo, longAgo);

    await ensureProviders(withBinary);

    expect(fs.statSync(entryDir).mtime).toEqual(longAgo); // not emptied and refilled
    expect(fs.statSync(entry.path).ino).toBe(fs.statSync(dbx).ino);
  });

  test("a supplied .zip goes into the packed layout and replaces an unpacked entry", async () => {
    write(awsUnpacked(), "dummy aws");
    write(dbtcloudUnpacked(), "dummy dbtcloud");
    const first = write(path.join(root, "a", "terraform-provider-databricks"), "dummy");
    await ensureProviders({ ...opts(), env: { ...env, DBT_OAUTH_DATABRICKS_PROVIDER_BINARY: first } });
    const zip = write(path.join(root, "dl", "terraform-provider-databricks_1.99.0_linux_amd64.zip"), "PK", 0o644);
    const result = await ensureProviders({ ...opts(), env: { ...env, DBT_OAUTH_DATABRICKS_PROVIDER_BINARY: zip } });
    const typeDir = path.join(root, "cache/mirror/registry.terraform.io/databricks/databricks");
    expect((result.providers.databricks as Found).path).toBe(path.join(typeDir, "terraform-provider-databricks_1.99.0_linux_amd64.zip"));
    expect(fs.existsSync(path.join(typeDir, "1.99.0"))).toBe(false);
  });

  test("a dangling symlink in the cache is not taken for the provider", () => {
    const entry = path.join(root, "cache/mirror/registry.terraform.io/hashicorp/aws/5.100.0/linux_amd64/terraform-provider-aws_v5.100.0");
    fs.mkdirSync(path.dirname(entry), { recursive: true });
    fs.symlinkSync(path.join(root, "gone"), entry);
    write(awsUnpacked(), "dummy aws");
    expect(findProviders(opts()).providers.aws).toMatchObject({ source: `mirror ${sysMirror}` });
  });

  test("an env variable pointing nowhere is an error, not silently ignored", async () => {
    write(awsUnpacked(), "dummy aws");
    const bad = { ...env, DBT_OAUTH_DATABRICKS_PROVIDER_BINARY: path.join(root, "nope") };
    expect(findProviders({ ...opts(), env: bad }).providers.databricks).toEqual({ version: "1.99.0", missing: expect.stringContaining("is not an executable file nor a .zip") });
    await expect(ensureProviders({ ...opts(), env: bad })).rejects.toThrow(/DBT_OAUTH_DATABRICKS_PROVIDER_BINARY=.*nope/);
  });

  test("when a required provider is missing, the error says what was tried and what to do", async () => {
    write(awsUnpacked(), "dummy aws");
    const err = await ensureProviders({ ...opts(), require: ["aws", "databricks"] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProvidersMissingError);
    const msg = (err as ProvidersMissingError).message;
    expect(msg).toContain("registry.terraform.io/databricks/databricks 1.99.0 (linux_amd64) is not available here");
    expect(msg).toContain("DBT_OAUTH_DATABRICKS_PROVIDER_BINARY: not set");
    expect(msg).toContain(`filesystem mirrors ${sysMirror}: not found`);
    expect(msg).toContain("Go module proxy: cannot build github.com/databricks/terraform-provider-databricks@v1.99.0: no 'go' on PATH");
    expect(msg).toContain("published on the Terraform registry and on the GitHub releases of databricks/terraform-provider-databricks");
    expect(msg).not.toContain("HashiCorp releases");
    expect(msg).toContain("download terraform-provider-databricks_1.99.0_linux_amd64.zip from either");
    expect(msg).toContain("`npm run synth` needs no provider at all");
    expect(msg).toContain("terraform providers mirror -platform=linux_amd64 DIR");
    expect(msg).toContain("DBT_OAUTH_PROVIDER_MIRRORS=DIR");
    // aws was still made usable and the config written: partial results help the caller.
    expect((err as ProvidersMissingError).result.providers?.aws).toMatchObject({ source: `mirror ${sysMirror}` });
    expect(fs.existsSync(path.join(root, "cache", "terraform.rc"))).toBe(true);
  });

  test("a missing dbtcloud provider names its registry source, its GitHub releases and its own env variable", async () => {
    const err = await ensureProviders({ ...opts(), require: ["dbtcloud"] }).catch((e: unknown) => e);
    const msg = (err as ProvidersMissingError).message;
    expect(msg).toContain("registry.terraform.io/dbt-labs/dbtcloud 1.12.5 (linux_amd64) is not available here");
    expect(msg).toContain("DBT_OAUTH_DBTCLOUD_PROVIDER_BINARY: not set");
    expect(msg).toContain("published on the Terraform registry and on the GitHub releases of dbt-labs/terraform-provider-dbtcloud");
    expect(msg).toContain("download terraform-provider-dbtcloud_1.12.5_linux_amd64.zip from either");
    expect(msg).toContain("Go module proxy: cannot build github.com/dbt-labs/terraform-provider-dbtcloud@v1.12.5");
  });

  test("a mirrored dbtcloud goes into the CLI config with the others", async () => {
    write(awsUnpacked(), "dummy aws");
    write(dbtcloudUnpacked(), "dummy dbtcloud");
    const result = await ensureProviders({ ...opts(), require: ["aws", "dbtcloud"] });
    expect(fs.readFileSync(result.cliConfigFile, "utf8")).toContain(`include = ["registry.terraform.io/hashicorp/aws", "registry.terraform.io/dbt-labs/dbtcloud"]`);
  });

  test("a provider that is not required is only looked up, never an error", async () => {
    write(awsUnpacked(), "dummy aws");
    const result = await ensureProviders({ ...opts(), require: ["aws"] });
    expect(result.providers.databricks).toEqual({ version: "1.99.0", missing: expect.stringContaining("not tried (not required)") });
  });
});

test("concurrent callers share the cache (the lock itself: cache.test.ts)", async () => {
  write(awsUnpacked(), "dummy aws");
  const both = await Promise.all([ensureProviders({ ...opts(), require: ["aws"] }), ensureProviders({ ...opts(), require: ["aws"] })]);
  expect(both.map((r) => r.providers.aws)).toEqual([expect.objectContaining({ version: "5.100.0" }), expect.objectContaining({ version: "5.100.0" })]);
});

test("the CLI config sends only the mirrored providers to the mirror, the rest to the registry as usual", async () => {
  const text = cliConfigText("/m", [providerPin("aws"), providerPin("databricks")]);
  const both = `["registry.terraform.io/hashicorp/aws", "registry.terraform.io/databricks/databricks"]`;
  expect(text).toContain(`filesystem_mirror {\n    path    = "/m"\n    include = ${both}\n  }`);
  expect(text).toContain(`direct {\n    exclude = ${both}\n  }`);
  expect(text).toContain("disable_checkpoint = true");

  write(awsUnpacked(), "dummy aws");
  const result = await ensureProviders({ ...opts(), require: ["aws"] });
  expect(result.cliConfigFile).toBe(path.join(root, "cache", "terraform.rc"));
  const written = fs.readFileSync(result.cliConfigFile, "utf8");
  expect(written).toBe(cliConfigText(result.mirrorDir, [providerPin("aws")]));
  expect(written).toContain(`include = ["registry.terraform.io/hashicorp/aws"]`);
  expect(written).not.toContain("databricks");
});

test("mirror roots: DBT_OAUTH_PROVIDER_MIRRORS first, then the usual places", () => {
  const roots = systemMirrorRoots({ HOME: "/h", DBT_OAUTH_PROVIDER_MIRRORS: "/a:/b" });
  expect(roots).toEqual([
    "/a",
    "/b",
    PROJECT_SHARED_MIRROR,
    "/opt/tf-plugins",
    "/h/.terraform.d/plugins",
    "/h/.local/share/terraform/plugins",
    "/usr/local/share/terraform/plugins",
    "/usr/share/terraform/plugins",
  ]);
});

test("the shared mirror is found beside the project root, wherever the project is cloned", () => {
  const projectRoot = path.resolve(__dirname, "..", "..");
  expect(PROJECT_SHARED_MIRROR).toBe(path.join(path.dirname(projectRoot), "shared", "terraform-providers"));
});

test("the Go proxy's 403 reads as a refusal, not as Go output", () => {
  const goSays =
    "github.com/databricks/terraform-provider-databricks@v1.99.0: reading https://proxy.golang.org/github.com/databricks/terraform-provider-databricks/@v/v1.99.0.info: 403 Forbidden\n\tserver response: This module version is not available.";
  expect(describeGoError("github.com/databricks/terraform-provider-databricks", "v1.99.0", goSays)).toBe(
    'github.com/databricks/terraform-provider-databricks@v1.99.0 refused by the Go module proxy (HTTP 403 Forbidden: "This module version is not available.")',
  );
});
