import { formatDate } from '@solidair/i18n';
import { expect, test } from 'vitest';
import { shownDate, shownMoment } from './shown-date.ts';

const published_at = new Date('2026-06-10T08:30:00.000Z');

test('a set display day is what the site shows, on that day in Brussels; otherwise the publication', () => {
	expect(shownDate({ published_at, display_date: '2026-03-01' })).toBe('2026-03-01');
	expect(formatDate(shownDate({ published_at, display_date: '2026-03-01' }), 'nl')).toBe('1 maart 2026');
	expect(shownDate({ published_at, display_date: null })).toBe('2026-06-10T08:30:00.000Z');
	// A draft in a preview has no publication yet: its last change stands in.
	const updated = new Date('2026-06-11T09:00:00.000Z');
	expect(shownDate({ published_at: null, display_date: null }, updated)).toBe(updated.toISOString());
});

test('feeds get the set day as a moment, and the publication otherwise', () => {
	expect(shownMoment({ published_at, display_date: '2026-03-01' }).toISOString()).toBe(
		'2026-03-01T00:00:00.000Z'
	);
	expect(shownMoment({ published_at, display_date: null })).toBe(published_at);
});
