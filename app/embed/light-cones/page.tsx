import { EmbedLightCones } from '@/components/widgets/EmbedLightCones';
import { EmbedPage, embedMetadata } from '../EmbedPage';

export const metadata = embedMetadata('light-cones');

export default function Page() {
  return (
    <EmbedPage id="light-cones">
      <EmbedLightCones />
    </EmbedPage>
  );
}
