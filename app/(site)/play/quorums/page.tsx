import { QuorumsSandbox } from '@/components/widgets/play/QuorumsSandbox';
import { PlayPage, playMetadata } from '../PlayPage';

export const metadata = playMetadata('quorums');

export default function Page() {
  return (
    <PlayPage id="quorums">
      <QuorumsSandbox />
    </PlayPage>
  );
}
