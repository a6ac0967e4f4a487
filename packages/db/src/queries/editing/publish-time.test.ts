import { describe, expect, test } from 'vitest';
import { publicationTime, wentLiveAt } from './publish-time.ts';

const now = new Date('2026-03-10T09:00:00Z');
const hour = 3_600_000;
const earlier = new Date(now.getTime() - 24 * hour);
const later = new Date(now.getTime() + 24 * hour);

describe('wentLiveAt', () => {
	test('a publication time that has passed is when it went live', () => {
		expect(wentLiveAt({ status: 'published', published_at: earlier }, now)).toEqual(earlier);
		expect(wentLiveAt({ status: 'published', published_at: now }, now)).toEqual(now);
	});

	test('a time still to come, no time, or no translation: it never went live', () => {
		expect(wentLiveAt({ status: 'scheduled', published_at: later }, now)).toBeNull();
		expect(wentLiveAt({ status: 'draft', published_at: null }, now)).toBeNull();
		expect(wentLiveAt(undefined, now)).toBeNull();
	});
});

describe('publicationTime', () => {
	test('publishing a new text dates it now', () => {
		expect(publicationTime('published', null, undefined, now)).toEqual({ publishedAt: now });
	});

	test('a text published before keeps its original date', () => {
		const stored = { status: 'published' as const, published_at: earlier };
		expect(publicationTime('published', null, stored, now)).toEqual({ publishedAt: earlier });
	});

	test('publishing a text whose schedule has not come yet publishes it now', () => {
		const stored = { status: 'scheduled' as const, published_at: later };
		expect(publicationTime('published', null, stored, now)).toEqual({ publishedAt: now });
	});

	test('scheduling needs a time', () => {
		expect(publicationTime('scheduled', null, undefined, now)).toEqual({
			kind: 'invalid',
			field: 'publishAt',
			reason: 'required'
		});
	});

	test('scheduling needs a time in the future', () => {
		for (const time of [earlier, now]) {
			expect(publicationTime('scheduled', time, undefined, now)).toEqual({
				kind: 'invalid',
				field: 'publishAt',
				reason: 'not-in-future'
			});
		}
		expect(publicationTime('scheduled', later, undefined, now)).toEqual({ publishedAt: later });
	});

	test('re-saving a scheduled text with its time unchanged is fine once that time has come', () => {
		const stored = { status: 'scheduled' as const, published_at: earlier };
		expect(publicationTime('scheduled', new Date(earlier), stored, now)).toEqual({ publishedAt: earlier });
		// A draft with that time in its past is not "already scheduled".
		const draft = { status: 'draft' as const, published_at: earlier };
		expect(publicationTime('scheduled', earlier, draft, now)).toMatchObject({ reason: 'not-in-future' });
	});

	test('hiding keeps the date it went live, and a cancelled schedule forgets its time', () => {
		const live = { status: 'published' as const, published_at: earlier };
		expect(publicationTime('archived', null, live, now)).toEqual({ publishedAt: earlier });
		expect(publicationTime('draft', null, live, now)).toEqual({ publishedAt: earlier });
		const scheduled = { status: 'scheduled' as const, published_at: later };
		expect(publicationTime('draft', null, scheduled, now)).toEqual({ publishedAt: null });
	});
});
