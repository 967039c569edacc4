/**
 * Prints one line "N passed, N failed, N skipped" on stdout, the last line there (jest's own
 * summary goes to stderr, and may appear after it in a combined log): the plain form CI
 * reads to know how many tests ran.
 */
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
  }
}
module.exports = SummaryLineReporter;
