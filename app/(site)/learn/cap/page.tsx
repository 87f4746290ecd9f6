import * as mdx from '@/content/cap.mdx';
import { CapSideBySide } from '@/components/widgets/cap/CapSideBySide';
import { ClusterWidget } from '@/components/widgets/lesson/CapWidgets';
import { asLesson, lessonMetadata, LessonPage } from '../LessonPage';

const lesson = asLesson(mdx);

export const metadata = lessonMetadata(lesson);

export default function Page() {
  return <LessonPage lesson={lesson} widgets={{ CapSideBySide, ClusterWidget }} />;
}
