import { createTestDatabase, type TestDatabase } from '@solidair/db/testing';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
	createSession,
	defaultSessionPolicy,
	generateSessionToken,
	invalidateSession,
	invalidateUserSessions,
	revokeSession,
	userSessions,
	validateSessionToken
} from './session.ts';

const hour = 3_600_000;
const t0 = new Date('2026-11-23T09:00:00Z');
const at = (hours: number) => new Date(t0.getTime() + hours * hour);

describe.each(inject('databases'))('sessions on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	let userId: string;

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		({ id: userId } = await t.db
			.insertInto('users')
			.values({ email: 'els.peeters@acv-csc.be', display_name: 'Els Peeters' })
			.returning('id')
			.executeTakeFirstOrThrow());
	});
	afterAll(() => t?.drop());

	test('tokens are two random parts of 160 bits each, never repeated', () => {
		const tokens = new Set(Array.from({ length: 100 }, generateSessionToken));
		expect(tokens.size).toBe(100);
		for (const token of tokens) expect(token).toMatch(/^[a-z2-7]{32}\.[a-z2-7]{32}$/);
	});

	test('only a hash of the secret is stored', async () => {
		const token = generateSessionToken();
		await createSession(t.db, token, userId, defaultSessionPolicy, t0);
		const [id, secret] = token.split('.');
		const row = await t.db.selectFrom('sessions').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
		expect(Buffer.from(row.secret_hash).toString()).not.toContain(secret);
		expect(row.secret_hash).toHaveLength(32);
	});

	test('the client’s address and User-Agent are kept when given: a valid address only, 300 characters at most', async () => {
		const stored = async (client?: Parameters<typeof createSession>[5]) => {
			const token = generateSessionToken();
			await createSession(t.db, token, userId, defaultSessionPolicy, t0, client);
			const [id = ''] = token.split('.');
			return t.db
				.selectFrom('sessions')
				.select(['ip', 'user_agent'])
				.where('id', '=', id)
				.executeTakeFirstOrThrow();
		};
		const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
		expect(await stored({ ip: '203.0.113.7', userAgent: firefox })).toEqual({
			ip: '203.0.113.7',
			user_agent: firefox
		});
		expect(await stored({ ip: '2001:db8::1' })).toEqual({ ip: '2001:db8::1', user_agent: null });
		expect(await stored()).toEqual({ ip: null, user_agent: null });
		// Not an address (a proxy's header passed on as is, say): null rather than a failed login.
		for (const ip of ['unknown', '203.0.113.7, 10.0.0.1', "1.2.3.4'; drop table sessions; --", '']) {
			expect((await stored({ ip })).ip).toBeNull();
		}
		const long = `${'x'.repeat(299)}😀tail`;
		expect((await stored({ userAgent: long })).user_agent).toBe(`${'x'.repeat(299)}😀`);
		expect((await stored({ userAgent: 'y'.repeat(5000) })).user_agent).toHaveLength(300);
	});

	test('a valid token gives its user; a tampered or unknown one gives nothing', async () => {
		const token = generateSessionToken();
		await createSession(t.db, token, userId, defaultSessionPolicy, t0);
		expect((await validateSessionToken(t.db, token, defaultSessionPolicy, at(0.5)))?.user.email).toBe(
			'els.peeters@acv-csc.be'
		);
		const [id, secret = ''] = token.split('.');
		const tampered = `${id}.${secret.slice(0, -1)}${secret.endsWith('a') ? 'b' : 'a'}`;
		expect(await validateSessionToken(t.db, tampered, defaultSessionPolicy, at(0.5))).toBeNull();
		expect(
			await validateSessionToken(t.db, generateSessionToken(), defaultSessionPolicy, at(0.5))
		).toBeNull();
		expect(
			await validateSessionToken(t.db, "x'; drop table sessions; --", defaultSessionPolicy, at(0.5))
		).toBeNull();
	});

	test('last use is written at most hourly, and inactivity ends a session', async () => {
		const token = generateSessionToken();
		const { id } = await createSession(t.db, token, userId, defaultSessionPolicy, t0);
		const lastUsed = async () =>
			(
				await t.db
					.selectFrom('sessions')
					.select('last_used_at')
					.where('id', '=', id)
					.executeTakeFirstOrThrow()
			).last_used_at;
		await validateSessionToken(t.db, token, defaultSessionPolicy, at(0.5));
		expect(await lastUsed()).toEqual(t0);
		await validateSessionToken(t.db, token, defaultSessionPolicy, at(2));
		expect(await lastUsed()).toEqual(at(2));
		// Five days after the last use it has ended, and is gone from the database.
		expect(await validateSessionToken(t.db, token, defaultSessionPolicy, at(2 + 5 * 24))).toBeNull();
		expect(
			await t.db.selectFrom('sessions').select('id').where('id', '=', id).executeTakeFirst()
		).toBeUndefined();
	});

	test('no session outlives its absolute lifetime, however busy', async () => {
		const token = generateSessionToken();
		await createSession(t.db, token, userId, defaultSessionPolicy, t0);
		for (let day = 1; day < 30; day++) {
			expect(await validateSessionToken(t.db, token, defaultSessionPolicy, at(day * 24))).not.toBeNull();
		}
		expect(await validateSessionToken(t.db, token, defaultSessionPolicy, at(30 * 24))).toBeNull();
	});

	test('logging out ends one session; a password change ends them all', async () => {
		const a = generateSessionToken();
		const b = generateSessionToken();
		const session = await createSession(t.db, a, userId, defaultSessionPolicy, t0);
		await createSession(t.db, b, userId, defaultSessionPolicy, t0);
		await invalidateSession(t.db, session.id);
		expect(await validateSessionToken(t.db, a, defaultSessionPolicy, at(1))).toBeNull();
		expect(await validateSessionToken(t.db, b, defaultSessionPolicy, at(1))).not.toBeNull();
		await invalidateUserSessions(t.db, userId);
		expect(await validateSessionToken(t.db, b, defaultSessionPolicy, at(1))).toBeNull();
	});

	test('a user sees their own running sessions, most recently used first, without secrets', async () => {
		const { id: owner } = await t.db
			.insertInto('users')
			.values({ email: 'sessions.list@example.org', display_name: 'List Owner' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const { id: stranger } = await t.db
			.insertInto('users')
			.values({ email: 'sessions.stranger@example.org', display_name: 'Stranger' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const older = await createSession(t.db, generateSessionToken(), owner, defaultSessionPolicy, t0, {
			ip: '203.0.113.7',
			userAgent: 'Firefox'
		});
		const newer = await createSession(t.db, generateSessionToken(), owner, defaultSessionPolicy, at(1), {
			userAgent: 'Safari'
		});
		// Expired (inactive for more than five days) at at(2 + 5 * 24): not listed then.
		await createSession(t.db, generateSessionToken(), stranger, defaultSessionPolicy, t0);

		const listed = await userSessions(t.db, owner, defaultSessionPolicy, at(2));
		expect(listed.map((s) => s.id)).toEqual([newer.id, older.id]);
		expect(listed[1]).toMatchObject({
			createdAt: t0,
			lastUsedAt: t0,
			ip: '203.0.113.7',
			userAgent: 'Firefox',
			twoFactorVerified: false
		});
		expect(Object.keys(listed[0]!)).not.toContain('secretHash');
		expect(await userSessions(t.db, owner, defaultSessionPolicy, at(1 + 5 * 24))).toEqual([]);
	});

	test('revoking ends one own session and is audited; another user’s session is left alone', async () => {
		const { id: owner } = await t.db
			.insertInto('users')
			.values({ email: 'sessions.revoke@example.org', display_name: 'Revoker' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const { id: other } = await t.db
			.insertInto('users')
			.values({ email: 'sessions.other@example.org', display_name: 'Other' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const mine = generateSessionToken();
		const kept = generateSessionToken();
		const theirs = generateSessionToken();
		const session = await createSession(t.db, mine, owner, defaultSessionPolicy, t0);
		await createSession(t.db, kept, owner, defaultSessionPolicy, t0);
		const foreign = await createSession(t.db, theirs, other, defaultSessionPolicy, t0);

		// Someone else's session id: refused as if unknown, and the session still works.
		expect(await revokeSession(t.db, owner, foreign.id, { now: at(1) })).toBe(false);
		expect(await validateSessionToken(t.db, theirs, defaultSessionPolicy, at(1))).not.toBeNull();

		expect(await revokeSession(t.db, owner, session.id, { ip: '198.51.100.4', now: at(1) })).toBe(true);
		expect(await validateSessionToken(t.db, mine, defaultSessionPolicy, at(1))).toBeNull();
		expect(await validateSessionToken(t.db, kept, defaultSessionPolicy, at(1))).not.toBeNull();
		// Twice: nothing left to revoke.
		expect(await revokeSession(t.db, owner, session.id, { now: at(1) })).toBe(false);

		const logged = await t.db
			.selectFrom('audit_log')
			.select(['actor_id', 'action', 'target_type', 'target_id', 'ip'])
			.where('action', '=', 'session.revoked')
			.where('actor_id', 'in', [owner, other])
			.execute();
		expect(logged).toEqual([
			{
				actor_id: owner,
				action: 'session.revoked',
				target_type: 'session',
				target_id: session.id,
				ip: '198.51.100.4'
			}
		]);
	});
});
