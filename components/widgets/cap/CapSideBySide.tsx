'use client';
/**
 * CP and AP side by side: the same seed, workload and partition drive a CP register and
 * an AP register at once. The CP run leads; the AP run is linked to it (PlayerStore.link),
 * so one transport moves both, and a partition drawn on either cluster cuts both.
 *
 *   <CapSideBySide ap="ap-lww" commands={[{ at: '2s', type: 'partition', groups: [['n1','n2'],['n3','n4','n5']] }]} />
 */
import { useEffect, useMemo, useRef } from 'react';
import { type Command, type Micros, type ParamValues, type Scenario } from '@/sim/core';
import { capRegister } from '@/sim/scenarios/cap/scenario';
import { usePlayer } from '@/components/player/usePlayer';
import { useShortcuts } from '@/components/player/useShortcuts';
import { Transport } from '@/components/controls/Transport';
import { Timeline } from '@/components/controls/Timeline';
import { PartitionPanel } from '@/components/controls/PartitionPanel';
import { SeekProgress } from '@/components/controls/SeekProgress';
import { Notice } from '../Notice';
import { useEmbedApi } from '../useEmbedApi';
import { useBeats } from '../useBeats';
import { readLessonRun } from '../lessonRun';
import { useWidgetKit } from '../kit/useWidgetKit';
import { writeRunState } from '@/components/player/urlState';
import { CapSide } from './CapSide';
import { RequestPanel } from './RequestPanel';
import styles from '../widgets.module.css';
import slideStyles from '../slide.module.css';
import { ErrorBoundary } from '../ErrorBoundary';

export interface CapSideBySideProps {
  readonly params?: Readonly<Record<string, string | number>>;
  readonly commands?: readonly unknown[];
  readonly seed?: number;
  readonly ap?: 'ap-lww' | 'ap-siblings';
  readonly until?: string;
  readonly caption?: string;
  /** Keys act on the whole page (embed) or only while focus is inside (lesson). */
  readonly keys?: 'window' | 'focus';
}

export interface CapRun {
  readonly params: ParamValues;
  readonly commands: readonly Command[];
  readonly seed: number;
  /** Where the run starts (a link's `t`); 0 when not given. */
  readonly startAt?: number;
  /** Where play stops, or null. */
  readonly stopAt: number | null;
}

export const AP_BLURB: Record<string, string> = {
  'ap-lww':
    'Every live replica answers; conflicts are settled by timestamps (last write wins), like Riak by default.',
  'ap-siblings':
    'Every live replica answers; conflicting writes are all kept as siblings, tracked with vector clocks.',
};

interface PairProps {
  readonly scenario: Scenario;
  readonly run: CapRun;
  readonly ap: string;
  readonly keys: 'window' | 'focus';
  readonly caption?: string;
  /** In an embed: the parent origin whose postMessage commands are obeyed (null: any). */
  readonly embedOrigin?: string | null;
  /** Transport, timeline and the request and partition panels; an embed may hide them. */
  readonly controls?: boolean;
  /** Times that → and ← play to and go back to (beats.ts). */
  readonly beats?: readonly Micros[];
  /** A 16:9 slide: one control row, each side's cluster beside its history, panels folded. */
  readonly slide?: boolean;
  /** Presenter mode, Copy embed code and Export a diagram (in a lesson). */
  readonly tools?: boolean;
}

const NO_BEATS: readonly Micros[] = [];

export function CapPair({
  scenario,
  run,
  ap,
  keys,
  caption,
  embedOrigin,
  controls = true,
  beats = NO_BEATS,
  slide = false,
  tools = false,
}: PairProps) {
  const common = {
    scenario,
    seed: run.seed,
    commands: run.commands,
    startAt: run.startAt ?? 0,
    ...(run.stopAt === null ? {} : { stopAt: run.stopAt }),
  };
  const [cp, cpSnapshot] = usePlayer({ ...common, params: { ...run.params, mode: 'cp' } });
  const [apStore, apSnapshot] = usePlayer({ ...common, params: { ...run.params, mode: ap } });
  useEffect(() => cp.link(apStore), [cp, apStore]);
  const containerRef = useRef<HTMLDivElement>(null);
  useShortcuts(cp, keys === 'window' ? 'window' : containerRef);
  const beatControl = useBeats(
    cp,
    beats,
    run.startAt ?? 0,
    keys === 'window' ? 'window' : containerRef,
  );
  useEmbedApi(
    cp,
    cpSnapshot,
    scenario,
    embedOrigin === undefined ? 'none' : embedOrigin,
    beatControl,
  );
  const panels = controls && (
    <div className={styles.capTools}>
      <RequestPanel store={cp} snapshot={cpSnapshot} />
      <PartitionPanel store={cp} snapshot={cpSnapshot} />
    </div>
  );
  const kit = useWidgetKit(containerRef, {
    embedPath: '/embed/cap/',
    runQuery: () =>
      writeRunState(scenario, {
        seed: run.seed,
        params: { ...run.params, mode: ap },
        commands: cp.sim.commands,
        t: cp.sim.now,
      }),
    title: caption ?? 'CP and AP side by side',
  });
  return (
    <div
      ref={containerRef}
      className={`${styles.capPair} ${tools ? kit.frame.className : ''}`}
      {...(tools ? { tabIndex: kit.frame.tabIndex } : {})}
    >
      <div className={slide ? slideStyles.capControls : styles.capControls}>
        {controls && <Transport store={cp} snapshot={cpSnapshot} />}
        {controls && <Timeline store={cp} snapshot={cpSnapshot} />}
        <SeekProgress store={cp} snapshot={cpSnapshot} />
      </div>
      <div className={styles.capColumns}>
        <CapSide
          store={cp}
          snapshot={cpSnapshot}
          title="CP (like ZooKeeper)"
          blurb="A majority elects a leader; without a majority, a replica refuses or the client times out."
          slide={slide}
        />
        <CapSide
          store={apStore}
          snapshot={apSnapshot}
          title={ap === 'ap-siblings' ? 'AP with siblings' : 'AP (like Riak)'}
          blurb={AP_BLURB[ap] ?? ''}
          slide={slide}
        />
      </div>
      {slide && panels ? (
        <details className={slideStyles.moreControls}>
          <summary>Requests and network</summary>
          {panels}
        </details>
      ) : (
        panels
      )}
      {caption && <p className={styles.caption}>{caption}</p>}
      {tools && kit.toolbar}
    </div>
  );
}

export function readCapRun(
  scenario: Scenario,
  props: CapSideBySideProps,
): { run: CapRun; errors: readonly string[] } {
  const read = readLessonRun(scenario, props);
  return {
    run: { params: read.params, commands: read.commands, seed: read.seed, stopAt: read.until },
    errors: read.errors,
  };
}

export function CapSideBySide(props: CapSideBySideProps) {
  const read = useMemo(() => readCapRun(capRegister, props), [props]);
  return (
    <div className={styles.lesson}>
      <Notice title="This widget's settings have problems" messages={read.errors} />
      <ErrorBoundary name="The widget">
        <CapPair
          scenario={capRegister}
          run={read.run}
          ap={props.ap ?? 'ap-lww'}
          keys={props.keys ?? 'focus'}
          tools
          {...(props.caption ? { caption: props.caption } : {})}
        />
      </ErrorBoundary>
    </div>
  );
}
