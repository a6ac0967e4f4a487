// A working group's name and description in the page's language, for every query that shows a
// group: its translation, else the platform's default language's, else what it was created with.
import { sql, type RawBuilder } from 'kysely';
import type { Locale } from '../schema.ts';

/** The page's language and the one to fall back to when a group has no translation in it. */
export interface GroupLanguage {
	locale: Locale;
	fallback: Locale;
}

/** Without a language asked for, names read as the platform's default (Dutch). */
export const defaultGroupLanguage: GroupLanguage = { locale: 'nl', fallback: 'nl' };

function translated(
	column: 'name' | 'description',
	locale: Locale,
	alias: string
): RawBuilder<string | null> {
	// An empty description is no translation: the default language's says more.
	return sql<string | null>`(select nullif(gt.${sql.ref(column)}, '') from working_group_translations gt
		where gt.group_id = ${sql.ref(`${alias}.id`)} and gt.locale = ${locale})`;
}

/** The group's name in `language.locale`, else the fallback's, else its own: `groupName(lang).as('name')`. */
export function groupName(language: GroupLanguage, alias = 'w'): RawBuilder<string> {
	return sql<string>`coalesce(${translated('name', language.locale, alias)}, ${translated('name', language.fallback, alias)}, ${sql.ref(`${alias}.name`)})`;
}

/** The group's description, chosen as its name is. */
export function groupDescription(language: GroupLanguage, alias = 'w'): RawBuilder<string> {
	return sql<string>`coalesce(${translated('description', language.locale, alias)}, ${translated('description', language.fallback, alias)}, ${sql.ref(`${alias}.description`)})`;
}

/**
 * The language the name is in when it is not the page's (for `lang` on the text): the fallback's,
 * or null when the page's language has a translation.
 */
export function groupNameLanguage(language: GroupLanguage, alias = 'w'): RawBuilder<Locale | null> {
	return sql<Locale | null>`case when ${translated('name', language.locale, alias)} is null then ${language.fallback}::text end`;
}

/** Like `groupNameLanguage`, for the description. */
export function groupDescriptionLanguage(language: GroupLanguage, alias = 'w'): RawBuilder<Locale | null> {
	return sql<Locale | null>`case when ${translated('description', language.locale, alias)} is null then ${language.fallback}::text end`;
}
