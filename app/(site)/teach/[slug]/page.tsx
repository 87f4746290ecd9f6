/**
 * `/teach/<lesson>/`: a page for whoever teaches a lesson. What the lesson teaches and how
 * long it takes, one run for the whole class, questions to discuss, and the challenges to
 * set with what a solution looks like. One page per lesson in the lesson list.
 */
import Link from 'next/link';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { lessonOutline, lessonSlugs, readLessonMeta } from '@/content';
import { lessonChallenges } from '@/sim/challenges';
// A server component: the scenarios serve to write the links, and none of them ships.
// eslint-disable-next-line no-restricted-imports
import { findScenario } from '@/sim/scenarios';
import { runOf, runQuery, sandboxHref, solutionHref } from '@/components/challenges/links';
import { ClassLink } from '@/components/teach/ClassLink';
import { classSandbox, teacherNotes } from '@/components/teach/teacherNotes';
import site from '../../site.module.css';
import styles from '@/components/teach/teach.module.css';

export const dynamicParams = false;

export function generateStaticParams(): { slug: string }[] {
  return lessonSlugs.map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const lesson = readLessonMeta(slug);
  return {
    title: `Teaching: ${lesson.title}`,
    description: `Notes for teaching the Lightcone lesson "${lesson.title}": discussion questions, a class link and challenges.`,
  };
}

export default async function TeachPage({ params }: Props) {
  const { slug } = await params;
  const notes = teacherNotes(slug);
  const concept = classSandbox(slug);
  const scenario = concept === undefined ? undefined : findScenario(concept);
  if (!notes || !scenario) notFound();
  const lesson = readLessonMeta(slug);
  const { time } = lessonOutline(lesson.title);
  const classHref = sandboxHref(scenario.id, runQuery(scenario, runOf(scenario, notes.classRun)));
  return (
    <article className={site.prose}>
      <p className={site.eyebrow}>For teachers · {lesson.concept}</p>
      <h1>Teaching “{lesson.title}”</h1>
      <p>
        <Link href={`/learn/${slug}/`}>Read the lesson</Link>. It takes about {time.minutes} minutes
        alone; plan about {notes.classMinutes} minutes in class with the challenges and the
        discussion.
      </p>
      {lesson.objectives && (
        <section aria-labelledby="objectives">
          <h2 id="objectives">What students will be able to do</h2>
          <ul>
            {lesson.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="class-link" className={styles.box}>
        <h2 id="class-link">The class link</h2>
        <p>
          One seed and setup for everyone (seed {notes.classRun.seed}), so that every screen shows
          the same run at the same moment. {notes.classRun.brief}
        </p>
        <ClassLink href={classHref} label="Open the class run" />
      </section>
      <section aria-labelledby="plan">
        <h2 id="plan">A plan for the session</h2>
        <p>{notes.plan}</p>
      </section>
      <section aria-labelledby="questions">
        <h2 id="questions">Discussion questions</h2>
        <ol>
          {notes.questions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="challenges">
        <h2 id="challenges">Challenges to set</h2>
        <p>
          Each opens the sandbox with its goal beside the run; the simulation decides when it is
          solved, and a solved challenge can be shared as a link that replays it.
        </p>
        <ul className={styles.challenges}>
          {lessonChallenges(slug).map((challenge) => (
            <li key={challenge.id}>
              <h3>{challenge.title}</h3>
              <p>{challenge.goal}</p>
              <p>
                <strong>A solution:</strong> {challenge.solution.explain}{' '}
                <Link href={solutionHref(findScenario(challenge.scenario)!, challenge)}>
                  Open this solution<span className="visually-hidden">: {challenge.title}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
