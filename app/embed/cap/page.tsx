import { EmbedCap } from '@/components/widgets/EmbedCap';
import { EmbedPage, embedMetadata } from '../EmbedPage';

export const metadata = embedMetadata('cap');

export default function Page() {
  return (
    <EmbedPage id="cap">
      <EmbedCap />
    </EmbedPage>
  );
}
