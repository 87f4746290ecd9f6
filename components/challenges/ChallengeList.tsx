'use client';
/**
 * A lesson's challenges, each with a link that opens its sandbox with the goal beside the
 * run, marked "Solved" once this browser has solved it.
 */
import Link from 'next/link';
import { useProgress } from '@/components/progress/useProgress';
import styles from './challenges.module.css';

export interface ChallengeItem {
  readonly id: string;
  readonly title: string;
  readonly goal: string;
  readonly href: string;
}

export function ChallengeList({ items }: { items: readonly ChallengeItem[] }) {
  const { progress } = useProgress();
  return (
    <ul className={styles.list}>
      {items.map((item) => {
        const solved = progress.challenges.includes(item.id);
        return (
          <li key={item.id} className={styles.item}>
            <h3>
              {item.title}
              {solved && <span className={styles.badge}>Solved</span>}
            </h3>
            <p>{item.goal}</p>
            <Link href={item.href}>
              {solved ? 'Open it again' : 'Try it'} in the sandbox
              <span className="visually-hidden">: {item.title}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
