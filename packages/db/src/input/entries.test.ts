import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import {
	autosaveSchema,
	contractMaxLength,
	editorIntentSchema,
	detailsSchema,
	entryBodyMaxLength,
	entrySummaryMaxLength,
	entryTitleMaxLength,
	intentStatus,
	newEntrySchema,
	overrideReasonMaxLength,
	placeMaxLength,
	revisionIdSchema,
	translationSchema,
	videoUrlMaxLength
} from './entries.ts';
import { parseTime, problems, x } from './test-helpers.ts';

describe('a new entry', () => {
	const schema = newEntrySchema({ locales: ['nl', 'fr'], sections: ['about'] });
	const entry = { type: 'news', sourceLocale: 'nl', section: '', title: ' Nieuws ', slug: '' };

	test('a news item has no section; a page one of the site’s', () => {
		expect(v.parse(schema, entry)).toEqual({
			type: 'news',
			sourceLocale: 'nl',
			section: null,
			title: 'Nieuws',
			slug: undefined
		});
		expect(v.parse(schema, { ...entry, type: 'page', section: 'about' })).toMatchObject({ section: 'about' });
		expect(problems(schema, { ...entry, type: 'campaign', section: 'donate' })).toEqual({
			section: 'section'
		});
	});

	test('a language of another site, a bad slug and a title at the edge', () => {
		expect(
			problems(schema, {
				...entry,
				sourceLocale: 'es',
				slug: 'Not a slug',
				title: x(entryTitleMaxLength + 1)
			})
		).toEqual({
			sourceLocale: 'choose',
			slug: 'slug',
			title: `too_long:${entryTitleMaxLength}`
		});
		expect(v.parse(schema, { ...entry, title: x(entryTitleMaxLength) }).title).toHaveLength(
			entryTitleMaxLength
		);
		expect(problems(schema, { ...entry, title: '   ' })).toEqual({ title: 'required' });
	});
});

describe('one language’s text', () => {
	const schema = translationSchema(parseTime);
	const text = {
		title: 'Titel',
		slug: 'titel',
		summary: '',
		body: 'a\r\nb',
		status: 'draft',
		publishAt: 'ignored',
		markUpToDate: ''
	};

	test('a draft: line ends made plain, no publication time, not marked up to date', () => {
		expect(v.parse(schema, text)).toEqual({
			title: 'Titel',
			slug: 'titel',
			summary: '',
			body: 'a\nb',
			status: 'draft',
			publishAt: undefined,
			markUpToDate: false,
			overrideReason: ''
		});
	});

	test('a reason to publish despite the checks: trimmed, at most its limit after trimming', () => {
		expect(
			v.parse(schema, { ...text, overrideReason: `  ${x(overrideReasonMaxLength)}  ` }).overrideReason
		).toHaveLength(overrideReasonMaxLength);
		expect(problems(schema, { ...text, overrideReason: x(overrideReasonMaxLength + 1) })).toEqual({
			overrideReason: `too_long:${overrideReasonMaxLength}`
		});
	});

	test('scheduling needs a time, read by the clock it is given', () => {
		const scheduled = { ...text, status: 'scheduled' };
		expect(v.parse(schema, { ...scheduled, publishAt: '2027-01-01T10:00' }).publishAt).toEqual(
			new Date('2027-01-01T10:00Z')
		);
		expect(problems(schema, { ...scheduled, publishAt: '' })).toEqual({ publishAt: 'publish_at_required' });
		expect(problems(schema, { ...scheduled, publishAt: 'soon' })).toEqual({ publishAt: 'date' });
	});

	test('summary and body at their limits pass, one more character does not', () => {
		const edge = { ...text, summary: x(entrySummaryMaxLength), body: x(entryBodyMaxLength) };
		expect(v.is(schema, edge)).toBe(true);
		expect(
			problems(schema, { ...edge, summary: x(entrySummaryMaxLength + 1), body: x(entryBodyMaxLength + 1) })
		).toEqual({ summary: `too_long:${entrySummaryMaxLength}`, body: `too_long:${entryBodyMaxLength}` });
		expect(problems(schema, { ...text, status: 'live' })).toEqual({ status: 'choose' });
	});
});

describe('the details every language shares', () => {
	const context = { parseTime, isVideo: (url: string) => url.startsWith('https://vimeo.com/') };
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

	test('a page: a picture id and a film that plays, or none', () => {
		const schema = detailsSchema('page', context);
		expect(v.parse(schema, blank)).toEqual({ imageId: null, videoUrl: null });
		const film = `https://vimeo.com/${'1'.repeat(videoUrlMaxLength - 18)}`;
		expect(v.parse(schema, { ...blank, video: film }).videoUrl).toBe(film);
		expect(problems(schema, { ...blank, image: 'abc', video: `${film}1` })).toEqual({
			image: 'image',
			video: 'video'
		});
		expect(problems(schema, { ...blank, video: 'https://example.org/film' })).toEqual({ video: 'video' });
	});

	test('an event: its times in order, a place or an https address', () => {
		const schema = detailsSchema('event', context);
		const event = { ...blank, startsAt: '2027-03-01T10:00', endsAt: '2027-03-01T12:00', place: 'Brussel' };
		expect(v.parse(schema, event)).toMatchObject({
			event: { place: 'Brussel', onlineUrl: null, startsAt: new Date('2027-03-01T10:00Z') }
		});
		expect(problems(schema, { ...event, endsAt: '2027-03-01T09:00' })).toEqual({
			endsAt: 'ends_before_start'
		});
		expect(problems(schema, { ...event, place: '' })).toEqual({ place: 'place_or_url' });
		expect(problems(schema, { ...event, startsAt: '', endsAt: 'x', onlineUrl: 'http://a.be' })).toEqual({
			startsAt: 'required',
			endsAt: 'date',
			onlineUrl: 'https'
		});
		expect(v.is(schema, { ...event, place: x(placeMaxLength) })).toBe(true);
		expect(problems(schema, { ...event, place: x(placeMaxLength + 1) })).toEqual({
			place: `too_long:${placeMaxLength}`
		});
	});

	test('a vacancy: a real closing day, a contract and a place', () => {
		const schema = detailsSchema('vacancy', context);
		const vacancy = { ...blank, closesOn: '2027-02-28', contract: x(contractMaxLength), place: 'Gent' };
		expect(v.parse(schema, vacancy)).toMatchObject({ vacancy: { closesOn: '2027-02-28', place: 'Gent' } });
		expect(
			problems(schema, { ...vacancy, closesOn: '2027-02-30', contract: x(contractMaxLength + 1), place: ' ' })
		).toEqual({
			closesOn: 'day',
			contract: `too_long:${contractMaxLength}`,
			place: 'required'
		});
	});
});

test('a revision id is a positive bigint as text', () => {
	for (const id of ['1', '123456789012345678']) expect(v.is(revisionIdSchema, id), id).toBe(true);
	for (const id of ['0', '01', '1234567890123456789', '-1', '1.5', ''])
		expect(v.is(revisionIdSchema, id), id).toBe(false);
});

describe('the publish buttons and the autosave', () => {
	test('each button gives its status; saving keeps the current one, a new text is a draft', () => {
		expect(v.safeParse(editorIntentSchema, 'publish').success).toBe(true);
		expect(v.safeParse(editorIntentSchema, 'archive').success).toBe(false);
		expect(intentStatus('publish', 'draft')).toBe('published');
		expect(intentStatus('schedule', undefined)).toBe('scheduled');
		expect(intentStatus('unpublish', 'published')).toBe('draft');
		expect(intentStatus('save', 'scheduled')).toBe('scheduled');
		expect(intentStatus('save', undefined)).toBe('draft');
	});

	test('an autosave may have no title yet, but keeps the limits of a save', () => {
		const ok = v.safeParse(autosaveSchema, { title: '', summary: '', body: 'a\r\nb' });
		expect(ok.success && ok.output).toEqual({ title: '', summary: '', body: 'a\nb' });
		const long = v.safeParse(autosaveSchema, {
			title: 'x'.repeat(entryTitleMaxLength + 1),
			summary: '',
			body: ''
		});
		expect(long.success).toBe(false);
		expect(v.safeParse(autosaveSchema, { title: 'x', summary: '' }).success).toBe(false);
	});
});
