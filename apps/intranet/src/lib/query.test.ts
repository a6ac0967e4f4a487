import { expect, test } from 'vitest';
import { queryString } from './query.ts';

test('empty parameters and the first page are left out; true is 1; values are encoded', () => {
	expect(queryString({})).toBe('');
	expect(queryString({ status: '', mine: false, page: 1 })).toBe('');
	expect(queryString({ status: 'new', mine: true, page: 2 })).toBe('?status=new&mine=1&page=2');
	expect(queryString({ q: 'a&b=c d', locale: undefined })).toBe('?q=a%26b%3Dc+d');
});
