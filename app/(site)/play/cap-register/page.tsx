import { CapRegisterSandbox } from '@/components/widgets/play/CapRegisterSandbox';
import { PlayPage, playMetadata } from '../PlayPage';

export const metadata = playMetadata('cap-register');

export default function Page() {
  return (
    <PlayPage id="cap-register">
      <CapRegisterSandbox />
    </PlayPage>
  );
}
