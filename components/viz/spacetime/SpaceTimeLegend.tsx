/** The key to the diagram's marks and tints. */
import styles from './spacetime.module.css';

const ITEMS: readonly { readonly swatch: string; readonly text: string }[] = [
  { swatch: styles.swatchPast!, text: 'causal past of the selected event' },
  { swatch: styles.swatchFuture!, text: 'causal future' },
  { swatch: styles.swatchPlain!, text: 'concurrent (unshaded)' },
  { swatch: styles.swatchKnown!, text: 'what the chosen node can know' },
  { swatch: styles.swatchLost!, text: '✕ message lost; gap: node down' },
  {
    swatch: styles.swatchWire!,
    text: 'dashed: still on the wire; from the left edge: sent before the events shown',
  },
];

export function SpaceTimeLegend() {
  return (
    <ul className={styles.legend} aria-label="Legend">
      {ITEMS.map((item) => (
        <li key={item.text}>
          <span className={`${styles.swatch} ${item.swatch}`} aria-hidden="true" />
          {item.text}
        </li>
      ))}
    </ul>
  );
}
