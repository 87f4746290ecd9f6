'use client';
/**
 * Exports a diagram as it is drawn: SVG with its styles inlined (canvas layers, such as
 * messages in flight or the space-time diagram, become embedded images at their place),
 * or PNG, drawn from that SVG onto a canvas at twice the size.
 */
import { diagramName, INLINED_STYLES } from './diagramFile';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The diagrams inside `root`: labelled figures, and labelled images outside them. */
export function findDiagrams(root: HTMLElement): { element: Element; label: string }[] {
  const found: { element: Element; label: string }[] = [];
  for (const element of root.querySelectorAll(
    'figure[aria-label], svg[role="img"], canvas[role="img"]',
  )) {
    if (found.some((diagram) => diagram.element.contains(element))) continue;
    const box = element.getBoundingClientRect();
    if (box.width < 40 || box.height < 20) continue;
    const label = element.getAttribute('aria-label') ?? '';
    found.push({ element, label: diagramName(label, element.tagName !== 'FIGURE') });
  }
  return found;
}

function inlineStyles(source: Element, copy: Element): void {
  const computed = getComputedStyle(source);
  const style = INLINED_STYLES.map((name) => `${name}:${computed.getPropertyValue(name)}`);
  copy.setAttribute('style', style.join(';'));
  const from = source.children;
  const to = copy.children;
  for (let i = 0; i < from.length && i < to.length; i++) inlineStyles(from[i]!, to[i]!);
}

/** The diagram as one standalone SVG document. */
export function diagramSvg(element: Element): { text: string; width: number; height: number } {
  const origin = element.getBoundingClientRect();
  const width = Math.ceil(origin.width);
  const height = Math.ceil(origin.height);
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', getComputedStyle(document.body).backgroundColor);
  root.append(background);
  const layers = element.matches('svg, canvas')
    ? [element]
    : [...element.querySelectorAll('svg, canvas')].filter(
        (layer) => !layer.parentElement?.closest('svg'),
      );
  for (const layer of layers) {
    const box = layer.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const place = {
      x: String(box.left - origin.left),
      y: String(box.top - origin.top),
      width: String(box.width),
      height: String(box.height),
    };
    let copy: Element;
    if (layer instanceof HTMLCanvasElement) {
      copy = document.createElementNS(SVG_NS, 'image');
      copy.setAttribute('href', layer.toDataURL('image/png'));
      copy.setAttribute('preserveAspectRatio', 'none');
    } else {
      copy = layer.cloneNode(true) as Element;
      inlineStyles(layer, copy);
      for (const name of ['role', 'aria-label', 'aria-hidden', 'class']) copy.removeAttribute(name);
    }
    for (const [name, value] of Object.entries(place)) copy.setAttribute(name, value);
    root.append(copy);
  }
  return { text: new XMLSerializer().serializeToString(root), width, height };
}

/** The diagram as a PNG, from its SVG drawn onto a canvas. */
export async function diagramPng(element: Element, scale = 2): Promise<Blob> {
  const { text, width, height } = diagramSvg(element);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw a PNG here.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, name: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}
