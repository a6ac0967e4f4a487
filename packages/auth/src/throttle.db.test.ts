import { createDb, type Database } from '@solidair/db';
import { createTestDatabase, type TestDatabase } from '@solidair/db/testing';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
	checkThrottle,
	recordFailure,
	recordSuccess,
	throttleDelaySeconds,
	throttleKeys
} from './throttle.ts';

const t0 = new Date('2026-11-23T09:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const hour = 3600;

test('keys name the kind, the lower-cased account and the address', () => {
	expect(throttleKeys('login', { account: ' Els.Peeters@ACV-CSC.be', address: '203.0.113.7' })).toEqual([
		'login:account:els.peeters@acv-csc.be',
		'login:address:203.0.113.7'
	]);
	expect(throttleKeys('2fa', { address: '2001:DB8::1' })).toEqual(['2fa:address:2001:db8::1']);
});

test('the delay curve: four free failures, then doubling from 2 s up to 15 minutes', () => {
	expect(Array.from({ length: 16 }, (_, i) => throttleDelaySeconds(i + 1))).toEqual([
		0, 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900
	]);
	expect(throttleDelaySeconds(1_000_000)).toBe(900);
});

describe.each(inject('databases'))('throttling on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	let counter = 0;
	// A fresh account per test, so tests do not share counts.
	const keysFor = (address = '198.51.100.1') =>
		throttleKeys('login', { account: `user${++counter}@wsm.be`, address: `${address}-${counter}` });

	async function failures(key: string): Promise<number | undefined> {
		const row = await t.db
			.selectFrom('throttles')
			.select('failures')
			.where('key', '=', key)
			.executeTakeFirst();
		return row?.failures;
	}

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
	});
	afterAll(() => t?.drop());

	test('each failure beyond the fourth locks for a growing time, measured from that failure', async () => {
		const keys = keysFor();
		const waits: number[] = [];
		let now = 0;
		for (let i = 0; i < 15; i++) {
			await recordFailure(t.db, keys, at(now));
			const check = await checkThrottle(t.db, keys, at(now));
			const wait = check.allowed ? 0 : check.retryAfterSeconds;
			waits.push(wait);
			// The next attempt comes as soon as it is allowed.
			now += wait;
			expect(await checkThrottle(t.db, keys, at(now))).toEqual({ allowed: true });
		}
		expect(waits).toEqual([0, 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
	});

	test('blocked while locked, allowed again once the lock has passed', async () => {
		const keys = keysFor();
		for (let i = 0; i < 6; i++) await recordFailure(t.db, keys, t0);
		expect(await checkThrottle(t.db, keys, at(0))).toEqual({ allowed: false, retryAfterSeconds: 4 });
		expect(await checkThrottle(t.db, keys, at(3.5))).toEqual({ allowed: false, retryAfterSeconds: 1 });
		expect(await checkThrottle(t.db, keys, at(4))).toEqual({ allowed: true });
		// Either key alone blocks: the account from another address, the address for another account.
		expect(await checkThrottle(t.db, [keys[0]!, 'login:address:192.0.2.99'], at(1))).toMatchObject({
			allowed: false
		});
		expect(await checkThrottle(t.db, ['login:account:other@wsm.be', keys[1]!], at(1))).toMatchObject({
			allowed: false
		});
		expect(await checkThrottle(t.db, ['login:account:other@wsm.be'], at(1))).toEqual({ allowed: true });
	});

	test('failures older than a day are forgotten', async () => {
		const keys = keysFor();
		for (let i = 0; i < 8; i++) await recordFailure(t.db, keys, t0);
		await recordFailure(t.db, keys, at(24 * hour + 1));
		expect(await failures(keys[0]!)).toBe(1);
		expect(await checkThrottle(t.db, keys, at(24 * hour + 1))).toEqual({ allowed: true });
		// Within the day, they are not.
		const recent = keysFor();
		for (let i = 0; i < 8; i++) await recordFailure(t.db, recent, t0);
		await recordFailure(t.db, recent, at(23 * hour));
		expect(await failures(recent[0]!)).toBe(9);
	});

	test('success clears the account but not the address', async () => {
		const keys = keysFor();
		const [account, address] = keys as [string, string];
		for (let i = 0; i < 6; i++) await recordFailure(t.db, keys, t0);
		await recordSuccess(t.db, keys);
		expect(await failures(account)).toBeUndefined();
		expect(await failures(address)).toBe(6);
		expect(await checkThrottle(t.db, [address], at(1))).toMatchObject({ allowed: false });
	});

	test('the same key twice in one call counts once', async () => {
		const keys = keysFor();
		await recordFailure(t.db, [...keys, ...keys], t0);
		expect(await failures(keys[0]!)).toBe(1);
	});

	describe('across two app instances', () => {
		let a: Kysely<Database>;
		let b: Kysely<Database>;
		beforeAll(() => {
			a = createDb(t.url, { max: 4 });
			b = createDb(t.url, { max: 4 });
		});
		afterAll(async () => {
			await a?.destroy();
			await b?.destroy();
		});

		test('a lock set through one is seen through the other', async () => {
			const keys = keysFor();
			for (let i = 0; i < 5; i++) await recordFailure(a, keys, t0);
			expect(await checkThrottle(b, keys, at(1))).toEqual({ allowed: false, retryAfterSeconds: 1 });
		});

		test('concurrent failures through both are all counted', async () => {
			const keys = keysFor();
			// Shared address key too: both instances update the same two rows at once.
			await Promise.all(
				Array.from({ length: 40 }, (_, i) => recordFailure(i % 2 ? a : b, [...keys].reverse(), t0))
			);
			expect(await failures(keys[0]!)).toBe(40);
			expect(await failures(keys[1]!)).toBe(40);
			expect(await checkThrottle(a, keys, t0)).toEqual({ allowed: false, retryAfterSeconds: 900 });
		});
	});
});
