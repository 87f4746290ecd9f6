import * as mdx from '@/content/harvest-yield.mdx';
import {
  HarvestRun,
  HarvestSideBySide,
  ThreeOfEverything,
} from '@/components/widgets/lesson/HarvestYieldWidgets';
import { asLesson, lessonMetadata, LessonPage } from '../LessonPage';

const lesson = asLesson(mdx);

export const metadata = lessonMetadata(lesson);

export default function Page() {
  return (
    <LessonPage lesson={lesson} widgets={{ HarvestRun, HarvestSideBySide, ThreeOfEverything }} />
  );
}
