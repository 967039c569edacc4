/**
 * The tools project's hook (jest setupFilesAfterEnv): after every test, each answer an
 * emulator gave must have kept its contract. Requests are not judged here: the emulators'
 * own tests send bad ones on purpose.
 */
import { assertNoContractViolations } from "./registry";

afterEach(() => assertNoContractViolations(["response"]));
