import { expect, test } from 'vitest';
import { contentDisposition, versionNumber } from './download.ts';

test('the download name: ASCII fallback without quotes or backslashes, the real name encoded', () => {
	expect(contentDisposition('verslag 2027.pdf')).toBe(
		`attachment; filename="verslag 2027.pdf"; filename*=UTF-8''verslag%202027.pdf`
	);
	expect(contentDisposition('Übersicht "neu"\\(1).pdf')).toBe(
		`attachment; filename="_bersicht _neu__(1).pdf"; filename*=UTF-8''%C3%9Cbersicht%20%22neu%22%5C%281%29.pdf`
	);
	// A line break cannot end the header and start another.
	expect(contentDisposition('a\r\nSet-Cookie: x=1.pdf')).not.toMatch(/[\r\n]/);
});

test('version numbers from the URL: positive integers only', () => {
	expect(versionNumber('1')).toBe(1);
	expect(versionNumber('12')).toBe(12);
	for (const param of ['0', '01', '1e3', '-1', '1.5', '..%2Fetc', '', '9999999999']) {
		expect(versionNumber(param), param).toBeNaN();
	}
});
