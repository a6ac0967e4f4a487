import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createTestDatabase, createTestSite, type TestDatabase } from '../testing.ts';
import { createDonationIntent, donationIntent } from './donations.ts';
import { withinRateLimit } from './throttle.ts';

describe.each(inject('databases'))('donation intents and rate limits on $name', ({ adminUrl }) => {
	let t: TestDatabase;

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		await createTestSite(t.db);
	});
	afterAll(async () => t?.drop());

	test('each intent gets its own reference number, and is found again only on its site', async () => {
		const a = await createDonationIntent(t.db, { siteId: 'wsm', amountCents: 4000, locale: 'nl' });
		const b = await createDonationIntent(t.db, { siteId: 'wsm', amountCents: 2500, locale: 'fr' });
		expect(a.reference_base).not.toBe(b.reference_base);
		expect(BigInt(a.reference_base)).toBeLessThan(10_000_000_000n);
		expect((await donationIntent(t.db, 'wsm', a.id))?.amount_cents).toBe(4000);
		expect(await donationIntent(t.db, 'fos', a.id)).toBeUndefined();
	});

	test('amounts outside €1 … €1,000,000 are refused by the database itself', async () => {
		await expect(
			createDonationIntent(t.db, { siteId: 'wsm', amountCents: 50, locale: 'nl' })
		).rejects.toThrow();
		await expect(
			createDonationIntent(t.db, { siteId: 'wsm', amountCents: 100_000_001, locale: 'nl' })
		).rejects.toThrow();
	});

	test('a rate limit counts attempts per key in a window, and starts again after it', async () => {
		const start = new Date('2026-11-23T10:00:00Z');
		const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
		const results = [];
		for (let i = 0; i < 4; i++)
			results.push(
				await withinRateLimit(t.db, 'contact:198.51.100.1', { limit: 3, windowSeconds: 600, now: at(i) })
			);
		expect(results).toEqual([true, true, true, false]);
		expect(
			await withinRateLimit(t.db, 'contact:198.51.100.2', { limit: 3, windowSeconds: 600, now: at(5) })
		).toBe(true);
		expect(
			await withinRateLimit(t.db, 'contact:198.51.100.1', { limit: 3, windowSeconds: 600, now: at(601) })
		).toBe(true);
	});

	test('concurrent attempts cannot exceed the limit together', async () => {
		const now = new Date('2026-11-23T12:00:00Z');
		const results = await Promise.all(
			Array.from({ length: 10 }, () =>
				withinRateLimit(t.db, 'newsletter:203.0.113.9', { limit: 5, windowSeconds: 600, now })
			)
		);
		expect(results.filter(Boolean)).toHaveLength(5);
	});
});
