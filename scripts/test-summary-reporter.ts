/**
 * A Vitest reporter for scripts/test.sh: counts passed, failed and skipped tests so that every failure counts,
 * including the ones that fail no test of their own, and writes the counts to `test-results/summary.json`.
 *
 * Counted as failed, besides failed tests:
 * - a test that never ran because a `beforeAll` (or `aroundAll`) of its suite or file threw: Vitest marks it
 *   skipped, which would make it vanish from the failures;
 * - an error of a suite or file that no test carries (an `afterAll` that throws, a file that fails to load, a
 *   suite with no test): one each;
 * - an unhandled error or rejection: one each;
 * - a test file the run was given but never ran (a global setup that throws, a crashed worker): one each;
 * - a run that was interrupted, or that Vitest calls failed without any of the above: one.
 * Skipped: tests skipped on purpose (`it.skip`, `it.todo`, `skipIf`, `ctx.skip()`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type {
  Reporter,
  SerializedError,
  TestCase,
  TestModule,
  TestRunEndReason,
  TestSpecification,
  TestSuite,
} from 'vitest/node';

export const SUMMARY_FILE = 'test-results/summary.json';

export interface Summary {
  passed: number;
  failed: number;
  skipped: number;
  /** One line for each failure that is not a failed test (those Vitest reports itself). */
  otherFailures: string[];
}

const firstLine = (error: SerializedError | undefined) =>
  String(error?.message ?? error ?? 'unknown error').split('\n')[0];

function ranAnyTest(suite: TestSuite | TestModule) {
  for (const test of suite.children.allTests()) {
    const state = test.result().state;
    if (state === 'passed' || state === 'failed') return true;
  }
  return false;
}

/** The nearest suite or file above a test whose own errors kept all its tests from running, if any. */
function blockingAncestor(test: TestCase): TestSuite | TestModule | undefined {
  let parent: TestSuite | TestModule = test.parent;
  for (;;) {
    if (parent.errors().length > 0 && !ranAnyTest(parent)) return parent;
    if (parent.type === 'module') return undefined;
    parent = parent.parent;
  }
}

const nameOf = (suite: TestSuite | TestModule) =>
  suite.type === 'module' ? suite.relativeModuleId : `${suite.module.relativeModuleId} > ${suite.fullName}`;

export function summarize(
  specifications: ReadonlyArray<TestSpecification>,
  modules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<SerializedError>,
  reason: TestRunEndReason,
): Summary {
  const summary: Summary = { passed: 0, failed: 0, skipped: 0, otherFailures: [] };
  const fail = (line: string) => {
    summary.failed += 1;
    summary.otherFailures.push(line);
  };

  for (const testModule of modules) {
    const blockers = new Map<TestSuite | TestModule, number>();
    for (const test of testModule.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') summary.passed += 1;
      else if (state === 'failed') summary.failed += 1;
      else if (state === 'pending') fail(`did not finish: ${testModule.relativeModuleId} > ${test.fullName}`);
      else {
        const blocker = blockingAncestor(test);
        if (!blocker) summary.skipped += 1;
        else {
          summary.failed += 1;
          blockers.set(blocker, (blockers.get(blocker) ?? 0) + 1);
        }
      }
    }
    for (const [blocker, count] of blockers) {
      summary.otherFailures.push(`${count} test(s) did not run, ${nameOf(blocker)}: ${firstLine(blocker.errors()[0])}`);
    }
    for (const suite of [testModule, ...testModule.children.allSuites()]) {
      const errors = suite.errors();
      if (errors.length > 0 && !blockers.has(suite)) fail(`${nameOf(suite)}: ${firstLine(errors[0])}`);
    }
    const state = testModule.state();
    if (state === 'queued' || state === 'pending') fail(`did not finish: ${testModule.relativeModuleId}`);
  }

  const reported = new Set(modules.map((m) => `${m.project.name}\0${m.moduleId}`));
  const unrun = specifications.filter((spec) => !reported.has(`${spec.project.name}\0${spec.moduleId}`));
  if (unrun.length > 0) {
    // One each: how many tests they hold is unknown. Vitest prints the global setup's error above.
    summary.failed += unrun.length;
    const names = unrun.map((spec) => path.relative(process.cwd(), spec.moduleId));
    const listed = names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', ');
    summary.otherFailures.push(
      `${unrun.length} test file(s) did not run (a global setup threw, or a worker crashed): ${listed}`,
    );
  }
  for (const error of unhandledErrors) fail(`unhandled error: ${firstLine(error)}`);

  if (summary.failed === 0 && reason !== 'passed') fail(`Vitest ended the run as ${reason}`);
  return summary;
}

export default class TestSummaryReporter implements Reporter {
  private specifications: ReadonlyArray<TestSpecification> = [];

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>) {
    this.specifications = specifications;
  }

  onTestRunEnd(
    modules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ) {
    const summary = summarize(this.specifications, modules, unhandledErrors, reason);
    mkdirSync(path.dirname(SUMMARY_FILE), { recursive: true });
    writeFileSync(SUMMARY_FILE, `${JSON.stringify(summary, null, 2)}\n`);
  }
}
