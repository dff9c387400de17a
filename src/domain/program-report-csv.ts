/** The byte order mark Excel needs to read a CSV file as UTF-8 (accents included). */
export const CSV_BOM = '\uFEFF';

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote, a CR or a LF. */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV text (RFC 4180: comma-separated, CRLF after every record, quotes doubled), without the
 * byte order mark: add `CSV_BOM` in front for a file to open in Excel.
 */
export function csvText(records: readonly (readonly (string | number)[])[]): string {
  return records.map((record) => record.map(csvField).join(',') + '\r\n').join('');
}

/** The CSV as a file Excel opens as UTF-8: the byte order mark, then the text. */
export function csvFile(records: readonly (readonly (string | number)[])[]): string {
  return CSV_BOM + csvText(records);
}
