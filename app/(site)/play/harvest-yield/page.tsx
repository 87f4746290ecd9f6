import { HarvestYieldSandbox } from '@/components/widgets/play/HarvestYieldSandbox';
import { PlayPage, playMetadata } from '../PlayPage';

export const metadata = playMetadata('harvest-yield');

export default function Page() {
  return (
    <PlayPage id="harvest-yield">
      <HarvestYieldSandbox />
    </PlayPage>
  );
}
