import { describe, expect, it } from 'vitest';
import { embedSnippet, type SnippetOptions } from './snippet';

const base: SnippetOptions = {
  embedUrl: 'https://example.org/embed/cap/',
  runQuery: 'seed=7&log=2s_crash_n3&t=3s',
  title: 'CAP "side" by side',
  size: { width: 960, height: 540 },
  theme: 'system',
  controls: true,
  steps: '',
  beats: '',
};

describe('embedSnippet', () => {
  it('carries the run and nothing else by default', () => {
    const { src, html } = embedSnippet(base);
    expect(src).toBe('https://example.org/embed/cap/?seed=7&log=2s_crash_n3&t=3s');
    expect(html).toBe(
      '<iframe src="https://example.org/embed/cap/?seed=7&amp;log=2s_crash_n3&amp;t=3s" ' +
        'title="CAP &quot;side&quot; by side" width="960" height="540" style="border:0" loading="lazy"></iframe>',
    );
  });
  it('adds the size, theme, controls, steps and beats asked for', () => {
    const { src, html } = embedSnippet({
      ...base,
      size: { width: 1280, height: 720 },
      theme: 'dark',
      controls: false,
      steps: ' 2s-8s ',
      beats: '2s, 4.5s',
    });
    const query = new URL(src).searchParams;
    expect(query.get('seed')).toBe('7');
    expect(query.get('theme')).toBe('dark');
    expect(query.get('controls')).toBe('0');
    expect(query.get('steps')).toBe('2s-8s');
    expect(query.get('beats')).toBe('2s,4.5s');
    expect(html).toContain('width="1280" height="720"');
  });
  it('gives a bare URL for an empty run', () => {
    expect(embedSnippet({ ...base, runQuery: '' }).src).toBe('https://example.org/embed/cap/');
  });
});
