import { EmbedLightCone } from '@/components/widgets/EmbedLightCone';
import { EmbedPage, embedMetadata } from '../EmbedPage';

export const metadata = embedMetadata('light-cone');

export default function Page() {
  return (
    <EmbedPage id="light-cone">
      <EmbedLightCone />
    </EmbedPage>
  );
}
