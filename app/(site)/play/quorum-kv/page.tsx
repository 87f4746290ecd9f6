import { QuorumKvSandbox } from '@/components/widgets/play/QuorumKvSandbox';
import { PlayPage, playMetadata } from '../PlayPage';

export const metadata = playMetadata('quorum-kv');

export default function Page() {
  return (
    <PlayPage id="quorum-kv">
      <QuorumKvSandbox />
    </PlayPage>
  );
}
