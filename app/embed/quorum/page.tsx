import { EmbedQuorum } from '@/components/widgets/EmbedQuorum';
import { EmbedPage, embedMetadata } from '../EmbedPage';

export const metadata = embedMetadata('quorum');

export default function Page() {
  return (
    <EmbedPage id="quorum">
      <EmbedQuorum />
    </EmbedPage>
  );
}
