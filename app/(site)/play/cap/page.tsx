import { CapSandbox } from '@/components/widgets/play/CapSandbox';
import { PlayPage, playMetadata } from '../PlayPage';

export const metadata = playMetadata('cap');

export default function Page() {
  return (
    <PlayPage id="cap">
      <CapSandbox />
    </PlayPage>
  );
}
