// A text that passes every check, for the tests to spoil one thing at a time.
import type { Locale } from '@solidair/i18n';
import type { CheckInput } from './types.ts';

const existing = new Set([
	'/nl/nieuws/vakbonden-in-benin',
	'/fr/actualites/syndicats-au-benin',
	'/en/news/unions-in-benin',
	'/es/noticias/sindicatos-en-benin'
]);

export function checkInput(locale: Locale, text: Partial<CheckInput> = {}): CheckInput {
	return {
		locale,
		title: 'Titel',
		summary: 'Samenvatting',
		body: '',
		leadImage: null,
		linkExists: (path) => existing.has(path),
		siteOrigin: 'https://www.wsm.be',
		...text
	};
}
