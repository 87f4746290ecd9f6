import type { Metadata } from 'next';
import { SpaceTimeTool } from '@/components/tools/SpaceTimeTool';
import styles from '../../site.module.css';

export const metadata: Metadata = {
  title: 'Space-time diagram of a log',
  description:
    'Paste or open a ShiViz or GoVector log and see it as a space-time diagram with light cones and vector clocks, in your browser.',
};

export default function SpaceTimeToolPage() {
  return (
    <>
      <p className={styles.eyebrow}>Tool</p>
      <h1>Space-time diagram of a real log</h1>
      <p className={styles.lead}>
        Paste a log in ShiViz format (GoVector writes it), or open a file. Nothing leaves your
        browser.
      </p>
      <SpaceTimeTool />
    </>
  );
}
