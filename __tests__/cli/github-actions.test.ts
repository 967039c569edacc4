/** The workflow commands the CLIs emit: annotations a runner parses right whatever the text holds. */
import { ConfigError } from "../../lib/config/config-error";
import { annotateErrors } from "../../cli/github-actions";

function captureStdout(run: () => void): string {
  const written: string[] = [];
  const spy = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return written.join("");
}

describe("annotateErrors", () => {
  it("writes one error annotation per config problem, on the config file", () => {
    const error = new ConfigError("dbt.json", [
      { path: "aws.region", message: "unknown region" },
      { path: "", message: "no integrations" },
    ]);

    const out = captureStdout(() => annotateErrors("dbt.json", error));

    expect(out).toBe("::error file=dbt.json::aws.region: unknown region\n::error file=dbt.json::no integrations\n");
  });

  it("escapes what would end the command early: a comma or colon in the file, a newline or % in the message", () => {
    const out = captureStdout(() => annotateErrors("configs/a,b:c.json", ["first line\nsecond 100%"]));

    expect(out).toBe("::error file=configs/a%2Cb%3Ac.json::first line%0Asecond 100%25\n");
  });
});
