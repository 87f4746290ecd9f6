import { describe, expect, it } from 'vitest';
import { embedRange, readEmbedOptions } from './embedOptions';

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

describe('embed range', () => {
  const scenario = { id: 'failure-detection', maxTime: 60 * 60 * 1_000_000 };
  it('starts at t or the start of steps, whichever is later, and stops at its end', () => {
    expect(embedRange(scenario, 3_000_000, read('steps=2s-8s'))).toEqual({
      startAt: 3_000_000,
      stopAt: 8_000_000,
      errors: [],
    });
    expect(embedRange(scenario, 0, read('steps=2s-8s')).startAt).toBe(2_000_000);
    expect(embedRange(scenario, 5, read(''))).toEqual({ startAt: 5, stopAt: null, errors: [] });
  });

  it('ignores a range that starts past the longest run, and says so', () => {
    expect(embedRange(scenario, 0, read('steps=61m-62m'))).toEqual({
      startAt: 0,
      stopAt: null,
      errors: ['steps: 61m is past the longest run of failure-detection, 60m; no limit'],
    });
  });
});
