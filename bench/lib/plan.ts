/** How much work each mode does. --quick must finish in under 2 minutes on 2 cores. */
export interface Plan {
  readonly mode: 'full' | 'quick';
  readonly engine: {
    readonly heap: { readonly runs: number; readonly events: number };
    readonly network: { readonly runs: number; readonly events: number };
    readonly echo: { readonly runs: number; readonly events: number };
    /** Events per timed run, by node count. */
    readonly fd: { readonly runs: number; readonly events: Readonly<Record<number, number>> };
    /** Separate processes, each one 1M-event run and one seek cycle. */
    readonly long: { readonly runs: number; readonly events: number; readonly diagnose: boolean };
    /** One long run at 100 nodes: memory held (checkpoints thin by bytes there) and seek. */
    readonly long100: { readonly runs: number; readonly events: number };
  };
  readonly render: {
    readonly runs: number;
    readonly warmupMs: number;
    readonly measureMs: number;
    /** Also measure 9 nodes, the sandbox's maximum. */
    readonly nineNodes: boolean;
    readonly soak: { readonly runs: number; readonly earlyS: number; readonly lateS: number };
  };
  readonly checker: { readonly runs: number };
  readonly pbs: { readonly runs: number };
  /** Node runs per log, and page loads per log (bench/logs). */
  readonly logs: { readonly runs: number; readonly pageRuns: number };
}

export const FULL: Plan = {
  mode: 'full',
  engine: {
    heap: { runs: 7, events: 2_000_000 },
    network: { runs: 7, events: 500_000 },
    echo: { runs: 5, events: 100_000 },
    fd: { runs: 5, events: { 5: 100_000, 25: 60_000, 100: 30_000 } },
    long: { runs: 3, events: 1_000_000, diagnose: true },
    long100: { runs: 1, events: 1_000_000 },
  },
  render: {
    runs: 3,
    warmupMs: 2000,
    measureMs: 8000,
    nineNodes: true,
    soak: { runs: 3, earlyS: 5, lateS: 60 },
  },
  checker: { runs: 10 },
  pbs: { runs: 7 },
  logs: { runs: 7, pageRuns: 5 },
};

export const QUICK: Plan = {
  mode: 'quick',
  engine: {
    heap: { runs: 5, events: 500_000 },
    network: { runs: 5, events: 200_000 },
    echo: { runs: 3, events: 50_000 },
    fd: { runs: 3, events: { 5: 50_000, 25: 30_000, 100: 10_000 } },
    long: { runs: 1, events: 1_000_000, diagnose: false },
    long100: { runs: 1, events: 250_000 },
  },
  render: {
    runs: 2,
    warmupMs: 1000,
    measureMs: 3000,
    nineNodes: false,
    soak: { runs: 1, earlyS: 5, lateS: 20 },
  },
  checker: { runs: 5 },
  pbs: { runs: 3 },
  logs: { runs: 3, pageRuns: 2 },
};
