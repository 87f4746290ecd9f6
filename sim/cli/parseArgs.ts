/**
 * A small, strict argument parser. Each verb declares its flags in a table (the same
 * table prints its help), so the parser and the help text cannot drift apart. Strict,
 * because a script that misspells `--sede 7` should fail loudly rather than quietly run
 * seed 1.
 *
 * We don't use node:util's parseArgs: it throws on bad input (we want every problem as
 * data, with our wording) and it would tie this pure module to Node.
 */

export interface FlagSpec {
  /** Placeholder for the value in help, such as "n"; absent for a switch like --json. */
  readonly value?: string;
  /** Whether the flag may be given more than once (its values are kept in order). */
  readonly repeatable?: boolean;
  /** One line for the help text. */
  readonly help: string;
}

export type FlagSpecs = Readonly<Record<string, FlagSpec>>;

export interface ParsedArgs {
  readonly positionals: readonly string[];
  /** Values of flags that take one, in the order given. */
  readonly values: Readonly<Record<string, readonly string[]>>;
  /** Switches that were given, such as "json". */
  readonly switches: ReadonlySet<string>;
}

export type ArgsResult = { ok: true; args: ParsedArgs } | { ok: false; errors: string[] };

/** Whether the user asked for help anywhere in these arguments. Pure. */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** The last value given for a flag, if any. Pure. */
export function lastValue(args: ParsedArgs, name: string): string | undefined {
  return args.values[name]?.at(-1);
}

/**
 * Reads `argv` against `specs`: `--name value`, `--name=value`, switches, positionals,
 * and `--` to end the flags. Every problem is reported; nothing throws. Pure.
 */
export function parseArgs(argv: readonly string[], specs: FlagSpecs): ArgsResult {
  const positionals: string[] = [];
  const values: Record<string, string[]> = {};
  const switches = new Set<string>();
  const errors: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!token.startsWith('-') || token === '-' || /^-\d/.test(token)) {
      positionals.push(token);
      continue;
    }
    const match = /^--([^=]+)(?:=(.*))?$/s.exec(token);
    const name = match?.[1];
    const spec = name === undefined ? undefined : lookup(specs, name);
    if (name === undefined || spec === undefined) {
      errors.push(`unknown option ${match ? `--${name}` : token}`);
      continue;
    }
    if (spec.value === undefined) {
      if (match?.[2] !== undefined) errors.push(`--${name} takes no value`);
      else if (switches.has(name)) errors.push(`--${name} is given twice`);
      else switches.add(name);
      continue;
    }
    let value = match?.[2];
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        errors.push(`--${name} needs a value (--${name} <${spec.value}>)`);
        continue;
      }
      value = next;
      i++;
    }
    const list = (values[name] ??= []);
    if (list.length > 0 && !spec.repeatable) errors.push(`--${name} is given twice`);
    else list.push(value);
  }
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, args: { positionals, values, switches } };
}

function lookup(specs: FlagSpecs, name: string): FlagSpec | undefined {
  return Object.hasOwn(specs, name) ? specs[name] : undefined;
}

/** Help lines for a flag table, aligned. Pure. */
export function describeFlags(specs: FlagSpecs): string[] {
  const heads = Object.entries(specs).map(([name, spec]) =>
    spec.value === undefined ? `--${name}` : `--${name} <${spec.value}>`,
  );
  const width = Math.max(0, ...heads.map((head) => head.length));
  return Object.values(specs).map((spec, index) => {
    const head = heads[index]!.padEnd(width);
    return `  ${head}  ${spec.help}${spec.repeatable ? ' (repeatable)' : ''}`;
  });
}
