/**
 * Heading ids. A heading's id comes from its text alone, so a link to a section keeps
 * working while the lesson around it changes: lower case, accents dropped, apostrophes
 * and quotes dropped, every other run of non-letters and non-digits a single hyphen.
 * "What “linearizable” means" → `what-linearizable-means`. Pure.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘"“”`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'section' : slug;
}
