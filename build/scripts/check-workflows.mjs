// `npm run check:workflows`: every GitHub Actions workflow in .github/workflows checked against the
// workflow schema by @action-validator (the same check as its CLI, one process for all files, and it
// runs the same on Windows). Prints one line per file; exits non-zero on any error.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateWorkflow } from '@action-validator/core';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Problems in one workflow's YAML text, as readable lines; empty when it is valid. */
export function workflowProblems(source) {
  const lines = [];
  // A `one_of` error holds each alternative's own errors: those say what is actually wrong.
  const collect = (errors) => {
    for (const error of errors ?? []) {
      if (error.states?.length) for (const state of error.states) collect(state.errors);
      else lines.push(`${error.path ?? ''} ${error.title ?? error.code}${error.detail ? `: ${error.detail}` : ''}`.trim());
    }
  };
  collect(validateWorkflow(source).errors);
  return [...new Set(lines)];
}

function main() {
  const dir = join(root, '.github', 'workflows');
  const files = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  let failed = 0;
  for (const name of files) {
    const problems = workflowProblems(readFileSync(join(dir, name), 'utf8'));
    console.log(`check:workflows: ${name} ${problems.length === 0 ? 'valid' : 'INVALID'}`);
    for (const problem of problems) console.log(`  ${problem}`);
    if (problems.length > 0) failed += 1;
  }
  if (files.length === 0) console.log('check:workflows: no workflow found');
  process.exit(failed > 0 || files.length === 0 ? 1 : 0);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
