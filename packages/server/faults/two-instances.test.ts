// Login throttling holds across app instances: its state is in PostgreSQL, so an attacker who
// alternates between two servers behind a load balancer is slowed down all the same.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { faultStack } from './stack.ts';

const ports = [3293, 3294] as const;
const stack = faultStack(54383);

beforeAll(async () => {
	await stack.startDatabase(true);
	await Promise.all(ports.map((port) => stack.startApp('platform', port)));
}, 120_000);

afterAll(() => stack.cleanUp(), 60_000);

function login(port: number, password: string) {
	const origin = `http://127.0.0.1:${port}`;
	return fetch(`${origin}/nl/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email: 'sophie.dubois@solidaris.be', password })
	});
}

test('failures on one instance slow down the next attempt on the other', async () => {
	// Four free failures, spread over both instances; the fifth locks the account for 2 s.
	for (let attempt = 0; attempt < 5; attempt++) {
		const response = await login(ports[attempt % 2]!, `wrong-${attempt}`);
		expect(response.status, `attempt ${attempt + 1}`).toBe(400);
	}
	// Even the right password is turned away now, by the instance that saw fewer failures.
	const locked = await login(ports[1], 'solidair-demo-2026');
	expect(locked.status).toBe(429);
	expect(await locked.text()).toMatch(/Te veel mislukte pogingen/);
	expect(locked.headers.get('set-cookie') ?? '').not.toContain('session=');

	// After the delay, the right password works on either instance.
	await new Promise((resolve) => setTimeout(resolve, 2_500));
	const allowed = await login(ports[0], 'solidair-demo-2026');
	expect(allowed.status).toBe(303);
	expect(allowed.headers.get('set-cookie')).toMatch(/session=[a-z2-7]+\.[a-z2-7]+/);
}, 60_000);
