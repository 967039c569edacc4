/**
 * The e2e project's hook (jest setupFilesAfterEnv): once a file's tests are done, every
 * request the real providers and CLIs sent to an emulator and every answer it gave must have
 * kept the published contract (tools/contracts/); a drift fails the file.
 */
import { assertNoContractViolations } from "../tools/contracts/registry";

afterAll(() => assertNoContractViolations());
