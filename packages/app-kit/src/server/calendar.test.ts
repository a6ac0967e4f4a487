import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { calendar, type CalendarEvent } from './calendar.ts';

// ical.js reads properties it has no definition for as 'unknown' and leaves their escapes in; these are TEXT
// (RFC 5545 §3.8.8.2 for X- properties, RFC 7986 for NAME), as calendar apps read them.
Object.assign(ICAL.design.icalendar.property, {
	name: { defaultType: 'text' },
	'x-wr-calname': { defaultType: 'text' },
	'x-solidair-timezone': { defaultType: 'text' }
});

const base: CalendarEvent = {
	uid: '7f0c2d1e-0000-4000-8000-000000000001@wsm.be',
	title: 'Waardig werk',
	startsAt: new Date('2026-05-01T08:00:00Z'),
	endsAt: new Date('2026-05-01T10:00:00Z'),
	timeZone: 'Europe/Brussels',
	updatedAt: new Date('2026-04-01T12:34:56Z')
};

/** The calendar as calendar apps see it: parsed by ical.js, which also unfolds lines and unescapes values. */
function parse(text: string) {
	const root = new ICAL.Component(ICAL.parse(text));
	const vevents = root.getAllSubcomponents('vevent');
	return { root, vevents, events: vevents.map((vevent) => new ICAL.Event(vevent)) };
}

function only<T>(items: T[]): T {
	expect(items).toHaveLength(1);
	return items[0] as T;
}

/** The physical lines, without the CRLF that ends each of them. */
function physicalLines(text: string): string[] {
	expect(text.endsWith('\r\n')).toBe(true);
	return text.slice(0, -2).split('\r\n');
}

describe('text values', () => {
	const tricky = 'Vakbonden, mutualiteiten; en \\ backslash\nop een nieuwe regel — é ’ 😀 👩‍👩‍👧';

	test('title, description and place round-trip with commas, semicolons, backslashes, newlines, non-ASCII', () => {
		const text = calendar({
			name: 'WSM, agenda; "nl"',
			events: [{ ...base, title: tricky, description: `${tricky}\n\nTweede alinea.`, place: tricky }]
		});
		const { root, events } = parse(text);
		const event = only(events);
		expect(event.summary).toBe(tricky);
		expect(event.description).toBe(`${tricky}\n\nTweede alinea.`);
		expect(event.location).toBe(tricky);
		expect(root.getFirstPropertyValue('name')).toBe('WSM, agenda; "nl"');
		expect(root.getFirstPropertyValue('x-wr-calname')).toBe('WSM, agenda; "nl"');
	});

	test('TEXT values follow the RFC 5545 grammar: no bare comma, semicolon or backslash', () => {
		const value = `${tricky}\r\nWindows\rold Mac\u0000`;
		const text = calendar({
			name: value,
			events: [{ ...base, uid: value, title: value, description: value, place: value }],
			productId: value
		});
		// Unfolded as RFC 5545 §3.1 says: a CRLF followed by one space or tab is removed.
		const contentLines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
		const textLines = contentLines.filter((line) =>
			/^(PRODID|NAME|X-WR-CALNAME|UID|SUMMARY|DESCRIPTION|LOCATION):/.test(line)
		);
		expect(textLines).toHaveLength(7);
		for (const line of textLines) {
			const value = line.slice(line.indexOf(':') + 1);
			// TEXT: any character but CTLs (HTAB aside) and the special ones, which come escaped (RFC 5545 §3.3.11).
			// eslint-disable-next-line no-control-regex
			expect(value).toMatch(/^(?:[^\\;,\x00-\x08\x0a-\x1f\x7f]|\\[\\;,nN])*$/);
		}
	});

	test('a line break in a value cannot start a property or close the event', () => {
		const injected = 'Titel\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Vals';
		const { vevents, events } = parse(
			calendar({ name: 'x\r\nMETHOD:CANCEL', events: [{ ...base, title: injected, uid: 'a\r\nUID:b' }] })
		);
		const event = only(events);
		expect(event.summary).toBe('Titel\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Vals');
		expect(event.uid).toBe('a\nUID:b');
		expect(only(vevents).getAllProperties('summary')).toHaveLength(1);
	});

	test('control characters other than tab are dropped, lone surrogates replaced', () => {
		const event = only(
			parse(calendar({ name: 'x', events: [{ ...base, title: 'a\u0000b\u0007c\td\u001b\ud800e' }] })).events
		);
		expect(event.summary).toBe('abc\td\ufffde');
	});
});

describe('times', () => {
	test.each([
		// Brussels springs forward at 01:00 UTC: 01:30 CET to 03:30 CEST.
		['Brussels, start of summer time', 'Europe/Brussels', '2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z'],
		// Brussels falls back at 01:00 UTC: 02:30 happens twice, 02:30 CEST to 02:30 CET.
		['Brussels, end of summer time', 'Europe/Brussels', '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'],
		['Brussels, the night after', 'Europe/Brussels', '2026-10-25T22:00:00Z', '2026-10-26T02:00:00Z'],
		// 18:00 to 20:00 in Lima (UTC-5), already the next day in UTC.
		['Lima, evening', 'America/Lima', '2026-06-15T23:00:00Z', '2026-06-16T01:00:00Z']
	])('%s: start and end are the same instants', (_, timeZone, startsAt, endsAt) => {
		const event = only(
			parse(
				calendar({
					name: 'x',
					events: [{ ...base, timeZone, startsAt: new Date(startsAt), endsAt: new Date(endsAt) }]
				})
			).events
		);
		// Times in UTC: a floating time would be read in each viewer's zone (and in this machine's, which can hide it).
		expect([event.startDate.zone.tzid, event.endDate.zone.tzid]).toEqual(['UTC', 'UTC']);
		expect(event.startDate.toJSDate().toISOString()).toBe(new Date(startsAt).toISOString());
		expect(event.endDate.toJSDate().toISOString()).toBe(new Date(endsAt).toISOString());
	});

	test('the last change is DTSTAMP and LAST-MODIFIED; the zone of the place is kept aside', () => {
		const vevent = only(
			parse(calendar({ name: 'x', events: [{ ...base, timeZone: 'America/Lima' }] })).vevents
		);
		for (const name of ['dtstamp', 'last-modified']) {
			const value = vevent.getFirstPropertyValue(name) as ICAL.Time;
			expect(value.toJSDate().toISOString()).toBe(base.updatedAt.toISOString());
		}
		expect(vevent.getFirstPropertyValue('x-solidair-timezone')).toBe('America/Lima');
	});

	test('an event of no duration has no DTEND; one that ends before it starts is refused', () => {
		const vevent = only(parse(calendar({ name: 'x', events: [{ ...base, endsAt: base.startsAt }] })).vevents);
		expect(vevent.hasProperty('dtstart')).toBe(true);
		expect(vevent.hasProperty('dtend')).toBe(false);
		expect(() =>
			calendar({ name: 'x', events: [{ ...base, endsAt: new Date(base.startsAt.getTime() - 1000) }] })
		).toThrow(RangeError);
		expect(() => calendar({ name: 'x', events: [{ ...base, startsAt: new Date('nope') }] })).toThrow(
			RangeError
		);
	});
});

describe('lines', () => {
	// 'é' is 2 octets, '’' 3, '😀' 4 (two UTF-16 units): folding by characters or by UTF-16 units would break.
	const long = 'Één stem voor waardig werk’ 😀 '.repeat(12) + 'é'.repeat(100) + '😀'.repeat(40);

	test('every physical line ends with CRLF and has at most 75 octets, with whole characters', () => {
		const text = calendar({
			name: 'é'.repeat(80),
			events: [
				{ ...base, title: long, description: long, place: long, url: `https://wsm.be/${'a'.repeat(200)}` }
			]
		});
		expect(text).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
		const lines = physicalLines(text);
		for (const line of lines) {
			expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
			expect(line.isWellFormed()).toBe(true);
		}
	});

	test('a long description is folded and unfolds back exactly', () => {
		const text = calendar({ name: 'x', events: [{ ...base, description: long }] });
		const lines = physicalLines(text);
		const start = lines.findIndex((line) => line.startsWith('DESCRIPTION:'));
		let end = start + 1;
		while (lines[end]?.startsWith(' ')) end += 1;
		const folded = lines.slice(start, end);
		expect(folded.length).toBeGreaterThan(5);
		// Full lines: each is cut only where the next character would not fit.
		for (const line of folded.slice(0, -1)) expect(Buffer.byteLength(line, 'utf8')).toBeGreaterThan(71);
		expect(only(parse(text).events).description).toBe(long);
	});
});

describe('the calendar', () => {
	test('two events give two VEVENTs with their own UIDs and data', () => {
		const text = calendar({
			name: 'WSM',
			events: [
				{ ...base, uid: 'one@wsm.be', title: 'Eén' },
				{ ...base, uid: 'two@wsm.be', title: 'Twee', url: 'https://wsm.be/nl/agenda/twee' }
			]
		});
		const { events, vevents } = parse(text);
		expect(events.map((event) => [event.uid, event.summary])).toEqual([
			['one@wsm.be', 'Eén'],
			['two@wsm.be', 'Twee']
		]);
		expect(vevents[1]?.getFirstPropertyValue('url')).toBe('https://wsm.be/nl/agenda/twee');
	});

	test('an empty calendar is still a calendar', () => {
		const { root, vevents } = parse(calendar({ name: 'FOS agenda', events: [] }));
		expect(root.name).toBe('vcalendar');
		expect(vevents).toHaveLength(0);
		expect(root.getFirstPropertyValue('version')).toBe('2.0');
		expect(root.getFirstPropertyValue('prodid')).toBe('-//Solidair//Site Kit//EN');
		expect(root.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
		expect(root.getFirstPropertyValue('method')).toBe('PUBLISH');
		expect(root.getFirstPropertyValue('x-wr-calname')).toBe('FOS agenda');
	});

	test('the product id can be set, and is escaped', () => {
		const { root } = parse(calendar({ name: 'x', events: [], productId: '-//WSM, vzw//Agenda//NL' }));
		expect(root.getFirstPropertyValue('prodid')).toBe('-//WSM, vzw//Agenda//NL');
	});
});

describe('links', () => {
	const page = 'https://wsm.be/nl/agenda/waardig-werk';
	const online = 'https://meet.example.org/abc?pwd=x,y;z';

	test('an online event: the link is its location and its conference, the page stays its URL', () => {
		const vevent = only(
			parse(calendar({ name: 'x', events: [{ ...base, url: page, onlineUrl: online }] })).vevents
		);
		const event = new ICAL.Event(vevent);
		expect(event.location).toBe(online);
		expect(vevent.getFirstPropertyValue('url')).toBe(page);
		expect(vevent.getFirstPropertyValue('conference')).toBe(online);
		expect(event.description).toBeNull();
	});

	test('a hybrid event: the place is the location, the link ends the description and is the URL without a page', () => {
		const vevent = only(
			parse(
				calendar({
					name: 'x',
					events: [
						{ ...base, place: 'Brussel, Haachtsesteenweg 579', description: 'Welkom.', onlineUrl: online }
					]
				})
			).vevents
		);
		const event = new ICAL.Event(vevent);
		expect(event.location).toBe('Brussel, Haachtsesteenweg 579');
		expect(event.description).toBe(`Welkom.\n\n${online}`);
		expect(vevent.getFirstPropertyValue('url')).toBe(online);
	});

	test('a link that is not http(s) or not a URL is left out', () => {
		const vevent = only(
			parse(
				calendar({ name: 'x', events: [{ ...base, url: 'javascript:alert(1)', onlineUrl: 'not a url' }] })
			).vevents
		);
		expect(vevent.hasProperty('url')).toBe(false);
		expect(vevent.hasProperty('conference')).toBe(false);
		expect(vevent.hasProperty('location')).toBe(false);
	});
});
