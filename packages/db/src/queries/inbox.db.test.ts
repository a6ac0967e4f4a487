import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing.ts';
import { saveContactMessage } from './forms.ts';
import {
	allNewsletterSubscribers,
	assignableStaff,
	assignContactMessage,
	eraseNewsletterSubscriber,
	inboxMessage,
	inboxMessages,
	markContactMessageHandled,
	newsletterSubscriber,
	newsletterSubscribers
} from './inbox.ts';

describe.each(inject('databases'))('inbox and subscribers on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	const ids = { an: '', tom: '', els: '', gone: '', editor: '', wsmMessage: '', fosMessage: '' };
	const t0 = new Date('2026-11-23T09:00:00Z');

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
		const fos = await organisation('fos');
		const acv = await organisation('acv-csc');
		await t.db
			.insertInto('sites')
			.values([
				{
					id: 'wsm',
					organisation_id: wsm,
					name: 'WSM',
					locales: ['nl', 'fr'],
					default_locale: 'nl',
					theme: 'wsm'
				},
				{
					id: 'fos',
					organisation_id: fos,
					name: 'FOS',
					locales: ['nl', 'fr'],
					default_locale: 'nl',
					theme: 'fos'
				}
			])
			.execute();
		const user = async (email: string, disabled = false) =>
			(
				await t.db
					.insertInto('users')
					.values({ email, display_name: email.split('@')[0]!, disabled_at: disabled ? t0 : null })
					.returning('id')
					.executeTakeFirstOrThrow()
			).id;
		ids.an = await user('an@wsm.be');
		ids.tom = await user('tom@fos.ngo');
		ids.els = await user('els@acv-csc.be');
		ids.gone = await user('gone@wsm.be', true);
		// An editor of WSM's site who belongs to no organisation.
		ids.editor = await user('editor@example.org');
		await t.db
			.insertInto('memberships')
			.values([
				{ user_id: ids.an, organisation_id: wsm, role: 'member' },
				{ user_id: ids.tom, organisation_id: fos, role: 'member' },
				{ user_id: ids.els, organisation_id: acv, role: 'admin' },
				{ user_id: ids.gone, organisation_id: wsm, role: 'member' }
			])
			.execute();
		await t.db.insertInto('site_editors').values({ user_id: ids.editor, site_id: 'wsm' }).execute();

		const message = (siteId: string, name: string) =>
			saveContactMessage(t.db, {
				siteId,
				name,
				email: `${name.toLowerCase()}@example.org`,
				subject: `From ${name}`,
				message: `<script>alert("${name}")</script>`,
				locale: 'nl'
			});
		ids.wsmMessage = await message('wsm', 'Camille');
		await message('wsm', 'Dirk');
		ids.fosMessage = await message('fos', 'Fatima');

		const subscriber = (
			siteId: string,
			email: string,
			status: 'pending' | 'confirmed',
			locale: 'nl' | 'fr'
		) =>
			t.db
				.insertInto('newsletter_subscriptions')
				.values({ site_id: siteId, email, locale, status, consent_at: t0 })
				.execute();
		await subscriber('wsm', 'Bea@Example.org', 'confirmed', 'nl');
		await subscriber('wsm', 'alex@example.org', 'pending', 'fr');
		await subscriber('wsm', '100%_sure@example.org', 'confirmed', 'fr');
		await subscriber('fos', 'fos.only@example.org', 'confirmed', 'nl');
	});
	afterAll(() => t?.drop());

	test('a site’s inbox holds its own messages only, newest first, with the total', async () => {
		const wsm = await inboxMessages(t.db, { siteId: 'wsm' }, { limit: 10 });
		expect(wsm.total).toBe(2);
		expect(wsm.messages.map((message) => message.name).sort()).toEqual(['Camille', 'Dirk']);
		expect(wsm.messages.every((message) => message.status === 'new' && message.assignee === null)).toBe(true);
		const page = await inboxMessages(t.db, { siteId: 'wsm' }, { limit: 1, offset: 1 });
		expect(page.total).toBe(2);
		expect(page.messages).toHaveLength(1);
		expect((await inboxMessages(t.db, { siteId: 'fos' }, { limit: 10 })).messages.map((m) => m.name)).toEqual(
			['Fatima']
		);
	});

	test('a message opens on its own site only, its text as stored', async () => {
		const opened = await inboxMessage(t.db, 'wsm', ids.wsmMessage);
		expect(opened).toMatchObject({ name: 'Camille', subject: 'From Camille', status: 'new' });
		expect(opened?.message).toBe('<script>alert("Camille")</script>');
		expect(await inboxMessage(t.db, 'wsm', ids.fosMessage)).toBeUndefined();
		expect(await inboxMessage(t.db, 'fos', ids.wsmMessage)).toBeUndefined();
	});

	test('messages are assigned only to the site’s staff, and not across sites', async () => {
		const staff = await assignableStaff(t.db, 'wsm');
		// WSM's members and WSM's editor; not FOS's, not a partner's, not a disabled account.
		expect(staff.map((member) => member.id).sort()).toEqual([ids.an, ids.editor].sort());
		const assign = (messageId: string, userId: string, siteId = 'wsm') =>
			assignContactMessage(t.db, { siteId, messageId, userId });
		expect(await assign(ids.wsmMessage, ids.tom)).toBe('not_staff');
		expect(await assign(ids.wsmMessage, ids.els)).toBe('not_staff');
		expect(await assign(ids.wsmMessage, ids.gone)).toBe('not_staff');
		expect(await assign(ids.fosMessage, ids.an)).toBe('unknown_message');
		expect(await assign(ids.fosMessage, ids.tom)).toBe('unknown_message');
		expect((await inboxMessage(t.db, 'fos', ids.fosMessage))?.status).toBe('new');

		expect(await assign(ids.wsmMessage, ids.an)).toBe('assigned');
		expect(await inboxMessage(t.db, 'wsm', ids.wsmMessage)).toMatchObject({
			status: 'assigned',
			assignee: { id: ids.an, displayName: 'an' }
		});
		const mine = await inboxMessages(t.db, { siteId: 'wsm', assignedTo: ids.an }, { limit: 10 });
		expect(mine.messages.map((message) => message.id)).toEqual([ids.wsmMessage]);
		const fresh = await inboxMessages(t.db, { siteId: 'wsm', status: 'new' }, { limit: 10 });
		expect(fresh.messages.map((message) => message.name)).toEqual(['Dirk']);
	});

	test('a message is handled once, on its own site; then it stays handled', async () => {
		const now = new Date('2026-11-24T10:00:00Z');
		expect(await markContactMessageHandled(t.db, { siteId: 'fos', messageId: ids.wsmMessage, now })).toBe(
			false
		);
		expect(await markContactMessageHandled(t.db, { siteId: 'wsm', messageId: ids.wsmMessage, now })).toBe(
			true
		);
		expect(await markContactMessageHandled(t.db, { siteId: 'wsm', messageId: ids.wsmMessage, now })).toBe(
			false
		);
		expect(await inboxMessage(t.db, 'wsm', ids.wsmMessage)).toMatchObject({
			status: 'handled',
			handledAt: now
		});
		expect(
			await assignContactMessage(t.db, { siteId: 'wsm', messageId: ids.wsmMessage, userId: ids.editor })
		).toBe('handled');
		expect((await inboxMessage(t.db, 'wsm', ids.wsmMessage))?.assignee?.id).toBe(ids.an);
	});

	test('subscribers: one site’s, filtered by status, locale and a literal part of the address', async () => {
		const emails = async (filter: Parameters<typeof newsletterSubscribers>[1]) =>
			(await newsletterSubscribers(t.db, filter, { limit: 10 })).subscribers.map((s) => s.email);
		expect(await emails({ siteId: 'wsm' })).toEqual([
			'100%_sure@example.org',
			'alex@example.org',
			'Bea@Example.org'
		]);
		expect(await emails({ siteId: 'fos' })).toEqual(['fos.only@example.org']);
		expect(await emails({ siteId: 'wsm', status: 'confirmed' })).toEqual([
			'100%_sure@example.org',
			'Bea@Example.org'
		]);
		expect(await emails({ siteId: 'wsm', locale: 'fr' })).toEqual([
			'100%_sure@example.org',
			'alex@example.org'
		]);
		expect(await emails({ siteId: 'wsm', search: 'BEA' })).toEqual(['Bea@Example.org']);
		// `%` and `_` are what was typed, not wildcards.
		expect(await emails({ siteId: 'wsm', search: '%_' })).toEqual(['100%_sure@example.org']);
		expect(await emails({ siteId: 'wsm', search: 'fos.only' })).toEqual([]);
		const page = await newsletterSubscribers(t.db, { siteId: 'wsm' }, { limit: 2, offset: 2 });
		expect(page).toMatchObject({
			total: 3,
			subscribers: [{ email: 'Bea@Example.org', status: 'confirmed' }]
		});
		expect(
			(await allNewsletterSubscribers(t.db, { siteId: 'wsm', locale: 'nl' })).map((s) => s.email)
		).toEqual(['Bea@Example.org']);
	});

	test('erasing deletes the row, only on its site and only with its address typed again', async () => {
		const [bea] = (await newsletterSubscribers(t.db, { siteId: 'wsm', search: 'bea' }, { limit: 1 }))
			.subscribers;
		const id = bea!.id;
		expect(
			await eraseNewsletterSubscriber(t.db, { siteId: 'fos', subscriptionId: id, email: 'bea@example.org' })
		).toBe(false);
		expect(
			await eraseNewsletterSubscriber(t.db, { siteId: 'wsm', subscriptionId: id, email: 'alex@example.org' })
		).toBe(false);
		expect(await newsletterSubscriber(t.db, 'wsm', id)).toBeDefined();
		expect(
			await eraseNewsletterSubscriber(t.db, { siteId: 'wsm', subscriptionId: id, email: ' BEA@example.ORG ' })
		).toBe(true);
		const left = await t.db
			.selectFrom('newsletter_subscriptions')
			.select('email')
			.where('email', 'ilike', 'bea@example.org')
			.execute();
		expect(left).toEqual([]);
		expect(await newsletterSubscriber(t.db, 'wsm', id)).toBeUndefined();
		expect(
			await eraseNewsletterSubscriber(t.db, { siteId: 'wsm', subscriptionId: id, email: 'bea@example.org' })
		).toBe(false);
	});
});
