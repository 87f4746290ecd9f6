/**
 * Checker speed on the Jepsen etcd suite, in its own process: `node --import tsx
 * bench/checker/child.ts '{"runs":5}'`. Each run times every file once (after
 * benchJepsenSuite's own untimed warm-up check of that file) and the verdicts are
 * compared with expected.json, so a fast wrong checker does not pass.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchJepsenSuite } from '@/sim/checkers/linearizability/bench';
import { REPO, reply } from '../lib/child';

const DIR = join(REPO, 'sim/checkers/linearizability/testdata/jepsen-etcd');

const { runs = 5 } = JSON.parse(process.argv[2] ?? '{}') as { runs?: number };
const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.log'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(DIR, name), 'utf8') }));
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<
  string,
  boolean
>;

const perFile = new Map<string, { ops: number; verdict: unknown; samples: number[] }>();
for (let run = 0; run < runs; run++) {
  for (const result of benchJepsenSuite(files, { now: () => performance.now(), runs: 1 })) {
    const entry = perFile.get(result.name) ?? {
      ops: result.ops,
      verdict: result.verdict,
      samples: [],
    };
    entry.samples.push(result.medianMs);
    perFile.set(result.name, entry);
  }
  process.stderr.write(`  · checker pass ${run + 1}/${runs}\n`);
}
const wrong = [...perFile.entries()]
  .filter(([name, entry]) => name in expected && expected[name] !== entry.verdict)
  .map(([name]) => name);
reply({
  files: [...perFile.entries()].map(([name, entry]) => ({ name, ...entry })),
  wrong,
});
