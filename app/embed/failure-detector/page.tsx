import { EmbedFailureDetector } from '@/components/widgets/EmbedFailureDetector';
import { EmbedPage, embedMetadata } from '../EmbedPage';

export const metadata = embedMetadata('failure-detector');

export default function Page() {
  return (
    <EmbedPage id="failure-detector">
      <EmbedFailureDetector />
    </EmbedPage>
  );
}
