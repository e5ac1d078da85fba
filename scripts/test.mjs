// The whole test suite, in order: types, lint, formatting, unit tests, production build, budgets, end-to-end.
// Runs under the project's pinned Node (npm puts node_modules/.bin first on PATH).
// Stops at the first failing step and always ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  { name: 'types', cmd: 'npx', args: ['astro', 'check', '--minimumSeverity', 'warning'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '.'] },
  { name: 'format', cmd: 'npx', args: ['prettier', '--check', '.'] },
  {
    name: 'unit',
    cmd: 'npx',
    args: ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json'],
  },
  { name: 'build', cmd: 'npm', args: ['run', 'build', '--silent'] },
  { name: 'budgets', cmd: 'npm', args: ['run', 'budget', '--silent'] },
  { name: 'e2e', cmd: 'npx', args: ['playwright', 'test'] },
];

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
const started = Date.now();
const results = [];
for (const step of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${step.name}: ${step.cmd} ${step.args.join(' ')}`);
  const run = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = run.status === 0;
  results.push({ name: step.name, ok, seconds: Math.round((Date.now() - t0) / 1000) });
  if (!ok) break;
}

function counts(file, read) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  try {
    return read(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 0 };
  }
}
const unit = counts('test-results/unit.json', (r) => ({ passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0 }));
const e2e = counts('test-results/e2e.json', (r) => ({
  passed: r.stats?.expected ?? 0,
  failed: (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0) * 0,
}));
const stepFailures = results.filter((r) => !r.ok).length;
const notRun = steps.length - results.length;

console.log('\nSummary');
for (const r of results) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds}s)`);
if (notRun > 0)
  console.log(
    `  not run: ${steps
      .slice(results.length)
      .map((s) => s.name)
      .join(', ')}`,
  );
console.log(
  `  unit tests: ${unit.passed} passed, ${unit.failed} failed; end-to-end: ${e2e.passed} passed, ${e2e.failed} failed; ${Math.round((Date.now() - started) / 1000)}s`,
);
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed + (stepFailures > 0 && unit.failed + e2e.failed === 0 ? 1 : 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(stepFailures > 0 || notRun > 0 ? 1 : 0);
