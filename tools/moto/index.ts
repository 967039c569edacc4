/** AWS emulator for tests and the local sandbox: see ./server.ts and ./fault-proxy.ts. */
export { ensureMoto, MOTO_VERSION, type MotoInstall } from "./ensure";
export { startMoto, freePort, MOTO_REGION, type MotoServer, type StartMotoOptions } from "./server";
export { startFaultProxy, serviceOf, operationOf, UNAVAILABLE, type Fault, type FaultProxy } from "./fault-proxy";
