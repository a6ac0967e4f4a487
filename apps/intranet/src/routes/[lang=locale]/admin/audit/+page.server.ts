import { auditActions, auditLogPage, authorize, type AuditFilter } from '@solidair/auth';
import { parseDateTimeLocal, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { database, formValues } from '@solidair/app-kit/server';
import { error, fail, redirect } from '@sveltejs/kit';
import { requireStaff } from '#lib/guard.ts';
import { offsetOf, pageCountOf, pageParam, pageSize } from '#lib/server/access.ts';
import { queryString } from '#lib/query.ts';

// The audit log for admins: newest first, by action, actor and days (Brussels time), a page at a time.
// The filter form posts, so that a mistyped date comes back as a 400 with the input kept; the list
// itself lives at a GET address (bookmarkable, paged), which a hand-edited URL can only get wrong.

const fields = ['action', 'actor', 'from', 'to'] as const;
type Values = Record<(typeof fields)[number], string>;
type Problem = 'date' | 'range' | 'too_long' | 'action';

const day = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The start of a day (`2026-11-23`) in Brussels, or undefined when it is no date. */
function startOf(value: string): Date | undefined {
	return day.test(value) ? parseDateTimeLocal(`${value}T00:00`) : undefined;
}

/** The start of the next day: a range "until the 23rd" includes all of the 23rd. */
function endOf(value: string): Date | undefined {
	const [year, month, date] = (day.exec(value) ?? []).slice(1).map(Number);
	if (!startOf(value) || !year || !month || !date) return undefined;
	return startOf(new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10));
}

function parseFilter(values: Values): {
	filter: AuditFilter;
	problems: Partial<Record<keyof Values, Problem>>;
} {
	const problems: Partial<Record<keyof Values, Problem>> = {};
	const filter: AuditFilter = {};
	if (values.action) {
		filter.action = auditActions.find((action) => action === values.action);
		if (!filter.action) problems.action = 'action';
	}
	if (values.actor.length > 254) problems.actor = 'too_long';
	else if (values.actor) filter.actorEmail = values.actor;
	if (values.from) {
		filter.since = startOf(values.from);
		if (!filter.since) problems.from = 'date';
	}
	if (values.to) {
		filter.until = endOf(values.to);
		if (!filter.until) problems.to = 'date';
	}
	if (filter.since && filter.until && filter.since >= filter.until) problems.to = 'range';
	return { filter, problems };
}

function message(problem: Problem, locale: Locale): string {
	if (problem === 'date') return m.audit_date_invalid({}, { locale });
	if (problem === 'range') return m.audit_range_invalid({}, { locale });
	if (problem === 'too_long') return m.field_too_long({ max: '254' }, { locale });
	return m.form_invalid({}, { locale });
}

const valuesOf = (source: { get(name: string): string | null }): Values =>
	Object.fromEntries(fields.map((name) => [name, (source.get(name) ?? '').trim().slice(0, 300)])) as Values;

export const load = async (event) => {
	const { actor } = await requireStaff(event);
	await authorize(event, actor, 'view', { type: 'audit-log' });
	const values = valuesOf(event.url.searchParams);
	const { filter, problems } = parseFilter(values);
	if (Object.keys(problems).length > 0) error(400, 'Bad filter');
	const page = pageParam(event.url);
	const { total, entries } = await auditLogPage(database(), filter, {
		limit: pageSize,
		offset: offsetOf(page)
	});
	return {
		actions: auditActions,
		filter: values,
		entries,
		total,
		page,
		pageCount: pageCountOf(total)
	};
};

export const actions = {
	filter: async (event) => {
		const { actor } = await requireStaff(event);
		await authorize(event, actor, 'view', { type: 'audit-log' });
		const values = formValues(await event.request.formData(), fields) as Values;
		for (const name of fields) values[name] = values[name].trim();
		const { problems } = parseFilter(values);
		if (Object.keys(problems).length > 0) {
			const locale = event.locals.locale;
			const errors = Object.fromEntries(
				Object.entries(problems).map(([field, problem]) => [field, message(problem, locale)])
			);
			return fail(400, { values, errors });
		}
		redirect(303, `${event.url.pathname}${queryString(values)}`);
	}
};
