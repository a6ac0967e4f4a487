import { createTestDatabase, type TestDatabase } from '@solidair/db/testing';
import { isHttpError } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { auditEntries } from './audit.ts';
import { authorize, maxAuditedTargetId, refuse, type RefusalEvent } from './authorize.ts';
import type { SignedInActor } from './permissions.ts';

const actor = (id: string, more: Partial<SignedInActor> = {}): SignedInActor => ({
	id,
	disabled: false,
	platformAdmin: false,
	intranetAdmin: false,
	memberships: [],
	workingGroups: [],
	coordinatorOf: [],
	editorOf: [],
	reviewerOf: [],
	...more
});

/** What `promise` was refused with: the HTTP status, or the error if it was no HTTP error. */
async function statusOf(promise: Promise<unknown>): Promise<number | 'passed'> {
	try {
		await promise;
		return 'passed';
	} catch (problem) {
		if (isHttpError(problem)) return problem.status;
		throw problem;
	}
}

describe.each(inject('databases'))('authorize and refuse on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	let els: string;
	let event: (route: string, ip?: string) => RefusalEvent;

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		const user = await t.db
			.insertInto('users')
			.values({ email: 'els.peeters@acv-csc.be', display_name: 'Els Peeters' })
			.returning('id')
			.executeTakeFirstOrThrow();
		els = user.id;
		event = (route, ip = '192.0.2.7') => ({
			getClientAddress: () => ip,
			route: { id: route },
			locals: { db: t.db }
		});
	});
	afterAll(() => t?.drop());

	const entriesOf = (actorId: string) => auditEntries(t.db, { actorId, limit: 100 });

	test('allowed: it goes on, and nothing is written', async () => {
		const member = actor(els, { workingGroups: ['g1'] });
		expect(
			await statusOf(authorize(event('/groups/[slug]'), member, 'view', { type: 'working-group', id: 'g1' }))
		).toBe('passed');
		expect(await entriesOf(els)).toEqual([]);
	});

	test('refused: a 404, and one row naming the resource, the route and the action attempted', async () => {
		const outsider = actor(els);
		const status = await statusOf(
			authorize(event('/[lang=locale]/groups/[slug]'), outsider, 'view', { type: 'working-group', id: 'g2' })
		);
		expect(status).toBe(404);
		const [entry] = await entriesOf(els);
		expect(entry).toMatchObject({
			actorId: els,
			action: 'resource.access_denied',
			targetType: 'working-group',
			targetId: 'g2',
			ip: '192.0.2.7',
			details: { route: '/[lang=locale]/groups/[slug]', attempted: 'view' }
		});
	});

	test('a site, an organisation or a group names the resource when it has no id; a target overrides', async () => {
		const nobody = actor(els);
		await statusOf(authorize(event('/inbox/[site]'), nobody, 'view', { type: 'inbox', siteId: 'fos' }));
		await statusOf(
			authorize(event('/organisation'), nobody, 'manage', { type: 'membership', organisationId: 'o1' })
		);
		await statusOf(
			authorize(
				event('/files/[id]'),
				nobody,
				'view',
				{ type: 'file', scope: { kind: 'all-members' }, uploadedBy: null },
				{ id: 'f1' }
			)
		);
		await statusOf(authorize(event('/admin/audit'), nobody, 'view', { type: 'audit-log' }));
		const [audit, file, membership, inbox] = await entriesOf(els);
		expect([inbox, membership, file, audit].map((e) => [e?.action, e?.targetType, e?.targetId])).toEqual([
			['resource.access_denied', 'inbox', 'fos'],
			['resource.access_denied', 'membership', 'o1'],
			// Files have an action of their own.
			['file.access_denied', 'file', 'f1'],
			['resource.access_denied', 'audit-log', null]
		]);
	});

	test('refuse: the same row and answer without a permission question, for an anonymous actor too', async () => {
		const jan = await t.db
			.insertInto('users')
			.values({ email: 'jan.desmet@wsm.be', display_name: 'Jan De Smet' })
			.returning('id')
			.executeTakeFirstOrThrow();
		const long = 'x'.repeat(5000);
		expect(
			await statusOf(
				refuse(event('/people/[id]', 'not an address'), jan, 'view', { type: 'profile', id: long })
			)
		).toBe(404);
		const [entry] = await entriesOf(jan.id);
		// One truncation rule, and an address that is none left out rather than fail the refusal.
		expect(entry?.targetId).toBe('x'.repeat(maxAuditedTargetId));
		expect(entry?.ip).toBeNull();
		expect(entry?.details).toEqual({ route: '/people/[id]', attempted: 'view' });

		const before = (await auditEntries(t.db, { action: 'file.access_denied', limit: 100 })).length;
		const unknownAddress: RefusalEvent = {
			...event('/documents'),
			getClientAddress: () => {
				throw new Error('no address');
			}
		};
		expect(
			await statusOf(refuse(unknownAddress, null, 'create', { type: 'file-scope', id: 'group:g9' }))
		).toBe(404);
		const files = await auditEntries(t.db, { action: 'file.access_denied', limit: 100 });
		expect(files).toHaveLength(before + 1);
		expect(files[0]).toMatchObject({
			actorId: null,
			targetType: 'file-scope',
			targetId: 'group:g9',
			ip: null
		});
	});

	test('a disabled actor is refused what their roles would otherwise allow', async () => {
		const disabled = actor(els, { disabled: true, intranetAdmin: true });
		expect(await statusOf(authorize(event('/admin/audit'), disabled, 'view', { type: 'audit-log' }))).toBe(
			404
		);
	});
});
