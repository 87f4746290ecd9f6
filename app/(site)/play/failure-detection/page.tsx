import { FailureDetectionSandbox } from '@/components/widgets/play/FailureDetectionSandbox';
import { PlayPage, playMetadata } from '../PlayPage';

export const metadata = playMetadata('failure-detection');

export default function Page() {
  return (
    <PlayPage id="failure-detection">
      <FailureDetectionSandbox />
    </PlayPage>
  );
}
