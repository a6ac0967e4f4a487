// CSV for spreadsheets (RFC 4180), safe to open in Excel or LibreOffice: the data exported comes
// from the public (a subscriber's address), so no cell may become a formula there.

/** A cell's value; numbers are written as they are, null as an empty cell. */
export type CsvValue = string | number | null;

// What spreadsheets read as the start of a formula (or, for tab and CR, a way to hide one).
const formulaStart = /^[=+\-@\t\r]/;
// What RFC 4180 says must be quoted.
const needsQuotes = /[",\r\n]/;

/**
 * One cell: text that a spreadsheet would take for a formula gets a leading apostrophe (OWASP's
 * defence against CSV injection), then quotes when the text needs them, with inner quotes doubled.
 */
export function csvCell(value: CsvValue): string {
	if (value === null) return '';
	if (typeof value === 'number') return String(value);
	const text = formulaStart.test(value) ? `'${value}` : value;
	return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole file: a header line and one line per row, each ended by CRLF, with a byte order mark
 * first so that Excel reads it as UTF-8 (accents in names and addresses stay right).
 */
export function csvDocument(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
	const line = (cells: readonly CsvValue[]) => `${cells.map(csvCell).join(',')}\r\n`;
	return `\uFEFF${line(header)}${rows.map(line).join('')}`;
}
