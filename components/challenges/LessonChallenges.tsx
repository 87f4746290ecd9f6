/**
 * The end of a lesson: its challenges, to be solved in the sandbox, and a quiet link to
 * the lesson's page for teachers. Rendered on the server: the page ships the list, not
 * the checkers.
 */
import Link from 'next/link';
import { lessonChallenges } from '@/sim/challenges';
import { ChallengeList } from './ChallengeList';
import { challengeHref } from './links';
import styles from './challenges.module.css';

export function LessonChallenges({ slug }: { slug: string }) {
  const items = lessonChallenges(slug).map((challenge) => ({
    id: challenge.id,
    title: challenge.title,
    goal: challenge.goal,
    href: challengeHref(challenge),
  }));
  const teacher = (
    <p className={styles.teacherLink}>
      Teaching this lesson? <Link href={`/teach/${slug}/`}>Notes for teachers</Link>: discussion
      questions, a class link and the challenges to set.
    </p>
  );
  if (items.length === 0) return teacher;
  return (
    <section aria-labelledby="lesson-challenges" className={styles.section}>
      <h2 id="lesson-challenges">Challenges</h2>
      <p>
        Make these happen in the sandbox. The simulation checks your run and tells you when you have
        done it.
      </p>
      <ChallengeList items={items} />
      {teacher}
    </section>
  );
}
