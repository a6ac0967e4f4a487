import * as m from '@solidair/i18n/messages';
import { describe, expect, test } from 'vitest';
import {
	audienceChoice,
	parseAnnouncement,
	parseDirectorySearch,
	parseDocument,
	parseStaffEvent,
	type AnnouncementValues,
	type StaffEventValues
} from './staff-forms.ts';
import { directoryValues } from '../staff.ts';

const organisations = { wsm: 'id-wsm', fos: 'id-fos' };
// 10:00 in Brussels (winter time, UTC+1).
const now = new Date('2027-01-15T09:00:00Z');
const context = { locale: 'en' as const, now, organisations };

const announcement = (values: Partial<AnnouncementValues> = {}): AnnouncementValues => ({
	title: 'Staff day',
	body: 'Line one\r\nLine **two**',
	audience: 'all',
	pinned: '',
	publishFrom: '',
	expiresAt: '',
	...values
});

const event = (values: Partial<StaffEventValues> = {}): StaffEventValues => ({
	title: 'General assembly',
	description: '',
	audience: 'fos',
	startsAt: '2027-02-01T09:30',
	endsAt: '2027-02-01T12:00',
	place: '',
	onlineUrl: '',
	...values
});

test('the audience: all staff, WSM or FOS, nothing else', () => {
	expect(audienceChoice('all', organisations)).toBeNull();
	expect(audienceChoice('wsm', organisations)).toBe('id-wsm');
	expect(audienceChoice('fos', organisations)).toBe('id-fos');
	for (const value of ['', 'id-wsm', 'abvv-fgtb', 'WSM', 'constructor']) {
		expect(audienceChoice(value, organisations), value).toBeUndefined();
	}
});

describe('an announcement', () => {
	test('empty start is now, empty end is never; Markdown kept with plain newlines; times on Brussels clocks', () => {
		expect(parseAnnouncement(announcement(), context)).toEqual({
			ok: true,
			data: {
				title: 'Staff day',
				body: 'Line one\nLine **two**',
				organisationId: null,
				pinned: false,
				publishFrom: now,
				expiresAt: null
			}
		});
		const scheduled = parseAnnouncement(
			announcement({
				audience: 'wsm',
				pinned: 'on',
				publishFrom: '2027-01-20T08:00',
				expiresAt: '2027-07-01T00:00'
			}),
			context
		);
		expect(scheduled).toMatchObject({
			ok: true,
			data: {
				organisationId: 'id-wsm',
				pinned: true,
				publishFrom: new Date('2027-01-20T07:00:00Z'),
				expiresAt: new Date('2027-06-30T22:00:00Z')
			}
		});
	});

	test('every problem at its field, in the staff member’s language', () => {
		const result = parseAnnouncement(
			announcement({
				title: '  ',
				body: 'x'.repeat(20_001),
				audience: 'abvv-fgtb',
				publishFrom: '2027-02-30T10:00'
			}),
			{ ...context, locale: 'fr' }
		);
		expect(result).toEqual({
			ok: false,
			errors: {
				title: m.field_required({}, { locale: 'fr' }),
				body: m.field_too_long({ max: '20000' }, { locale: 'fr' }),
				audience: m.editing_error_choose({}, { locale: 'fr' }),
				publishFrom: m.editing_error_date({}, { locale: 'fr' })
			}
		});
	});

	test('an end that is past, or not after the start, is refused', () => {
		expect(parseAnnouncement(announcement({ expiresAt: '2027-01-15T09:59' }), context)).toEqual({
			ok: false,
			errors: { expiresAt: m.staff_error_past({}, { locale: 'en' }) }
		});
		expect(
			parseAnnouncement(
				announcement({ publishFrom: '2027-03-01T10:00', expiresAt: '2027-02-01T10:00' }),
				context
			)
		).toEqual({ ok: false, errors: { expiresAt: m.staff_error_order({}, { locale: 'en' }) } });
	});
});

describe('an agenda item', () => {
	test('read with its place and https link', () => {
		expect(
			parseStaffEvent(
				event({ place: ' Brussel ', onlineUrl: 'https://meet.example.org/ag', description: 'a\r\nb' }),
				context
			)
		).toEqual({
			ok: true,
			data: {
				title: 'General assembly',
				description: 'a\nb',
				organisationId: 'id-fos',
				startsAt: new Date('2027-02-01T08:30:00Z'),
				endsAt: new Date('2027-02-01T11:00:00Z'),
				place: 'Brussel',
				onlineUrl: 'https://meet.example.org/ag'
			}
		});
	});

	test('missing or impossible times, an end before the start, links that are not https', () => {
		expect(parseStaffEvent(event({ startsAt: '', endsAt: 'tomorrow' }), context)).toMatchObject({
			ok: false,
			errors: {
				startsAt: m.field_required({}, { locale: 'en' }),
				endsAt: m.editing_error_date({}, { locale: 'en' })
			}
		});
		expect(parseStaffEvent(event({ endsAt: '2027-02-01T09:00' }), context)).toMatchObject({
			ok: false,
			errors: { endsAt: m.staff_error_order({}, { locale: 'en' }) }
		});
		for (const onlineUrl of ['javascript:alert(1)', 'http://meet.example.org', 'meet.example.org']) {
			expect(parseStaffEvent(event({ onlineUrl }), context), onlineUrl).toEqual({
				ok: false,
				errors: { onlineUrl: m.staff_error_url({}, { locale: 'en' }) }
			});
		}
	});
});

describe('the directory search', () => {
	const teams = ['Communicatie', 'ICT'];
	const search = (query: string) =>
		parseDirectorySearch(directoryValues(new URLSearchParams(query)), { teams, locale: 'nl' });

	test('nothing is no filter; what the form sends is read', () => {
		expect(search('')).toEqual({
			ok: true,
			data: { query: undefined, team: undefined, language: undefined, country: undefined }
		});
		expect(search('q=+An+&team=ICT&language=es&country=be')).toEqual({
			ok: true,
			data: { query: 'An', team: 'ICT', language: 'es', country: 'BE' }
		});
	});

	test('what no form of ours sends is refused, field by field', () => {
		const choose = m.editing_error_choose({}, { locale: 'nl' });
		expect(search(`q=${'a'.repeat(101)}&team=Directie&language=Spaans&country=BEL`)).toEqual({
			ok: false,
			errors: {
				q: m.field_too_long({ max: '100' }, { locale: 'nl' }),
				team: choose,
				language: choose,
				country: choose
			}
		});
		expect(search("language=es'--")).toMatchObject({ ok: false, errors: { language: choose } });
	});
});

test('a document: a title and for whom; the file is checked apart', () => {
	expect(parseDocument({ title: ' Arbeidsreglement 2027 ', audience: 'wsm' }, context)).toEqual({
		ok: true,
		data: { title: 'Arbeidsreglement 2027', organisationId: 'id-wsm' }
	});
	expect(parseDocument({ title: '', audience: 'group:1' }, context)).toEqual({
		ok: false,
		errors: {
			title: m.field_required({}, { locale: 'en' }),
			audience: m.editing_error_choose({}, { locale: 'en' })
		}
	});
});
