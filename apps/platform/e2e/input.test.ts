// Input PostgreSQL cannot store (a NUL byte, far too long a value), in paths, searches and forms:
// refused at the edge with a 404 or 400 in the member's language and written to the audit log;
// it used to reach the database and end in a 500.
import { expect, test } from '@playwright/test';
import * as m from '@solidair/i18n/messages';
import { demoPassword, e2eDb, karim, locale, userId } from '@solidair/account/e2e/members';

const db = e2eDb();
test.afterAll(() => db.destroy());

test('a NUL byte in a path, a search or a form field: 404 or 400 in Dutch, audited, nothing stored', async ({
	request,
	baseURL
}) => {
	// Signed in as a client without a browser would: the session cookie stays in `request`.
	const origin = new URL(baseURL!).origin;
	const login = await request.post(`/${locale}/login`, {
		headers: { origin, accept: 'text/html' },
		form: { email: karim.email, password: demoPassword },
		maxRedirects: 0
	});
	expect(login.headers()['location']).toBe(`/${locale}/members`);
	const since = new Date();
	const karimId = await userId(db, karim.email);
	const bioOf = () =>
		db.selectFrom('users').select('bio').where('id', '=', karimId).executeTakeFirstOrThrow();
	const bioBefore = await bioOf();
	const html = { accept: 'text/html' };
	for (const [path, status] of [
		[`/${locale}/people/%00`, 404],
		[`/${locale}/meetings/%00.ics`, 404],
		[`/${locale}/files/00000000-0000-4000-8000-000000000000%00`, 404],
		[`/${locale}/directory?q=%00`, 400],
		[`/${locale}/directory?q=${'x'.repeat(3000)}`, 400]
	] as const) {
		const response = await request.get(path, { headers: html });
		expect(response.status(), path).toBe(status);
		const body = await response.text();
		expect(body, path).toContain(
			status === 404 ? m.error_not_found_title({}, { locale }) : m.error_bad_request_title({}, { locale })
		);
		expect(body, path).not.toMatch(/invalid byte sequence|at .*\.js:\d+|postgres/i);
	}
	const posted = await request.post(`/${locale}/account/profile`, {
		headers: { ...html, origin },
		form: { bio: 'Vakbondswerk\0in Bolivia', languages: 'nl' },
		maxRedirects: 0
	});
	expect(posted.status()).toBe(400);
	expect(await posted.text()).toContain(m.error_bad_input_title({}, { locale }));
	expect(await bioOf()).toEqual(bioBefore);

	const refused = await db
		.selectFrom('audit_log')
		.select(['target_id', 'details'])
		.where('action', '=', 'request.refused')
		.where('actor_id', '=', karimId)
		.where('at', '>=', since)
		.orderBy('id')
		.execute();
	expect(refused.map((row) => (row.details as { where: string }).where)).toEqual([
		'path',
		'path',
		'path',
		'query',
		'query',
		'form'
	]);
	// The log keeps the path, never the NUL itself (PostgreSQL would refuse it there too).
	expect(refused[0]!.target_id).toBe(`/${locale}/people/%00`);
});
