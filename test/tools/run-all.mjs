// `npm test`: every test of the project, in order, each part even when an earlier one failed:
//   1. vitest (test/unit + test/integration), JSON report in test-results/vitest-report.json
//   2. electron-vite build (the end-to-end tests drive the built renderer)
//   3. playwright test (test/e2e), JSON report in test-results/e2e-report.json
//   4. the packaging check (build/scripts/dist-check.mjs): app.asar as the installers ship it, counted as one test
// then a summary per suite and one closing line `N passed, N failed, N skipped` that CI reads.
// Exits non-zero when anything failed or when no test ran at all.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = join(root, 'test-results');
const VITEST_REPORT = join(results, 'vitest-report.json');
const E2E_REPORT = join(results, 'e2e-report.json');

const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function run(title, command, args) {
  console.log(`\n===== ${title}: ${[relative(root, command), ...args].join(' ')} =====\n`);
  const started = Date.now();
  // Fixed arguments only; Windows needs a shell for the .cmd shims in node_modules/.bin.
  const child = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  const seconds = (Date.now() - started) / 1000;
  const status = child.error ? `could not start (${child.error.message})` : child.status === 0 ? 'ok' : `exit code ${child.status ?? child.signal}`;
  return { title, ok: !child.error && child.status === 0, status, seconds };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Counts from vitest's JSON reporter (Jest-compatible format). */
function vitestCounts(report) {
  const failedNames = [];
  let failedFiles = 0;
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failedTests) failedNames.push(`${relative(root, file.name)} › ${test.fullName ?? test.title}`);
    // A file that failed to load has no test results of its own but still failed.
    if (file.status === 'failed' && failedTests.length === 0) {
      failedFiles += 1;
      failedNames.push(`${relative(root, file.name)} (the file itself failed: ${String(file.message ?? '').split('\n')[0]})`);
    }
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + failedFiles,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    failedNames,
    skippedNames: [],
  };
}

/** Counts from Playwright's JSON reporter; flaky cannot happen (retries: 0) but counts as passed. */
function playwrightCounts(report) {
  const failedNames = [];
  const skippedNames = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const name = [...path, spec.title].filter(Boolean).join(' › ');
        if (test.status === 'unexpected') failedNames.push(`${spec.file}:${spec.line} › ${name}`);
        if (test.status === 'skipped') {
          const reason = (test.annotations ?? []).find((note) => note.type === 'skip')?.description;
          skippedNames.push(`${name}${reason ? `: ${reason}` : ''}`);
        }
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  for (const error of report.errors ?? []) failedNames.push(`(outside any test) ${String(error.message ?? '').split('\n')[0]}`);
  const stats = report.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (report.errors?.length ?? 0),
    skipped: stats.skipped ?? 0,
    failedNames,
    skippedNames,
  };
}

/** A step that failed without any failing test in its report (crash, no report, build error) still counts once. */
function suiteSummary(step, counts) {
  const c = counts ?? { passed: 0, failed: 0, skipped: 0, failedNames: [], skippedNames: [] };
  if (!step.ok && c.failed === 0) {
    return { ...c, failed: 1, failedNames: [...c.failedNames, `${step.title} failed (${step.status}) without a failing test in its report; counted as 1 failed`] };
  }
  return c;
}

mkdirSync(results, { recursive: true });
rmSync(VITEST_REPORT, { force: true });
rmSync(E2E_REPORT, { force: true });

const steps = [
  run('Unit and integration tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${relative(root, VITEST_REPORT)}`]),
  run('Build (electron-vite)', bin('electron-vite'), ['build']),
  run('End-to-end tests (playwright)', bin('playwright'), ['test']),
  run('Packaging check (dist:check)', process.execPath, [join('build', 'scripts', 'dist-check.mjs')]),
];
const [vitestStep, buildStep, e2eStep, distStep] = steps;

const vitestReport = readJson(VITEST_REPORT);
const e2eReport = readJson(E2E_REPORT);
const suites = [
  { name: 'Unit + integration (vitest)', step: vitestStep, counts: suiteSummary(vitestStep, vitestReport && vitestCounts(vitestReport)) },
  { name: 'Build (electron-vite)', step: buildStep, counts: suiteSummary(buildStep, null) },
  { name: 'End-to-end (playwright)', step: e2eStep, counts: suiteSummary(e2eStep, e2eReport && playwrightCounts(e2eReport)) },
  {
    name: 'Packaging check (dist:check)',
    step: distStep,
    counts: suiteSummary(distStep, distStep.ok ? { passed: 1, failed: 0, skipped: 0, failedNames: [], skippedNames: [] } : null),
  },
];

console.log('\n===== Summary =====');
for (const { name, step, counts } of suites) {
  console.log(`\n${name}: ${step.status}, ${step.seconds.toFixed(1)} s`);
  if (name.startsWith('Build')) continue;
  console.log(`  ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  for (const failed of counts.failedNames) console.log(`  FAILED  ${failed}`);
  for (const skipped of counts.skippedNames) console.log(`  skipped ${skipped}`);
}
if (e2eReport) {
  const browserLine = (e2eReport.config?.metadata?.browser ?? '').toString();
  if (browserLine) console.log(`\nE2E browser: ${browserLine}`);
}

const total = suites.reduce((sum, { counts }) => ({ passed: sum.passed + counts.passed, failed: sum.failed + counts.failed, skipped: sum.skipped + counts.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
console.log('');
if (total.passed + total.failed === 0) console.log('No test ran: that counts as a failure.');
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 || total.passed + total.failed === 0 || steps.some((step) => !step.ok) ? 1 : 0);
