/**
 * The end of what the app manages is always said in the config, never implied by a missing
 * block: a connection is released (Terraform forgets it, dbt Cloud keeps it) or deleted, and
 * an integration is retired. These rules make each intent explicit and unambiguous; the
 * drift check (cli/retirement-guard.ts) refuses a plan that deletes what no intent names.
 */
import type { z } from "zod";
import type { DbtCloudConnectionInput, DbtCloudSettings } from "./rules";

type Ctx = z.RefinementCtx;

/** What happens to a connection the app stops managing: nothing in dbt Cloud, or its deletion. */
export type ConnectionEnd = "release" | "delete";

export function connectionEnd(connection: Pick<DbtCloudConnectionInput, "release" | "delete">): ConnectionEnd | undefined {
  if (connection.release) return "release";
  if (connection.delete) return "delete";
  return undefined;
}

/** release and delete are two different ends: exactly one, or neither (still managed). */
export function checkConnectionEnd(connection: { release?: boolean; delete?: boolean }, ctx: Ctx): void {
  if (connection.release && connection.delete) {
    ctx.addIssue({
      code: "custom",
      path: ["delete"],
      message: 'set either "release": true (dbt Cloud keeps the connection, Terraform forgets it) or "delete": true (deleted in dbt Cloud), not both',
      input: true,
    });
  }
}

/** A retired integration with a managed connection must say what becomes of the connection. */
export function checkRetirement(integration: { id: string; retired?: boolean; dbtCloud: DbtCloudSettings }, ctx: Ctx): void {
  const connection = integration.dbtCloud?.connection;
  if (!integration.retired || !connection || connectionEnd(connection)) return;
  ctx.addIssue({
    code: "custom",
    path: ["retired"],
    input: true,
    message:
      `retires "${integration.id}", whose dbt Cloud connection "${connection.name}" would be left holding a deleted client: ` +
      'add "release": true to dbtCloud.connection (dbt Cloud keeps the connection as it is, Terraform forgets it) or "delete": true (deleted in dbt Cloud)',
  });
}
