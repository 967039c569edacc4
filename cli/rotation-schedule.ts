/**
 * What the scheduled rotate run does: every integration that needs a step gets its own pull
 * request (the rotate workflow's matrix job, one per entry), instead of one integration per
 * run. A pending client ready to finish gets "finish"; a rotation due by rotation.everyDays
 * gets "start" (never both: an integration with a rotation in progress is not due).
 */
import type { IntegrationStatus } from "./rotate";

export interface ScheduledStep {
  step: "start" | "finish";
  integration: string;
}

export function scheduledSteps(statuses: readonly IntegrationStatus[]): ScheduledStep[] {
  return [
    ...statuses.filter((s) => s.finish?.ready).map((s): ScheduledStep => ({ step: "finish", integration: s.integration })),
    ...statuses.filter((s) => s.due).map((s): ScheduledStep => ({ step: "start", integration: s.integration })),
  ];
}
