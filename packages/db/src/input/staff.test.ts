import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import {
	announcementBodyMaxLength,
	announcementSchema,
	directorySearchMaxLength,
	directorySearchSchema,
	documentSchema,
	staffEventDescriptionMaxLength,
	staffEventSchema,
	staffOnlineUrlMaxLength,
	staffPlaceMaxLength,
	staffTitleMaxLength
} from './staff.ts';
import { parseTime, problems, x } from './test-helpers.ts';

const now = new Date('2027-01-10T12:00Z');
const context = { parseTime, now, organisations: { wsm: 'id-wsm', fos: 'id-fos' } };

describe('an announcement', () => {
	const schema = announcementSchema(context);
	const announcement = {
		title: ' Nieuws ',
		body: 'a\r\nb',
		audience: 'fos',
		pinned: 'on',
		publishFrom: '',
		expiresAt: ''
	};

	test('an empty start is now, an empty end never; the audience is read as its id', () => {
		expect(v.parse(schema, announcement)).toEqual({
			title: 'Nieuws',
			body: 'a\nb',
			organisationId: 'id-fos',
			pinned: true,
			publishFrom: now,
			expiresAt: null
		});
		expect(v.parse(schema, { ...announcement, audience: 'all' }).organisationId).toBeNull();
	});

	test('an end must be later than now and than the start', () => {
		expect(problems(schema, { ...announcement, expiresAt: '2027-01-10T12:00' })).toEqual({
			expiresAt: 'past'
		});
		expect(
			problems(schema, { ...announcement, publishFrom: '2027-02-01T00:00', expiresAt: '2027-01-20T00:00' })
		).toEqual({ expiresAt: 'order' });
		expect(problems(schema, { ...announcement, publishFrom: 'x', audience: 'vrijwilligers' })).toEqual({
			audience: 'choose',
			publishFrom: 'date'
		});
	});

	test('title and text at their limits pass, one more character does not', () => {
		const edge = { ...announcement, title: x(staffTitleMaxLength), body: x(announcementBodyMaxLength) };
		expect(v.is(schema, edge)).toBe(true);
		expect(
			problems(schema, { ...edge, title: x(staffTitleMaxLength + 1), body: x(announcementBodyMaxLength + 1) })
		).toEqual({ title: `too_long:${staffTitleMaxLength}`, body: `too_long:${announcementBodyMaxLength}` });
		expect(problems(schema, { ...announcement, body: ' \r\n ' })).toEqual({ body: 'required' });
	});
});

describe('an agenda item', () => {
	const schema = staffEventSchema(context);
	const item = {
		title: 'Teamdag',
		description: '',
		audience: 'all',
		startsAt: '2027-01-20T09:00',
		endsAt: '2027-01-20T17:00',
		place: '',
		onlineUrl: ''
	};

	test('no place and no address are none; an https address is normalised', () => {
		expect(v.parse(schema, item)).toMatchObject({ description: '', place: null, onlineUrl: null });
		expect(v.parse(schema, { ...item, onlineUrl: 'https://Meet.example/a' }).onlineUrl).toBe(
			'https://meet.example/a'
		);
	});

	test('an end before its start is told as such, even when it is past too', () => {
		expect(problems(schema, { ...item, endsAt: '2027-01-01T00:00' })).toEqual({ endsAt: 'order' });
		expect(problems(schema, { ...item, startsAt: 'x', endsAt: '2027-01-01T00:00' })).toEqual({
			startsAt: 'date',
			endsAt: 'past'
		});
		expect(problems(schema, { ...item, startsAt: ' ', onlineUrl: 'http://a.be' })).toEqual({
			startsAt: 'required',
			onlineUrl: 'url'
		});
	});

	test('limits at the edge', () => {
		const url = `https://a.be/${x(staffOnlineUrlMaxLength - 13)}`;
		const edge = {
			...item,
			description: x(staffEventDescriptionMaxLength),
			place: x(staffPlaceMaxLength),
			onlineUrl: url
		};
		expect(v.is(schema, edge)).toBe(true);
		expect(
			problems(schema, {
				...edge,
				description: x(staffEventDescriptionMaxLength + 1),
				place: x(staffPlaceMaxLength + 1),
				onlineUrl: `${url}x`
			})
		).toEqual({
			description: `too_long:${staffEventDescriptionMaxLength}`,
			place: `too_long:${staffPlaceMaxLength}`,
			onlineUrl: 'url'
		});
	});
});

test('a document: a title and an audience', () => {
	const schema = documentSchema(context);
	expect(v.parse(schema, { title: ' Verslag ', audience: 'wsm' })).toEqual({
		title: 'Verslag',
		organisationId: 'id-wsm'
	});
	expect(problems(schema, { title: '', audience: '' })).toEqual({ title: 'required', audience: 'choose' });
});

test('the directory’s search: known teams, language and country codes, a name at the edge', () => {
	const schema = directorySearchSchema({ teams: ['Communicatie'] });
	expect(v.parse(schema, { q: ' An ', team: 'Communicatie', language: 'es', country: 'be' })).toEqual({
		query: 'An',
		team: 'Communicatie',
		language: 'es',
		country: 'BE'
	});
	expect(v.parse(schema, { q: '', team: '', language: '', country: '' })).toEqual({
		query: undefined,
		team: undefined,
		language: undefined,
		country: undefined
	});
	expect(v.is(schema, { q: x(directorySearchMaxLength), team: '', language: '', country: '' })).toBe(true);
	expect(
		problems(schema, { q: x(directorySearchMaxLength + 1), team: 'Sales', language: 'ES', country: 'BEL' })
	).toEqual({
		q: `too_long:${directorySearchMaxLength}`,
		team: 'choose',
		language: 'choose',
		country: 'choose'
	});
});
