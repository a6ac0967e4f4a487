import { describe, expect, test } from 'vitest';
import { isOutdated, nextSourceStamp, textChanged } from './source-stamp.ts';

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, minutes));

describe('isOutdated', () => {
	const source = { locale: 'nl' as const, source_updated_at: at(10) };

	test('a translation saved against an older source text is outdated', () => {
		expect(isOutdated({ locale: 'fr', source_updated_at: at(5) }, source)).toBe(true);
	});

	test('a translation saved against the current source text is not', () => {
		expect(isOutdated({ locale: 'fr', source_updated_at: at(10) }, source)).toBe(false);
	});

	test('a translation never saved against the source is outdated once the source was edited', () => {
		expect(isOutdated({ locale: 'fr', source_updated_at: null }, source)).toBe(true);
	});

	test('nothing is outdated while the source text has no history (the seed)', () => {
		expect(
			isOutdated({ locale: 'fr', source_updated_at: null }, { locale: 'nl', source_updated_at: null })
		).toBe(false);
	});

	test('the source itself, and a translation without a source, never are', () => {
		expect(isOutdated({ locale: 'nl', source_updated_at: null }, source)).toBe(false);
		expect(isOutdated({ locale: 'fr', source_updated_at: null }, undefined)).toBe(false);
	});
});

describe('textChanged', () => {
	const stored = { title: 'Waardig werk', summary: 'Kort', body: 'Tekst' };

	test('a new translation always changes the text', () => {
		expect(textChanged(undefined, stored)).toBe(true);
	});

	test('the same text, the title compared trimmed, is no change', () => {
		expect(textChanged(stored, { ...stored, title: '  Waardig werk ' })).toBe(false);
	});

	test.each(['title', 'summary', 'body'] as const)('a different %s is a change', (field) => {
		expect(textChanged(stored, { ...stored, [field]: 'Anders' })).toBe(true);
	});
});

describe('nextSourceStamp', () => {
	const base = { stored: at(1), source: at(7), textChanged: false, now: at(30) };

	test('the source moves its stamp to now when its text changes', () => {
		expect(nextSourceStamp({ ...base, isSource: true, textChanged: true })).toEqual(at(30));
	});

	test('the source keeps its stamp on a status-only save, even when marked up to date', () => {
		expect(nextSourceStamp({ ...base, isSource: true, markUpToDate: true })).toEqual(at(1));
	});

	test('a translation copies the source stamp when its text changes', () => {
		expect(nextSourceStamp({ ...base, isSource: false, textChanged: true })).toEqual(at(7));
	});

	test('a translation copies the source stamp when marked up to date', () => {
		expect(nextSourceStamp({ ...base, isSource: false, markUpToDate: true })).toEqual(at(7));
	});

	test('a translation keeps its stamp when nothing about its text changes', () => {
		expect(nextSourceStamp({ ...base, isSource: false })).toEqual(at(1));
	});
});
