/**
 * Writes a readout's text in place. Setting `textContent` replaces the text node, which
 * Blink lays out as a node removed and one added; changing the node's data is a text
 * change only. Nothing is written when the text is the same.
 */
const TEXT_NODE = 3;

export function setText(element: Element, text: string): void {
  const node = element.firstChild;
  if (node !== null && node === element.lastChild && node.nodeType === TEXT_NODE) {
    const textNode = node as Text;
    if (textNode.data !== text) textNode.data = text;
  } else element.textContent = text;
}
