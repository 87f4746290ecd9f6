import { describe, expect, it } from 'vitest';
import { readEmbedOptions } from './embedOptions';

const read = (query: string) => readEmbedOptions(new URLSearchParams(query));

describe('embed options', () => {
  it('keeps a web origin', () => {
    expect(read('origin=https://slides.example/deck/1').origin).toBe('https://slides.example');
    expect(read('origin=http://localhost:8080').origin).toBe('http://localhost:8080');
  });

  it('refuses origins that are not web origins, obeying nobody', () => {
    // Each of these has the opaque origin "null", which postMessage throws on.
    for (const raw of ['data:,x', 'javascript:alert(1)', 'about:blank', 'file:///etc/passwd']) {
      const options = read(`origin=${encodeURIComponent(raw)}`);
      expect(options.origin).toBe('none');
      expect(options.errors[0]).toMatch(/is not a web origin.*no commands will be obeyed/);
    }
    expect(read('origin=slides').errors[0]).toMatch(/is not an origin such as/);
  });

  it('takes the last of a repeated option, and says so', () => {
    const options = read('theme=dark&theme=light&controls=1&controls=0');
    expect(options.theme).toBe('light');
    expect(options.controls).toBe(false);
    expect(options.errors).toEqual([
      'theme is given 2 times; the last one, "light", is used',
      'controls is given 2 times; the last one, "0", is used',
    ]);
  });
});
