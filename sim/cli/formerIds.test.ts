import { describe, expect, it } from 'vitest';
import { formerScenarioIds } from '@/sim/scenarios';
import { runCli } from './runCli';
import { memoryIo } from './memoryIo.testkit';

function cli(argv: string[]) {
  const memory = memoryIo();
  const code = runCli(argv, memory.io);
  return { code, out: memory.out(), err: memory.err() };
}

describe('run with a former scenario id', () => {
  it.each(Object.entries(formerScenarioIds))(
    '%s runs %s, the same run, with a one-line note on stderr',
    (former, current) => {
      const args = ['--seed', '3', '--until', '1s', '--json'];
      const old = cli(['run', former, ...args]);
      const now = cli(['run', current, ...args]);
      expect(old.code).toBe(0);
      expect(old.out).toBe(now.out);
      expect(now.err).toBe('');
      expect(old.err).toBe(`sim: scenario "${former}" is now called "${current}"\n`);
    },
  );

  it('still refuses an id that never was one', () => {
    const { code, err } = cli(['run', 'mutual-visibilit']);
    expect(code).toBe(2);
    expect(err).toContain('unknown scenario "mutual-visibilit"');
  });
});
