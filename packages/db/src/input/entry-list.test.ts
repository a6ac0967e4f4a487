import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import {
	entryAuthorMaxLength,
	entryListInput,
	entryListQuery,
	entryListSorts,
	entrySearchMaxLength,
	languageStates
} from './entry-list.ts';
import { problems, x } from './test-helpers.ts';

const schema = entryListQuery(['nl', 'fr', 'en', 'es']);
const empty = { q: '', type: '', language: '', state: '', author: '', sort: '', page: '' };

describe('the entry list’s GET form', () => {
	test('nothing chosen is every entry, the latest change first, on page 1', () => {
		expect(v.parse(schema, empty)).toEqual({
			q: undefined,
			type: undefined,
			language: undefined,
			state: undefined,
			author: undefined,
			sort: 'changed-desc',
			page: 1
		});
		// Absent parameters are read as empty ones.
		expect(v.parse(schema, entryListInput(new URLSearchParams()))).toEqual(v.parse(schema, empty));
	});

	test('every filter, sort and page the form offers is read; texts are trimmed', () => {
		const params = new URLSearchParams(
			'q=+syndicats+&type=news&language=fr&state=outdated&author=An+Peeters&sort=title-desc&page=3'
		);
		expect(v.parse(schema, entryListInput(params))).toEqual({
			q: 'syndicats',
			type: 'news',
			language: 'fr',
			state: 'outdated',
			author: 'An Peeters',
			sort: 'title-desc',
			page: 3
		});
		for (const state of languageStates) expect(v.parse(schema, { ...empty, state }).state).toBe(state);
		for (const sort of entryListSorts) expect(v.parse(schema, { ...empty, sort }).sort).toBe(sort);
	});

	test('values no form sends are refused: unknown type, state or sort, another site’s language, a bad page', () => {
		expect(
			problems(entryListQuery(['nl', 'fr', 'en']), {
				...empty,
				type: 'blog',
				language: 'es',
				state: 'gone',
				sort: 'title',
				page: '0'
			})
		).toEqual({ type: 'choose', language: 'choose', state: 'choose', sort: 'choose', page: 'choose' });
		for (const page of ['-1', '1.5', '01', 'abc', '1e3', '9999999', ' 2'])
			expect(v.is(schema, { ...empty, page }), page).toBe(false);
		expect(v.parse(schema, { ...empty, page: '999999' }).page).toBe(999_999);
		// Not a string at all (a caller's mistake, not a browser's).
		expect(v.is(schema, { ...empty, q: 42 })).toBe(false);
		expect(v.is(schema, { ...empty, page: undefined })).toBe(false);
	});

	test('a search or author over its limit is refused; at the limit it is read', () => {
		expect(
			problems(schema, { ...empty, q: x(entrySearchMaxLength + 1), author: x(entryAuthorMaxLength + 1) })
		).toEqual({ q: `too_long:${entrySearchMaxLength}`, author: `too_long:${entryAuthorMaxLength}` });
		expect(v.parse(schema, { ...empty, q: x(entrySearchMaxLength) }).q).toHaveLength(entrySearchMaxLength);
		// A huge value is refused without being stored or echoed anywhere.
		expect(problems(schema, { ...empty, q: x(1_000_000) })).toEqual({
			q: `too_long:${entrySearchMaxLength}`
		});
	});

	test('a NUL, other control characters and a lone surrogate never reach the database', () => {
		const parsed = v.parse(schema, { ...empty, q: 'Be\u0000nin\u0007\t', author: '\ud800An' });
		expect(parsed.q).toBe('Be nin');
		expect(parsed.author).toBe('\ufffdAn');
		expect(v.parse(schema, { ...empty, q: '\u0000\u0000' }).q).toBeUndefined();
	});
});
