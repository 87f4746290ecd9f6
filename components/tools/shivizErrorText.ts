/** ShiViz parse errors in words a person can act on. */
import type { ShiVizError } from '@/sim/formats/shiviz';

/** "Line 12: …", or the field's name when the problem is in a regex field. Pure. */
export function shivizErrorText(error: ShiVizError): string {
  if (error.line > 0) return `Line ${error.line}: ${error.message}`;
  switch (error.field) {
    case 'parser':
      return `Regular expression: ${error.message}`;
    case 'delimiter':
      return `Execution delimiter: ${error.message}`;
    case 'log':
      return error.message;
  }
}
