import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { workflowProblems } from '../../../build/scripts/check-workflows.mjs';

const workflow = (name: string) => readFileSync(join(process.cwd(), '.github', 'workflows', name), 'utf8');

interface Step {
  run?: string;
  if?: string;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  strategy?: { matrix?: { os?: string[] } };
  env?: Record<string, string>;
  steps: Step[];
}
const jobsOf = (name: string) => Object.values((yaml.load(workflow(name)) as { jobs: Record<string, Job> }).jobs);
const runs = (job: Job) => job.steps.map((step) => step.run ?? '').join('\n');

describe('GitHub Actions workflows', () => {
  it('both pass the workflow schema check', () => {
    expect(workflowProblems(workflow('ci.yml'))).toEqual([]);
    expect(workflowProblems(workflow('release.yml'))).toEqual([]);
  });

  it('a mistyped key is reported with what is wrong', () => {
    const problems = workflowProblems('name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n');
    expect(problems.join('\n')).toContain("Additional property 'stepz' is not allowed");
  });

  it('CI runs the checks, every test and the real Electron smoke test on Windows, macOS and Linux, then reads the fuses', () => {
    const [job] = jobsOf('ci.yml');
    expect(job?.strategy?.matrix?.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    const commands = runs(job as Job);
    for (const command of ['npm ci', 'npm run check', 'npm test', 'electron-builder --dir', 'build/scripts/fuses-check.mjs']) expect(commands).toContain(command);
    expect(commands).toContain('xvfb-run');
    expect(job?.env?.TOKEN_ASSISTANT_REQUIRE_ELECTRON).toBe('1');
    expect(job?.env?.ELECTRON_SKIP_BINARY_DOWNLOAD).toBeUndefined();
  });

  it('a v* tag publishes the installers of the three systems, signing only from secrets', () => {
    const text = workflow('release.yml');
    expect((yaml.load(text) as { on: { push: { tags: string[] } } }).on.push.tags).toEqual(['v*']);
    const [job] = jobsOf('release.yml');
    expect(job?.strategy?.matrix?.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    expect(runs(job as Job)).toContain('--publish always');
    // No secret value is ever written into the workflow itself.
    for (const line of text.split('\n').filter((l) => /CSC_|APPLE_|GH_TOKEN/.test(l) && l.includes(':') && !l.trim().startsWith('#'))) {
      expect(line).toMatch(/\$\{\{ secrets\.[A-Z_]+ \}\}/);
    }
  });
});
