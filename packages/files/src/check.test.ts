import { describe, expect, test } from 'vitest';
import { checkFile, detectKind, maxFileBytes, safeFilename } from './check.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A ZIP of stored (uncompressed) entries, in order, with its central directory. */
function zip(entries: Array<[string, string]>): Uint8Array {
	const local: number[] = [];
	const central: number[] = [];
	const u16 = (value: number) => [value & 0xff, (value >> 8) & 0xff];
	const u32 = (value: number) => [...u16(value & 0xffff), ...u16(value >>> 16)];
	for (const [name, content] of entries) {
		const nameBytes = [...bytes(name)];
		const data = [...bytes(content)];
		const offset = local.length;
		local.push(...u32(0x04034b50), ...u16(10), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0));
		local.push(
			...u32(data.length),
			...u32(data.length),
			...u16(nameBytes.length),
			...u16(0),
			...nameBytes,
			...data
		);
		central.push(...u32(0x02014b50), ...u16(20), ...u16(10), ...u16(0), ...u16(0), ...u16(0), ...u16(0));
		central.push(...u32(0), ...u32(data.length), ...u32(data.length), ...u16(nameBytes.length));
		central.push(...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...nameBytes);
	}
	const end = [
		...u32(0x06054b50),
		...u16(0),
		...u16(0),
		...u16(entries.length),
		...u16(entries.length),
		...u32(central.length),
		...u32(local.length),
		...u16(0)
	];
	return new Uint8Array([...local, ...central, ...end]);
}

const pdf = bytes('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const webp = bytes('RIFF\x10\x00\x00\x00WEBPVP8 ');
const odt = zip([
	['mimetype', 'application/vnd.oasis.opendocument.text'],
	['content.xml', '<x/>']
]);
const ods = zip([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet']]);
const docx = zip([
	['[Content_Types].xml', '<Types/>'],
	['word/document.xml', '<w:document/>']
]);
const xlsx = zip([
	['[Content_Types].xml', '<Types/>'],
	['xl/workbook.xml', '<workbook/>']
]);
const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]);

describe('checkFile', () => {
	test.each([
		['report.pdf', pdf, 'pdf', 'application/pdf'],
		['Photo.PNG', png, 'png', 'image/png'],
		['photo.jpg', jpeg, 'jpeg', 'image/jpeg'],
		['photo.jpeg', jpeg, 'jpeg', 'image/jpeg'],
		['picture.webp', webp, 'webp', 'image/webp'],
		['notes.odt', odt, 'odt', 'application/vnd.oasis.opendocument.text'],
		['sheet.ods', ods, 'ods', 'application/vnd.oasis.opendocument.spreadsheet'],
		['letter.docx', docx, 'docx', expect.stringContaining('wordprocessingml')],
		['budget.xlsx', xlsx, 'xlsx', expect.stringContaining('spreadsheetml')],
		['notes.txt', bytes('Vergadering – café ☕\nline 2'), 'txt', 'text/plain; charset=utf-8'],
		['data.csv', bytes('a;b\n1;2\n'), 'csv', 'text/csv; charset=utf-8']
	])('accepts %s', (name, content, kind, mimeType) => {
		expect(checkFile(name, content)).toEqual({ ok: true, kind, mimeType, filename: name });
	});

	test.each([
		['an .exe renamed .pdf', 'invoice.pdf', exe, 'mismatch'],
		['a PNG named .pdf', 'report.pdf', png, 'mismatch'],
		['a PDF named .png', 'photo.png', pdf, 'mismatch'],
		['an ODT named .docx', 'letter.docx', odt, 'mismatch'],
		['a DOCX named .xlsx', 'budget.xlsx', docx, 'mismatch'],
		['a ZIP that is no document', 'archive.docx', zip([['evil.exe', 'MZ']]), 'mismatch'],
		['an ODF with another type', 'x.odt', zip([['mimetype', 'text/html']]), 'mismatch'],
		['an HTML page named .txt', 'notes.txt', bytes('<!DOCTYPE html><script>alert(1)</script>'), 'mismatch'],
		['an SVG named .txt', 'notes.txt', bytes('  <svg onload="alert(1)"></svg>'), 'mismatch'],
		['an XML/SVG named .csv', 'data.csv', bytes('\uFEFF<?xml version="1.0"?><svg/>'), 'mismatch'],
		['text with NUL bytes', 'notes.txt', bytes('abc\0def'), 'mismatch'],
		['invalid UTF-8', 'notes.txt', new Uint8Array([0x61, 0xff, 0xfe, 0x62]), 'mismatch'],
		['an HTML file', 'page.html', bytes('<p>hi</p>'), 'type'],
		['an SVG file', 'logo.svg', bytes('<svg/>'), 'type'],
		['an .exe', 'setup.exe', exe, 'type'],
		['no extension', 'README', bytes('hello'), 'type'],
		['an empty file', 'empty.pdf', new Uint8Array(0), 'empty']
	])('refuses %s', (_, name, content, reason) => {
		expect(checkFile(name, content)).toMatchObject({ ok: false, reason });
	});

	test('refuses more than 25 MB, accepts exactly 25 MB', () => {
		const big = new Uint8Array(maxFileBytes + 1);
		big.set(pdf);
		expect(checkFile('big.pdf', big)).toMatchObject({ ok: false, reason: 'too_large' });
		expect(checkFile('big.pdf', big.subarray(0, maxFileBytes))).toMatchObject({ ok: true, kind: 'pdf' });
	});

	test('detects by content only', () => {
		expect(detectKind(exe)).toBeUndefined();
		expect(detectKind(pdf)).toBe('pdf');
	});
});

describe('safeFilename', () => {
	test.each([
		['../../etc/passwd', 'passwd'],
		['C:\\Users\\me\\report.pdf', 'report.pdf'],
		['..\\..\\boot.ini', 'boot.ini'],
		['.htaccess', 'htaccess'],
		['report\u202Efdp.exe', 'reportfdp.exe'],
		['a\r\nContent-Type: text/html.pdf', 'html.pdf'],
		['<script>.pdf', '_script_.pdf'],
		['  name   with   spaces .pdf  ', 'name with spaces .pdf'],
		['', 'file'],
		['...', 'file'],
		['\u0000\u0001', 'file']
	])('%j → %j', (input, output) => {
		expect(safeFilename(input)).toBe(output);
	});

	test('keeps the extension when shortening to 200 characters', () => {
		const name = safeFilename(`${'a'.repeat(300)}.pdf`);
		expect(name).toHaveLength(200);
		expect(name.endsWith('.pdf')).toBe(true);
		expect([...safeFilename('é'.repeat(250))]).toHaveLength(200);
	});
});
