import jsQR from 'jsqr';
import { parseFragment } from 'parse5';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { describe, expect, test } from 'vitest';
import {
	epcPayload,
	epcQrSvg,
	formatIban,
	isValidIban,
	netCostCents,
	parseStructuredCommunication,
	structuredCommunication,
	taxDeductionThresholdEuro,
	taxReductionRate
} from './donations.ts';

// A Belgian account built by hand for these tests, like WSM's: account 001-2345678-03, where
// 0012345678 = 97 × 127274 + 3 gives the national check 03; the IBAN check digits are
// 98 − (001234567803 111400 mod 97) = 98 − 77 = 21.
const wsmLikeIban = 'BE21 0012 3456 7803';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('IBAN', () => {
	test.each([
		// The Belgian example of the IBAN standard, printed and compact.
		['BE68 5390 0754 7034', true],
		['BE68539007547034', true],
		// Wikipedia's IBAN article (Belgium) and its EPC QR code sample (Red Cross of Belgium).
		['BE71 0961 2345 6769', true],
		['BE72 0000 0000 1616', true],
		[wsmLikeIban, true],
		// Examples of other SEPA countries from the IBAN registry.
		['DE89 3704 0044 0532 0130 00', true],
		['NL91 ABNA 0417 1643 00', true],
		['FR14 2004 1010 0505 0001 3M02 606', true],
		['be68 5390 0754 7034', true],
		// One digit changed, the check digits swapped, the last two digits swapped.
		['BE68 5390 0754 7035', false],
		['BE86 5390 0754 7034', false],
		['BE21 0012 3456 7830', false],
		// Passes mod 97 (check digits 91 computed for it) but the account's own check should be 03.
		['BE91 0012 3456 7804', false],
		// Belgian IBANs are 16 characters.
		['BE68 5390 0754 703', false],
		['BE68 5390 0754 7034 0', false],
		['BE68-5390-0754-7034', false],
		['', false],
		['BE', false]
	])('%s is valid: %s', (iban, valid) => {
		expect(isValidIban(iban)).toBe(valid);
	});

	test.each([
		['BE68539007547034', 'BE68 5390 0754 7034'],
		[' be68 5390 07547034', 'BE68 5390 0754 7034'],
		['FR1420041010050500013M02606', 'FR14 2004 1010 0505 0001 3M02 606']
	])('%s is printed as %s', (iban, printed) => {
		expect(formatIban(iban)).toBe(printed);
	});
});

describe('structured communication', () => {
	test.each([
		// 1 mod 97 = 1.
		[1, '+++000/0000/00101+++'],
		// 1234567890 = 97 × 12727504 + 2 (Odoo's example, odoo/odoo#259201).
		[1234567890, '+++123/4567/89002+++'],
		// 909337554 = 97 × 9374613 + 93: the public example +++090/9337/55493+++.
		[909337554, '+++090/9337/55493+++'],
		// 203430576 = 97 × 2097222 + 42 (Odoo's sanitize_structured_reference docstring).
		[203430576, '+++020/3430/57642+++'],
		// Remainder 0 gives check digits 97.
		[97, '+++000/0000/09797+++'],
		[0, '+++000/0000/00097+++'],
		// 9999999999 = 97 × 103092783 + 48, as a bigint.
		[9999999999n, '+++999/9999/99948+++']
	])('base %s gives %s', (base, expected) => {
		expect(structuredCommunication(base)).toBe(expected);
	});

	test.each([-1, 10_000_000_000, 1.5, Number.NaN, 10_000_000_000n, -1n])('base %s throws', (base) => {
		expect(() => structuredCommunication(base)).toThrow(RangeError);
	});

	test.each([
		'+++090/9337/55493+++',
		'***090/9337/55493***',
		' +++090/9337/55493+++ ',
		'+++ 090 / 9337 / 55493 +++',
		'090/9337/55493',
		'0909 3375 5493',
		'090933755493'
	])('%s reads as 090933755493', (text) => {
		expect(parseStructuredCommunication(text)).toBe('090933755493');
	});

	test.each([
		// Check digits off by one.
		'+++090/9337/55494+++',
		// Base 0 has check digits 97, never 00.
		'+++000/0000/00000+++',
		'+++090/9337/55493***',
		'+++090/9337/5549+++',
		'0909337554930',
		'+++090-9337-55493+++',
		'RF18 5390 0754 7034',
		'gift',
		''
	])('%s is refused', (text) => {
		expect(parseStructuredCommunication(text)).toBeUndefined();
	});
});

describe('EPC payload', () => {
	const wsm = { name: 'WSM vzw', iban: wsmLikeIban };

	test('a gift with a structured communication has the fields of EPC069-12 v002 in order', () => {
		const payload = epcPayload({ ...wsm, amountCents: 2500, reference: '+++090/9337/55493+++' });
		expect(payload.split('\n')).toEqual([
			'BCD', // service tag
			'002', // version
			'1', // character set: UTF-8
			'SCT', // identification: SEPA credit transfer
			'', // BIC, optional in version 002
			'WSM vzw', // beneficiary name
			'BE21001234567803', // beneficiary IBAN
			'EUR25.00', // amount
			'', // purpose
			'090933755493' // structured remittance: the OGM's 12 digits; nothing follows
		]);
	});

	test('free text goes in line 11, information in line 12, an absent amount leaves line 8 empty', () => {
		const payload = epcPayload({
			name: 'FOS vzw',
			iban: 'BE68 5390 0754 7034',
			bic: 'gkcc bebb',
			text: 'Gift voor FOS – solidariteit',
			information: 'Dank je wel!'
		});
		expect(payload.split('\n')).toEqual([
			'BCD',
			'002',
			'1',
			'SCT',
			'GKCCBEBB',
			'FOS vzw',
			'BE68539007547034',
			'',
			'',
			'',
			'Gift voor FOS – solidariteit',
			'Dank je wel!'
		]);
	});

	test('an ISO 11649 creditor reference goes in line 10 without spaces', () => {
		// RF18 5390 0754 7034: the example reference of ISO 11649 and the EPC guidelines.
		const lines = epcPayload({ ...wsm, reference: 'RF18 5390 0754 7034' }).split('\n');
		expect(lines[9]).toBe('RF18539007547034');
		expect(lines).toHaveLength(10);
		expect(() => epcPayload({ ...wsm, reference: 'RF18 5390 0754 7035' })).toThrow(/reference/);
	});

	test.each([
		[1, 'EUR0.01'],
		[2500, 'EUR25.00'],
		[1205, 'EUR12.05'],
		[99_999_999_999, 'EUR999999999.99']
	])('%s cents is written %s', (amountCents, written) => {
		expect(epcPayload({ ...wsm, amountCents }).split('\n')[7]).toBe(written);
	});

	test.each([
		['amount 0', { amountCents: 0 }, /amount/],
		['a negative amount', { amountCents: -100 }, /amount/],
		['a fraction of a cent', { amountCents: 12.5 }, /amount/],
		['more than EUR999999999.99', { amountCents: 100_000_000_000 }, /amount/],
		['a 71-character name', { name: 'W'.repeat(71) }, /name.*71/],
		['an empty name', { name: '  ' }, /name/],
		['a line break in the name', { name: 'WSM\nvzw' }, /name.*line break/],
		['a line break in the text', { text: 'gift\r\n2025' }, /text.*line break/],
		['an invalid IBAN', { iban: 'BE68 5390 0754 7035' }, /IBAN/],
		['an invalid BIC', { bic: 'GKCC' }, /BIC/],
		['an invalid structured communication', { reference: '+++090/9337/55494+++' }, /reference/],
		['a reference and a text', { reference: '+++090/9337/55493+++', text: 'gift' }, /not both/],
		['a 141-character text', { text: 'x'.repeat(141) }, /text.*141/],
		['71 characters of information', { information: 'x'.repeat(71) }, /information.*71/]
	])('%s throws', (_, change, message) => {
		expect(() => epcPayload({ ...wsm, ...change })).toThrow(message);
	});

	test('a 70-character name is accepted', () => {
		expect(epcPayload({ ...wsm, name: 'é'.repeat(70) }).split('\n')[5]).toBe('é'.repeat(70));
	});

	test('the payload may take 331 bytes of UTF-8, not 332', () => {
		const name = 'Wereldsolidariteit – Solidarité Mondiale vzw';
		const base = { name, iban: wsmLikeIban, amountCents: 2500 };
		// Fill the free text with two-byte characters up to exactly 331 bytes.
		const room = 331 - (bytes(epcPayload({ ...base, text: 'x' })) - 1);
		const text = 'é'.repeat(Math.floor(room / 2)) + 'x'.repeat(room % 2);
		const payload = epcPayload({ ...base, text });
		expect(bytes(payload)).toBe(331);
		expect(() => epcPayload({ ...base, text: `${text}x` })).toThrow(/332 bytes/);
	});
});

// Built when a test runs, so that a broken epcPayload fails those tests rather than the file.
const payloads: [string, () => string][] = [
	[
		'with a structured communication',
		() => epcPayload({ name: 'WSM vzw', iban: wsmLikeIban, amountCents: 2500, reference: '090933755493' })
	],
	[
		'with free text and no amount',
		() => epcPayload({ name: 'FOS vzw', iban: 'BE68539007547034', text: 'Gift – €' })
	],
	[
		// At the limit, in two-byte characters, so the QR code needs byte mode throughout.
		'of 331 bytes',
		() => {
			const base = { name: 'Solidarité Mondiale asbl', iban: wsmLikeIban, amountCents: 4000 };
			const room = 331 - (bytes(epcPayload({ ...base, text: 'x' })) - 1);
			return epcPayload({ ...base, text: 'ç'.repeat(Math.floor(room / 2)) + 'x'.repeat(room % 2) });
		}
	]
];

describe('EPC QR code', () => {
	test.each(payloads)(
		'a PNG of the payload %s decodes to it, at version 13 or lower and level M',
		async (_, build) => {
			const payload = build();
			expect(bytes(payload)).toBeLessThanOrEqual(331);
			const png = PNG.sync.read(
				await QRCode.toBuffer(payload, { errorCorrectionLevel: 'M', margin: 4, scale: 4 })
			);
			const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
			expect(decoded?.data).toBe(payload);
			expect(decoded?.version).toBeLessThanOrEqual(13);
			const code = QRCode.create(payload, { errorCorrectionLevel: 'M' });
			expect(code.version).toBeLessThanOrEqual(13);
			// ISO/IEC 18004 codes level M as the two bits 00.
			expect(code.errorCorrectionLevel.bit).toBe(0);
		}
	);

	test.each(payloads)('the SVG of the payload %s scans back to it', async (_, build) => {
		const payload = build();
		const modules = svgModules(await epcQrSvg(payload, { label: 'QR-code' }));
		const decoded = decode(modules);
		expect(decoded?.data).toBe(payload);
		expect(decoded?.version).toBeLessThanOrEqual(13);
		// 4 modules of quiet zone on each side, 17 + 4 × version modules of code.
		expect((modules.length - 8 - 17) / 4).toBeLessThanOrEqual(13);
		expect(errorCorrectionLevel(modules, 4)).toBe('M');
	});

	test('the SVG is an accessible, scalable image ready to put inline', async () => {
		const label = 'Scan & betaal "WSM" <vzw>';
		const svg = await epcQrSvg(epcPayload({ name: 'WSM vzw', iban: wsmLikeIban }), { label });
		expect(svg).not.toContain('<?xml');
		expect(svg).toMatch(/^<svg /);
		expect(svg).toContain('role="img"');
		// Parsed as a browser parses HTML: one svg element whose attributes hold the label as given.
		const [root, ...rest] = parseFragment(svg).childNodes;
		expect(rest).toHaveLength(0);
		expect(root?.nodeName).toBe('svg');
		const attributes = Object.fromEntries(
			(root as { attrs: { name: string; value: string }[] }).attrs.map((a) => [a.name, a.value])
		);
		expect(attributes).toMatchObject({ role: 'img', 'aria-label': label });
		expect(attributes.viewbox ?? attributes.viewBox).toMatch(/^0 0 \d+ \d+$/);
		expect(attributes).not.toHaveProperty('width');
		expect(attributes).not.toHaveProperty('height');
	});

	test('without a label the SVG still has an accessible name', async () => {
		const svg = await epcQrSvg(epcPayload({ name: 'WSM vzw', iban: wsmLikeIban }));
		expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="[^"]+"/);
	});

	test('a payload beyond version 13 is refused', async () => {
		await expect(epcQrSvg('x'.repeat(332))).rejects.toThrow(/version 14/);
	});
});

describe('tax reduction', () => {
	test('the facts of FOD Financiën: 45% from €40 a year', () => {
		expect(taxDeductionThresholdEuro).toBe(40);
		expect(taxReductionRate).toBe(0.45);
	});

	test.each([
		// €40 costs €22 and €100 costs €55 after the reduction (philanthropiccentre.be,
		// dfw-accountants.be); €5 a month, €60 a year, costs €33 (vivasalud.be).
		[4000, 2200],
		[10_000, 5500],
		[6000, 3300],
		// 45% of €25.01 is €11.2545, rounded to €11.25.
		[2501, 1376],
		[0, 0]
	])('a gift of %s cents costs %s cents', (amountCents, cost) => {
		expect(netCostCents(amountCents)).toBe(cost);
	});

	test.each([-1, 0.5, Number.NaN])('%s cents throws', (amountCents) => {
		expect(() => netCostCents(amountCents)).toThrow(RangeError);
	});
});

/** The dark modules of a QR code drawn by qrcode's SVG renderer, read back from its path. */
function svgModules(svg: string): boolean[][] {
	const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
	const path = /<path stroke="[^"]+" d="([^"]+)"/.exec(svg)?.[1];
	if (!size || !path) throw new Error(`not a qrcode SVG: ${svg.slice(0, 200)}`);
	const modules = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
	// The path draws each run of dark modules as a horizontal line through the middle of its row.
	let x = 0;
	let y = 0;
	for (const [, command, args] of path.matchAll(/([Mmh])([^Mmh]*)/g)) {
		const [a = 0, b = 0] = (args ?? '')
			.trim()
			.split(/[\s,]+/)
			.map(Number);
		if (command === 'M') [x, y] = [a, b];
		else if (command === 'm') [x, y] = [x + a, y + b];
		else {
			for (let column = x; column < x + a; column++) modules[Math.floor(y)]![column] = true;
			x += a;
		}
	}
	return modules;
}

/** jsQR's reading of a module matrix, drawn 4 pixels a module. */
function decode(modules: boolean[][]) {
	const scale = 4;
	const size = modules.length * scale;
	const pixels = new Uint8ClampedArray(size * size * 4);
	for (let row = 0; row < size; row++) {
		for (let column = 0; column < size; column++) {
			const value = modules[Math.floor(row / scale)]![Math.floor(column / scale)] ? 0 : 255;
			pixels.fill(value, (row * size + column) * 4, (row * size + column) * 4 + 3);
			pixels[(row * size + column) * 4 + 3] = 255;
		}
	}
	return jsQR(pixels, size, size);
}

/**
 * The error correction level in a code's format information (ISO/IEC 18004): its two most
 * significant bits, masked with 10, sit in row 8 at columns 0 and 1 and again in column 8 at the
 * two bottom rows.
 */
function errorCorrectionLevel(modules: boolean[][], margin: number): string {
	const at = (row: number, column: number) => (modules[margin + row]![margin + column] ? 1 : 0);
	const last = modules.length - 2 * margin - 1;
	const horizontal = ((at(8, 0) << 1) | at(8, 1)) ^ 0b10;
	const vertical = ((at(last, 8) << 1) | at(last - 1, 8)) ^ 0b10;
	if (horizontal !== vertical) throw new Error('the two copies of the format information differ');
	return ['M', 'L', 'H', 'Q'][horizontal]!;
}
