import { describe, expect, test } from 'vitest';
import { inputProblem, maxFormValueLength, refusedInput, textProblem } from './input.ts';

const at = (path: string, init?: RequestInit) => {
	const request = new Request(`http://127.0.0.1:3001${path}`, init);
	return inputProblem(request, new URL(request.url));
};
const form = (fields: Record<string, string>, type = 'application/x-www-form-urlencoded') =>
	({
		method: 'POST',
		headers: { 'content-type': type },
		body: new URLSearchParams(fields).toString()
	}) satisfies RequestInit;

describe('input PostgreSQL cannot store is found at the edge', () => {
	test('a NUL, an unpaired surrogate or an over-long value', () => {
		expect(textProblem('a\0b', 10)).toBe('nul');
		expect(textProblem('a\uD800b', 10)).toBe('surrogate');
		expect(textProblem('é'.repeat(11), 10)).toBe('too_long');
		expect(textProblem('Zoë 👩🏽‍🌾', 20)).toBeUndefined();
	});

	test('in the path, the query string and form fields', async () => {
		expect(await at('/nl/files/0b9e%00')).toEqual({ where: 'path', reason: 'nul' });
		expect(await at(`/nl/${'a'.repeat(2001)}`)).toEqual({ where: 'path', reason: 'too_long' });
		expect(await at('/nl/meetings/%00.ics')).toEqual({ where: 'path', reason: 'nul' });
		expect(await at('/nl/zoeken?q=%00')).toEqual({ where: 'query', reason: 'nul' });
		expect(await at(`/nl/zoeken?q=${'x'.repeat(2001)}`)).toEqual({ where: 'query', reason: 'too_long' });
		expect(await at(`/nl/zoeken?${Array.from({ length: 101 }, (_, i) => `a${i}=1`).join('&')}`)).toEqual({
			where: 'query',
			reason: 'too_long'
		});
		expect(await at('/nl/contact', form({ name: 'Els', message: 'hallo\0' }))).toEqual({
			where: 'form',
			reason: 'nul'
		});
		expect(await at('/nl/contact', form({ message: 'x'.repeat(maxFormValueLength + 1) }))).toEqual({
			where: 'form',
			reason: 'too_long'
		});
		const multipart = new FormData();
		multipart.set('title', 'Titel\0');
		expect(await at('/nl/groups/x', { method: 'POST', body: multipart })).toEqual({
			where: 'form',
			reason: 'nul'
		});
	});

	test('ordinary input passes, and the action can still read its form', async () => {
		expect(await at('/nl/nieuws/een-artikel?page=2&q=vakbond%20Zo%C3%AB')).toBeUndefined();
		const request = new Request('http://127.0.0.1:3001/nl/contact', form({ name: 'Els', message: 'Hallo' }));
		expect(await inputProblem(request, new URL(request.url))).toBeUndefined();
		expect((await request.formData()).get('message')).toBe('Hallo');
		// A body that is not a form is the app's business.
		expect(
			await at('/nl/x', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '"\0"' })
		).toBe(undefined);
	});
});

describe('the refusal', () => {
	test('404 for a path, 400 for a query or form, in the visitor’s language, without the input', async () => {
		const page = refusedInput({ where: 'path', reason: 'nul' }, 'fr', 'text/html');
		expect(page.status).toBe(404);
		expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
		const html = await page.text();
		expect(html).toContain('<html lang="fr">');
		expect(html).toContain('Page introuvable');
		const form = refusedInput({ where: 'form', reason: 'nul' }, 'nl', 'text/html,*/*');
		expect(form.status).toBe(400);
		expect(await form.text()).toContain('Dit formulier kan niet bewaard worden');
		const query = refusedInput({ where: 'query', reason: 'too_long' }, 'en', '*/*');
		expect(query.status).toBe(400);
		expect(query.headers.get('content-type')).toBe('text/plain; charset=utf-8');
		expect(await query.text()).toMatch(/^This link is not valid\./);
	});
});
