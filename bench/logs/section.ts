/**
 * Log figures: ShiViz's chord and simpledb examples and a generated 1 MB, 30-host log,
 * parsed and laid out in Node (`child.ts`, a process of its own), then opened in
 * /tools/space-time/ in headless Chromium (`render.ts`).
 */
import { runChild } from '../lib/child';
import { measured } from '../lib/figure';
import type { Plan } from '../lib/plan';
import { median } from '../lib/stats';
import type { Figure } from '../lib/types';
import { launchBrowser } from '../render/render';
import type { LogTimes } from './child';
import { benchLogs } from './logs';
import { measureOpen } from './render';

export async function runLogs(options: {
  readonly plan: Plan;
  readonly base: string;
  readonly log: (text: string) => void;
}): Promise<Figure[]> {
  const { runs, pageRuns } = options.plan.logs;
  options.log(`parse + layout in Node, ${runs} runs per log`);
  const times = await runChild<LogTimes[]>('bench/logs/child.ts', [JSON.stringify({ runs })]);
  const figures = times.map((t) =>
    measured(
      'logs',
      `logs.parse.${t.id}`,
      `${t.label}: parse + layout (Node)`,
      'ms',
      t.parseMs.map((parse, run) => parse + t.layoutMs[run]!),
      {
        bytes: t.bytes,
        events: t.events,
        messages: t.messages,
        parseMedianMs: median(t.parseMs),
        layoutMedianMs: median(t.layoutMs),
      },
    ),
  );
  const browser = await launchBrowser();
  try {
    for (const log of benchLogs()) {
      const samples: number[] = [];
      let summary = '';
      for (let run = 0; run < pageRuns; run++) {
        options.log(`open ${log.id} in /tools/space-time/, run ${run + 1}/${pageRuns}`);
        const opened = await measureOpen(browser, options.base, log);
        samples.push(opened.ms);
        summary = opened.summary;
      }
      figures.push(
        measured(
          'logs',
          `logs.open.${log.id}`,
          `${log.label}: open to drawn (page)`,
          'ms',
          samples,
          {
            summary,
          },
        ),
      );
    }
  } finally {
    await browser.close();
  }
  return figures;
}
