/**
 * Parses a ShiViz log off the main thread, so a large log or a runaway regular
 * expression never freezes the page. Messages: in `ParseRequest`; out a `progress`
 * before each step (each regex search names the line it starts on) and one `done`.
 * The page stops the worker when one search runs too long (see logParser.ts).
 */
import { parseShiViz } from '@/sim/formats/shiviz';
import type { ParseRequest, WorkerReply } from './logParser';

const post = (reply: WorkerReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { id, text, options } = event.data;
  const result = parseShiViz(text, {
    ...options,
    onProgress: (progress) => post({ id, type: 'progress', progress }),
  });
  post({ id, type: 'done', result });
};
