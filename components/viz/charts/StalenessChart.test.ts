/**
 * The staleness chart's markup, rendered on the server: the predicted line, one dot and
 * error bar per measured bucket with reads (each titled with its numbers), the guides, and
 * an accessible name. The axes are drawn by D3 after mounting, so they are not here.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { StalenessChart } from './StalenessChart';

const predicted = [
  { tMs: 0, p: 0.44 },
  { tMs: 10, p: 0.93 },
  { tMs: 80, p: 0.9995 },
];

describe('StalenessChart', () => {
  it('draws the prediction, the measured points and the guides', () => {
    const html = renderToStaticMarkup(
      createElement(StalenessChart, {
        predicted,
        measured: [
          { tMs: 5, consistent: 0.8, reads: 40 },
          { tMs: 50, consistent: 0.995, reads: 200 },
          { tMs: 70, consistent: 0, reads: 0 },
        ],
        marks: [{ tMs: 53, label: '99.9 %' }],
        title: 'Reads consistent after commit',
        description: '44 % at once',
      }),
    );
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain('<title id=');
    expect(html).toContain('Reads consistent after commit');
    expect(html).toContain('<desc id=');
    expect(html).toMatch(/<path[^>]*d="M[^"]+"[^>]*data-testid="predicted-curve"/);
    expect(html.match(/<circle/g)).toHaveLength(2);
    expect(html).toContain('<title>5 ms: 80 % of 40 reads consistent</title>');
    expect(html).toContain('<title>50 ms: 99.5 % of 200 reads consistent</title>');
    expect(html).toContain('99.9 %</text>');
    expect(html).toContain('measured (dot size: reads; bar: 95 %)');
  });

  it('shows no measured legend without measured points', () => {
    const html = renderToStaticMarkup(
      createElement(StalenessChart, { predicted, title: 'Prediction only' }),
    );
    expect(html).not.toContain('<circle');
    expect(html).not.toContain('measured (');
  });
});
