/**
 * The CP register's messages, with Maelstrom-style names: a request `foo` is answered by
 * `fooOk`. The RPCs are Raft's (Ongaro & Ousterhout 2014, Figure 2), plus `round`, which
 * numbers heartbeat rounds so a leader can tell which round a follower acknowledged
 * (the ReadIndex check of Ongaro's thesis §6.4), and `forward`, which carries a client
 * request from the node its client called to the leader.
 */
import type { RequestStatus } from '@/sim/core/trace';
import type { LogEntry } from './cpState';
import type { ReadValue, RegisterOp } from './registerTypes';

export type RequestVoteBody = {
  readonly type: 'requestVote';
  /** A PreVote poll (Ongaro's thesis §9.6): "would you vote for me in `term`?" */
  readonly preVote: boolean;
  /** The term the candidate stands in (for a poll, the term it would stand in). */
  readonly term: number;
  readonly lastIndex: number;
  readonly lastTerm: number;
};

export type RequestVoteOkBody = {
  readonly type: 'requestVoteOk';
  readonly preVote: boolean;
  /** The voter's current term, so a candidate behind the times steps down. */
  readonly term: number;
  /** The term the vote (or poll answer) is for. */
  readonly forTerm: number;
  readonly granted: boolean;
};

export type AppendEntriesBody = {
  readonly type: 'appendEntries';
  readonly term: number;
  readonly prevIndex: number;
  readonly prevTerm: number;
  readonly entries: readonly LogEntry[];
  /** The leader's commit index. */
  readonly commit: number;
  readonly round: number;
};

export type AppendEntriesOkBody = {
  readonly type: 'appendEntriesOk';
  readonly term: number;
  readonly success: boolean;
  /**
   * On success, the index up to which the follower's log now matches the leader's. On
   * failure, a hint: the follower's log cannot match past this index.
   */
  readonly match: number;
  readonly round: number;
};

export type ForwardBody = {
  readonly type: 'forward';
  readonly request: number;
  readonly op: RegisterOp;
};

export type ForwardOkBody = {
  readonly type: 'forwardOk';
  readonly request: number;
  readonly status: RequestStatus;
  readonly value?: ReadValue;
  readonly reason?: string;
};

export type CpBody =
  | RequestVoteBody
  | RequestVoteOkBody
  | AppendEntriesBody
  | AppendEntriesOkBody
  | ForwardBody
  | ForwardOkBody;
