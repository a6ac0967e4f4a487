// Bad input at every door of a built app: each route's parameters, the query of each crawled path,
// each field of each post form the crawl found, and a forged Host. Sent raw over node:http (a
// browser or fetch would re-encode or refuse the bytes an attacker sends as they are).
import { request as httpRequest } from 'node:http';
import type { CrawledForm } from './crawl.ts';
import { samplePaths } from './crawl.ts';

/** Values that must never reach the database or a page as they are; each already percent-encoded. */
export const badValues: Record<string, string> = {
	nul: '%00',
	'nul in text': 'abc%00def',
	'invalid UTF-8': '%C3%28%FF',
	'unpaired surrogate': '%ED%A0%80',
	traversal: '..%2F..%2F..%2Fetc%2Fpasswd',
	'header injection': 'x%0D%0ASet-Cookie:%20fuzz=1',
	// Over any field's limit but within the 16 KiB a request's head may take (beyond it the server
	// answers 431 and hangs up while the client is still sending).
	'10,000 characters': 'a'.repeat(10_000),
	'1 MB': 'a'.repeat(1024 * 1024)
};

/** Query strings beside the bad values: deep, wide and repeated parameters. */
const badQueries: Record<string, string> = {
	'deep brackets': `${'a['.repeat(200)}x${']'.repeat(200)}=1`,
	'500 parameters': Array.from({ length: 500 }, (_, i) => `p${i}=1`).join('&'),
	'one name 300 times': Array.from({ length: 300 }, () => 'q=1').join('&')
};

export interface RawResponse {
	status: number;
	location: string;
	body: string;
}

/** One raw request; a closed connection or a timeout is a status 0. */
export function rawRequest(
	origin: string,
	path: string,
	options: { method?: string; headers?: Record<string, string>; body?: string } = {}
): Promise<RawResponse> {
	const url = new URL(origin);
	return new Promise((resolve) => {
		const outgoing = httpRequest(
			{
				host: url.hostname,
				port: url.port,
				path,
				method: options.method ?? 'GET',
				headers: {
					accept: 'text/html',
					'accept-language': 'nl',
					...options.headers,
					...(options.body !== undefined && { 'content-length': String(Buffer.byteLength(options.body)) })
				},
				timeout: 15_000
			},
			(response) => {
				const chunks: Buffer[] = [];
				response.on('data', (chunk: Buffer) => chunks.push(chunk));
				response.on('end', () =>
					resolve({
						status: response.statusCode ?? 0,
						location: String(response.headers.location ?? ''),
						body: Buffer.concat(chunks).toString('utf8')
					})
				);
				response.on('error', () => resolve({ status: 0, location: '', body: '' }));
			}
		);
		outgoing.on('timeout', () => outgoing.destroy());
		outgoing.on('error', (error) => resolve({ status: 0, location: '', body: error.message }));
		outgoing.end(options.body);
	});
}

// What must never be in an answer: a stack trace, SQL or PostgreSQL's words, the forged host.
const leaks: Array<[string, RegExp]> = [
	['a stack trace', /\bat [\w$.<>]+ \(?(file:\/\/|\/)[^)\s]+:\d+:\d+/],
	[
		'SQL',
		/\b(syntax error at or near|invalid byte sequence for encoding|violates (unique|foreign key|check) constraint|unterminated quoted string)\b/i
	],
	['the forged host', /evil\.example/i]
];

export interface FuzzCase {
	what: string;
	method: 'GET' | 'POST';
	path: string;
	body?: string;
	forgedHost?: boolean;
	/** A post that must be refused (a 4xx): nothing it carries may be stored. */
	mustRefuse?: boolean;
}

/** The cases for one visitor: see the file's comment. */
export function fuzzCases(options: {
	templates: string[];
	lang: string;
	paths: string[];
	forms: CrawledForm[];
	/**
	 * Also post each form as its page fills it, under a forged Host. Only for a signed-out visitor:
	 * a signed-in one's forms with their own values would do what they are for (delete, approve).
	 */
	forgedPosts: boolean;
}): FuzzCase[] {
	const cases: FuzzCase[] = [];
	const [nul, long] = [badValues.nul!, badValues['1 MB']!];
	for (const template of options.templates) {
		if (!/\[(?!lang=)/.test(template)) continue;
		for (const [name, value] of Object.entries(badValues)) {
			// A megabyte goes in a body only (see '10,000 characters').
			if (name === '1 MB') continue;
			for (const path of samplePaths(template, options.lang, [])
				.slice(0, 1)
				.map((p) => p.replace('crawl-sample', value)))
				cases.push({ what: `${name} in ${template}`, method: 'GET', path });
		}
	}
	for (const path of options.paths) {
		const bare = path.split('?')[0]!;
		for (const [name, value] of Object.entries(badValues).filter(([name]) => name !== '1 MB'))
			cases.push({
				what: `${name} in the query of ${bare}`,
				method: 'GET',
				// One long value only: two would pass the 16 KiB a request's head may take.
				path: name === '10,000 characters' ? `${bare}?q=${value}` : `${bare}?q=${value}&page=${value}`
			});
		for (const [name, query] of Object.entries(badQueries))
			cases.push({ what: `${name} on ${bare}`, method: 'GET', path: `${bare}?${query}` });
		cases.push({ what: `a forged Host on ${path}`, method: 'GET', path, forgedHost: true });
	}
	for (const form of options.forms) {
		if (/\/logout(\/|$|\?)/.test(form.action)) continue;
		const encode = (value: string) => encodeURIComponent(value);
		// Invalid UTF-8 and surrogates in a form body decode to U+FFFD, which is text like any other:
		// in a form, the values that must be refused are a NUL and a body over the limit.
		for (const [field] of form.fields) {
			for (const [name, value] of [
				['nul', nul],
				['1 MB', long]
			] as const) {
				const body = form.fields
					.map(([other, benign]) => `${encode(other)}=${other === field ? value : encode(benign)}`)
					.join('&');
				cases.push({
					what: `${name} in ${field} of ${form.action}`,
					method: 'POST',
					path: form.action,
					body,
					mustRefuse: true
				});
			}
		}
		if (!options.forgedPosts) continue;
		// The same form as the page would send it, under a forged Host: links it answers with name us.
		const body = form.fields.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
		cases.push({
			what: `a forged Host posting ${form.action}`,
			method: 'POST',
			path: form.action,
			body,
			forgedHost: true
		});
	}
	return cases;
}

/** Sends every case; returns `what: problem` for each answer that is a 5xx or leaks. */
export async function runFuzz(origin: string, cookie: string, cases: FuzzCase[]): Promise<string[]> {
	const problems: string[] = [];
	const host = new URL(origin).host;
	for (const fuzzCase of cases) {
		const forged = fuzzCase.forgedHost ? 'evil.example' : host;
		const response = await rawRequest(origin, fuzzCase.path, {
			method: fuzzCase.method,
			headers: {
				host: forged,
				...(cookie && { cookie }),
				...(fuzzCase.method === 'POST' && {
					origin: `http://${forged}`,
					'content-type': 'application/x-www-form-urlencoded'
				})
			},
			body: fuzzCase.body
		});
		if (response.status === 0 || response.status >= 500)
			problems.push(`${fuzzCase.what}: ${response.status || 'no answer'}`);
		else if (fuzzCase.mustRefuse && response.status < 400)
			problems.push(`${fuzzCase.what}: accepted (${response.status})`);
		for (const [name, pattern] of leaks)
			if (pattern.test(response.body) || pattern.test(response.location))
				problems.push(`${fuzzCase.what}: ${name} in the answer`);
	}
	return problems;
}
