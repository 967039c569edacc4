/** Every problem found in a config file, reported together so one run shows them all. */
export interface ConfigProblem {
  /** Where, as a path into the file: `integrations[0].dbtCloud.region`; empty for the file itself. */
  readonly path: string;
  readonly message: string;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(
      [`${file}: ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was synthesized.`]
        .concat(problems.map((p) => `  - ${p.path ? `${p.path}: ` : ""}${p.message}`))
        .join("\n"),
    );
    this.name = "ConfigError";
  }
}
