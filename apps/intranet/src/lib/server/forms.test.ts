import { describe, expect, test } from 'vitest';
import * as m from '@solidair/i18n/messages';
import {
	invalidMessage,
	parseEntryDetails,
	parseNewEntry,
	parseTranslation,
	revisionId,
	textValues,
	type TranslationValues
} from './forms.ts';

const translation = (values: Partial<TranslationValues> = {}): TranslationValues => ({
	title: 'Waardig werk',
	slug: '',
	summary: '',
	body: '',
	status: 'draft',
	publishAt: '',
	markUpToDate: '',
	overrideReason: '',
	...values
});

describe('a new entry', () => {
	const site = {
		locales: ['nl', 'fr', 'en', 'es'] as const,
		sections: ['about', 'learn'],
		locale: 'nl' as const
	};
	const values = { type: 'news', sourceLocale: 'nl', section: '', title: '  Nieuws  ', slug: '' };

	test('a news item needs no section; its title is trimmed and an empty slug left out', () => {
		expect(parseNewEntry(values, { ...site, locales: [...site.locales] })).toEqual({
			ok: true,
			input: { type: 'news', sourceLocale: 'nl', section: null, title: 'Nieuws', slug: undefined }
		});
	});

	test('a page needs one of the site’s sections', () => {
		const locales = [...site.locales];
		expect(parseNewEntry({ ...values, type: 'page', section: 'about' }, { ...site, locales })).toMatchObject({
			ok: true,
			input: { section: 'about' }
		});
		expect(parseNewEntry({ ...values, type: 'page', section: 'donate' }, { ...site, locales })).toEqual({
			ok: false,
			errors: { section: 'Kies de rubriek waarin deze pagina of campagne komt.' }
		});
	});

	test('every wrong field gets its message in the editor’s language', () => {
		const result = parseNewEntry(
			{ type: 'blog', sourceLocale: 'de', section: '', title: ' ', slug: 'Met Spaties' },
			{ locales: ['nl', 'fr', 'en'], sections: [], locale: 'fr' }
		);
		expect(result).toEqual({
			ok: false,
			errors: {
				type: 'Choisis une des possibilités.',
				sourceLocale: 'Choisis une des possibilités.',
				title: expect.any(String),
				slug: expect.stringContaining('lettres minuscules')
			}
		});
		// A language of the intranet that the site does not have is refused too.
		expect(
			parseNewEntry(
				{ ...values, sourceLocale: 'es' },
				{ locales: ['nl', 'fr', 'en'], sections: [], locale: 'en' }
			)
		).toMatchObject({ ok: false, errors: { sourceLocale: 'Choose one of the options.' } });
	});
});

describe('a translation', () => {
	test('a draft: fields as typed, CRLF line ends made plain, an empty slug left out', () => {
		expect(parseTranslation(translation({ body: 'a\r\nb', markUpToDate: 'on' }), 'nl')).toEqual({
			ok: true,
			fields: {
				title: 'Waardig werk',
				slug: undefined,
				summary: '',
				body: 'a\nb',
				status: 'draft',
				publishAt: undefined
			},
			markUpToDate: true,
			overrideReason: ''
		});
	});

	test('a reason to publish despite the checks is trimmed and kept apart from the text', () => {
		const result = parseTranslation(
			translation({ overrideReason: '  Persbericht onder embargo tot 10 uur  ' }),
			'nl'
		);
		expect(result).toMatchObject({ ok: true, overrideReason: 'Persbericht onder embargo tot 10 uur' });
		expect(result.ok && 'overrideReason' in result.fields).toBe(false);
	});

	test('scheduling reads the time on Brussels clocks', () => {
		const result = parseTranslation(
			translation({ status: 'scheduled', publishAt: '2026-07-01T12:00' }),
			'nl'
		);
		expect(result.ok && result.fields.publishAt?.toISOString()).toBe('2026-07-01T10:00:00.000Z');
		// The time is ignored for any other status.
		expect(parseTranslation(translation({ status: 'published', publishAt: 'nonsense' }), 'nl')).toMatchObject(
			{
				ok: true,
				fields: { status: 'published', publishAt: undefined }
			}
		);
	});

	test.each([
		[
			'no time to schedule at',
			{ status: 'scheduled', publishAt: '' },
			'publishAt',
			'Geef de datum en het uur waarop de tekst online moet gaan.'
		],
		[
			'a date that does not exist',
			{ status: 'scheduled', publishAt: '2026-02-30T10:00' },
			'publishAt',
			'Geef een geldige datum en tijd, zoals 2026-12-01 09:30.'
		],
		['an unknown status', { status: 'live' }, 'status', 'Kies een van de mogelijkheden.'],
		['a blank title', { title: '   ' }, 'title', 'Vul dit veld in.'],
		['a slug with a double hyphen', { slug: 'a--b' }, 'slug', expect.stringContaining('koppeltekens')],
		['a summary too long', { summary: 'x'.repeat(1001) }, 'summary', 'Gebruik hoogstens 1000 tekens.'],
		['a body too long', { body: 'x'.repeat(100_001) }, 'body', 'Gebruik hoogstens 100000 tekens.'],
		[
			'a reason too long',
			{ overrideReason: 'x'.repeat(501) },
			'overrideReason',
			'Gebruik hoogstens 500 tekens.'
		]
	] as const)('%s is refused at its field', (_, values, field, message) => {
		const result = parseTranslation(translation(values), 'nl');
		expect(result.ok).toBe(false);
		expect(result.ok ? {} : result.errors).toEqual({ [field]: message });
	});
});

test('the data layer’s refusals become messages at their field', () => {
	expect(invalidMessage({ kind: 'invalid', field: 'publishAt', reason: 'not-in-future' }, 'en')).toEqual({
		field: 'publishAt',
		message: 'Choose a time in the future, or ‘Publish now’ to put the text online straight away.'
	});
	expect(invalidMessage({ kind: 'invalid', field: 'title', reason: 'too-long' }, 'en').message).toBe(
		'Use 300 characters at most.'
	);
	expect(invalidMessage({ kind: 'invalid', field: 'body', reason: 'too-long' }, 'en').message).toBe(
		'Use 100000 characters at most.'
	);
});

test('revision ids and form values are read as text, nothing else', () => {
	expect(revisionId('42')).toBe('42');
	for (const bad of [null, '', '0', '-1', '1.5', '1e3', '9'.repeat(19)])
		expect(revisionId(bad)).toBeUndefined();
	const data = new FormData();
	data.set('title', 'Hallo');
	data.set('file', new Blob(['x']));
	expect(textValues(data, ['title', 'file', 'absent'])).toEqual({ title: 'Hallo', file: '', absent: '' });
});

describe('an entry’s details', () => {
	const blank = {
		image: '',
		video: '',
		startsAt: '',
		endsAt: '',
		place: '',
		onlineUrl: '',
		closesOn: '',
		contract: ''
	};

	test('an event: Brussels clock times, an end after the start, a place or an https address', () => {
		const parsed = parseEntryDetails(
			{
				...blank,
				startsAt: '2027-03-28T01:30',
				endsAt: '2027-03-28T04:00',
				onlineUrl: 'https://meet.example/x'
			},
			'event',
			'nl'
		);
		// The night the clocks go forward: 01:30 is still winter time (UTC+1), 04:00 summer time (UTC+2).
		expect(parsed).toEqual({
			ok: true,
			imageId: null,
			videoUrl: null,
			event: {
				startsAt: new Date('2027-03-28T00:30:00Z'),
				endsAt: new Date('2027-03-28T02:00:00Z'),
				place: null,
				onlineUrl: 'https://meet.example/x'
			},
			vacancy: undefined
		});
		const refused = parseEntryDetails(
			{
				...blank,
				startsAt: '2027-03-28T10:00',
				endsAt: '2027-03-28T09:00',
				onlineUrl: 'javascript:alert(1)'
			},
			'event',
			'fr'
		);
		expect(refused.ok).toBe(false);
		if (!refused.ok) expect(Object.keys(refused.errors).sort()).toEqual(['endsAt', 'onlineUrl']);
	});

	test('a vacancy needs its closing day, contract and place; a picture id must be an id', () => {
		const refused = parseEntryDetails({ ...blank, image: '../etc', closesOn: '31/12/2027' }, 'vacancy', 'en');
		expect(refused.ok).toBe(false);
		if (!refused.ok)
			expect(Object.keys(refused.errors).sort()).toEqual(['closesOn', 'contract', 'image', 'place']);
		// A news item ignores event and vacancy fields.
		expect(parseEntryDetails({ ...blank, closesOn: 'x', startsAt: 'y' }, 'news', 'nl')).toEqual({
			ok: true,
			imageId: null,
			videoUrl: null,
			event: undefined,
			vacancy: undefined
		});
	});

	test('a film is a YouTube or Vimeo address that makes a player; empty is none', () => {
		for (const video of ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', ' https://vimeo.com/76979871 '])
			expect(parseEntryDetails({ ...blank, video }, 'page', 'nl')).toMatchObject({
				ok: true,
				videoUrl: video.trim()
			});
		expect(parseEntryDetails({ ...blank, video: '  ' }, 'page', 'nl')).toMatchObject({
			ok: true,
			videoUrl: null
		});
		for (const video of [
			'https://example.org/x',
			'http://youtu.be/dQw4w9WgXcQ',
			'https://youtu.be/dQw4w9WgXcQ?si=tracking',
			'javascript:alert(1)',
			`https://vimeo.com/${'1'.repeat(600)}`
		])
			for (const locale of ['nl', 'fr', 'en', 'es'] as const)
				expect(parseEntryDetails({ ...blank, video }, 'news', locale)).toEqual({
					ok: false,
					errors: { video: m.editing_error_video({}, { locale }) }
				});
	});
});
