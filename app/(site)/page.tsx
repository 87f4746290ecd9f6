import Link from 'next/link';
import { lessonSource, listLessons } from '@/content';
import { readingTime } from '@/content/readingTime';
import { ProgressSummary, ReadBadge } from '@/components/progress/ProgressSummary';
import { sandboxes } from '@/components/widgets/registry';
import { lessonChallenges } from '@/sim/challenges';
import teach from '@/components/teach/teach.module.css';
import { LessonCardPicture } from '@/components/home/LessonPicture';
import styles from './site.module.css';

export default function Home() {
  const lessons = listLessons();
  return (
    <>
      <section className={styles.hero}>
        <h1>Break a distributed system. Watch what it does.</h1>
        <p className={styles.lead}>
          Lightcone runs small clusters in your browser. Crash a node, cut the network, slow a link,
          and see what each machine can and cannot know. Every run is reproducible from its link.
        </p>
      </section>
      <section aria-labelledby="lessons">
        <h2 id="lessons">Lessons</h2>
        <ul className={styles.cards}>
          {lessons.map((lesson) => (
            <li key={lesson.slug} className={styles.card}>
              <LessonCardPicture slug={lesson.slug} />
              <p className={styles.eyebrow}>{lesson.concept}</p>
              <h3>
                <Link href={`/learn/${lesson.slug}/`}>{lesson.title}</Link>
              </h3>
              <p>{lesson.description}</p>
              <ReadBadge slug={lesson.slug} />
            </li>
          ))}
        </ul>
      </section>
      <p className={teach.homeNote}>
        Teaching with Lightcone? Each lesson has notes for teachers:{' '}
        {lessons.map((lesson, index) => (
          <span key={lesson.slug}>
            {index > 0 && ', '}
            <Link href={`/teach/${lesson.slug}/`}>
              {lesson.title}
              <span className="visually-hidden"> (notes for teachers)</span>
            </Link>
          </span>
        ))}
        .
      </p>
      <ProgressSummary
        lessons={lessons.map(({ slug }) => ({
          slug,
          predictions: readingTime(lessonSource(slug)).predictions,
          challenges: lessonChallenges(slug).map((challenge) => challenge.id),
        }))}
      />
      <section aria-labelledby="sandboxes">
        <h2 id="sandboxes">Sandboxes</h2>
        <ul className={styles.cards}>
          {sandboxes.map((entry) => (
            <li key={entry.id} className={styles.card}>
              <h3>
                <Link href={`/play/${entry.id}/`}>{entry.title}</Link>
              </h3>
              <p>{entry.description}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
