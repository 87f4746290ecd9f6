import { describe, expect, it } from 'vitest';
import { setText } from './setText';

/** An element with the child list and text writes setText may use, logging each write. */
function fakeElement(children: { nodeType: number; data: string }[], log: string[]) {
  const element = {
    get firstChild() {
      return children[0] ?? null;
    },
    get lastChild() {
      return children[children.length - 1] ?? null;
    },
    set textContent(text: string) {
      log.push(`textContent=${text}`);
      children.splice(0, children.length, { nodeType: 3, data: text });
    },
  };
  return element as unknown as Element;
}

function textNode(data: string, log: string[]) {
  return {
    nodeType: 3,
    get data() {
      return data;
    },
    set data(next: string) {
      log.push(`data=${next}`);
      data = next;
    },
  };
}

describe('setText', () => {
  it('changes the only text node in place, and skips an equal text', () => {
    const log: string[] = [];
    const children = [textNode('1.00 s', log)];
    const element = fakeElement(children, log);
    setText(element, '1.10 s');
    setText(element, '1.10 s');
    expect(log).toEqual(['data=1.10 s']);
    expect(children[0]!.data).toBe('1.10 s');
  });
  it('replaces the content of an empty element or one with other children', () => {
    const log: string[] = [];
    const empty = fakeElement([], log);
    setText(empty, '0 µs');
    const mixed = fakeElement([{ nodeType: 1, data: '' }, textNode('x', log)], log);
    setText(mixed, '2.00 s');
    expect(log).toEqual(['textContent=0 µs', 'textContent=2.00 s']);
  });
});
