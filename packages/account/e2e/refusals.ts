// The refusals of an app behind a login, each tried: the list of routes that refuse is checked
// against the route files that call `authorize` or `refuse` of @solidair/auth (or a helper of the app
// that does), so that a new refusing route without an entry here fails; then each entry is asked
// for, as a demo account that may not, and must answer 404 and leave its row in the audit log.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { forgetTwoFactor, signIn } from './staff.ts';
import { e2eDb, type E2eDb } from './members.ts';

type RefusalAction = 'resource.access_denied' | 'file.access_denied';

export interface Refusal {
	/** The route file that refuses, under `src/routes` (`[lang=locale]/files/[id]/+page.server.ts`). */
	route: string;
	/** The demo account that asks (an e-mail address of the seed). */
	as: string;
	/** The address asked for; a function for one that needs an id from the database. */
	path: string | ((db: E2eDb) => Promise<string>);
	/** A form post instead of a GET: its fields (a `Buffer` is sent as a PDF file). */
	form?: Record<string, string | Buffer>;
	/** The row it must write. */
	audit: { action: RefusalAction; targetType: string };
}

/**
 * The routes under `routes` whose server code calls one of `callers` (`authorize(`…): each as its
 * route file (`+page.server.ts`, `+server.ts`), also when the call is in a module beside it
 * (`editor.server.ts`).
 */
async function refusingRouteFiles(routes: string, callers: string[]): Promise<string[]> {
	const calls = new RegExp(`\\b(${callers.join('|')})\\(`);
	const found = new Set<string>();
	for (const entry of await readdir(routes, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('server.ts')) continue;
		if (!calls.test(await readFile(join(entry.parentPath, entry.name), 'utf8'))) continue;
		const files = await readdir(entry.parentPath);
		const routeFile = /^\+(page\.|layout\.)?server\.ts$/.test(entry.name)
			? entry.name
			: files.find((name) => /^\+(page\.)?server\.ts$/.test(name));
		if (routeFile) found.add(relative(routes, join(entry.parentPath, routeFile)).split(sep).join('/'));
	}
	return [...found].sort();
}

/** The files under `src` that answer a `!can(…)` with a bare `error(404)`, skipping the audit. */
async function bareRefusals(src: string): Promise<string[]> {
	const bare = /!can\([^;]{0,200}?\)\)?\s*\{?\s*(return\s+)?error\(40[34]/;
	const found: string[] = [];
	for (const entry of await readdir(src, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
		const path = join(entry.parentPath, entry.name);
		if (bare.test(await readFile(path, 'utf8'))) found.push(relative(src, path));
	}
	return found;
}

/** SvelteKit's route id of a route file: what `refuse` writes as `details.route`. */
const routeId = (file: string) => `/${file.split('/').slice(0, -1).join('/')}`;

/** The request an entry makes, answered. */
async function ask(request: APIRequestContext, path: string, origin: string, form?: Refusal['form']) {
	if (!form) return request.get(path, { maxRedirects: 0 });
	const multipart = Object.fromEntries(
		Object.entries(form).map(([name, value]) => [
			name,
			typeof value === 'string' ? value : { name: 'refused.pdf', mimeType: 'application/pdf', buffer: value }
		])
	);
	return request.post(path, { multipart, headers: { origin }, maxRedirects: 0 });
}

/**
 * Signs `as` in on a new browser context, asks for the entry's address and expects a 404 and a new
 * audit row by that account, with the entry's action and target type and its route.
 */
export async function expectRefused(
	db: E2eDb,
	browser: Browser,
	baseURL: string,
	refusal: Omit<Refusal, 'route'> & { routeId: string }
): Promise<void> {
	const context = await browser.newContext({ baseURL });
	try {
		await signIn(db, context, baseURL, refusal.as);
		const { id: actorId } = await db
			.selectFrom('users')
			.select('id')
			.where('email', '=', refusal.as)
			.executeTakeFirstOrThrow();
		const latest = await db
			.selectFrom('audit_log')
			.select('id')
			.orderBy('id', 'desc')
			.limit(1)
			.executeTakeFirst();
		const path = typeof refusal.path === 'string' ? refusal.path : await refusal.path(db);
		const response = await ask(context.request, path, baseURL, refusal.form);
		expect(response.status(), path).toBe(404);
		const rows = await db
			.selectFrom('audit_log')
			.select(['action', 'target_type', 'details'])
			.where('id', '>', latest?.id ?? '0')
			.where('actor_id', '=', actorId)
			.execute();
		expect(
			rows.map((row) => ({
				action: row.action,
				targetType: row.target_type,
				route: (row.details as Record<string, unknown>).route
			})),
			path
		).toContainEqual({ ...refusal.audit, route: refusal.routeId });
	} finally {
		await context.close();
	}
}

/**
 * The refusal tests of one app: its list against its sources, then each entry. `helpers` are the
 * app's own functions that refuse for the routes that call them (`editableSite`…).
 */
export function refusalTests(
	app: 'platform' | 'intranet',
	refusals: Refusal[],
	helpers: string[] = []
): E2eDb {
	const db = e2eDb();
	test.afterAll(async () => {
		await forgetTwoFactor(db);
		await db.destroy();
	});
	const routes = `${import.meta.dirname}/../../../apps/${app}/src/routes`;

	test(`${app}: every route file that refuses has an entry, and every entry a route file that refuses`, async () => {
		const listed = [...new Set(refusals.map((refusal) => refusal.route))].sort();
		expect(listed).toEqual(await refusingRouteFiles(routes, ['authorize', 'refuse', ...helpers]));
	});

	// Numbered, for a route that refuses more than one thing; the paths are no part of the title, as
	// they carry this run's mark (a worker started after a failure loads the file again).
	test(`${app}: no permission check answers 404 without the audit row`, async () => {
		expect(await bareRefusals(`${routes}/..`)).toEqual([]);
	});

	for (const [index, { route, ...refusal }] of refusals.entries()) {
		test(`${app} ${index + 1}: ${route} refuses ${refusal.as}: 404, audited`, async ({
			browser,
			baseURL
		}) => {
			await expectRefused(db, browser, baseURL!, { ...refusal, routeId: routeId(route) });
		});
	}
	return db;
}
