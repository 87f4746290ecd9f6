'use client';
/** Export a diagram: every diagram inside `root`, each as SVG or PNG (exportDiagram.ts). */
import { useState, type RefObject } from 'react';
import { diagramFileName } from './diagramFile';
import { diagramPng, diagramSvg, download, findDiagrams } from './exportDiagram';

export function ExportMenu({ root }: { root: RefObject<HTMLElement | null> }) {
  const [diagrams, setDiagrams] = useState<{ element: Element; label: string }[]>([]);
  const [status, setStatus] = useState('');
  const save = async (element: Element, label: string, ext: 'svg' | 'png') => {
    try {
      const blob =
        ext === 'svg'
          ? new Blob([diagramSvg(element).text], { type: 'image/svg+xml' })
          : await diagramPng(element);
      download(blob, diagramFileName(label, ext));
      setStatus(`Saved ${diagramFileName(label, ext)}.`);
    } catch (error) {
      setStatus(`The diagram could not be saved: ${String(error).slice(0, 200)}`);
    }
  };
  return (
    <details
      onToggle={(event) => {
        if (event.currentTarget.open && root.current) setDiagrams(findDiagrams(root.current));
      }}
    >
      <summary>Export a diagram</summary>
      <ul>
        {diagrams.map(({ element, label }, i) => {
          const name = label;
          return (
            <li key={i}>
              {name}:{' '}
              <button type="button" onClick={() => void save(element, name, 'svg')}>
                <span className="visually-hidden">Save {name} as </span>SVG
              </button>{' '}
              <button type="button" onClick={() => void save(element, name, 'png')}>
                <span className="visually-hidden">Save {name} as </span>PNG
              </button>
            </li>
          );
        })}
      </ul>
      <span role="status">{status}</span>
    </details>
  );
}
