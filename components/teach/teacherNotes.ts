/**
 * What a teacher needs beside each lesson: one run for everyone, in the sandbox where
 * the lesson's challenges are played (a seed and a setup, so that every screen shows the same thing), questions to
 * discuss, and how to spend the time. Keyed by lesson slug; the challenges to set come
 * from the challenge list (sim/challenges), the objectives and reading time from the
 * lesson itself.
 */
import { US_PER_S, type Command, type ParamValue } from '@/sim/core';
import { lessonChallenges } from '@/sim/challenges';

const S = US_PER_S;

export interface ClassRun {
  readonly seed: number;
  readonly params?: Readonly<Record<string, ParamValue>>;
  readonly commands?: readonly Command[];
  /** What the class sees when it opens the link, and what to do first. */
  readonly brief: string;
}

export interface TeacherNotes {
  /** Played in the sandbox of the lesson's challenges. */
  readonly classRun: ClassRun;
  readonly questions: readonly string[];
  /** A plan for a session, in a few sentences. */
  readonly plan: string;
  /** Minutes in class: reading, the sandbox, the challenges and the discussion. */
  readonly classMinutes: number;
}

const notes: Readonly<Record<string, TeacherNotes>> = {
  'failure-detection': {
    classRun: {
      seed: 7,
      brief:
        'Five nodes sending heartbeats, nothing broken yet. Ask everyone to crash the same node at the same moment and compare what the survivors conclude, then to isolate it instead.',
    },
    questions: [
      'From inside the cluster, what is the difference between a crashed node and one that is cut off? Is there any heartbeat that could tell them apart?',
      'If you halve the timeout, what gets better and what gets worse? Which would you choose for a payment system, and which for a chat service?',
      'A node that is only slow gets suspected. Is that a bug in the detector, or the price of having one?',
      'Two nodes each suspect the other. Which one is right?',
    ],
    plan: 'Read the first half together, then let pairs reproduce a crash and a partition with the class link and compare notes. Set the challenges; finish by discussing the timeout trade-off with the numbers people saw.',
    classMinutes: 45,
  },
  'light-cones': {
    classRun: {
      seed: 1,
      params: { gap: 20 },
      brief:
        'The soldier fires at 1 s and the sniper 20 ms later; three observers stand between them. Ask each student to write down, before playing, which observer will think which shot came first.',
    },
    questions: [
      'Two observers disagree about which shot came first. Is one of them wrong? What would it take for them to agree?',
      'When can you be sure one event happened before another, without trusting anyone’s clock?',
      'Why does it not help to make the observers’ clocks perfect?',
      'In a database, two writes arrive at replicas in different orders. What does this lesson say about which order is "true"?',
    ],
    plan: 'Start with the prediction on the class run, play it, and collect the class’s answers. Then move the gap across the distance and find where the order becomes fixed. The challenges make the same point three ways.',
    classMinutes: 40,
  },
  cap: {
    classRun: {
      seed: 3,
      params: { mode: 'mixed' },
      commands: [
        {
          at: 2 * S,
          type: 'partition',
          groups: [
            ['n1', 'n2'],
            ['n3', 'n4', 'n5'],
          ],
        },
      ],
      brief:
        'Mixed mode, with the network split into n1, n2 and n3, n4, n5 at 2 s. Key x is CP, key y is AP: ask the class to watch the history and count refusals on x and stale reads on y.',
    },
    questions: [
      'During the partition, the small side refused requests for x and answered requests for y. Which would your users prefer, and does it depend on what the key holds?',
      'A stale read looks like a successful request. How would you ever notice one in production?',
      'Last-write-wins lost a write the client was told had succeeded. Who is to blame: the clocks, the store or the application?',
      'CAP says "choose" during a partition. What do CP and AP systems each do when there is no partition?',
    ],
    plan: 'Open the class link and pause at 5 s: ask which side can still write x. Then run the side-by-side widget in the lesson and set the challenges; the mixed-mode one shows both choices in one run.',
    classMinutes: 50,
  },
  quorums: {
    classRun: {
      seed: 5,
      params: { r: 2, w: 2 },
      brief:
        'N = 3, R = 2, W = 2 with a strict quorum, under a steady load. Ask the class to check the staleness chart, then to cut the network and compare with a sloppy quorum.',
    },
    questions: [
      'Why does R + W > N guarantee that a read sees the latest committed write? Draw the two sets.',
      'A sloppy quorum kept accepting writes during the partition. What did it give up, and when does it get it back?',
      'R = W = 1 is fast and usually fresh. How would you decide whether "usually" is good enough for a shopping cart, a bank balance, a like counter?',
      'Hinted handoff, read repair and anti-entropy all repair replicas. Which one would you miss most if it were switched off?',
    ],
    plan: 'Warm up with the PBS calculator: how stale is R = W = 1? Then use the class link to show the strict quorum, cut the network together, switch to sloppy, and set the challenges.',
    classMinutes: 50,
  },
  'harvest-yield': {
    classRun: {
      seed: 2,
      params: { replicas: 1, load: 50 },
      brief:
        'Six machines, one replica of each partition, a light load. Ask everyone to crash the same machine and read the harvest and yield meters, then to switch the answer policy and crash it again.',
    },
    questions: [
      'A search engine that loses a machine can answer with fewer results or fail some searches. Which would you choose, and why is it not the same choice for a bank?',
      'Why is yield a better measure than uptime for a service with many requests?',
      'Replicas protect harvest from one crash. What do they cost, and what happens when the load is near capacity?',
      'Under overload, bounded queues refuse work early. Why can that keep more queries answered than accepting everything?',
    ],
    plan: 'Use the class link to show a crash costing harvest, then switch the policy to show it costing yield. Set the two challenges, then return to the lesson for overload and replication.',
    classMinutes: 45,
  },
};

/** A lesson's notes for teachers; every lesson has them (checked by a test). */
export function teacherNotes(slug: string): TeacherNotes | undefined {
  return Object.hasOwn(notes, slug) ? notes[slug] : undefined;
}

/** The sandbox a lesson's class works in: the one its challenges are played in. */
export function classSandbox(slug: string): string | undefined {
  return lessonChallenges(slug)[0]?.scenario;
}
