import { expect, test } from 'vitest';
import { languageList } from './profile.ts';

test('the languages typed, each once', () => {
	expect(languageList(' Nederlands, Frans,, Kirundi , Frans')).toEqual(['Nederlands', 'Frans', 'Kirundi']);
	expect(languageList('')).toEqual([]);
});

test('too many languages, or one too long, are refused rather than cut short', () => {
	expect(languageList(Array.from({ length: 11 }, (_, i) => `taal${i}`).join(', '))).toBeUndefined();
	expect(languageList(`Nederlands, ${'x'.repeat(41)}`)).toBeUndefined();
	expect(languageList(Array.from({ length: 10 }, (_, i) => `taal${i}`).join(', '))).toHaveLength(10);
	expect(languageList('x'.repeat(40))).toEqual(['x'.repeat(40)]);
});
