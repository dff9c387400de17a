/**
 * A data file (the topic catalogue, a roster) that cannot be used.
 *
 * The message lists every problem at once, each naming where it is, so an administrator fixes
 * the whole file in one pass instead of discovering the problems one start-up at a time.
 */
export class DataFileError extends Error {
  /** Where the data came from: a file path, or a label such as `"roster card"`. */
  readonly source: string;
  /** One line per problem, e.g. `topics[2] (anti-racism).maxMinutes: must be ≥ minMinutes (360)`. */
  readonly problems: readonly string[];

  /**
   * @param source - where the data came from (a file path or a label)
   * @param problems - every problem found, each naming its path
   */
  constructor(source: string, problems: string[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`${source}: ${count}\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'DataFileError';
    this.source = source;
    this.problems = [...problems];
  }
}
