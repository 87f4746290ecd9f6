import { LightConesSandbox } from '@/components/widgets/play/LightConesSandbox';
import { PlayPage, playMetadata } from '../PlayPage';

export const metadata = playMetadata('light-cones');

export default function Page() {
  return (
    <PlayPage id="light-cones">
      <LightConesSandbox />
    </PlayPage>
  );
}
