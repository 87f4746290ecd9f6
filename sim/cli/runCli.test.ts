import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import { EXIT_USAGE, type Verb } from './verb';
import { memoryIo } from './memoryIo.testkit';

function cli(argv: string[], files?: Record<string, string>) {
  const memory = memoryIo(files);
  const code = runCli(argv, memory.io);
  return { code, out: memory.out(), err: memory.err(), files: memory.files };
}

describe('help', () => {
  it('lists verbs and scenarios with their parameters for --help, help and no arguments', () => {
    for (const argv of [[], ['--help'], ['-h'], ['help']]) {
      const { code, out, err } = cli(argv);
      expect(code, argv.join(' ')).toBe(0);
      expect(err).toBe('');
      expect(out).toContain('run <scenario> [options]');
      expect(out).toContain('failure-detection: Failure detector');
      expect(out).toMatch(/heartbeat\s+Heartbeat interval\s+default 500ms\s+50ms to 5s/);
    }
  });

  it('shows a verb’s options for run --help and help run', () => {
    for (const argv of [
      ['run', '--help'],
      ['help', 'run'],
      ['run', 'nope', '--bad', '-h'],
    ]) {
      const { code, out } = cli(argv);
      expect(code, argv.join(' ')).toBe(0);
      expect(out).toContain('--param <name=value>');
      expect(out).toContain('failure-detection');
    }
  });
});

describe('user errors', () => {
  it.each([
    [['frob'], 'unknown verb "frob"', '--help`'],
    [['--frob'], 'unknown option --frob', '--help`'],
    [['help', 'frob'], 'unknown verb "frob"', '--help`'],
    [['run', 'nope'], 'unknown scenario "nope"', 'run --help`'],
    [['run', 'failure-detection', '--sede', '7'], 'unknown option --sede', 'run --help`'],
    [['run', 'failure-detection', '--seed'], '--seed needs a value', 'run --help`'],
    [['run', 'failure-detection', '--param', 'nodes=banana'], 'nodes: "banana"', 'run --help`'],
  ])('%j exits 2 with a message and a hint', (argv, message, hint) => {
    const { code, out, err } = cli(argv);
    expect(code).toBe(EXIT_USAGE);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err).toContain(hint);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('names the command file and each problem in it', () => {
    const log = JSON.stringify([
      { at: '1s', type: 'crash', node: 'n9' },
      { at: 'soon', type: 'heal' },
    ]);
    const { code, err } = cli(['run', 'failure-detection', '--commands', 'c.json'], {
      'c.json': log,
    });
    expect(code).toBe(EXIT_USAGE);
    expect(err).toContain('sim: c.json: command 1 (crash): node "n9" does not exist');
    expect(err).toContain('sim: c.json: command 2 (heal): "at" must be a time');
  });

  it('reports a missing or malformed command file', () => {
    const missing = cli(['run', 'failure-detection', '--commands', 'gone.json']);
    expect(missing.err).toContain('gone.json: cannot read it');
    const broken = cli(['run', 'failure-detection', '--commands', 'b.json'], { 'b.json': '{' });
    expect(broken.code).toBe(EXIT_USAGE);
    expect(broken.err).toContain('b.json: The command log is not valid JSON');
  });
});

describe('run', () => {
  const log = JSON.stringify([{ at: '1s', type: 'crash', node: 'n2' }]);

  it('prints JSON, replays the command log and writes the trace as JSON lines', () => {
    const { code, out, files } = cli(
      ['run', 'failure-detection', '--until', '2s', '--json', '--commands', 'c.json'].concat([
        '--trace',
        't.jsonl',
        '--param',
        'nodes=3',
      ]),
      { 'c.json': log },
    );
    expect(code).toBe(0);
    const summary = JSON.parse(out);
    expect(summary).toMatchObject({ seed: 1, until: '2s', params: { nodes: 3 } });
    expect(summary.commands).toEqual([{ at: '1s', type: 'crash', node: 'n2' }]);
    const lines = files['t.jsonl']!.trimEnd().split('\n');
    expect(lines).toHaveLength(summary.traceEntries);
    expect(lines.map((line) => JSON.parse(line).type)).toContain('crash');
  });

  it('prints the same facts for people without --json', () => {
    const { code, out } = cli(['run', 'failure-detection', '--seed', '7', '--until', '1s']);
    const json = JSON.parse(
      cli(['run', 'failure-detection', '--seed', '7', '--until', '1s', '--json']).out,
    );
    expect(code).toBe(0);
    expect(out).toContain('failure-detection, seed 7, until 1s');
    expect(out).toContain(`hash ${json.traceHash}`);
    expect(out).toContain(`${json.events} events`);
  });
});

describe('the verb table', () => {
  it('dispatches, parses flags for and lists any verb added to it', () => {
    const echo: Verb = {
      name: 'echo',
      args: '<word>',
      summary: 'print a word',
      flags: { loud: { help: 'shout' } },
      run: (args, io) => {
        const word = args.positionals.join(' ');
        io.out(args.switches.has('loud') ? word.toUpperCase() : word);
        return 0;
      },
    };
    const memory = memoryIo();
    expect(runCli(['echo', 'hi', '--loud'], memory.io, [echo])).toBe(0);
    expect(memory.out()).toBe('HI');
    const help = memoryIo();
    runCli(['--help'], help.io, [echo]);
    expect(help.out()).toContain('echo <word>  print a word');
  });
});

describe('check-history', () => {
  const stale = JSON.stringify({
    model: 'register',
    init: 0,
    ops: [
      { process: 0, f: 'write', value: 1, call: 0, return: 10, status: 'ok' },
      { process: 1, f: 'read', value: 0, call: 20, return: 30, status: 'ok' },
    ],
  });

  it('prints a verdict with the offending operations for a stale read', () => {
    const { code, out } = cli(['check-history', 'h.json'], { 'h.json': stale });
    expect(code).toBe(0);
    const verdict = JSON.parse(out);
    expect(verdict.linearizable).toBe(false);
    expect(verdict.offending.map((op: { index: number }) => op.index)).toEqual([0, 1]);
    expect(verdict.explanation).toMatch(/read 0/);
  });

  it('exits 1 under --strict when the history is not linearizable', () => {
    expect(cli(['check-history', 'h.json', '--strict'], { 'h.json': stale }).code).toBe(1);
  });

  it('accepts a Jepsen log', () => {
    const log = [
      'INFO  jepsen.util - 0\t:invoke\t:write\t1',
      'INFO  jepsen.util - 0\t:ok\t:write\t1',
      'INFO  jepsen.util - 1\t:invoke\t:read\tnil',
      'INFO  jepsen.util - 1\t:ok\t:read\t1',
    ].join('\n');
    const { code, out } = cli(['check-history', 'h.log'], { 'h.log': log });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      linearizable: true,
      operations: 2,
      model: 'cas-register',
    });
  });

  it('names the bad operation of a malformed file and exits 2', () => {
    const bad = JSON.stringify({
      model: 'register',
      ops: [{ process: 0, f: 'write', value: 1, call: 0, return: 'x', status: 'ok' }],
    });
    const { code, err } = cli(['check-history', 'bad.json'], { 'bad.json': bad });
    expect(code).toBe(EXIT_USAGE);
    expect(err).toContain('bad.json: ops[0].return');
  });

  it('needs a file', () => {
    expect(cli(['check-history']).code).toBe(EXIT_USAGE);
  });
});

describe('run --history', () => {
  it('writes the client history in the format check-history reads', () => {
    const commands = JSON.stringify([
      {
        at: '2s',
        type: 'partition',
        groups: [
          ['n1', 'n2'],
          ['n3', 'n4', 'n5'],
        ],
      },
    ]);
    const run = cli(
      [
        'run',
        'cap',
        '--param',
        'mode=ap-lww',
        '--until',
        '6s',
        '--commands',
        'c.json',
        '--history',
        'h.json',
      ],
      { 'c.json': commands },
    );
    expect(run.code).toBe(0);
    const history = JSON.parse(run.files['h.json']!);
    expect(history.model).toBe('register');
    expect(history.ops.length).toBeGreaterThan(5);
    const check = cli(['check-history', 'h.json'], { 'h.json': run.files['h.json']! });
    expect(check.code).toBe(0);
    expect(JSON.parse(check.out).operations).toBe(history.ops.length);
  });
});
