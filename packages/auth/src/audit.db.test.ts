import { createTestDatabase, type TestDatabase } from '@solidair/db/testing';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { audit, auditEntries, auditLogPage } from './audit.ts';

const minute = 60_000;
const t0 = new Date('2026-11-23T09:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * minute);

describe.each(inject('databases'))('the audit log on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	let els: string;
	let jan: string;

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		const users = await t.db
			.insertInto('users')
			.values([
				{ email: 'els.peeters@acv-csc.be', display_name: 'Els Peeters' },
				{ email: 'jan.desmet@wsm.be', display_name: 'Jan De Smet' }
			])
			.returning('id')
			.execute();
		[els, jan] = users.map((u) => u.id) as [string, string];
	});
	afterAll(() => t?.drop());

	test('an event is written with every field, and read back', async () => {
		await audit(t.db, {
			actorId: els,
			action: 'role.changed',
			targetType: 'membership',
			targetId: jan,
			ip: '2001:DB8::7',
			details: { from: 'member', to: 'admin', organisationCount: 2, confirmed: true, note: null },
			at: at(1)
		});
		const [entry] = await auditEntries(t.db, { actorId: els, action: 'role.changed', limit: 10 });
		expect(entry).toEqual({
			id: expect.any(String),
			at: at(1),
			actorId: els,
			action: 'role.changed',
			targetType: 'membership',
			targetId: jan,
			ip: '2001:db8::7',
			details: { from: 'member', to: 'admin', organisationCount: 2, confirmed: true, note: null }
		});
	});

	test('a malformed address is left out instead of failing the event; the clock defaults to the database’s', async () => {
		const before = new Date(Date.now() - 60_000);
		await audit(t.db, { actorId: null, action: 'resource.access_denied', ip: 'not-an-ip' });
		const [entry] = await auditEntries(t.db, { action: 'resource.access_denied', limit: 1 });
		expect(entry?.ip).toBeNull();
		expect(entry?.actorId).toBeNull();
		expect(entry?.targetType).toBeNull();
		expect(entry?.details).toEqual({});
		expect(entry?.at.getTime()).toBeGreaterThan(before.getTime());
	});

	test('details that look like secrets are refused, and nothing is written', async () => {
		for (const key of [
			'password',
			'newPassword',
			'token',
			'resetToken',
			'secret',
			'totp',
			'code',
			'codeHash'
		]) {
			await expect(
				audit(t.db, { actorId: jan, action: 'file.access_denied', details: { [key]: 'x' } })
			).rejects.toThrow(/must not hold secrets/);
		}
		expect(await auditEntries(t.db, { actorId: jan, action: 'file.access_denied', limit: 10 })).toEqual([]);
	});

	test('entries come newest first, filtered by actor, action and time, up to the limit', async () => {
		for (const [minutes, action] of [
			[10, 'logout'],
			[12, 'session.revoked'],
			[11, 'logout'],
			[13, 'logout']
		] as const) {
			await audit(t.db, {
				actorId: jan,
				action,
				targetType: 'session',
				targetId: `s${minutes}`,
				at: at(minutes)
			});
		}
		// Two at one moment (one transaction): the later written comes first.
		await audit(t.db, { actorId: jan, action: 'logout', targetId: 'first', at: at(20) });
		await audit(t.db, { actorId: jan, action: 'logout', targetId: 'second', at: at(20) });

		const logouts = await auditEntries(t.db, { actorId: jan, action: 'logout', limit: 10 });
		expect(logouts.map((e) => e.targetId)).toEqual(['second', 'first', 's13', 's11', 's10']);
		expect(
			(await auditEntries(t.db, { actorId: jan, since: at(12), limit: 10 })).map((e) => e.targetId)
		).toEqual(['second', 'first', 's13', 's12']);
		expect((await auditEntries(t.db, { actorId: jan, limit: 2 })).map((e) => e.targetId)).toEqual([
			'second',
			'first'
		]);
		expect(await auditEntries(t.db, { actorId: els, action: 'logout', limit: 10 })).toEqual([]);
		expect((await auditEntries(t.db, { targetType: 'session', targetId: 's12', limit: 10 })).length).toBe(1);
		expect(await auditEntries(t.db, { actorId: jan, limit: 0 })).toEqual([]);
	});

	test('the viewer’s pages: filtered by the actor’s e-mail, action and a time range, with the total', async () => {
		// Jan's entries of the test above: logouts at 10, 11, 13, 20, 20 and a session revoked at 12.
		const page = await auditLogPage(
			t.db,
			{ actorEmail: ' JAN.DESMET@wsm.be ', action: 'logout', since: at(11), until: at(20) },
			{ limit: 10 }
		);
		expect(page.total).toBe(2);
		expect(page.entries.map((e) => [e.targetId, e.actorEmail])).toEqual([
			['s13', 'jan.desmet@wsm.be'],
			['s11', 'jan.desmet@wsm.be']
		]);
		const second = await auditLogPage(t.db, { actorEmail: 'jan.desmet@wsm.be' }, { limit: 2, offset: 2 });
		expect(second.total).toBe(6);
		expect(second.entries.map((e) => e.targetId)).toEqual(['s13', 's12']);
		// Not a part of an address: the whole of it.
		expect((await auditLogPage(t.db, { actorEmail: 'jan' }, { limit: 10 })).total).toBe(0);
		const anonymous = await auditLogPage(t.db, { action: 'resource.access_denied' }, { limit: 10 });
		expect(anonymous.entries.every((e) => e.actorEmail === null)).toBe(true);
	});
});
