import { FailureDetectorSandbox } from '@/components/widgets/play/FailureDetectorSandbox';
import { PlayPage, playMetadata } from '../PlayPage';

export const metadata = playMetadata('failure-detector');

export default function Page() {
  return (
    <PlayPage id="failure-detector">
      <FailureDetectorSandbox />
    </PlayPage>
  );
}
