import * as mdx from '@/content/failure-detection.mdx';
import { ClusterWidget } from '@/components/widgets/lesson/FailureDetectionWidgets';
import { asLesson, lessonMetadata, LessonPage } from '../LessonPage';

const lesson = asLesson(mdx);

export const metadata = lessonMetadata(lesson);

export default function Page() {
  return <LessonPage lesson={lesson} widgets={{ ClusterWidget }} />;
}
