/**
 * Issue #20: the import beside pandas, whole process against whole process, on the same file.
 *
 * Writes a generated 1M-line pt-BR transaction export (bench/generate.ts, ≈1 000 clients) to a temp
 * file, then alternately runs
 * - `python3 bench/pandas_reference.py FILE` (read_csv + groupby + sort + cumsum + classes), and
 * - `node import-child.mjs FILE` (bench/import-child.ts bundled by esbuild: importPortfolio +
 *   paretoAnalysis from the file's bytes), once with `includeLines: false` (totals and classes, the
 *   same output as pandas') and once with the defaults (also the 1M-entry `lines` list the worker
 *   keeps for monthly sales and periods),
 * timing each process from spawn to exit (interpreter start-up, module loading, reading the bytes,
 * parsing, aggregating, classing). Prints best and median wall time of each, the ratio, CPU time and
 * peak RSS against the file size, and the load average (the machine is shared: wall time measures
 * the queue as much as the code).
 *
 * Python: the first `python3` on PATH with pandas, else /usr/bin/python3 (Debian's python3-pandas);
 * without pandas the comparison is skipped with a message. Environment: BENCH_LINES (default 1e6),
 * BENCH_CLIENTS (default 1000), BENCH_RUNS (default 5), PANDAS_PYTHON (a python with pandas),
 * BENCH_BEFORE_DIR (a directory with another commit's `src/` and `bench/`, e.g. `git archive <commit>
 * src bench | tar -x -C /tmp/before`: its import child runs too, alternating, with its defaults).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateTransactions } from './generate.ts';

const here = dirname(fileURLToPath(import.meta.url));
const LINES = Number(process.env.BENCH_LINES ?? 1_000_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BEFORE_DIR = process.env.BENCH_BEFORE_DIR;
const mb = (n: number): string => `${(n / 1_000_000).toFixed(1)} MB`;

type ChildReport = {
  rows: number;
  clients: number;
  total: number;
  A: number;
  B: number;
  C: number;
  cpuMs: number;
  peakRssBytes: number;
  baselineRssBytes?: number;
};
type Timed = { wallMs: number; report: ChildReport };

function findPython(): string | null {
  const candidates = [process.env.PANDAS_PYTHON, 'python3', '/usr/bin/python3'].filter((c): c is string => !!c);
  for (const python of candidates) {
    const probe = spawnSync(python, ['-c', 'import pandas'], { stdio: 'ignore' });
    if (probe.status === 0) return python;
  }
  return null;
}

function timeProcess(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Timed {
  const t0 = performance.now();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 20, env });
  const wallMs = performance.now() - t0;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${String(run.status)}):\n${run.stderr}`);
  const lastLine = run.stdout.trim().split('\n').pop() ?? '';
  return { wallMs, report: JSON.parse(lastLine) as ChildReport };
}

const best = (xs: number[]): number => Math.min(...xs);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const python = findPython();
if (python === null) {
  console.log('pandas comparison skipped: no python3 with pandas found (on Debian: apt-get install python3-pandas, or set PANDAS_PYTHON).');
} else {
  const dir = mkdtempSync(join(tmpdir(), 'kam-bench-'));
  try {
    const file = join(dir, 'transactions.csv');
    const bytes = new TextEncoder().encode(generateTransactions(LINES, CLIENTS));
    writeFileSync(file, bytes);
    const child = join(dir, 'import-child.mjs');
    const bundleChild = (entry: string, outfile: string) =>
      build({
        entryPoints: [entry],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node22',
        outfile,
        logLevel: 'warning',
        // Another commit's src/ has no node_modules beside it: resolve packages from this checkout.
        nodePaths: [join(here, '..', 'node_modules')],
      });
    await bundleChild(join(here, 'import-child.ts'), child);
    const beforeChild = join(dir, 'import-child-before.mjs');
    if (BEFORE_DIR) await bundleChild(join(BEFORE_DIR, 'bench', 'import-child.ts'), beforeChild);

    const pandas: Timed[] = [];
    const ours: Timed[] = [];
    const oursWithLines: Timed[] = [];
    const before: Timed[] = [];
    const beforeTotals: Timed[] = [];
    const loads: number[] = [];
    const withoutLines = { ...process.env, BENCH_LINES_OFF: '1' };
    for (let run = 0; run < RUNS; run++) {
      loads.push(loadavg()[0]!);
      pandas.push(timeProcess(python, [join(here, 'pandas_reference.py'), file]));
      ours.push(timeProcess(process.execPath, [child, file], withoutLines));
      oursWithLines.push(timeProcess(process.execPath, [child, file], process.env));
      if (BEFORE_DIR) {
        before.push(timeProcess(process.execPath, [beforeChild, file], process.env));
        beforeTotals.push(timeProcess(process.execPath, [beforeChild, file], withoutLines));
      }
    }
    const p = pandas[0]!.report;
    const o = ours[0]!.report;
    const agree =
      p.rows === o.rows && p.clients === o.clients && Math.abs(p.total - o.total) < 0.005 && p.A === o.A && p.B === o.B && p.C === o.C;

    const row = (label: string, runs: Timed[]): Record<string, string> => ({
      process: label,
      'best wall': `${best(runs.map((r) => r.wallMs)).toFixed(0)} ms`,
      'median wall': `${median(runs.map((r) => r.wallMs)).toFixed(0)} ms`,
      'best CPU': `${best(runs.map((r) => r.report.cpuMs)).toFixed(0)} ms`,
      'peak RSS': mb(Math.max(...runs.map((r) => r.report.peakRssBytes))),
      'peak RSS / file': (Math.max(...runs.map((r) => r.report.peakRssBytes)) / bytes.byteLength).toFixed(2),
    });
    console.log(
      `${LINES.toLocaleString('en')} lines, ${CLIENTS} clients, ${mb(bytes.byteLength)} file; node ${process.version}, ${python}; ${RUNS} runs each, alternating`,
    );
    console.log(`load average (1 min) at each run: ${loads.map((l) => l.toFixed(1)).join(', ')}`);
    console.table([
      row('pandas', pandas),
      row('import + pareto (totals only: lineColumns: false)', ours),
      row('import + pareto (defaults: lines as columns)', oursWithLines),
      ...(BEFORE_DIR
        ? [row('before: import + pareto (its totals only)', beforeTotals), row('before: import + pareto (its defaults)', before)]
        : []),
    ]);
    for (const [label, runs] of [
      ['totals only', ours],
      ['defaults', oursWithLines],
      ...(BEFORE_DIR
        ? ([
            ['before, totals only', beforeTotals],
            ['before, defaults', before],
          ] as const)
        : []),
    ] as const) {
      const baseline = Math.max(...runs.map((r) => r.report.baselineRssBytes ?? 0));
      const peak = Math.max(...runs.map((r) => r.report.peakRssBytes));
      const ratioBest = best(runs.map((r) => r.wallMs)) / best(pandas.map((r) => r.wallMs));
      const ratioMedian = median(runs.map((r) => r.wallMs)) / median(pandas.map((r) => r.wallMs));
      const cpuRatio = best(runs.map((r) => r.report.cpuMs)) / best(pandas.map((r) => r.report.cpuMs));
      console.log(
        `${label}: ratio to pandas, wall best ${ratioBest.toFixed(2)}×, median ${ratioMedian.toFixed(2)}×, CPU ${cpuRatio.toFixed(2)}× (target ≤ 1.00×); ` +
          `peak RSS above Node's start-up ${mb(peak - baseline)} = ${((peak - baseline) / bytes.byteLength).toFixed(2)}× the file (the file's bytes included)`,
      );
    }
    console.log(
      agree
        ? 'results agree: rows, clients, total and A/B/C counts are the same'
        : `RESULTS DIFFER: pandas ${JSON.stringify(p)} / ours ${JSON.stringify(o)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
