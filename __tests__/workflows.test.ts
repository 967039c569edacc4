/**
 * The trust rules of docs/github-actions.md, checked on the workflows and the local actions
 * as parsed YAML (the `yaml` package), so a later edit cannot quietly undo them. actionlint
 * (npm run lint:workflows) checks that they are valid; this checks what they are allowed to do.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { tempDir } from "./support/temp-dir";

type Step = { name?: string; id?: string; uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> };
type Job = { name?: string; permissions?: Record<string, string>; env?: Record<string, string>; environment?: string; steps?: Step[]; if?: string };
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; env?: Record<string, string>; jobs: Record<string, Job> };

const WORKFLOW_DIR = ".github/workflows";
const workflows: [string, Workflow][] = readdirSync(WORKFLOW_DIR)
  .filter((file) => file.endsWith(".yml"))
  .map((file) => [file, parse(readFileSync(join(WORKFLOW_DIR, file), "utf8")) as Workflow]);
const actions: [string, { runs: { steps: Step[] } }][] = readdirSync(".github/actions").map((dir) => [
  dir,
  parse(readFileSync(join(".github/actions", dir, "action.yml"), "utf8")) as { runs: { steps: Step[] } },
]);
const jobs = workflows.flatMap(([file, workflow]) => Object.entries(workflow.jobs).map(([id, job]) => ({ where: `${file} / ${id}`, file, job })));
const everyStep: [string, Step][] = [
  ...jobs.flatMap(({ where, job }) => (job.steps ?? []).map((step): [string, Step] => [`${where} / ${step.name ?? step.uses}`, step])),
  ...actions.flatMap(([dir, action]) => action.runs.steps.map((step): [string, Step] => [`actions/${dir} / ${step.name ?? step.uses}`, step])),
];
const SECRET = /\$\{\{[^}]*\bsecrets\./;

/** Rules broken by one workflow; used on the real ones and on deliberately bad ones. */
function violations(file: string, workflow: Workflow): string[] {
  const found: string[] = [];
  if (JSON.stringify(workflow.permissions) !== "{}") found.push(`${file}: top-level permissions must be {} (each job grants its own)`);
  for (const [name, value] of Object.entries(workflow.env ?? {})) if (SECRET.test(String(value))) found.push(`${file}: workflow env ${name} holds a secret`);
  for (const [id, job] of Object.entries(workflow.jobs)) {
    const permissions = job.permissions ?? {};
    if (permissions["id-token"] === "write" && permissions.contents === "write") found.push(`${file} / ${id}: id-token: write together with contents: write`);
    // A secret in the job's env is in every step's environment (and every install script's).
    for (const [name, value] of Object.entries(job.env ?? {}))
      if (SECRET.test(String(value))) found.push(`${file} / ${id}: job env ${name} holds a secret: give it to the step that needs it`);
  }
  return found;
}

describe("the workflows", () => {
  it("parse, and break none of the rules", () => {
    expect(workflows.map(([file]) => file).sort()).toEqual(["deploy.yml", "drift.yml", "plan-config.yml", "plan.yml", "rotate.yml"]);
    expect(workflows.flatMap(([file, workflow]) => violations(file, workflow))).toEqual([]);
  });

  it("the rules catch a job with the OIDC token and push rights, and a job-level secret", () => {
    const bad: Workflow = {
      on: { push: {} },
      permissions: {},
      jobs: {
        rotate: { permissions: { contents: "write", "id-token": "write", "pull-requests": "write" }, steps: [] },
        apply: { permissions: { contents: "read" }, env: { TF_VAR_dbt_cloud_token: "${{ secrets.DBT_CLOUD_DEPLOY_TOKEN }}" }, steps: [{ run: "terraform apply" }] },
      },
    };

    expect(violations("bad.yml", bad)).toEqual([
      "bad.yml / rotate: id-token: write together with contents: write",
      "bad.yml / apply: job env TF_VAR_dbt_cloud_token holds a secret: give it to the step that needs it",
    ]);
  });

  it("give the deploy token to the apply step alone", () => {
    const holders = everyStep.filter(([, step]) => JSON.stringify(step).includes("secrets.DBT_CLOUD_DEPLOY_TOKEN")).map(([where]) => where);

    expect(holders).toEqual(["deploy.yml / apply / terraform apply plan.tfplan"]);
  });

  it("run npm ci without install scripts everywhere", () => {
    const installs = everyStep.filter(([, step]) => /\bnpm (ci|install|i)\b/.test(step.run ?? ""));

    expect(installs.length).toBeGreaterThan(0);
    for (const [where, step] of installs) expect(`${where}: ${step.run}`).toContain("--ignore-scripts");
  });

  it("pass values to scripts through env, never as ${{ }} inside a run script", () => {
    expect(everyStep.filter(([, step]) => step.run?.includes("${{")).map(([where]) => where)).toEqual([]);
  });

  it("pin every action from another repository to a full commit SHA", () => {
    const remote = everyStep.flatMap(([where, step]) => (step.uses && !step.uses.startsWith("./") ? [[where, step.uses] as const] : []));

    expect(remote.filter(([, uses]) => !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(uses))).toEqual([]);
  });

  it("plan a pull request's own code only behind the `plan` environment; a job with the identities never runs on a pull_request event without it", () => {
    const withIdentities = jobs.filter(({ job }) => job.permissions?.["id-token"] === "write");
    const onPullRequest = withIdentities.filter(({ file }) => "pull_request" in (workflows.find(([f]) => f === file)![1].on ?? {}));

    expect(onPullRequest.map(({ where, job }) => `${where}: ${job.environment}`)).toEqual(["plan.yml / plan: plan"]);
  });

  it("plan-config.yml (pull_request_target) runs main's code: the PR's tree only ever in pr/, as data, and no workflow the roles trust can be called by another", () => {
    const planConfig = workflows.find(([file]) => file === "plan-config.yml")![1];
    expect(Object.keys(planConfig.on)).toEqual(["pull_request_target"]);
    for (const job of Object.values(planConfig.jobs)) {
      for (const step of job.steps ?? []) {
        if (step.uses?.startsWith("actions/checkout@") && step.with?.ref) expect(step.with.path).toBe("pr");
        expect(step.uses ?? "").not.toMatch(/^\.\/pr\b/);
        expect(step.run ?? "").not.toMatch(/\bcd pr\b|npm (ci|run|exec)[^\n]*--prefix pr/);
      }
    }
    // A workflow_call trigger would let a branch's workflow run these files as reusable
    // workflows and get their job_workflow_ref (the claim the roles trust).
    for (const [file, workflow] of workflows) expect(`${file}: ${Object.keys(workflow.on)}`).not.toContain("workflow_call");
  });

  it("rotate.yml's pull request is opened with a GitHub App token, from a job without the OIDC token", () => {
    const rotate = workflows.find(([file]) => file === "rotate.yml")![1];
    const opener = Object.values(rotate.jobs).find((job) => job.steps?.some((s) => s.uses?.startsWith("peter-evans/create-pull-request@")))!;

    expect(opener.permissions).toEqual({ contents: "read" });
    expect(opener.environment).toBe("rotate");
    const app = opener.steps!.find((s) => s.uses?.startsWith("actions/create-github-app-token@"))!;
    expect(opener.steps!.find((s) => s.uses?.startsWith("peter-evans/create-pull-request@"))!.with!.token).toBe(`\${{ steps.${app.id}.outputs.token }}`);
  });

  describe("rotate.yml's input check", () => {
    const rotate = workflows.find(([file]) => file === "rotate.yml")![1];
    const script = Object.values(rotate.jobs)
      .flatMap((job) => job.steps ?? [])
      .find((step) => step.id === "pick")!.run!;
    const dir = tempDir("rotate-pick.");
    function pick(inputs: Record<string, string>): { status: number; outputs: string } {
      const output = join(dir, `output-${Math.random().toString(36).slice(2)}`);
      const env = { PATH: process.env.PATH ?? "", EVENT: "workflow_dispatch", STEP: "start", TOKEN: "", GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: "/dev/null", ...inputs };
      try {
        execFileSync("bash", ["-e", "-c", script], { env, stdio: "pipe" });
        return { status: 0, outputs: readFileSync(output, "utf8") };
      } catch (error) {
        let outputs = "";
        try {
          outputs = readFileSync(output, "utf8");
        } catch {}
        return { status: (error as { status: number }).status, outputs };
      }
    }

    it("writes a valid step and integration to $GITHUB_OUTPUT as the matrix of one", () => {
      expect(pick({ INTEGRATION: "prod" })).toEqual({ status: 0, outputs: 'steps=[{"step":"start","integration":"prod"}]\n' });
    });

    it.each([
      ["an integration with a newline (a forged output)", { INTEGRATION: "prod\nstep=finish" }],
      ["an unknown step", { STEP: "finish\nintegration=x", INTEGRATION: "prod" }],
      ["a token with a newline", { INTEGRATION: "prod", TOKEN: "r1\nx=y" }],
    ])("refuses %s before writing anything", (_, inputs) => {
      expect(pick(inputs)).toEqual({ status: 1, outputs: "" });
    });
  });
});

describe("the sticky PR comment (.github/actions/pr-plan)", () => {
  const step = actions.find(([dir]) => dir === "pr-plan")![1].runs.steps.find((s) => s.uses?.startsWith("actions/github-script@"))!;
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

  /** Runs the step's script as actions/github-script would, with the plan summary given and GitHub's API recorded. */
  async function commentFor(planExit: string, summary: string): Promise<string> {
    const bodies: string[] = [];
    const github = {
      paginate: async () => [],
      rest: {
        issues: {
          listComments: {},
          createComment: async ({ body }: { body: string }) => {
            bodies.push(body);
            return { data: { html_url: "u" } };
          },
        },
      },
    };
    const context = {
      serverUrl: "https://github.com",
      repo: { owner: "acme", repo: "infra" },
      runId: 42,
      workflow: "plan",
      issue: { number: 7 },
      payload: { pull_request: { head: { sha: "0123456789abcdef" } } },
    };
    const fakeRequire = (name: string) => (name === "fs" ? { readFileSync: () => summary } : require(name));
    const env = { ...process.env, PLAN_EXIT: planExit };
    await new AsyncFunction("require", "github", "context", "core", "process", step.with!.script!)(fakeRequire, github, context, { info: () => {} }, { env });
    return bodies.join("\n");
  }

  it("posts the summary of a plan that ran", async () => {
    expect(await commentFor("2", "### Plan: 1 to add")).toContain("### Plan: 1 to add");
  });

  it("posts only a link to the run when the plan failed: Terraform's raw error text stays in the log", async () => {
    const body = await commentFor("1", "Error: reading secret: value hunter2 from the API");

    expect(body).not.toContain("hunter2");
    expect(body).toContain("The plan failed (exit 1)");
    expect(body).toContain("https://github.com/acme/infra/actions/runs/42");
  });
});

describe("docs/github-actions.md trust policies", () => {
  const docs = readFileSync("docs/github-actions.md", "utf8");

  it("match the single-valued sub claim with StringEquals, never ForAnyValue", () => {
    expect(docs).not.toContain('"ForAnyValue:');
    expect(docs).toContain('"token.actions.githubusercontent.com:sub": "repo:ORG/REPO:environment:production"');
  });

  it("pin the deploy role to deploy.yml on main (job_workflow_ref) and trust config-only plans only by plan-config.yml on main", () => {
    expect(docs).toContain('"token.actions.githubusercontent.com:job_workflow_ref": "ORG/REPO/.github/workflows/deploy.yml@refs/heads/main"');
    expect(docs).toContain('"token.actions.githubusercontent.com:job_workflow_ref": "ORG/REPO/.github/workflows/plan-config.yml@refs/heads/main"');
    expect(docs).not.toMatch(/"subject": "repo:ORG\/REPO:pull_request"/);
  });
});
