import * as mdx from '@/content/light-cones.mdx';
import {
  ClockExercise,
  ClusterWidget,
  SpaceTimeWidget,
} from '@/components/widgets/lesson/LightConesWidgets';
import { asLesson, lessonMetadata, LessonPage } from '../LessonPage';

const lesson = asLesson(mdx);

export const metadata = lessonMetadata(lesson);

export default function Page() {
  return <LessonPage lesson={lesson} widgets={{ ClusterWidget, SpaceTimeWidget, ClockExercise }} />;
}
