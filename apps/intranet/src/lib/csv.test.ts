import { describe, expect, test } from 'vitest';
import { csvCell, csvDocument } from './csv.ts';

describe('csvCell', () => {
	test('plain text and numbers as they are, null as nothing', () => {
		expect(csvCell('an@example.org')).toBe('an@example.org');
		expect(csvCell('Zoë Dupré')).toBe('Zoë Dupré');
		expect(csvCell(42)).toBe('42');
		expect(csvCell(-1)).toBe('-1');
		expect(csvCell(null)).toBe('');
		expect(csvCell('')).toBe('');
	});

	test('quoted when holding a comma, a quote or a line break; inner quotes doubled (RFC 4180)', () => {
		expect(csvCell('Dupont, Camille')).toBe('"Dupont, Camille"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
		expect(csvCell('no;quotes needed')).toBe('no;quotes needed');
	});

	test('text a spreadsheet would run as a formula gets a leading apostrophe', () => {
		for (const start of ['=', '+', '-', '@', '\t', '\r']) {
			expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
		}
		expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(
			`"'=HYPERLINK(""http://evil.example"",""x"")"`
		);
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('-2+3')).toBe("'-2+3");
		expect(csvCell('\rx')).toBe(`"'\rx"`);
		// Only at the start.
		expect(csvCell('a=b@c')).toBe('a=b@c');
	});
});

describe('csvDocument', () => {
	test('a byte order mark, then CRLF-ended lines', () => {
		const csv = csvDocument(
			['email', 'status'],
			[
				['an@example.org', 'confirmed'],
				['=cmd@example.org', null]
			]
		);
		expect(csv).toBe("\uFEFFemail,status\r\nan@example.org,confirmed\r\n'=cmd@example.org,\r\n");
		expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
	});

	test('no rows: the header alone', () => {
		expect(csvDocument(['a', 'b'], [])).toBe('\uFEFFa,b\r\n');
	});
});
