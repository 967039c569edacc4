/**
 * A reverse proxy in front of moto that can make one AWS service fail on
 * demand and recover, while moto keeps its in-memory state. moto's server has
 * no fault switch of its own (its /moto-api/ has reset, seed, recorder,
 * state-manager transitions, config; nothing that makes a service error), and
 * restarting moto loses every secret. Built on node:http so it needs no package.
 *
 * The service of a request is read from its SigV4 credential scope
 * (".../us-east-1/secretsmanager/aws4_request"), which every AWS SDK and the
 * aws terraform provider send, with the JSON protocol's X-Amz-Target as a fallback.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { RequestLog, type RequestLogEntry } from "../common/request-log";

/** An AWS-style error answer, or "reset" to drop the connection with no answer. */
export type Fault = { status?: number; code?: string; message?: string } | "reset";

export interface FaultProxy {
  url: string;
  port: number;
  /**
   * Makes requests to `service` ("secretsmanager", "sts") fail until restore(): all of
   * them, or only the listed operations (the JSON protocol's X-Amz-Target action, such as
   * "PutSecretValue"), so reads can go on while writes fail.
   */
  fail(service: string, fault?: Fault, only?: { operations?: string[] }): void;
  /** Ends the fault for one service, or for all. */
  restore(service?: string): void;
  /** How many requests were answered with a fault, per service (to assert the fault was hit). */
  faulted: Record<string, number>;
  /**
   * Every call on the emulators' global sequence: `method` is the operation ("PutSecretValue"),
   * `stages` the staging labels it names, so a test can order Secrets Manager's label moves
   * among the Databricks and dbt Cloud calls. Secret values are never kept.
   */
  requests(): AwsRequest[];
  stop(): Promise<void>;
}

export interface AwsRequest extends RequestLogEntry {
  service: string;
  /** The labels a PutSecretValue or UpdateSecretVersionStage call names, e.g. "AWSPENDING" or "AWSCURRENT -> v2". */
  stages?: string;
}

/** The staging labels a Secrets Manager write names; nothing else of its body. */
function stagesOf(operation: string | undefined, body: Buffer): string | undefined {
  if (operation !== "PutSecretValue" && operation !== "UpdateSecretVersionStage") return undefined;
  try {
    const input = JSON.parse(body.toString("utf8")) as { VersionStages?: string[]; VersionStage?: string; MoveToVersionId?: string; RemoveFromVersionId?: string };
    if (operation === "PutSecretValue") return (input.VersionStages ?? ["AWSCURRENT"]).join(",");
    const moves = [input.RemoveFromVersionId && `from ${input.RemoveFromVersionId}`, input.MoveToVersionId && `to ${input.MoveToVersionId}`].filter(Boolean);
    return `${input.VersionStage} ${moves.join(" ")}`;
  } catch {
    return undefined;
  }
}

export const UNAVAILABLE: Fault = { status: 503, code: "ServiceUnavailable", message: "Injected fault: service unavailable" };

/** The action of a JSON-protocol call ("secretsmanager.PutSecretValue" → "PutSecretValue"). */
export function operationOf(headers: http.IncomingHttpHeaders): string | undefined {
  return String(headers["x-amz-target"] ?? "").split(".")[1];
}

export function serviceOf(headers: http.IncomingHttpHeaders): string {
  const scope = /Credential=[^/]+\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/.exec(String(headers.authorization ?? ""));
  if (scope) return scope[1]!; // the group is required by the pattern
  const target = String(headers["x-amz-target"] ?? "");
  return target.includes(".") ? target.slice(0, target.indexOf(".")).toLowerCase() : "unknown";
}

function sendFault(req: http.IncomingMessage, res: http.ServerResponse, fault: Exclude<Fault, "reset">): void {
  const status = fault.status ?? 503;
  const code = fault.code ?? "ServiceUnavailable";
  const message = fault.message ?? "Injected fault";
  // JSON-protocol services (Secrets Manager) vs query-protocol ones (STS) read errors differently.
  if (req.headers["x-amz-target"]) {
    res.writeHead(status, { "content-type": "application/x-amz-json-1.1", "x-amzn-errortype": code });
    res.end(JSON.stringify({ __type: code, message }));
  } else {
    res.writeHead(status, { "content-type": "text/xml" });
    res.end(`<ErrorResponse><Error><Type>Receiver</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>fault</RequestId></ErrorResponse>`);
  }
}

export function startFaultProxy(opts: { target: string; port?: number }): Promise<FaultProxy> {
  const target = new URL(opts.target);
  const faults = new Map<string, { fault: Fault; operations?: string[] }>();
  const faulted: Record<string, number> = {};
  const log = new RequestLog();
  // By the log's seq, which counts completed calls from 1.
  const details = new Map<number, { service: string; stages?: string }>();

  const server = http.createServer((req, res) => {
    const service = serviceOf(req.headers);
    const operation = operationOf(req.headers);
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    res.on("finish", () => {
      const path = (req.url ?? "/").split("?")[0]!;
      log.record({ method: operation ?? req.method ?? "?", path, url: req.url ?? "/", status: res.statusCode, fault: fault !== undefined });
      details.set(details.size + 1, { service, stages: stagesOf(operation, Buffer.concat(chunks)) });
    });
    const rule = faults.get(service);
    const fault = rule && (!rule.operations || rule.operations.includes(operationOf(req.headers) ?? "")) ? rule.fault : undefined;
    if (fault) {
      faulted[service] = (faulted[service] ?? 0) + 1;
      req.resume(); // drain the body before answering
      if (fault === "reset") req.socket.destroy();
      else req.on("end", () => sendFault(req, res, fault));
      return;
    }
    // Headers (Host and the signature included) go through untouched; moto does not check signatures.
    const upstream = http.request({ hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on("error", (err) => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end(`fault proxy: upstream ${opts.target} failed: ${err.message}`);
    });
    req.pipe(upstream);
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        faulted,
        requests: () => log.all().map((entry) => ({ ...entry, ...details.get(entry.seq)! })),
        fail: (service, fault = UNAVAILABLE, only = {}) => void faults.set(service, { fault, operations: only.operations }),
        restore: (service) => (service ? void faults.delete(service) : faults.clear()),
        stop: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}
