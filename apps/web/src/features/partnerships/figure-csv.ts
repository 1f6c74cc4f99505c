import Papa from 'papaparse';

/**
 * A table as CSV text: papaparse quotes and escapes (commas, quotes, line breaks in names), and
 * escapes a cell that a spreadsheet would read as a formula. The byte-order mark lets Excel read
 * Hebrew and Arabic as UTF-8.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `\uFEFF${Papa.unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { escapeFormulae: true, newline: '\r\n' })}`;
}

/** Offers the text as a file to save; nothing leaves the browser. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has its data.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A share (0 to 1) as a percent with one decimal, for a file (no locale marks). */
export function csvPercent(share: number): number {
  return Math.round(share * 1000) / 10;
}
