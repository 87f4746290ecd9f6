'use client';
/**
 * A vector-clock exercise: two events of the lesson's run with their clocks, and the
 * question the picture alone leaves open, whether one happened before the other. The
 * answer and its reason come from the run's own clocks (clockQuiz.ts). Real radios and a
 * button; the verdict is read out in a polite live region.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Scenario } from '@/sim/core';
import lessonStyles from '@/components/lesson/lesson.module.css';
import { Notice } from '../Notice';
import type { LessonRunProps } from '../lessonRun';
import {
  buildClockQuiz,
  CHOICES,
  choiceText,
  wrongChoiceText,
  type Choice,
  type ClockQuestion,
  type ClockQuestionSpec,
} from './clockQuiz';
import styles from './lightcone.module.css';

export interface ClockExerciseProps extends LessonRunProps {
  readonly questions: readonly ClockQuestionSpec[];
  readonly caption?: string;
}

function ClockTable({ hosts, question }: { hosts: readonly string[]; question: ClockQuestion }) {
  return (
    <table className={styles.clocks}>
      <caption className={styles.clockCaption}>Vector clocks, one entry per node</caption>
      <thead>
        <tr>
          <th scope="col">Event</th>
          {hosts.map((host) => (
            <th key={host} scope="col">
              {host}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {(
          [
            ['A', question.aText, question.a.clock],
            ['B', question.bText, question.b.clock],
          ] as const
        ).map(([name, text, clock]) => (
          <tr key={name}>
            <th scope="row">
              {name}: {text}
            </th>
            {hosts.map((host, h) => (
              <td key={host}>{clock[h] ?? 0}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Question({
  hosts,
  question,
  index,
  count,
}: {
  hosts: readonly string[];
  question: ClockQuestion;
  index: number;
  count: number;
}) {
  const id = useId();
  const [selected, setSelected] = useState<Choice | null>(null);
  const [checked, setChecked] = useState<Choice | null>(null);
  const check = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (selected !== null) setChecked(selected);
  };
  const right = checked === question.answer;
  return (
    <form className={styles.question} onSubmit={check}>
      <ClockTable hosts={hosts} question={question} />
      <fieldset className={lessonStyles.fieldset}>
        <legend className={lessonStyles.legend}>
          Question {index + 1} of {count}: how are A and B related?
        </legend>
        <ul className={lessonStyles.choices}>
          {CHOICES.map((choice) => (
            <li key={choice}>
              <label className={lessonStyles.choice}>
                <input
                  type="radio"
                  name={`${id}-order`}
                  value={choice}
                  checked={selected === choice}
                  onChange={() => setSelected(choice)}
                />
                <span>{choiceText(choice)}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className={lessonStyles.actions}>
        <button type="submit" className={lessonStyles.button} disabled={selected === null}>
          Check my answer
        </button>
      </div>
      <div aria-live="polite">
        {checked !== null && (
          <p
            className={`${lessonStyles.verdict} ${right ? lessonStyles.right : lessonStyles.wrong}`}
          >
            {right ? 'Right. ' : `${wrongChoiceText(checked, question.answer)} `}
            {question.reason}
          </p>
        )}
      </div>
    </form>
  );
}

export function ClockExercise({
  scenario,
  props,
}: {
  scenario: Scenario;
  props: ClockExerciseProps;
}) {
  const { params, commands, until, seed, questions } = props;
  const quiz = useMemo(
    () =>
      buildClockQuiz(
        scenario,
        {
          ...(params ? { params } : {}),
          ...(commands ? { commands } : {}),
          ...(until ? { until } : {}),
          ...(seed === undefined ? {} : { seed }),
        },
        questions,
      ),
    [scenario, params, commands, until, seed, questions],
  );
  return (
    <section className={lessonStyles.box} aria-label="Vector-clock exercise">
      <p className={lessonStyles.kicker}>Read the clocks</p>
      <Notice title="This exercise's settings have problems" messages={quiz.errors} />
      {props.caption && <p>{props.caption}</p>}
      {quiz.questions.map((question, index) => (
        <Question
          key={index}
          hosts={quiz.hosts}
          question={question}
          index={index}
          count={quiz.questions.length}
        />
      ))}
    </section>
  );
}
