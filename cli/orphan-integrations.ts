/**
 * Orphan integrations: in the Databricks account, named like one of this stack's
 * integrations, yet unknown to Terraform's state. One arises when a create's answer is lost
 * (a 500 from a gateway after the account API made it; measured with databricks 1.99.0,
 * which does not retry a 500): the integration exists, its client secret was in the lost
 * answer so nobody stored it, and the next apply's create of the same name is refused while
 * it exists. The plan cannot show it; this lists the account through its API to find it.
 *
 * The account, host, auth type and names come from the synthesized cdk.tf.json. Credentials
 * as the provider reads them (databricks-auth.ts): github-oidc (the scheduled drift job),
 * DATABRICKS_TOKEN, DATABRICKS_USERNAME + DATABRICKS_PASSWORD, or DATABRICKS_CLIENT_ID +
 * DATABRICKS_CLIENT_SECRET (OAuth M2M). With none of them (a databricks-cli profile) the
 * check says it was skipped.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { databricksAuthorization } from "./databricks-auth";

export interface StackIntegrations {
  host: string;
  accountId: string;
  /** The provider block's auth_type (the config's databricks.auth.method; "pat" in the sandbox). */
  authType?: string;
  /** Name prefixes of this stack's integrations: the configured name before any rotation suffix. */
  baseNames: string[];
}

export interface AccountIntegration {
  integration_id: string;
  name: string;
  create_time?: string;
}

interface StackJson {
  provider?: { databricks?: { host?: string; account_id?: string; auth_type?: string }[] };
  resource?: { databricks_custom_app_integration?: Record<string, { name?: string }> };
}

export function stackIntegrations(stackDir: string): StackIntegrations {
  const json = JSON.parse(readFileSync(join(stackDir, "cdk.tf.json"), "utf8")) as StackJson;
  const provider = json.provider?.databricks?.[0] ?? {};
  // A client with a rotation token lives at <id>_<token> and is named <name>-<token>.
  const baseNames = Object.entries(json.resource?.databricks_custom_app_integration ?? {}).map(([address, integration]) => {
    const name = String(integration.name);
    const token = address.includes("_") ? address.slice(address.indexOf("_") + 1) : undefined;
    return token && name.endsWith(`-${token}`) ? name.slice(0, -token.length - 1) : name;
  });
  return {
    host: String(provider.host ?? "https://accounts.cloud.databricks.com").replace(/\/$/, ""),
    accountId: String(provider.account_id),
    authType: provider.auth_type,
    baseNames: [...new Set(baseNames)],
  };
}

/** Every integration in the account, page by page; undefined when no implemented credentials are set. */
export async function listAccountIntegrations(stack: StackIntegrations, env: NodeJS.ProcessEnv): Promise<AccountIntegration[] | undefined> {
  const auth = await databricksAuthorization(stack, env);
  if (!auth) return undefined;
  const all: AccountIntegration[] = [];
  let pageToken = "";
  do {
    const url = `${stack.host}/api/2.0/accounts/${stack.accountId}/oauth2/custom-app-integrations?page_size=100${pageToken ? `&page_token=${encodeURIComponent(pageToken)}` : ""}`;
    const answer = await fetch(url, { headers: { authorization: auth } });
    if (!answer.ok) throw new Error(`listing custom app integrations answered HTTP ${answer.status}: ${(await answer.text()).slice(0, 300)}`);
    const page = (await answer.json()) as { apps?: AccountIntegration[]; next_page_token?: string };
    all.push(...(page.apps ?? []));
    pageToken = page.next_page_token ?? "";
  } while (pageToken);
  return all;
}

/** Named `<base>` or `<base>-<rotation token>` for one of the stack's bases, and not in state. */
export function orphansAmong(account: readonly AccountIntegration[], stack: StackIntegrations, inState: ReadonlySet<string>): AccountIntegration[] {
  const ours = (name: string) => stack.baseNames.some((base) => name === base || (name.startsWith(`${base}-`) && /^[a-z0-9-]{1,16}$/.test(name.slice(base.length + 1))));
  return account.filter((i) => ours(i.name) && !inState.has(i.integration_id));
}
