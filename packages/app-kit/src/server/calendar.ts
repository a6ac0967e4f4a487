// iCalendar (RFC 5545) for the agenda: one `.ics` per event and a subscribable feed per site and locale.
//
// Times are written in UTC (`DTSTART:20260329T003000Z`), never with a TZID. A UTC time names one instant with no
// table to look up, so it cannot be wrong across a DST change (Brussels on 2026-03-29 or 2026-10-25) or in a zone
// the reader's app knows badly; calendar apps convert it to the viewer's own zone, which is what a visitor in
// another country wants to see anyway. A TZID would oblige us to ship a VTIMEZONE with the zone's rules, and apps
// that ignore it would read the time as floating. The event's own zone is kept in `X-SOLIDAIR-TIMEZONE`, which
// apps ignore (RFC 5545 §3.8.8.2), for anyone who wants to show the time as it is on the spot.

/** One event of the agenda, as the calendar shows it. */
export interface CalendarEvent {
	/** Stable across edits and downloads, e.g. `${entryId}@wsm.be`: apps update an event they already have. */
	uid: string;
	title: string;
	/** Plain text. */
	description?: string;
	/** The event's page on the site. */
	url?: string;
	startsAt: Date;
	endsAt: Date;
	/** IANA zone where the event takes place, e.g. `Europe/Brussels` or `America/Lima`. */
	timeZone: string;
	/** Where it takes place (LOCATION). */
	place?: string;
	/**
	 * The link to join online. It goes into CONFERENCE (RFC 7986), into LOCATION when there is no place (the field
	 * apps show and make clickable), at the end of the description when there is a place, and into URL when the
	 * event has no page.
	 */
	onlineUrl?: string;
	/** Written as DTSTAMP and LAST-MODIFIED, so the same data gives the same bytes (and the same ETag). */
	updatedAt: Date;
}

const defaultProductId = '-//Solidair//Site Kit//EN';
const maxLineOctets = 75;

/** An iCalendar object (CRLF, folded at 75 octets) publishing the given events. */
export function calendar(options: { name: string; events: CalendarEvent[]; productId?: string }): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${escapeText(options.productId ?? defaultProductId)}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		// NAME is the standard (RFC 7986); most apps still only read X-WR-CALNAME.
		`NAME:${escapeText(options.name)}`,
		`X-WR-CALNAME:${escapeText(options.name)}`,
		// RFC 5545 asks for at least one component, but apps accept an empty calendar and nothing honest fits in it.
		...options.events.flatMap(eventLines),
		'END:VCALENDAR'
	];
	return lines.map((line) => foldLine(line) + '\r\n').join('');
}

function eventLines(event: CalendarEvent): string[] {
	const start = utcDateTime(event.startsAt, 'startsAt');
	const end = utcDateTime(event.endsAt, 'endsAt');
	if (event.endsAt < event.startsAt) throw new RangeError(`Event ${event.uid} ends before it starts`);
	const pageUrl = httpUrl(event.url);
	const onlineUrl = httpUrl(event.onlineUrl);
	const place = event.place?.trim() || undefined;
	const description = [event.description, place ? onlineUrl : undefined].filter(Boolean).join('\n\n');

	const lines = [
		'BEGIN:VEVENT',
		`UID:${escapeText(event.uid)}`,
		`DTSTAMP:${utcDateTime(event.updatedAt, 'updatedAt')}`,
		`LAST-MODIFIED:${utcDateTime(event.updatedAt, 'updatedAt')}`,
		`DTSTART:${start}`,
		// DTEND must be later than DTSTART; without it an event with a start time lasts no time at all.
		...(end === start ? [] : [`DTEND:${end}`]),
		`SUMMARY:${escapeText(event.title)}`
	];
	if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
	const location = place ?? onlineUrl;
	if (location) lines.push(`LOCATION:${escapeText(location)}`);
	const url = pageUrl ?? onlineUrl;
	if (url) lines.push(`URL:${url}`);
	if (onlineUrl) lines.push(`CONFERENCE;VALUE=URI:${onlineUrl}`);
	if (isTimeZone(event.timeZone)) lines.push(`X-SOLIDAIR-TIMEZONE:${escapeText(event.timeZone)}`);
	lines.push('END:VEVENT');
	return lines;
}

/** A TEXT value (RFC 5545 §3.3.11): escaped so no user string can end the line or start a property. */
function escapeText(value: string): string {
	return (
		value
			.toWellFormed()
			.replace(/[\\;,]/g, (character) => `\\${character}`)
			.replace(/\r\n|\r|\n/g, '\\n')
			// Other control characters are not allowed in TEXT (only HTAB is).
			// eslint-disable-next-line no-control-regex
			.replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '')
	);
}

/** `20260329T003000Z`: the instant in UTC, to the second. */
function utcDateTime(date: Date, field: string): string {
	const iso = Number.isNaN(date.getTime()) ? '' : date.toISOString();
	const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)/.exec(iso);
	if (!match) throw new RangeError(`${field} is not a date iCalendar can write: ${String(date)}`);
	const [, year, month, day, hours, minutes, seconds] = match;
	return `${year}${month}${day}T${hours}${minutes}${seconds}Z`;
}

/** The URL normalised (no control characters or spaces left), or nothing if it is not an http(s) URL. */
function httpUrl(value: string | undefined): string | undefined {
	if (!value || !URL.canParse(value)) return undefined;
	const url = new URL(value);
	return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}

function isTimeZone(value: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: value });
		return true;
	} catch {
		return false;
	}
}

/** Splits a content line into physical lines of at most 75 octets, never inside a UTF-8 sequence (§3.1). */
function foldLine(line: string): string {
	const parts: string[] = [];
	let part = '';
	let octets = 0;
	// A continuation line starts with a space, which counts towards its 75 octets.
	let limit = maxLineOctets;
	for (const character of line) {
		const size = utf8Length(character);
		if (octets + size > limit) {
			parts.push(part);
			part = '';
			octets = 0;
			limit = maxLineOctets - 1;
		}
		part += character;
		octets += size;
	}
	parts.push(part);
	return parts.join('\r\n ');
}

function utf8Length(character: string): number {
	const codePoint = character.codePointAt(0) ?? 0;
	if (codePoint < 0x80) return 1;
	if (codePoint < 0x800) return 2;
	return codePoint < 0x10000 ? 3 : 4;
}
