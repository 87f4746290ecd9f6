'use client';
/**
 * The space-time tool's parser: a LogParser on a Web Worker for the page's lifetime,
 * with the progress of the running parse as state (changed a few times a second).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ParseProgress, ParseShiVizResult } from '@/sim/formats/shiviz';
import { LogParser, type ParseOptions, type WorkerLike } from './logParser';

/** How far the running parse is, or null when none runs. */
export interface Parsing {
  readonly progress: ParseProgress | null;
  /** Lines in the log. */
  readonly lines: number;
}

export function useLogParser(onDone: (result: ParseShiVizResult) => void) {
  const parserRef = useRef<LogParser | null>(null);
  const done = useRef(onDone);
  const [parsing, setParsing] = useState<Parsing | null>(null);

  useEffect(() => {
    done.current = onDone;
  });

  useEffect(() => {
    const parser = new LogParser(
      () =>
        new Worker(new URL('./shivizParse.worker.ts', import.meta.url)) as unknown as WorkerLike,
    );
    parserRef.current = parser;
    parser.warm();
    return () => parser.dispose();
  }, []);

  const parse = useCallback((text: string, options: ParseOptions) => {
    const parser = parserRef.current;
    if (parser === null) return;
    setParsing({ progress: null, lines: 0 });
    parser.parse(text, options, (update) => {
      if (update.type === 'progress') {
        setParsing({ progress: update.progress, lines: update.lines });
        return;
      }
      setParsing(null);
      done.current(update.result);
    });
  }, []);

  const cancel = useCallback(() => {
    parserRef.current?.cancel();
    setParsing(null);
  }, []);

  return { parsing, parse, cancel };
}
