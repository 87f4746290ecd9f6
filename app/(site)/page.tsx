import Link from 'next/link';
import { lessonSource, listLessons } from '@/content';
import { readingTime } from '@/content/readingTime';
import { ProgressSummary, ReadBadge } from '@/components/progress/ProgressSummary';
import { sandboxes } from '@/components/widgets/registry';
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
      <ProgressSummary
        lessons={lessons.map(({ slug }) => ({
          slug,
          predictions: readingTime(lessonSource(slug)).predictions,
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
