/**
 * Reads a V8 .cpuprofile (from `node --cpu-prof` or CDP Profiler.stop) and lists where the
 * time went: self time per function, largest first.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
    readonly columnNumber: number;
  };
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

export interface Hotspot {
  readonly fn: string;
  readonly where: string;
  readonly selfMs: number;
  readonly selfPct: number;
  /** For minified code: the source text where the function starts. */
  readonly snippet?: string;
}

function shortUrl(url: string, root: string): string {
  if (!url) return '';
  if (/^https?:/.test(url)) return new URL(url).pathname;
  const path = url.replace(/^file:\/\//, '').replace(/^https?:\/\/[^/]+/, '');
  return path.startsWith('/') && path.startsWith(root) ? relative(root, path) : path;
}

/**
 * Self time per function (by name and location), largest first. Idle time is left out;
 * "(program)" is native work outside JavaScript (in a page: style, layout, paint).
 * `source`, if given, returns a script's text so minified functions can be shown by the
 * code they start with.
 */
export function hotspots(
  profile: CpuProfile,
  root: string,
  top = 12,
  source?: (url: string) => string | undefined,
): Hotspot[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, { ms: number; node: ProfileNode }>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const dt = (profile.timeDeltas[index] ?? 0) / 1000;
    if (!node || node.callFrame.functionName === '(idle)') return;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    total += dt;
    const key = `${functionName}|${url}|${lineNumber}|${columnNumber}`;
    const entry = self.get(key) ?? { ms: 0, node };
    entry.ms += dt;
    self.set(key, entry);
  });
  return [...self.values()]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top)
    .map(({ ms, node }) => {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const text = url && source ? source(url) : undefined;
      const line = text?.split('\n')[lineNumber];
      return {
        fn: functionName || '(anonymous)',
        where: url ? `${shortUrl(url, root)}:${lineNumber + 1}:${columnNumber + 1}` : '',
        selfMs: ms,
        selfPct: total > 0 ? (100 * ms) / total : 0,
        ...(line === undefined ? {} : { snippet: line.slice(columnNumber, columnNumber + 90) }),
      };
    });
}

export function readProfile(path: string): CpuProfile {
  return JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
}

export function formatHotspots(spots: readonly Hotspot[]): string {
  return spots
    .map(
      (s) =>
        `    ${s.selfPct.toFixed(1).padStart(5)}%  ${s.fn}  ${s.where}` +
        (s.snippet ? `\n             ${s.snippet}` : ''),
    )
    .join('\n');
}
