import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import {
	authorNameMaxLength,
	entryTaxonomySchema,
	maxCountriesPerEntry,
	maxTagsPerEntry,
	tagLabelMaxLength
} from './taxonomy.ts';
import { problems, x } from './test-helpers.ts';

const schema = entryTaxonomySchema({ locales: ['nl', 'fr', 'en', 'es'], locale: 'nl' });
const tagId = '0b7e6c1e-6f0a-4f55-9a57-8a3f8c1d2e01';
const otherTagId = '0b7e6c1e-6f0a-4f55-9a57-8a3f8c1d2e02';
const empty = {
	tags: [] as string[],
	countries: [] as string[],
	author: '',
	displayDate: '',
	newTagKind: 'tag',
	'newTag-nl': '',
	'newTag-fr': '',
	'newTag-en': '',
	'newTag-es': ''
};

describe('an entry’s taxonomy', () => {
	test('nothing chosen clears it: no tags, countries, author or display day, no new tag', () => {
		expect(v.parse(schema, empty)).toEqual({
			tagIds: [],
			countryCodes: [],
			authorName: null,
			displayDate: null,
			newTag: undefined
		});
	});

	test('ticked tags and countries are read once each; author and day trimmed', () => {
		expect(
			v.parse(schema, {
				...empty,
				tags: [tagId, otherTagId, tagId],
				countries: ['BJ', 'BO', 'BJ'],
				author: '  Ana Peeters ',
				displayDate: ' 2026-03-01 '
			})
		).toEqual({
			tagIds: [tagId, otherTagId],
			countryCodes: ['BJ', 'BO'],
			authorName: 'Ana Peeters',
			displayDate: '2026-03-01',
			newTag: undefined
		});
	});

	test('a tag that is no id, a country that is no code, or more than the limits is refused', () => {
		expect(problems(schema, { ...empty, tags: ['1; drop table tags'], countries: ['be'] })).toEqual({
			'tags.0': 'choose',
			'countries.0': 'choose'
		});
		const many = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i));
		const uuid = (i: number) => `0b7e6c1e-6f0a-4f55-9a57-${String(i).padStart(12, '0')}`;
		const code = (i: number) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26));
		expect(
			problems(schema, {
				...empty,
				tags: many(maxTagsPerEntry + 1, uuid),
				countries: many(maxCountriesPerEntry + 1, code)
			})
		).toEqual({ tags: 'choose', countries: 'choose' });
		expect(
			v.is(schema, {
				...empty,
				tags: many(maxTagsPerEntry, uuid),
				countries: many(maxCountriesPerEntry, code)
			})
		).toBe(true);
		// Not a list at all (a forged post): refused, not thrown.
		expect(problems(schema, { ...empty, tags: 'x' })).toEqual({ tags: 'choose' });
	});

	test('an author over the limit or a day that is not in the calendar is refused', () => {
		expect(
			problems(schema, { ...empty, author: x(authorNameMaxLength + 1), displayDate: '2026-02-30' })
		).toEqual({ author: `too_long:${authorNameMaxLength}`, displayDate: 'day' });
		expect(v.is(schema, { ...empty, author: x(authorNameMaxLength), displayDate: '2028-02-29' })).toBe(true);
	});

	test('a new tag needs the label in the editor’s language; the others are optional', () => {
		expect(
			v.parse(schema, { ...empty, newTagKind: 'dossier', 'newTag-nl': ' Klimaat ', 'newTag-fr': 'Climat' })
		).toMatchObject({ newTag: { kind: 'dossier', labels: { nl: 'Klimaat', fr: 'Climat' } } });
		expect(problems(schema, { ...empty, 'newTag-fr': 'Climat' })).toEqual({ 'newTag-nl': 'required' });
		// Editing in Spanish a site without Spanish: the site's first language is the one required.
		const fos = entryTaxonomySchema({ locales: ['nl', 'fr', 'en'], locale: 'es' });
		expect(problems(fos, { ...empty, 'newTag-en': 'Climate' })).toEqual({ 'newTag-nl': 'required' });
	});

	test('a label over its limit, without a letter or digit, or an unknown kind is refused', () => {
		expect(
			problems(schema, {
				...empty,
				newTagKind: 'category',
				'newTag-nl': x(tagLabelMaxLength + 1),
				'newTag-fr': '!!! ?'
			})
		).toEqual({
			newTagKind: 'choose',
			'newTag-nl': `too_long:${tagLabelMaxLength}`,
			'newTag-fr': 'tag_label'
		});
		expect(v.is(schema, { ...empty, 'newTag-nl': x(tagLabelMaxLength) })).toBe(true);
	});
});
