'use client';
/**
 * The linearizability verdict for a history that keeps growing. Checking happens in a Web
 * Worker; only the newest history is checked (older requests are skipped, not queued),
 * and the last verdict stays on screen until the next one arrives.
 * Where workers are unavailable, the check runs on the page instead, with the checker
 * fetched only then: the page itself does not carry it.
 */
import { useEffect, useRef, useState } from 'react';
import type { History, Verdict } from '@/sim/checkers/linearizability';

interface Pending {
  readonly id: number;
  readonly history: History;
}

export function useVerdict(history: History): Verdict | null {
  const [result, setResult] = useState<{ id: number; verdict: Verdict } | null>(null);
  const workerRef = useRef<Worker | null>(null);
  const busy = useRef(false);
  const next = useRef<Pending | null>(null);
  const counter = useRef(0);
  const latest = useRef(0);

  useEffect(() => {
    let worker: Worker | null = null;
    try {
      worker = new Worker(new URL('./checker.worker.ts', import.meta.url));
    } catch {
      worker = null;
    }
    workerRef.current = worker;
    const send = () => {
      const job = next.current;
      if (!job || busy.current || !workerRef.current) return;
      next.current = null;
      busy.current = true;
      workerRef.current.postMessage(job);
    };
    if (worker) {
      worker.onmessage = (event: MessageEvent<{ id: number; verdict: Verdict }>) => {
        busy.current = false;
        setResult(event.data);
        send();
      };
      worker.onerror = () => {
        busy.current = false;
        workerRef.current = null;
      };
    }
    return () => worker?.terminate();
  }, []);

  useEffect(() => {
    const id = ++counter.current;
    latest.current = id;
    const worker = workerRef.current;
    if (worker) {
      next.current = { id, history };
      if (!busy.current) {
        next.current = null;
        busy.current = true;
        worker.postMessage({ id, history });
      }
      return;
    }
    let cancelled = false;
    void import('@/sim/checkers/linearizability/checkLinearizability').then(
      ({ checkLinearizability }) => {
        if (!cancelled && latest.current === id)
          setResult({ id, verdict: checkLinearizability(history, { searchStepsMax: 2_000_000 }) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [history]);

  // The last finished verdict, even while a newer history is being checked: histories only
  // grow, so its highlighted operations still point at the same operations.
  return result?.verdict ?? null;
}
