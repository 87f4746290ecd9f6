/**
 * `npm run bench`: engine, rendering, weight and checker benchmarks, a table, and
 * bench/results/latest.json. See bench/README.md.
 *
 *   npm run bench                      everything, several runs per figure (about 12 min)
 *   npm run bench -- --quick           fewer and shorter runs (under 2 min)
 *   npm run bench -- --only engine     one section (engine, render, weight, checker, pbs, logs, harvest);
 *                                      repeat or comma-separate for several
 *   npm run bench -- --check           exit 1 if any budget in bench/budgets.json is missed
 *   npm run bench -- --profile         also keep CPU profiles / a Chrome trace of the
 *                                      budgeted cases, and print where the time goes
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { runChecker } from './checker/section';
import { runPbs } from './pbs/section';
import { runEngine } from './engine/section';
import { runLogs } from './logs/section';
import { runHarvest } from './harvest/section';
import { REPO } from './lib/child';
import { FULL, QUICK } from './lib/plan';
import { formatHotspots, type Hotspot } from './lib/profile';
import { serve, snapshotSite, type Served } from './lib/site';
import { formatNumber } from './lib/stats';
import { readCpuTimes, stealPercent } from './lib/steal';
import { SECTIONS, type Budget, type Figure, type Section } from './lib/types';
import { CHROMIUM_PATH } from '../scripts/chromium';
import { RENDER_CASES, runRender, type RenderCase } from './render/section';
import { runWeight } from './weight/section';

/** Steal above this share of CPU time during a section makes its figures unreliable. */
const STEAL_WARN_PCT = 5;

const USAGE =
  `Usage: npm run bench -- [--quick] [--check] [--profile] [--only ${SECTIONS.join('|')}]` +
  ` [--case ${RENDER_CASES.join('|')}]`;

function parseArgs(argv: readonly string[]) {
  const only = new Set<Section>();
  let quick = false;
  let check = false;
  let profile = false;
  const cases = new Set<RenderCase>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quick') quick = true;
    else if (arg === '--check') check = true;
    else if (arg === '--profile') profile = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      for (const name of (value ?? '').split(',')) {
        if (!(SECTIONS as readonly string[]).includes(name)) {
          console.error(`Unknown section "${name}". ${USAGE}`);
          process.exit(2);
        }
        only.add(name as Section);
      }
    } else if (arg === '--case' || arg.startsWith('--case=')) {
      const value = arg === '--case' ? argv[++i] : arg.slice('--case='.length);
      for (const name of (value ?? '').split(',')) {
        if (!(RENDER_CASES as readonly string[]).includes(name)) {
          console.error(`Unknown render case "${name}". ${USAGE}`);
          process.exit(2);
        }
        cases.add(name as RenderCase);
      }
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`Unknown option "${arg}". ${USAGE}`);
      process.exit(2);
    }
  }
  return {
    quick,
    check,
    profile,
    cases: cases.size > 0 ? cases : null,
    sections: only.size > 0 ? [...only] : [...SECTIONS],
  };
}

function commandOutput(command: string, args: string[]): string {
  const result = spawnSync(command, args, { cwd: REPO, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : '';
}

function machineInfo() {
  const cpuList = cpus();
  const chromium = CHROMIUM_PATH
    ? commandOutput(CHROMIUM_PATH, ['--version'])
    : 'Playwright bundled';
  return {
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model ?? 'unknown',
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: chromium || 'not found',
    date: new Date().toISOString(),
    commit: commandOutput('git', ['rev-parse', '--short', 'HEAD']),
    dirty: commandOutput('git', ['status', '--porcelain']) !== '',
  };
}

type Status = 'pass' | 'MISS' | 'n/a' | '';

function compare(value: number, budget: Budget): boolean {
  switch (budget.op) {
    case '>=':
      return value >= budget.value;
    case '>':
      return value > budget.value;
    case '<=':
      return value <= budget.value;
    case '<':
      return value < budget.value;
  }
}

function budgetFor(figure: Figure, budgets: readonly Budget[]): Budget | undefined {
  return budgets.find((b) =>
    b.figure.endsWith('*') ? figure.id.startsWith(b.figure.slice(0, -1)) : b.figure === figure.id,
  );
}

function statusOf(figure: Figure, budget: Budget | undefined): Status {
  if (!budget) return '';
  if (!figure.summary) return 'n/a';
  return compare(figure.summary.median, budget) ? 'pass' : 'MISS';
}

function printTable(rows: { figure: Figure; budget?: Budget; status: Status }[]): void {
  const header = ['Figure', 'Unit', 'Median', 'Min', 'Max', 'Runs', 'Budget', 'Status'];
  const lines: { cells: string[]; note?: string; section?: string }[] = [];
  let section: string | null = null;
  for (const { figure, budget, status } of rows) {
    if (figure.section !== section) {
      section = figure.section;
      lines.push({ cells: [], section: section.toUpperCase() });
    }
    const s = figure.summary;
    lines.push({
      cells: [
        `  ${figure.label}`,
        figure.unit,
        s ? formatNumber(s.median) : '—',
        s ? formatNumber(s.min) : '',
        s ? formatNumber(s.max) : '',
        s ? String(s.runs) : '',
        budget ? `${budget.op} ${formatNumber(budget.value)}` : '',
        status,
      ],
      ...(s ? {} : { note: figure.note ?? '' }),
    });
  }
  const widths = header.map((h, col) =>
    Math.max(h.length, ...lines.map((line) => line.cells[col]?.length ?? 0)),
  );
  const format = (cells: string[]) =>
    cells
      .map((cell, col) =>
        col >= 2 && col <= 5 ? cell.padStart(widths[col]!) : cell.padEnd(widths[col]!),
      )
      .join('  ')
      .trimEnd();
  console.log(`\n${format(header)}`);
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) {
    if (line.section) console.log(line.section);
    else console.log(format(line.cells) + (line.note ? `   (${line.note})` : ''));
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const plan = args.quick ? QUICK : FULL;
  const budgets = (
    JSON.parse(readFileSync(join(REPO, 'bench/budgets.json'), 'utf8')) as { budgets: Budget[] }
  ).budgets;
  const started = Date.now();
  const machine = machineInfo();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s`;
  console.log(
    `Lightcone bench (${plan.mode}; ${args.sections.join(', ')}) on ${machine.cpus} × ${machine.cpuModel}, ` +
      `${machine.memoryGB} GB, Node ${machine.node}, ${machine.chromium}`,
  );
  const load = loadavg()[0]!;
  if (load > 0.8 * machine.cpus)
    console.log(
      `Warning: load average is ${load.toFixed(2)} on ${machine.cpus} cores: something else is running, so figures will be noisy.`,
    );

  const figures: Figure[] = [];
  const sectionInfo: Record<string, unknown> = {};
  const errors: string[] = [];
  let site: Served | null = null;
  let siteDir: string | null = null;
  const needSite = args.sections.some((s) => s === 'render' || s === 'weight' || s === 'logs');
  try {
    if (needSite) {
      siteDir = await snapshotSite();
      console.log(`Serving a copy of out/ from ${siteDir}`);
    }
    for (const section of args.sections) {
      const log = (text: string) => console.log(`[${elapsed()}] ${section}: ${text}`);
      const before = loadavg()[0]!;
      const cpuBefore = readCpuTimes();
      const sectionStart = Date.now();
      try {
        switch (section) {
          case 'engine':
            figures.push(...(await runEngine({ plan, profile: args.profile, log })));
            break;
          case 'harvest':
            figures.push(...(await runHarvest({ plan, log })));
            break;
          case 'checker':
            log('Jepsen etcd suite');
            figures.push(...(await runChecker(plan.checker.runs)));
            break;
          case 'pbs':
            log('WARS Monte Carlo, 1M trials');
            figures.push(...(await runPbs(plan.pbs.runs)));
            break;
          case 'weight':
            log('first-load JS per exported page');
            figures.push(...runWeight(siteDir!));
            break;
          case 'render':
            site ??= await serve(siteDir!);
            figures.push(
              ...(await runRender({
                plan,
                base: site.url,
                siteDir: siteDir!,
                profile: args.profile,
                cases: args.cases,
                log,
              })),
            );
            break;
          case 'logs':
            site ??= await serve(siteDir!);
            figures.push(...(await runLogs({ plan, base: site.url, log })));
            break;
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        errors.push(`${section}: ${message}`);
        console.error(`\n${section} failed: ${message}\n`);
      }
      const steal = stealPercent(cpuBefore, readCpuTimes());
      sectionInfo[section] = {
        seconds: Math.round((Date.now() - sectionStart) / 100) / 10,
        loadBefore: before,
        loadAfter: loadavg()[0],
        stealPct: steal === null ? null : Math.round(steal * 10) / 10,
      };
      if (steal !== null && steal > STEAL_WARN_PCT)
        console.log(
          `Warning: the hypervisor took ${steal.toFixed(0)} % of CPU time during ${section}: its figures are not comparable with a quiet run.`,
        );
    }
  } finally {
    site?.close();
    if (siteDir) rmSync(siteDir, { recursive: true, force: true });
  }

  const order = (f: Figure) => SECTIONS.indexOf(f.section);
  figures.sort((a, b) => order(a) - order(b));
  const rows = figures.map((figure) => {
    const budget = budgetFor(figure, budgets);
    return { figure, budget, status: statusOf(figure, budget) };
  });
  printTable(rows);

  if (args.profile) {
    for (const { figure } of rows) {
      const detail = figure.detail as
        | { hotspots?: Hotspot[]; profile?: { mainThreadMsPerS: object; hotspots: Hotspot[] } }
        | undefined;
      const spots = detail?.hotspots ?? detail?.profile?.hotspots;
      if (!spots) continue;
      console.log(`\nProfile for ${figure.id} (${figure.label}), self time:`);
      if (detail?.profile)
        console.log(`  main thread, ms per s: ${JSON.stringify(detail.profile.mainThreadMsPerS)}`);
      console.log(formatHotspots(spots));
    }
  }

  const misses = rows.filter((r) => r.status === 'MISS');
  const unmeasurable = rows.filter((r) => r.status === 'n/a');
  const durationS = Math.round((Date.now() - started) / 1000);
  console.log(
    `\n${rows.filter((r) => r.status === 'pass').length} budgets pass, ${misses.length} missed` +
      (misses.length ? ` (${misses.map((r) => r.figure.id).join(', ')})` : '') +
      (unmeasurable.length ? `, ${unmeasurable.length} not measurable yet` : '') +
      `. ${durationS} s in all.`,
  );

  const resultsDir = join(REPO, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const out = {
    machine,
    mode: plan.mode,
    sections: args.sections,
    durationS,
    loadAverage: { start: load, end: loadavg()[0] },
    sectionInfo,
    errors,
    figures: rows.map(({ figure, budget, status }) => ({
      id: figure.id,
      section: figure.section,
      label: figure.label,
      unit: figure.unit,
      ...(figure.summary
        ? {
            median: figure.summary.median,
            min: figure.summary.min,
            max: figure.summary.max,
            runs: figure.summary.runs,
            samples: figure.summary.samples,
          }
        : {}),
      ...(figure.note ? { note: figure.note } : {}),
      ...(budget ? { budget: { op: budget.op, value: budget.value, unit: budget.unit } } : {}),
      ...(status ? { status } : {}),
      ...(figure.detail === undefined ? {} : { detail: figure.detail }),
    })),
  };
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log('Wrote bench/results/latest.json');

  if (errors.length > 0) {
    console.error(`\nErrors:\n${errors.map((e) => `  ${e}`).join('\n')}`);
    process.exitCode = 1;
  }
  if (args.check && misses.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
