// The taxonomy part of the details form: what it offers and holds (themes, dossiers, the site's
// countries, author, display date), what it posts read with `entryTaxonomySchema`, and a refusal
// of the data layer as a message at its field, audited when it names something the form never
// offered (a tag that does not exist, a country outside the site's network).
import type { Locale } from '@solidair/db';
import { entryTaxonomy, taxonomyChoices, type TaxonomyProblem } from '@solidair/db/editing';
import {
	authorNameMaxLength,
	entryTaxonomySchema,
	newTagField,
	tagLabelMaxLength,
	type InputErrorCode
} from '@solidair/db/input';
import { audit, maxAuditedTargetId } from '@solidair/auth';
import { database, inputMessage } from '@solidair/app-kit/server';
import { error } from '@sveltejs/kit';
import * as v from 'valibot';
import type { EditedSite } from '#lib/server/sites.ts';
import type { EditorEvent } from './editor.server.ts';

/** What the form shows: the choices, the entry's current taxonomy, and the fields' limits. */
export async function taxonomyOf(site: EditedSite, entryId: string, locale: Locale) {
	const db = database();
	const [choices, current] = await Promise.all([
		taxonomyChoices(db, site.id, locale),
		entryTaxonomy(db, site.id, entryId)
	]);
	if (!current) error(404, 'Not found');
	// The limits go with the data: the form's browser code needs no schema library for them.
	return { ...choices, current, limits: { author: authorNameMaxLength, tagLabel: tagLabelMaxLength } };
}

export type TaxonomyData = Awaited<ReturnType<typeof taxonomyOf>>;

/**
 * The posted taxonomy, with its values as typed for a refused form to keep: the ticked tags and
 * countries each as one space-separated text (ids and codes hold no space).
 */
export function postedTaxonomy(data: FormData, site: EditedSite, locale: Locale) {
	const texts = (name: string) => data.getAll(name).filter((value) => typeof value === 'string');
	const text = (name: string) => {
		const value = data.get(name);
		return typeof value === 'string' ? value : '';
	};
	const labels = Object.fromEntries(site.locales.map((l) => [newTagField(l), text(newTagField(l))]));
	const input = {
		tags: texts('tags'),
		countries: texts('countries'),
		author: text('author'),
		displayDate: text('displayDate'),
		newTagKind: text('newTagKind'),
		...labels
	};
	const values: Record<string, string> = {
		...input,
		tags: input.tags.join(' '),
		countries: input.countries.join(' ')
	};
	const result = v.safeParse(entryTaxonomySchema({ locales: site.locales, locale }), input);
	if (result.success) return { ok: true as const, values, taxonomy: result.output };
	const errors: Record<string, string> = {};
	for (const issue of result.issues) {
		// `tags.3` is the tags' field: one message for the group.
		const field = (v.getDotPath(issue) ?? 'tags').split('.')[0]!;
		errors[field] ??= inputMessage(issue.message, locale);
	}
	return { ok: false as const, values, errors };
}

const codes: Record<TaxonomyProblem['reason'], InputErrorCode> = {
	'unknown-tag': 'unknown_tag',
	'outside-network': 'outside_network',
	duplicate: 'tag_duplicate',
	slug: 'tag_label'
};

/**
 * A refusal of the data layer as a message at its field. A tag that does not exist or a country
 * outside the site's network is no slip of the editor (the form offers neither): it is written to
 * the audit log as a refused attempt, as `refuse()` does for ids of other sites.
 */
export async function taxonomyRefusal(
	event: EditorEvent,
	userId: string,
	problem: TaxonomyProblem
): Promise<{ field: string; message: string }> {
	if (problem.reason === 'unknown-tag' || problem.reason === 'outside-network') {
		let ip: string | undefined;
		try {
			ip = event.getClientAddress();
		} catch {
			ip = undefined;
		}
		await audit(database(), {
			actorId: userId,
			action: 'resource.access_denied',
			targetType: problem.reason === 'unknown-tag' ? 'tag' : 'country',
			targetId: problem.value.slice(0, maxAuditedTargetId),
			ip,
			details: { route: event.route.id, attempted: 'update', entry: event.params.id }
		});
	}
	return { field: problem.field, message: inputMessage(codes[problem.reason], event.locals.locale) };
}
