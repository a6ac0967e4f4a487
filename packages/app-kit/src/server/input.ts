// Input that PostgreSQL cannot store, refused at the edge, in one place for every app: a NUL byte
// (PostgreSQL refuses it in text: the request used to end in a 500), an unpaired surrogate (not
// UTF-8 at all) and values far longer than any field, in the path, the query string or a form's
// text fields. The visitor gets a 404 (path) or 400 (query, form) in their language; where the app
// audits refusals, the attempt is written to the audit log.
import { audit } from '@solidair/auth';
import { homePath, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
// Its declaration of `locals.locale`, which localeHandle sets before this handle runs.
import type {} from '@solidair/i18n/server';
import type { RequestEvent } from '@sveltejs/kit';
import type { Handle } from '@sveltejs/kit/hooks';
import { database } from './database.ts';

/** Longer than any address the apps make (a slug is at most 200 characters). */
export const maxPathLength = 2000;
/** Longer than any query value the apps read (searches stop at 200). */
export const maxQueryValueLength = 2000;
/** More query parameters than any page reads: deep or repeated query strings stop here. */
export const maxQueryParameters = 100;
/** Longer than any form field (an entry's text is at most 100,000 characters). */
export const maxFormValueLength = 200_000;

export type InputProblem = {
	where: 'path' | 'query' | 'form';
	reason: 'nul' | 'surrogate' | 'too_long';
};

/** What is wrong with one text value, if anything. */
export function textProblem(value: string, max: number): InputProblem['reason'] | undefined {
	if (value.includes('\0')) return 'nul';
	if (!value.isWellFormed()) return 'surrogate';
	if (value.length > max) return 'too_long';
	return undefined;
}

function decoded(pathname: string): string {
	try {
		return decodeURIComponent(pathname);
	} catch {
		// Not UTF-8: SvelteKit answers 400 itself.
		return '';
	}
}

const formTypes = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/** The first problem of the request's path, query string or form fields. */
export async function inputProblem(request: Request, url: URL): Promise<InputProblem | undefined> {
	const pathReason =
		url.pathname.length > maxPathLength ? 'too_long' : textProblem(decoded(url.pathname), maxPathLength);
	if (pathReason) return { where: 'path', reason: pathReason };
	let count = 0;
	for (const [name, value] of url.searchParams) {
		if (++count > maxQueryParameters) return { where: 'query', reason: 'too_long' };
		const reason = textProblem(name, maxQueryValueLength) ?? textProblem(value, maxQueryValueLength);
		if (reason) return { where: 'query', reason };
	}
	if (request.method === 'GET' || request.method === 'HEAD') return undefined;
	if (!formTypes.test(request.headers.get('content-type') ?? '')) return undefined;
	let form: FormData;
	try {
		// A copy: the action reads the body as if nothing had.
		form = await request.clone().formData();
	} catch {
		// Not a readable form (cut short, over the size limit): the app answers that itself.
		return undefined;
	}
	for (const [name, value] of form) {
		const reason =
			textProblem(name, maxQueryValueLength) ??
			(typeof value === 'string'
				? textProblem(value, maxFormValueLength)
				: textProblem(value.name, maxQueryValueLength));
		if (reason) return { where: 'form', reason };
	}
	return undefined;
}

/** The refusal, in the visitor's language: a small page for browsers, a line of text otherwise. */
export function refusedInput(problem: InputProblem, locale: Locale, accept: string | null): Response {
	const status = problem.where === 'path' ? 404 : 400;
	const [title, text] =
		problem.where === 'path'
			? [m.error_not_found_title({}, { locale }), m.error_not_found_text({}, { locale })]
			: problem.where === 'form'
				? [m.error_bad_input_title({}, { locale }), m.error_bad_input_text({}, { locale })]
				: [m.error_bad_request_title({}, { locale }), m.error_bad_request_text({}, { locale })];
	const headers = { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' };
	if (!accept?.includes('text/html')) {
		return new Response(`${title}. ${text}\n`, {
			status,
			headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' }
		});
	}
	// Only our own sentences: nothing of the refused input is echoed.
	const html = `<!doctype html>
<html lang="${locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p><p><a href="${homePath(locale)}">${escapeHtml(m.back_home({}, { locale }))}</a></p></main></body>
</html>
`;
	return new Response(html, { status, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } });
}

function escapeHtml(value: string): string {
	return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What may go into the audit log of a refused path: never the NUL or surrogate itself. */
function storable(value: string): string {
	return value.toWellFormed().replaceAll('\0', '\uFFFD').slice(0, 200);
}

/**
 * The edge check as a handle, after the locale (and, where there is one, the session) is known.
 * `audit: true` in the apps whose audit log records refused attempts (portal, intranet).
 */
export function inputHandle({ audit: audited = false }: { audit?: boolean } = {}): Handle {
	return async ({ event, resolve }) => {
		const problem = await inputProblem(event.request, event.url);
		if (!problem) return resolve(event);
		if (audited) await auditRefusal(event, problem);
		// Set by localeHandle, which runs before this one in every app.
		return refusedInput(problem, event.locals.locale, event.request.headers.get('accept'));
	};
}

async function auditRefusal(event: RequestEvent, problem: InputProblem): Promise<void> {
	let ip: string | undefined;
	try {
		ip = event.getClientAddress();
	} catch {
		ip = undefined;
	}
	await audit(database(), {
		// Set by sessionHandle where there is one (it runs before this handle).
		actorId: event.locals.user?.id ?? null,
		action: 'request.refused',
		targetType: 'path',
		targetId: storable(event.url.pathname),
		ip,
		details: { method: event.request.method, where: problem.where, reason: problem.reason }
	});
}
