import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SpaceTimeTool } from './SpaceTimeTool';

describe('SpaceTimeTool', () => {
  it('renders the import form with named fields and buttons, and no diagram yet', () => {
    const html = renderToString(createElement(SpaceTimeTool));
    for (const label of [
      'Log',
      'Open a log file',
      'Regular expression',
      'Execution delimiter',
      'Treat skipped lines as errors',
    ])
      expect(html).toContain(`>${label}</label>`);
    expect(html).toContain('type="file"');
    expect(html).toContain('type="checkbox"');
    expect(html).toContain('value="(?&lt;host&gt;\\S*) (?&lt;clock&gt;{.*})\\n(?&lt;event&gt;.*)"');
    expect(html).toContain('>Render</button>');
    expect(html).toContain('>Load example</button>');
    expect(html).not.toContain('role="alert"');
  });
});
