import { describe, expect, it } from 'vitest';
import { diagramFileName, diagramName } from './diagramFile';

describe('diagram files', () => {
  it('names a file from the label', () => {
    expect(diagramFileName('Failure detector cluster', 'svg')).toBe(
      'lightcone-failure-detector-cluster.svg',
    );
    expect(diagramFileName('  ', 'png')).toBe('lightcone-diagram.png');
    expect(diagramFileName('x'.repeat(200), 'png')).toHaveLength('lightcone-.png'.length + 60);
  });
  it('shortens a label for the menu', () => {
    expect(diagramName('Yield: 0.98 now', true)).toBe('Yield');
    expect(diagramName('Soldier and sniper: space-time diagram')).toBe(
      'Soldier and sniper: space-time diagram',
    );
    expect(diagramName('')).toBe('Diagram');
  });
});
