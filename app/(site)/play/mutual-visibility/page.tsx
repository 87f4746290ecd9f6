import { MutualVisibilitySandbox } from '@/components/widgets/play/MutualVisibilitySandbox';
import { PlayPage, playMetadata } from '../PlayPage';

export const metadata = playMetadata('mutual-visibility');

export default function Page() {
  return (
    <PlayPage id="mutual-visibility">
      <MutualVisibilitySandbox />
    </PlayPage>
  );
}
