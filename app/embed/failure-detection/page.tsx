import { EmbedFailureDetection } from '@/components/widgets/EmbedFailureDetection';
import { EmbedPage, embedMetadata } from '../EmbedPage';

export const metadata = embedMetadata('failure-detection');

export default function Page() {
  return (
    <EmbedPage id="failure-detection">
      <EmbedFailureDetection />
    </EmbedPage>
  );
}
