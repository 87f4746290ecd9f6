import { EmbedQuorums } from '@/components/widgets/EmbedQuorums';
import { EmbedPage, embedMetadata } from '../EmbedPage';

export const metadata = embedMetadata('quorums');

export default function Page() {
  return (
    <EmbedPage id="quorums">
      <EmbedQuorums />
    </EmbedPage>
  );
}
