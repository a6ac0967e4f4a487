import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing.ts';
import { setSiteRequiresReview, siteSettings } from './site-settings.ts';
import {
	adminUser,
	adminUsers,
	setIntranetAdmin,
	setSiteEditor,
	setSiteReviewer,
	setUserDisabled
} from './staff-admin.ts';

describe.each(inject('databases'))('user administration and site settings on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	const ids = { an: '', admin: '', els: '', lotte: '', nobody: '', editor: '' };

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		const organisation = async (slug: string) =>
			(
				await t.db
					.insertInto('organisations')
					.values({ slug, name: slug.toUpperCase(), kind: 'ngo' })
					.returning('id')
					.executeTakeFirstOrThrow()
			).id;
		const wsm = await organisation('wsm');
		const acv = await organisation('acv-csc');
		await t.db
			.insertInto('sites')
			.values([
				{ id: 'wsm', organisation_id: wsm, name: 'WSM', locales: ['nl'], default_locale: 'nl', theme: 'wsm' },
				// The portal's site belongs to no organisation: its editors are not staff for it.
				{
					id: 'platform',
					organisation_id: null,
					name: 'Platform',
					locales: ['nl'],
					default_locale: 'nl',
					theme: 'platform'
				}
			])
			.execute();
		const user = async (
			email: string,
			name: string,
			roles: { intranet?: boolean; platform?: boolean } = {}
		) =>
			(
				await t.db
					.insertInto('users')
					.values({
						email,
						display_name: name,
						is_intranet_admin: roles.intranet ?? false,
						is_platform_admin: roles.platform ?? false
					})
					.returning('id')
					.executeTakeFirstOrThrow()
			).id;
		ids.an = await user('an@wsm.be', 'An');
		ids.admin = await user('marie@wsm.be', 'Marie', { intranet: true });
		ids.els = await user('els@acv-csc.be', 'Els');
		ids.lotte = await user('lotte@waardigwerk.be', 'Lotte', { platform: true });
		ids.nobody = await user('nobody@example.org', 'Nobody');
		ids.editor = await user('editor@example.org', 'Editor');
		await t.db
			.insertInto('memberships')
			.values([
				{ user_id: ids.an, organisation_id: wsm, role: 'member' },
				{ user_id: ids.els, organisation_id: acv, role: 'admin' },
				{ user_id: ids.lotte, organisation_id: wsm, role: 'admin' }
			])
			.execute();
		await t.db.insertInto('site_editors').values({ user_id: ids.editor, site_id: 'wsm' }).execute();
	});
	afterAll(() => t?.drop());

	const names = async (scope: { staff: boolean; platform: boolean }, search?: string) =>
		(await adminUsers(t.db, { scope, search }, { limit: 50 })).users.map((user) => user.displayName);

	test('staff and platform users are told apart; an account of both kinds needs both scopes', async () => {
		expect(await names({ staff: true, platform: false })).toEqual(['An', 'Editor', 'Marie']);
		expect(await names({ staff: false, platform: true })).toEqual(['Els', 'Nobody']);
		expect(await names({ staff: true, platform: true })).toEqual([
			'An',
			'Editor',
			'Els',
			'Lotte',
			'Marie',
			'Nobody'
		]);
		expect(await names({ staff: false, platform: false })).toEqual([]);
		expect(await adminUser(t.db, ids.lotte)).toMatchObject({
			staff: true,
			platformUser: true,
			isPlatformAdmin: true
		});
		expect(await adminUser(t.db, ids.editor)).toMatchObject({
			staff: true,
			platformUser: false,
			editorOf: ['wsm']
		});
		expect(await adminUser(t.db, ids.els)).toMatchObject({
			staff: false,
			platformUser: true,
			organisations: [{ name: 'ACV-CSC', role: 'admin' }]
		});
	});

	test('search by part of the name or the address, wildcards taken literally; paged with a total', async () => {
		expect(await names({ staff: true, platform: true }, 'WSM.BE')).toEqual(['An', 'Marie']);
		expect(await names({ staff: true, platform: true }, 'lott')).toEqual(['Lotte']);
		expect(await names({ staff: true, platform: true }, '%')).toEqual([]);
		const page = await adminUsers(t.db, { scope: { staff: true, platform: false } }, { limit: 2, offset: 2 });
		expect(page.total).toBe(3);
		expect(page.users.map((user) => user.displayName)).toEqual(['Marie']);
	});

	test('disabling and enabling report whether anything changed', async () => {
		const at = new Date('2026-11-23T10:00:00Z');
		expect(await setUserDisabled(t.db, ids.an, true, at)).toBe(true);
		expect(await setUserDisabled(t.db, ids.an, true, at)).toBe(false);
		expect(await adminUser(t.db, ids.an)).toMatchObject({ disabled: true, disabledAt: at });
		expect(await setUserDisabled(t.db, ids.an, false)).toBe(true);
		expect(await setUserDisabled(t.db, ids.an, false)).toBe(false);
		expect((await adminUser(t.db, ids.an))?.disabled).toBe(false);
	});

	test('site editor and intranet admin are granted and revoked once; an editor becomes staff', async () => {
		expect(await setSiteEditor(t.db, ids.nobody, 'wsm', true)).toBe(true);
		expect(await setSiteEditor(t.db, ids.nobody, 'wsm', true)).toBe(false);
		expect(await adminUser(t.db, ids.nobody)).toMatchObject({
			staff: true,
			platformUser: false,
			editorOf: ['wsm']
		});
		expect(await setSiteEditor(t.db, ids.nobody, 'wsm', false)).toBe(true);
		expect(await setSiteEditor(t.db, ids.nobody, 'wsm', false)).toBe(false);
		expect(await adminUser(t.db, ids.nobody)).toMatchObject({ staff: false, editorOf: [] });
		// Editing the portal's site does not make one staff.
		await setSiteEditor(t.db, ids.nobody, 'platform', true);
		expect((await adminUser(t.db, ids.nobody))?.staff).toBe(false);

		expect(await setIntranetAdmin(t.db, ids.an, true)).toBe(true);
		expect(await setIntranetAdmin(t.db, ids.an, true)).toBe(false);
		expect((await adminUser(t.db, ids.an))?.isIntranetAdmin).toBe(true);
		expect(await setIntranetAdmin(t.db, ids.an, false)).toBe(true);
		expect((await adminUser(t.db, ids.an))?.isIntranetAdmin).toBe(false);
	});

	test('the reviewer role is granted and revoked once, per site; a reviewer becomes staff', async () => {
		expect(await setSiteReviewer(t.db, ids.els, 'wsm', true)).toBe(true);
		expect(await setSiteReviewer(t.db, ids.els, 'wsm', true)).toBe(false);
		expect(await adminUser(t.db, ids.els)).toMatchObject({
			staff: true,
			// Still a member of a partner organisation: both kinds.
			platformUser: true,
			editorOf: [],
			reviewerOf: ['wsm']
		});
		const listed = await adminUsers(
			t.db,
			{ scope: { staff: true, platform: true }, search: 'els' },
			{ limit: 10 }
		);
		expect(listed.users.map((user) => user.reviewerOf)).toEqual([['wsm']]);
		// Reviewing and editing are separate roles: revoking one leaves the other.
		await setSiteEditor(t.db, ids.els, 'wsm', true);
		expect(await setSiteReviewer(t.db, ids.els, 'wsm', false)).toBe(true);
		expect(await setSiteReviewer(t.db, ids.els, 'wsm', false)).toBe(false);
		expect(await adminUser(t.db, ids.els)).toMatchObject({ editorOf: ['wsm'], reviewerOf: [] });
		await setSiteEditor(t.db, ids.els, 'wsm', false);
		expect(await adminUser(t.db, ids.els)).toMatchObject({ staff: false, reviewerOf: [] });
		// Reviewing the portal's site does not make one staff.
		await setSiteReviewer(t.db, ids.nobody, 'platform', true);
		expect(await adminUser(t.db, ids.nobody)).toMatchObject({ staff: false, reviewerOf: ['platform'] });
		await setSiteReviewer(t.db, ids.nobody, 'platform', false);
	});

	test('requiring review is a setting per site, reported only when it changed', async () => {
		expect(await siteSettings(t.db, 'wsm')).toEqual({ id: 'wsm', name: 'WSM', requireReview: false });
		expect(await setSiteRequiresReview(t.db, 'wsm', true)).toBe(true);
		expect(await setSiteRequiresReview(t.db, 'wsm', true)).toBe(false);
		expect((await siteSettings(t.db, 'wsm'))?.requireReview).toBe(true);
		expect((await siteSettings(t.db, 'platform'))?.requireReview).toBe(false);
		expect(await setSiteRequiresReview(t.db, 'wsm', false)).toBe(true);
		expect(await setSiteRequiresReview(t.db, 'wsm', false)).toBe(false);
		expect((await siteSettings(t.db, 'wsm'))?.requireReview).toBe(false);
		expect(await setSiteRequiresReview(t.db, 'nowhere', true)).toBe(false);
		expect(await siteSettings(t.db, 'nowhere')).toBeUndefined();
	});
});
