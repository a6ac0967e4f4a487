// Closed working groups: a member asks to join, a coordinator of the group approves or declines;
// until then the group's work stays hidden. New groups are closed by default. Without a browser:
// each person is a request context with their own session cookie.
import { expect, test, type APIRequestContext } from '@playwright/test';
import * as m from '@solidair/i18n/messages';
import {
	e2eDb,
	locale,
	memberAccount,
	newPassword as password,
	run,
	userId
} from '@solidair/account/e2e/members';

const db = e2eDb();
test.afterAll(() => db.destroy());

const html = { accept: 'text/html' };

async function signedIn(
	playwright: { request: { newContext(options: { baseURL?: string }): Promise<APIRequestContext> } },
	baseURL: string,
	email: string
): Promise<APIRequestContext> {
	const context = await playwright.request.newContext({ baseURL });
	const login = await context.post(`/${locale}/login`, {
		headers: { ...html, origin: new URL(baseURL).origin },
		form: { email, password },
		maxRedirects: 0
	});
	expect(login.headers()['location'], `${email} is signed in`).toBe(`/${locale}/members`);
	return context;
}

test('a closed group: asking is not joining; its coordinator approves or declines, audited', async ({
	playwright,
	baseURL
}) => {
	const origin = new URL(baseURL!).origin;
	const slug = `closed-${run}`;
	const name = `Landrechten ${run}`;
	// A new group, closed by default.
	const { id: groupId, access } = await db
		.insertInto('working_groups')
		.values({ slug, kind: 'theme', name, country_code: null })
		.returning(['id', 'access'])
		.executeTakeFirstOrThrow();
	expect(access).toBe('closed');
	const coordinatorEmail = await memberAccount(db, 'solidaris', 'Lotte Coordinator');
	const applicantEmail = await memberAccount(db, 'acv-csc', 'Ruben Vrager');
	const declinedEmail = await memberAccount(db, 'acv-csc', 'Nora Geweigerd');
	const [coordinatorId, applicantId, declinedId] = await Promise.all(
		[coordinatorEmail, applicantEmail, declinedEmail].map((email) => userId(db, email))
	);
	await db
		.insertInto('working_group_members')
		.values({ group_id: groupId, user_id: coordinatorId!, role: 'coordinator' })
		.execute();
	const membersOf = async () =>
		(
			await db.selectFrom('working_group_members').select('user_id').where('group_id', '=', groupId).execute()
		).map((row) => row.user_id);

	const applicant = await signedIn(playwright, baseURL!, applicantEmail);
	const declined = await signedIn(playwright, baseURL!, declinedEmail);
	const coordinator = await signedIn(playwright, baseURL!, coordinatorEmail);
	try {
		// The group says it is closed and offers to ask, not to join.
		const before = await (await applicant.get(`/${locale}/groups/${slug}`, { headers: html })).text();
		expect(before).toContain(m.groups_closed({}, { locale }));
		expect(before).toContain(m.groups_request_join({ name }, { locale }));
		for (const asker of [applicant, declined]) {
			const asked = await asker.post(`/${locale}/groups?/join`, {
				headers: { ...html, origin },
				form: { slug },
				maxRedirects: 0
			});
			expect(asked.status()).toBe(303);
		}
		// Asking is not joining: the group's work stays hidden, the page says a coordinator decides.
		expect(await membersOf()).toEqual([coordinatorId]);
		const waiting = await (await applicant.get(`/${locale}/groups/${slug}`, { headers: html })).text();
		expect(waiting).toContain(m.groups_requested({}, { locale }));
		expect(waiting).not.toContain(m.groups_threads({}, { locale }));

		// Someone who does not coordinate the group cannot approve, not even themselves: a 404, audited.
		const forged = await applicant.post(`/${locale}/groups/${slug}?/approve`, {
			headers: { ...html, origin },
			form: { user: applicantId! },
			maxRedirects: 0
		});
		expect(forged.status()).toBe(404);
		expect(await membersOf()).toEqual([coordinatorId]);

		// The coordinator sees both requests, approves one and declines the other.
		const page = await (await coordinator.get(`/${locale}/groups/${slug}`, { headers: html })).text();
		expect(page).toContain(m.groups_requests({}, { locale }));
		expect(page).toContain(m.groups_approve({ name: 'Ruben Vrager' }, { locale }));
		expect(page).toContain(m.groups_decline({ name: 'Nora Geweigerd' }, { locale }));
		for (const [action, user] of [
			['approve', applicantId],
			['decline', declinedId]
		] as const) {
			const decided = await coordinator.post(`/${locale}/groups/${slug}?/${action}`, {
				headers: { ...html, origin },
				form: { user: user! },
				maxRedirects: 0
			});
			expect(decided.status(), action).toBe(303);
		}
		expect((await membersOf()).sort()).toEqual([coordinatorId, applicantId].sort());
		const member = await (await applicant.get(`/${locale}/groups/${slug}`, { headers: html })).text();
		expect(member).toContain(m.groups_threads({}, { locale }));
		const refused = await (await declined.get(`/${locale}/groups/${slug}`, { headers: html })).text();
		expect(refused).not.toContain(m.groups_threads({}, { locale }));
		expect(refused).toContain(m.groups_request_join({ name }, { locale }));
		// A decided request cannot be decided again.
		const again = await coordinator.post(`/${locale}/groups/${slug}?/approve`, {
			headers: { ...html, origin },
			form: { user: declinedId! },
			maxRedirects: 0
		});
		expect(again.status()).toBe(404);

		const logged = await db
			.selectFrom('audit_log')
			.select(['action', 'actor_id', 'target_id'])
			.where('action', 'in', [
				'group.join_requested',
				'group.join_approved',
				'group.join_declined',
				'resource.access_denied'
			])
			.where('actor_id', 'in', [coordinatorId!, applicantId!, declinedId!])
			.orderBy('id')
			.execute();
		expect(logged.map((row) => [row.action, row.actor_id, row.target_id])).toEqual([
			['group.join_requested', applicantId, groupId],
			['group.join_requested', declinedId, groupId],
			['resource.access_denied', applicantId, groupId],
			['group.join_approved', coordinatorId, applicantId],
			['group.join_declined', coordinatorId, declinedId]
		]);
	} finally {
		await Promise.all([applicant, declined, coordinator].map((context) => context.dispose()));
	}
});
