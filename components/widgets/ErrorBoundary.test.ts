import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

describe('ErrorBoundary', () => {
  it('shows its children while nothing has gone wrong', () => {
    const children = createElement('p', null, 'drawing');
    const html = renderToStaticMarkup(
      createElement(ErrorBoundary, { name: 'The diagram', children }),
    );
    expect(html).toBe('<p>drawing</p>');
  });

  it('after an error, says which part stopped and why, briefly, with a way to start again', () => {
    const boundary = new ErrorBoundary({ name: 'The diagram', children: null });
    boundary.state = {
      ...boundary.state,
      ...ErrorBoundary.getDerivedStateFromError(new Error(`boom ${'x'.repeat(5000)}`)),
    };
    const html = renderToStaticMarkup(boundary.render());
    expect(html).toContain('role="alert"');
    expect(html).toContain('The diagram stopped because of an error');
    expect(html).toContain('boom xxx');
    expect(html.length).toBeLessThan(1000);
    expect(html).toContain('The rest of the page still works.');
    expect(html).toContain('>Start it again</button>');
    expect(ErrorBoundary.getDerivedStateFromError('not an Error').error.message).toBe(
      'not an Error',
    );
  });
});
