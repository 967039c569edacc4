/**
 * Prints one closing line "N passed, N failed, N skipped" after jest's own summary: the
 * plain form CI reads to know how many tests ran (jest's own summary is not one it parses).
 */
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
  }
}
module.exports = SummaryLineReporter;
