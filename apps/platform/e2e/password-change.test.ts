// Guessing the current password from a session left open: throttled like a login (429 in the
// member's language after four wrong guesses) and every wrong guess in the audit log.
import { expect, test } from '@playwright/test';
import * as m from '@solidair/i18n/messages';
import { e2eDb, locale, memberAccount, newPassword as password, userId } from '@solidair/account/e2e/members';

const db = e2eDb();
test.afterAll(async () => {
	// Other tests change passwords from this address too.
	await db.deleteFrom('throttles').where('key', 'like', 'password:%').execute();
	await db.destroy();
});

test('wrong current passwords: a 429 after four, each audited; the password unchanged', async ({
	request,
	baseURL
}) => {
	const email = await memberAccount(db, 'solidaris', 'Jef Gokker');
	const id = await userId(db, email);
	const headers = { accept: 'text/html', origin: new URL(baseURL!).origin };
	const login = await request.post(`/${locale}/login`, {
		headers,
		form: { email, password },
		maxRedirects: 0
	});
	expect(login.headers()['location']).toBe(`/${locale}/members`);
	const change = (current: string) =>
		request.post(`/${locale}/account?/password`, {
			headers,
			form: { current, password: 'nieuwe-herfst-storm-31', repeat: 'nieuwe-herfst-storm-31' },
			maxRedirects: 0
		});
	const statuses: number[] = [];
	for (let i = 0; i < 6; i++) statuses.push((await change(`gok-${i}`)).status());
	// Four free guesses, the fifth locks (and is still answered as wrong), the sixth waits.
	expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
	const throttled = await change(password);
	expect(throttled.status()).toBe(429);
	const [sentence] = m.login_throttled({ seconds: '§' }, { locale }).split('§');
	expect(await throttled.text()).toContain(sentence);
	const failures = await db
		.selectFrom('audit_log')
		.select('details')
		.where('action', '=', 'password.change_failure')
		.where('actor_id', '=', id)
		.orderBy('id')
		.execute();
	expect(failures.map((row) => (row.details as { reason: string }).reason)).toEqual([
		...Array.from({ length: 5 }, () => 'wrong_password'),
		'throttled',
		'throttled'
	]);
	// Still the old password: the login with it works.
	const again = await request.post(`/${locale}/login`, {
		headers,
		form: { email, password },
		maxRedirects: 0
	});
	expect(again.headers()['location']).toBe(`/${locale}/members`);
});
