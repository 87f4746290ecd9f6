import { EmbedHarvestYield } from '@/components/widgets/EmbedHarvestYield';
import { EmbedPage, embedMetadata } from '../EmbedPage';

export const metadata = embedMetadata('harvest-yield');

export default function Page() {
  return (
    <EmbedPage id="harvest-yield">
      <EmbedHarvestYield />
    </EmbedPage>
  );
}
