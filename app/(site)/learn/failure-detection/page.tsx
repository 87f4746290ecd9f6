import * as mdx from '@/content/failure-detection.mdx';
import {
  ClusterWidget,
  TimeoutSideBySide,
} from '@/components/widgets/lesson/FailureDetectionWidgets';
import { asLesson, lessonMetadata, LessonPage } from '../LessonPage';

const lesson = asLesson(mdx);

export const metadata = lessonMetadata(lesson);

export default function Page() {
  return <LessonPage lesson={lesson} widgets={{ ClusterWidget, TimeoutSideBySide }} />;
}
