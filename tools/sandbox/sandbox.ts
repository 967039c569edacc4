/**
 * The local sandbox: the Databricks account API and dbt Cloud emulators, moto behind a fault proxy, and
 * the real terraform binary with the real providers, driving the app's own stack. Used by
 * `npm run sandbox` and by the end-to-end tests, so both exercise exactly the same path.
 */
import { GetSecretValueCommand, DescribeSecretCommand, ListSecretVersionIdsCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { CreateBucketCommand, GetObjectCommand, NoSuchKey, S3Client } from "@aws-sdk/client-s3";
import { App } from "cdktf";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parsePlan, type TerraformPlan } from "../../cli/plan-summary";
import { parseConfig } from "../../lib/config/load-config";
import type { AppConfig } from "../../lib/config/model";
import type { ConfigInput } from "../../lib/config/schema";
import { DbtDatabricksOAuthStack } from "../../lib/dbt-databricks-oauth-stack";
import { sandboxAwsEnvironment } from "../../lib/sandbox-environment";
import { startDatabricksEmulator, type DatabricksEmulator } from "../databricks-emulator/server";
import { startDbtCloudEmulator, type DbtCloudEmulator } from "../dbtcloud-emulator/server";
import { run } from "../common/run";
import { startFaultProxy, startMoto, type FaultProxy, type MotoServer } from "../moto";
import { ensureProviders, missingPieces, type Ensured } from "../providers";
import type { Log } from "../providers/cache";
import { installedProviders, reattachFor, startProviderServers, type ProviderServers } from "./provider-servers";

// The pinned AWS SDK warns that releases after January 2027 need Node 22; it is a test
// dependency pinned here, so the warning would only bury the sandbox's own output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

export const SANDBOX_CONFIG_FILE = join(__dirname, "sandbox.config.json");

export interface TerraformResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface TerraformOptions {
  /** Reject when terraform exits non-zero (default true). */
  check?: boolean;
  /** When aborted, SIGKILL terraform and its provider plugins. */
  kill?: AbortSignal;
  /** More arguments (apply only), `-lock-timeout=60s` say. */
  args?: string[];
}

export interface PlanResult extends TerraformResult {
  /** The saved plan as `terraform show -json` prints it, read as the plan summary reads it. */
  json: TerraformPlan;
}

export interface SandboxOptions {
  log?: Log;
  /** Where state, plans and logs go. Default: a new temporary folder. */
  workDir?: string;
  /** The config to deploy, without the sandbox section (filled in here). Default: sandbox.config.json. */
  config?: ConfigInput;
  /** Seconds before a new OAuth client can sign in (Databricks documents up to 30 minutes). Default 0. */
  propagationSeconds?: number;
  /**
   * Where state lives: a local file (the default, and faster), or S3 in moto, encrypted and
   * locked with a lock file (`use_lockfile`) as production's S3 backend is.
   */
  backend?: SandboxBackend;
  /**
   * Start each provider once, after `init`, and let every terraform command attach to it
   * (TF_REATTACH_PROVIDERS; see ./provider-servers.ts) instead of starting all three afresh
   * several times per command. Default: on, unless DBT_OAUTH_REATTACH_PROVIDERS=0.
   */
  reattachProviders?: boolean;
  /** Workspace hosts to serve OIDC for besides those the config's connections name (for `rotate check --workspace`). */
  workspaceHosts?: readonly string[];
}

/** The workspace hosts the config's managed connections name: where dbt Cloud signs developers in. */
export function connectionHosts(config: ConfigInput): string[] {
  return [...new Set(config.integrations.flatMap((i) => (i.dbtCloud.connection ? [i.dbtCloud.connection.databricks.host] : [])))];
}

export type SandboxBackend = "local" | "s3";

/** The bucket that holds the sandbox's S3 state (in moto, created on start). */
export const SANDBOX_STATE_BUCKET = "dbt-oauth-sandbox-state";

/** A sandbox step that failed for a reason its message explains (a terraform command, say). */
export class SandboxError extends Error {}

function stateBucketClient(motoUrl: string, region: string): S3Client {
  return new S3Client({ endpoint: motoUrl, region, forcePathStyle: true, credentials: AWS_TEST_CLIENT_CREDENTIALS });
}

async function createStateBucket(motoUrl: string, region: string): Promise<void> {
  await stateBucketClient(motoUrl, region).send(new CreateBucketCommand({ Bucket: SANDBOX_STATE_BUCKET }));
}

/** Credentials for the emulators only; nothing here is ever valid anywhere else. */
const AWS_TEST_CREDENTIALS = { AWS_ACCESS_KEY_ID: "testing", AWS_SECRET_ACCESS_KEY: "testing" };
const AWS_TEST_CLIENT_CREDENTIALS = { accessKeyId: AWS_TEST_CREDENTIALS.AWS_ACCESS_KEY_ID, secretAccessKey: AWS_TEST_CREDENTIALS.AWS_SECRET_ACCESS_KEY };

export class Sandbox {
  private constructor(
    readonly workDir: string,
    readonly tools: Ensured,
    readonly databricks: DatabricksEmulator,
    readonly dbtCloud: DbtCloudEmulator,
    readonly moto: MotoServer,
    /** Sits between the AWS provider and moto, so Secrets Manager can fail without losing moto's state. */
    readonly aws: FaultProxy,
    private readonly log: Log,
    private config: ConfigInput,
    readonly backend: SandboxBackend,
    private readonly reattachProviders: boolean,
  ) {}

  /** The long-lived providers, once init() has started them. */
  private providerServers?: ProviderServers;

  /** The config as last synthesized, parsed: what terraform deploys. */
  private deployed!: AppConfig;

  static async start(options: SandboxOptions = {}): Promise<Sandbox> {
    const log = options.log ?? (() => {});
    const workDir = options.workDir ?? mkdtempSync(join(tmpdir(), "dbt-oauth-sandbox-"));
    mkdirSync(join(workDir, "logs"), { recursive: true });
    // Nothing is required: what the mirror lacks, `terraform init` installs from the registry
    // on a connected machine; offline, init() says what is missing and how to supply it.
    const tools = await ensureProviders({ log, require: [] });
    const config = options.config ?? (JSON.parse(readFileSync(SANDBOX_CONFIG_FILE, "utf8")) as ConfigInput);

    const databricks = await startDatabricksEmulator({
      accountId: config.databricks.accountId === "00000000-0000-0000-0000-000000000000" ? undefined : config.databricks.accountId,
      propagationSeconds: options.propagationSeconds,
      workspaceHosts: [...new Set([...connectionHosts(config), ...(options.workspaceHosts ?? [])])],
      logFile: join(workDir, "logs", "databricks-emulator.log"),
    });
    let dbtCloud: DbtCloudEmulator | undefined;
    let moto: MotoServer | undefined;
    try {
      // One emulated dbt Cloud account: the sandbox configs name one.
      const dbtCloudAccountId = config.integrations.map((i) => i.dbtCloud.accountId).find((id) => id !== undefined);
      dbtCloud = await startDbtCloudEmulator({ accountId: dbtCloudAccountId, logFile: join(workDir, "logs", "dbtcloud-emulator.log") });
      moto = await startMoto({ log, logFile: join(workDir, "logs", "moto.log") });
      const aws = await startFaultProxy({ target: moto.url });
      log(`databricks account API emulator: ${databricks.url}  (account ${databricks.accountId})`);
      for (const [host, url] of Object.entries(databricks.workspaces)) log(`  workspace ${host}: token endpoint ${url}/oidc/v1/token`);
      log(`dbt Cloud API emulator:           ${dbtCloud.url}  (account ${dbtCloud.accountId})`);
      log(`moto (Secrets Manager, STS, S3):  ${moto.url}  via fault proxy ${aws.url}`);
      const backend = options.backend ?? "local";
      if (backend === "s3") await createStateBucket(moto.url, config.aws.region);
      const reattach = options.reattachProviders ?? process.env.DBT_OAUTH_REATTACH_PROVIDERS !== "0";
      const sandbox = new Sandbox(workDir, tools, databricks, dbtCloud, moto, aws, log, config, backend, reattach);
      sandbox.synth(config);
      return sandbox;
    } catch (error) {
      await moto?.stop();
      await dbtCloud?.close();
      await databricks.close();
      throw error;
    }
  }

  /** The config as last synthesized, before the sandbox endpoints are filled in. */
  get currentConfig(): ConfigInput {
    return this.config;
  }

  get stackName(): string {
    return this.config.stackName ?? "dbt-databricks-oauth";
  }

  get stackDir(): string {
    return join(this.workDir, "cdktf.out", "stacks", this.stackName);
  }

  /**
   * The environment terraform runs with: the emulators' credentials and the offline provider
   * mirror. Terraform run with it starts its own providers, as on a user's machine.
   */
  get env(): NodeJS.ProcessEnv {
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(DATABRICKS_|DBT_CLOUD_|AWS_|TF_)/.test(key)));
    // The dbt Cloud token goes where the config says a deploy finds it.
    const dbtCloudTokens = Object.fromEntries(this.deployed.integrations.map((i) => [i.dbtCloud.tokenEnv, this.dbtCloud.token]));
    return {
      ...inherited,
      ...AWS_TEST_CREDENTIALS,
      ...dbtCloudTokens,
      AWS_REGION: this.config.aws.region,
      ...sandboxAwsEnvironment(this.aws.url),
      DATABRICKS_TOKEN: this.databricks.token,
      TF_CLI_CONFIG_FILE: this.tools.cliConfigFile,
      TF_IN_AUTOMATION: "1",
      TF_INPUT: "0",
      CHECKPOINT_DISABLE: "1",
      // The Databricks SDK paces requests at 15 per second by default, a real account's
      // limit: 100 integrations take 7 s to refresh. The emulator has no such limit.
      DATABRICKS_RATE_LIMIT: "100",
      // The providers are Go programs that start three times per plan (schema, validate,
      // plan); the AWS one spends seconds in start-up garbage collection. Fewer, larger GC
      // cycles: 10-17% off a plan at low load (npm run bench), for ~150-300 MB more peak RSS.
      GOGC: process.env.GOGC ?? "400",
    };
  }

  /**
   * `env`, plus where the long-lived providers listen once init() has started them
   * (TF_REATTACH_PROVIDERS): for terraform commands on this sandbox's stack, its own and those
   * of the CLIs the e2e tests run (e2e/cli.ts). Not for a `terraform init` whose provider
   * installation is under test: init leaves out the providers it is told to attach to.
   */
  get attachedEnv(): NodeJS.ProcessEnv {
    const reattach = this.providerServers && reattachFor(this.providerServers.configs, join(this.stackDir, "cdk.tf.json"));
    return reattach ? { ...this.env, TF_REATTACH_PROVIDERS: reattach } : this.env;
  }

  /** The config as deployed: the account, state and endpoints of this sandbox filled in. */
  effectiveConfig(config: ConfigInput = this.config): ConfigInput {
    return {
      ...config,
      databricks: { ...config.databricks, accountId: this.databricks.accountId },
      backend: this.backend === "s3" ? { type: "s3", bucket: SANDBOX_STATE_BUCKET, key: this.stateKey } : { type: "local", path: join(this.workDir, "terraform.tfstate") },
      sandbox: { databricksUrl: this.databricks.url, awsUrl: this.aws.url, dbtCloudUrl: this.dbtCloud.url, workspaces: this.databricks.workspaces },
    };
  }

  /** The state object's key in SANDBOX_STATE_BUCKET (s3 backend); Terraform's lock file is this plus ".tflock". */
  get stateKey(): string {
    return `${this.stackName}.tfstate`;
  }

  /** An object of the S3 state bucket as Terraform left it in moto, or undefined when there is none. */
  async stateObject(key = this.stateKey): Promise<string | undefined> {
    try {
      const answer = await stateBucketClient(this.moto.url, this.config.aws.region).send(new GetObjectCommand({ Bucket: SANDBOX_STATE_BUCKET, Key: key }));
      return await answer.Body?.transformToString("utf8");
    } catch (error) {
      if (error instanceof NoSuchKey) return undefined;
      throw error;
    }
  }

  /** Writes the effective config as a file, for tools that read one (the drift check). */
  writeConfigFile(file = join(this.workDir, "dbt-databricks-oauth.sandbox.json")): string {
    writeFileSync(file, `${JSON.stringify(this.effectiveConfig(), null, 2)}\n`);
    return file;
  }

  /** Synthesizes a config (changed or not) into the work folder, pointed at the emulators. */
  synth(config: ConfigInput = this.config): void {
    const { config: appConfig } = parseConfig(this.effectiveConfig(config), "sandbox config");
    this.config = config;
    this.deployed = appConfig;
    const app = new App({ outdir: join(this.workDir, "cdktf.out") });
    new DbtDatabricksOAuthStack(app, appConfig.stackName, { config: appConfig });
    app.synth();
  }

  /** Changes one integration of the current config and synthesizes again. */
  updateIntegration(id: string, change: Partial<ConfigInput["integrations"][number]>): void {
    this.synth({ ...this.config, integrations: this.config.integrations.map((i) => (i.id === id ? { ...i, ...change } : i)) });
  }

  /**
   * Runs terraform in the stack folder. `kill`: when aborted, terraform and its provider
   * plugins (its process group) get SIGKILL, as when a CI runner dies mid-apply.
   */
  async terraform(args: string[], options: TerraformOptions = {}): Promise<TerraformResult> {
    const label = `terraform ${args.join(" ")}`;
    // init installs providers and must see them all; a run killed mid-apply kills the providers
    // it started (its process group), as a dying CI runner does, so it gets its own.
    const env = args[0] === "init" || options.kill ? this.env : this.attachedEnv;
    const { code, stdout, stderr } = await run(this.tools.terraformBinary, args, { cwd: this.stackDir, env, kill: options.kill });
    writeFileSync(join(this.workDir, "logs", "terraform.log"), `\n$ ${label}  (exit ${code})\n${stdout}${stderr}`, { flag: "a" });
    if (options.check !== false && code !== 0) throw new SandboxError(`${label} failed with exit code ${code}:\n${stderr || stdout}`);
    return { code, stdout, stderr };
  }

  async init(): Promise<TerraformResult> {
    const result = await this.terraform(["init", "-no-color"], { check: false });
    if (result.code === 0) {
      if (this.reattachProviders && !this.providerServers) {
        this.providerServers = await startProviderServers({
          binaries: installedProviders(this.stackDir),
          env: this.env,
          logFile: join(this.workDir, "logs", "providers.log"),
        });
        this.log(`providers started once for every terraform command: ${Object.keys(this.providerServers.configs).join(", ")}`);
      }
      return result;
    }
    const missing = missingPieces({ providers: this.tools.providers }).map(({ why }) => why);
    throw new SandboxError(
      `terraform init failed:\n${result.stderr || result.stdout}` +
        (missing.length > 0 ? `\nProviders not in the local mirror (and no registry reachable?):\n\n${missing.join("\n\n")}` : ""),
    );
  }

  apply(options: TerraformOptions = {}): Promise<TerraformResult> {
    return this.terraform(["apply", "-auto-approve", "-no-color", ...(options.args ?? [])], options);
  }

  /** Applies exactly the plan that plan() saved, as a reviewed plan is applied in CI. */
  applyPlan(): Promise<TerraformResult> {
    return this.terraform(["apply", "-auto-approve", "-no-color", "sandbox.tfplan"]);
  }

  /** `plan -detailed-exitcode`: 0 no changes, 2 changes; the saved plan's JSON alongside. */
  async plan(): Promise<PlanResult> {
    const result = await this.detailedPlan(["-out=sandbox.tfplan"]);
    const shown = await this.terraform(["show", "-json", "sandbox.tfplan"]);
    return { ...result, json: parsePlan(JSON.parse(shown.stdout), "sandbox plan") };
  }

  /**
   * Only the exit code of `plan -detailed-exitcode`: 0 no changes, 2 changes. For a step that
   * checks nothing else, it saves the `terraform show` of the saved plan (one terraform run).
   */
  async planExitCode(): Promise<number> {
    return (await this.detailedPlan([])).code;
  }

  private async detailedPlan(args: string[]): Promise<TerraformResult> {
    const result = await this.terraform(["plan", "-detailed-exitcode", "-no-color", ...args], { check: false });
    if (result.code === 1) throw new SandboxError(`terraform plan failed:\n${result.stderr}`);
    return result;
  }

  destroy(): Promise<TerraformResult> {
    return this.terraform(["destroy", "-auto-approve", "-no-color"]);
  }

  async outputs(): Promise<Record<string, { value: unknown; sensitive: boolean }>> {
    return JSON.parse((await this.terraform(["output", "-json"])).stdout);
  }

  /** CPU seconds each long-lived provider has used so far (bench/provider-cpu.ts); {} when none runs. */
  providerCpuSeconds(): Record<string, number> {
    return this.providerServers?.cpuSeconds() ?? {};
  }

  /** The process ID of a long-lived provider, by source address (for a profiler). */
  providerPid(address: string): number {
    const pid = this.providerServers?.configs[address]?.Pid;
    if (!pid) throw new SandboxError(`no long-lived provider ${address} runs (init() starts them, unless DBT_OAUTH_REATTACH_PROVIDERS=0)`);
    return pid;
  }

  /** Secrets Manager as a reader sees it (straight to moto, past the fault proxy). */
  get secretsManager(): SecretsManagerClient {
    return new SecretsManagerClient({
      endpoint: this.moto.url,
      region: this.config.aws.region,
      credentials: AWS_TEST_CLIENT_CREDENTIALS,
    });
  }

  async secretValue(secretId: string, stage: "AWSCURRENT" | "AWSPENDING" | "AWSPREVIOUS" = "AWSCURRENT"): Promise<Record<string, string>> {
    const answer = await this.secretsManager.send(new GetSecretValueCommand({ SecretId: secretId, VersionStage: stage }));
    return JSON.parse(answer.SecretString ?? "{}");
  }

  async describeSecret(secretId: string) {
    return this.secretsManager.send(new DescribeSecretCommand({ SecretId: secretId }));
  }

  async secretVersions(secretId: string) {
    const answer = await this.secretsManager.send(new ListSecretVersionIdsCommand({ SecretId: secretId, IncludeDeprecated: true }));
    return answer.Versions ?? [];
  }

  async stop(options: { keepWorkDir?: boolean } = {}): Promise<void> {
    if (this.providerServers) {
      const cpu = Object.entries(this.providerServers.cpuSeconds()).map(([address, seconds]) => `${address.split("/").pop()} ${seconds.toFixed(1)} s`);
      this.log(`long-lived providers' CPU: ${cpu.join(", ") || "not measured here"}`);
    }
    await this.providerServers?.stop();
    this.providerServers = undefined;
    await this.aws.stop();
    await this.moto.stop();
    await this.dbtCloud.close();
    await this.databricks.close();
    if (options.keepWorkDir) this.log(`sandbox stopped; state, plans and logs kept in ${this.workDir}`);
    else {
      rmSync(this.workDir, { recursive: true, force: true });
      this.log("sandbox stopped");
    }
  }
}
