/**
 * A call's text as its author wrote it: paragraphs where a blank line is, the single line breaks
 * and the spaces inside a paragraph kept (the page shows them with `white-space: pre-line`).
 */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.replace(/^\n+|\s+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '');
}
