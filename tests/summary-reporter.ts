import type { Reporter, TestCase, TestModule, TestSuite } from 'vitest/node';

/** Whether `test` sits inside `scope` (its suite, an outer suite, or its file). */
function within(test: TestCase, scope: TestSuite | TestModule): boolean {
  for (let parent: TestCase['parent'] | undefined = test.parent; parent; parent = parent.type === 'module' ? undefined : parent.parent) {
    if (parent === scope) return true;
  }
  return false;
}

/**
 * Ends the run with the one line CI reads: `N passed, N failed, N skipped`. A test counts as
 * failed when it failed, or when a hook of its suite or file failed (a beforeAll that failed
 * leaves its tests skipped; an afterAll that failed leaves them passed): either way the suite did
 * not prove what its tests claim. A file that failed to load counts once. Skipped and todo tests
 * are counted, never dropped.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    for (const module of testModules) {
      if (module.state() === 'failed' && module.children.size === 0) failed += 1;
      const broken = [module, ...module.children.allSuites()].filter((scope) => scope.errors().length > 0);
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'failed' || broken.some((scope) => within(test, scope))) failed += 1;
        else if (state === 'passed') passed += 1;
        else skipped += 1;
      }
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
