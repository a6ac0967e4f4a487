import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, test } from 'vitest';
import { csrfHandle, sameOriginRequest } from './csrf.ts';

const url = new URL('https://platform.waardigwerk.be/api/threads');

function request(method: string, headers: Record<string, string>): Request {
	return new Request(url, { method, headers });
}

describe('sameOriginRequest', () => {
	// [what, method, headers, allowed]
	test.each([
		['same-origin fetch metadata', 'POST', { 'sec-fetch-site': 'same-origin' }, true],
		['typed by the person (none)', 'POST', { 'sec-fetch-site': 'none' }, true],
		['another subdomain of ours (same-site)', 'POST', { 'sec-fetch-site': 'same-site' }, false],
		['another site', 'POST', { 'sec-fetch-site': 'cross-site' }, false],
		[
			'cross-site even when Origin claims ours',
			'POST',
			{ 'sec-fetch-site': 'cross-site', origin: url.origin },
			false
		],
		['an unknown fetch metadata value', 'POST', { 'sec-fetch-site': 'same-origin-ish' }, false],
		['no metadata, our Origin', 'POST', { origin: 'https://platform.waardigwerk.be' }, true],
		['no metadata, another Origin', 'POST', { origin: 'https://evil.example' }, false],
		['no metadata, another scheme', 'POST', { origin: 'http://platform.waardigwerk.be' }, false],
		['no metadata, another port', 'POST', { origin: 'https://platform.waardigwerk.be:8443' }, false],
		['no metadata, a sibling subdomain', 'POST', { origin: 'https://intranet.waardigwerk.be' }, false],
		['no metadata, an opaque Origin', 'POST', { origin: 'null' }, false],
		['neither header on POST', 'POST', {}, false],
		['neither header on PUT', 'PUT', {}, false],
		['neither header on PATCH', 'PATCH', {}, false],
		['neither header on DELETE', 'DELETE', {}, false],
		['neither header on GET', 'GET', {}, true],
		['neither header on HEAD', 'HEAD', {}, true],
		['cross-site GET (a link)', 'GET', { 'sec-fetch-site': 'cross-site' }, false]
	] as const)('%s: %s %j → %s', (_, method, headers, allowed) => {
		expect(sameOriginRequest(request(method, headers), url)).toBe(allowed);
	});
});

describe('csrfHandle', () => {
	async function handle(
		method: string,
		headers: Record<string, string>
	): Promise<{ status: number; text: string }> {
		const event = { request: request(method, headers), url } as unknown as RequestEvent;
		const response = await csrfHandle({
			event,
			resolve: async () => new Response('resolved', { status: 200 })
		});
		return { status: response.status, text: await response.text() };
	}

	const json = { 'content-type': 'application/json' };
	const crossSite = { 'sec-fetch-site': 'cross-site' };
	const sameOrigin = { 'sec-fetch-site': 'same-origin' };

	// [method, headers, status]: 403 only where SvelteKit's own check does not reach.
	test.each([
		// JSON and other non-form bodies: ours to check, on every state-changing method.
		['POST', { ...json, ...crossSite }, 403],
		['PUT', { ...json, ...crossSite }, 403],
		['PATCH', { ...json, ...crossSite }, 403],
		['DELETE', { ...json, ...crossSite }, 403],
		['POST', { 'content-type': 'application/json; charset=utf-8', origin: 'https://evil.example' }, 403],
		['POST', { 'content-type': 'APPLICATION/JSON' }, 403],
		['POST', { 'content-type': 'application/xml', ...crossSite }, 403],
		['POST', { 'content-type': 'application/octet-stream', 'sec-fetch-site': 'same-site' }, 403],
		['POST', { 'content-type': 'application/json', origin: 'null' }, 403],
		['POST', { ...json, ...sameOrigin }, 200],
		['DELETE', { ...json, origin: url.origin }, 200],
		['PATCH', { ...json, 'sec-fetch-site': 'none' }, 200],
		// Unusual methods SvelteKit does not check, whatever the body.
		['PROPFIND', { ...crossSite }, 403],
		['REPORT', { 'content-type': 'text/plain', ...crossSite }, 403],
		['PROPFIND', { ...sameOrigin }, 200],
		// Form bodies and bodiless requests: SvelteKit's check, not ours.
		['POST', { 'content-type': 'application/x-www-form-urlencoded', ...crossSite }, 200],
		['POST', { 'content-type': 'multipart/form-data; boundary=x', ...crossSite }, 200],
		['POST', { 'content-type': 'text/plain;charset=UTF-8', ...crossSite }, 200],
		['POST', { 'content-type': 'application/x-sveltekit-formdata', ...crossSite }, 200],
		['DELETE', { ...crossSite }, 200],
		// Safe methods are never ours to refuse.
		['GET', { ...json, ...crossSite }, 200],
		['HEAD', { ...json, ...crossSite }, 200],
		['OPTIONS', { ...json, ...crossSite }, 200]
	] as const)('%s %j → %i', async (method, headers, status) => {
		expect((await handle(method, headers)).status).toBe(status);
	});

	test('a refusal is a short plain text, and nothing is resolved', async () => {
		let resolved = false;
		const event = { request: request('POST', { ...json, ...crossSite }), url } as unknown as RequestEvent;
		const response = await csrfHandle({
			event,
			resolve: async () => {
				resolved = true;
				return new Response('resolved');
			}
		});
		expect(response.status).toBe(403);
		expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
		expect(await response.text()).toBe('Cross-site request refused');
		expect(resolved).toBe(false);
	});
});
