import * as mdx from '@/content/quorums.mdx';
import { QuorumWidget } from '@/components/widgets/lesson/QuorumsWidgets';
import { asLesson, lessonMetadata, LessonPage } from '../LessonPage';

const lesson = asLesson(mdx);

export const metadata = lessonMetadata(lesson);

export default function Page() {
  return <LessonPage lesson={lesson} widgets={{ QuorumWidget }} />;
}
