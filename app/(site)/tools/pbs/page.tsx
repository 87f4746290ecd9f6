import type { Metadata } from 'next';
import { PbsCalculator } from '@/components/tools/pbs/PbsCalculator';
import styles from '../../site.module.css';

export const metadata: Metadata = {
  title: 'PBS calculator: how stale are partial quorums?',
  description:
    'Probabilistically Bounded Staleness: predict how often and for how long reads from N, R, W quorums return stale data, with production latency profiles, in your browser.',
};

export default function PbsToolPage() {
  return (
    <>
      <p className={styles.eyebrow}>Tool</p>
      <h1>How stale is “eventually”?</h1>
      <p className={styles.lead}>
        Choose N replicas, a read quorum R and a write quorum W, and how long messages take. A Monte
        Carlo of the WARS model (Bailis et al., VLDB 2012) predicts how often a read misses the
        latest write, and for how long after it commits.
      </p>
      <PbsCalculator />
    </>
  );
}
