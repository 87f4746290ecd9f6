/**
 * The scenario part of `--help`: each scenario's id, title and parameters (name, range,
 * default), generated from the scenario registry and parameter schemas so that a new
 * scenario or parameter appears in the help without touching the CLI.
 */
import { describeRange, formatParam, type ParamDef } from '@/sim/core/params';
import { formatMinutes, maxTimeOf } from '@/sim/core/limits';
import type { Scenario } from '@/sim/core/scenario';

/** The accepted values of a parameter, as `--param` reads them. Pure. */
export function describeParamRange(def: ParamDef): string {
  return describeRange(def, ' | ');
}

/** Aligns rows of cells into columns, two spaces apart. Pure. */
function columns(rows: readonly (readonly string[])[], indent: string): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
  );
}

/** Help lines for one scenario: title, summary and a parameter table. Pure. */
export function describeScenario(scenario: Scenario): string[] {
  const rows = Object.entries(scenario.params).map(([name, def]) => [
    name,
    def.label,
    `default ${formatParam(def, def.default)}`,
    describeParamRange(def),
  ]);
  return [
    `  ${scenario.id}: ${scenario.title}`,
    `    ${scenario.summary}`,
    `    Longest run: ${formatMinutes(maxTimeOf(scenario))}.`,
    ...(rows.length === 0 ? ['    (no parameters)'] : columns(rows, '    ')),
  ];
}

/** Help lines for every registered scenario, in registry order. Pure. */
export function describeScenarios(scenarios: Readonly<Record<string, Scenario>>): string[] {
  return [
    'Scenarios, with their parameters (name, meaning, default, accepted values):',
    ...Object.values(scenarios).flatMap((scenario, index) => [
      ...(index === 0 ? [] : ['']),
      ...describeScenario(scenario),
    ]),
  ];
}
