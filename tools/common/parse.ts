/** Request bodies checked with zod, the first problem reported as the emulator's own 400 error. */
import { z } from "zod";

/** Parses `body` with `schema`; the first problem becomes `invalid("<field>: <reason>")`. */
export function parseOrThrow<T>(schema: z.ZodType<T>, body: unknown, invalid: (message: string) => Error): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!; // a failed parse reports at least one issue
  const field = z.core.toDotPath(issue.path);
  throw invalid(field ? `${field}: ${issue.message}` : issue.message);
}
