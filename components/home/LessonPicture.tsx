/**
 * A lesson card's picture (runPicture.ts), drawn on the server at build time: plain SVG
 * in the page, no script and no image file. Colours come from the site's variables.
 */
import { LESSON_PICTURES } from './lessonPictures';
import { runPicture, type RunPicture } from './runPicture';
import styles from './home.module.css';

/** The picture on lesson `slug`'s card, or nothing for a lesson without one yet. */
export function LessonCardPicture({ slug }: { slug: string }) {
  const setup = LESSON_PICTURES[slug];
  return setup ? <LessonPicture picture={runPicture(setup)} /> : null;
}

export function LessonPicture({ picture }: { picture: RunPicture }) {
  const { width, height, lanes, up, delivered, lost, marks, alt } = picture;
  return (
    <svg
      className={styles.picture}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={alt}
      preserveAspectRatio="xMidYMid meet"
    >
      {marks.map((mark, i) =>
        mark.y !== null ? (
          <path key={i} className={styles.crash} d={`M${mark.x - 4} ${mark.y - 4}l8 8m0 -8l-8 8`} />
        ) : (
          <line
            key={i}
            className={mark.kind === 'partition' ? styles.cut : styles.heal}
            x1={mark.x}
            x2={mark.x}
            y1={2}
            y2={height - 2}
          />
        ),
      )}
      <path className={styles.lane} d={up} />
      <path className={styles.message} d={delivered} />
      <path className={styles.lost} d={lost} />
      {lanes.map((lane) => (
        <text key={lane.id} className={styles.laneLabel} x={2} y={lane.y} dy="0.35em">
          {lane.id}
        </text>
      ))}
    </svg>
  );
}
