import { audit } from '@solidair/auth';
import type { Locale, MenuKind } from '@solidair/db';
import {
	maxMenuItems,
	menuItemSchema,
	menuKinds,
	menuTargetToken,
	readMenuTarget,
	sitePathOf
} from '@solidair/db/input';
import { menuPageChoices, replaceMenu, siteMenus } from '@solidair/db/menus';
import { sectionLabel, sectionsOfSite, siteMenuDefaults } from '@solidair/site-kit';
import { database, inputMessage, parseInput } from '@solidair/app-kit/server';
import * as m from '@solidair/i18n/messages';
import { fail, redirect } from '@sveltejs/kit';
import { editableSite } from '#lib/server/sites.ts';
import type { RequestEvent } from './$types';
import { applyOp, postedOp, postedRows, type MenuRow } from './menu-form.ts';

// The site's three menus per language, composed by those who edit its content (`site-entry`,
// `update`): sections and pages from a list, or a path of the site; reordered, relabelled, saved.

/** The menus' language: the one asked for if the site has it, else the site's default. */
function languageOf(asked: unknown, site: { locales: Locale[]; defaultLocale: Locale }): Locale {
	return site.locales.find((locale) => locale === asked) ?? site.defaultLocale;
}

export const load = async (event) => {
	const { site } = await editableSite(event, 'update');
	const language = languageOf(event.url.searchParams.get('language'), site);
	const [saved, pages] = await Promise.all([
		siteMenus(database(), site.id, language),
		menuPageChoices(database(), site.id, language)
	]);
	const menus = menuKinds.map((kind) => ({
		kind,
		saved: saved[kind] !== undefined,
		rows: (
			saved[kind] ??
			siteMenuDefaults[site.id][kind].map((section) => ({
				target: { kind: 'section' as const, section },
				label: null
			}))
		).map((item): MenuRow => ({ target: menuTargetToken(item.target), label: item.label ?? '' }))
	}));
	return {
		site,
		language,
		menus,
		sections: sectionsOfSite(site.id).map((section) => ({
			value: `section:${section}`,
			label: sectionLabel(section, language)
		})),
		pages: pages.map((page) => ({ value: `entry:${page.id}`, label: page.title })),
		saved: menuKinds.find((kind) => kind === event.url.searchParams.get('saved'))
	};
};

/** The answer to a refused or unsaved form: the menu as posted, so nothing typed is lost. */
interface MenuFormState {
	kind: MenuKind;
	rows: MenuRow[];
	addPath: string;
	errors: Record<string, string>;
}

async function post(event: RequestEvent) {
	const { user, site } = await editableSite(event, 'update');
	const locale = event.locals.locale;
	const data = await event.request.formData();
	const language = languageOf(data.get('language'), site);
	const kind = menuKinds.find((name) => name === data.get('kind'));
	const op = postedOp(data.get('op'));
	const rows = postedRows(data);
	const addPath = String(data.get('addPath') ?? '');
	const state = (errors: Record<string, string> = {}): MenuFormState => ({
		kind: kind ?? 'header',
		rows,
		addPath,
		errors
	});
	// A language the site does not have is refused, never read as its default: that would store a menu elsewhere.
	if (!kind || !op || language !== data.get('language'))
		return fail(400, state({ form: inputMessage('choose', locale) }));
	if (op.kind === 'up' || op.kind === 'down' || op.kind === 'remove') {
		return { ...state(), rows: applyOp(rows, op) };
	}
	const sections = sectionsOfSite(site.id);
	if (op.kind === 'add') {
		if (rows.length >= maxMenuItems)
			return fail(400, state({ add: inputMessage(`menu_full:${maxMenuItems}`, locale) }));
		const typed = addPath.trim();
		if (typed) {
			const path = sitePathOf(typed);
			if (!path) return fail(400, state({ addPath: inputMessage('menu_target', locale) }));
			return { ...state(), rows: [...rows, { target: `path:${path}`, label: '' }], addPath: '' };
		}
		const chosen = String(data.get('add') ?? '');
		if (!readMenuTarget(chosen, sections))
			return fail(400, state({ add: inputMessage('menu_target', locale) }));
		return { ...state(), rows: [...rows, { target: chosen, label: '' }] };
	}

	// Save: every row read by the one schema; a refusal names the row's field.
	if (rows.length > maxMenuItems)
		return fail(400, state({ add: inputMessage(`menu_full:${maxMenuItems}`, locale) }));
	const errors: Record<string, string> = {};
	const items = [];
	for (const [index, row] of rows.entries()) {
		const parsed = parseInput(menuItemSchema(sections), { target: row.target, label: row.label }, locale);
		if (parsed.ok) items.push(parsed.data);
		else
			for (const [field, message] of Object.entries(parsed.errors))
				errors[`${field}.${index}`] = message ?? '';
	}
	if (Object.keys(errors).length > 0) return fail(400, state(errors));
	const result = await replaceMenu(
		database(),
		{ siteId: site.id, locale: language, kind, items, userId: user.id },
		(tx) =>
			audit(tx, {
				action: 'site.menu_changed',
				actorId: user.id,
				targetType: 'site',
				targetId: site.id,
				ip: event.getClientAddress(),
				details: { site: site.id, menu: kind, language, items: items.length }
			})
	);
	if (result === 'unknown_entry')
		return fail(400, state({ form: m.editing_error_menu_target({}, { locale }) }));
	redirect(303, `/${event.params.lang}/sites/${site.id}/menus?language=${language}&saved=${kind}`);
}

export const actions = { default: post };
