// What the invitation tests share (invitations*.db.test.ts): per database server, a test database
// with two organisations (ACV and WSM), their admins, a member and a platform admin, and small
// helpers to add people and look up their role. Call it inside the file's describe.each.
import { createTestDatabase, type TestDatabase } from '@solidair/db/testing';
import { afterAll, beforeAll } from 'vitest';
import { createInvitation } from './invitations.ts';
import { hashPassword } from './password.ts';

export const day = 24 * 60 * 60 * 1000;
export const t0 = new Date('2026-11-23T09:00:00Z');
export const at = (days: number) => new Date(t0.getTime() + days * day);

export interface InvitationFixture {
	/** The test database's handle (set once the file's beforeAll has run). */
	readonly db: TestDatabase['db'];
	acv: string;
	wsm: string;
	platformAdmin: string;
	acvAdmin: string;
	acvMember: string;
	wsmAdmin: string;
	addUser(email: string, options?: { password?: string | null; platform?: boolean }): Promise<string>;
	addMember(userId: string, organisationId: string, role: 'member' | 'admin'): Promise<void>;
	roleIn(organisationId: string, userId: string): Promise<string | undefined>;
	/** Invites `email` to ACV as its admin; returns the token. */
	invite(email: string, role?: 'member' | 'admin', now?: Date): Promise<string>;
}

export function invitationFixture(adminUrl: string): InvitationFixture {
	let t: TestDatabase | undefined;
	const db = () => {
		if (!t) throw new Error('the test database is made in beforeAll');
		return t.db;
	};

	async function addOrganisation(slug: string): Promise<string> {
		const { id } = await db()
			.insertInto('organisations')
			.values({ slug, name: slug.toUpperCase(), kind: 'union' })
			.returning('id')
			.executeTakeFirstOrThrow();
		return id;
	}

	const f: InvitationFixture = {
		get db() {
			return db();
		},
		acv: '',
		wsm: '',
		platformAdmin: '',
		acvAdmin: '',
		acvMember: '',
		wsmAdmin: '',

		async addUser(email, { password = null, platform = false } = {}) {
			const { id } = await db()
				.insertInto('users')
				.values({
					email,
					display_name: email.split('@')[0] ?? email,
					password_hash: password === null ? null : await hashPassword(password),
					is_platform_admin: platform
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			return id;
		},

		async addMember(userId, organisationId, role) {
			await db()
				.insertInto('memberships')
				.values({ user_id: userId, organisation_id: organisationId, role })
				.execute();
		},

		async roleIn(organisationId, userId) {
			const row = await db()
				.selectFrom('memberships')
				.select('role')
				.where('organisation_id', '=', organisationId)
				.where('user_id', '=', userId)
				.executeTakeFirst();
			return row?.role;
		},

		async invite(email, role = 'member', now = t0) {
			const result = await createInvitation(db(), {
				organisationId: f.acv,
				email,
				role,
				invitedBy: f.acvAdmin,
				now
			});
			if (!result.ok) throw new Error(`invitation refused: ${result.reason}`);
			return result.token;
		}
	};

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		f.acv = await addOrganisation('acv');
		f.wsm = await addOrganisation('wsm');
		f.platformAdmin = await f.addUser('platform@solidair.be', { platform: true });
		f.acvAdmin = await f.addUser('admin@acv-csc.be');
		f.acvMember = await f.addUser('member@acv-csc.be');
		f.wsmAdmin = await f.addUser('admin@wsm.be');
		await f.addMember(f.acvAdmin, f.acv, 'admin');
		await f.addMember(f.acvMember, f.acv, 'member');
		await f.addMember(f.wsmAdmin, f.wsm, 'admin');
	});
	afterAll(() => t?.drop());

	return f;
}
