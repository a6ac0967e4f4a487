import { describe, expect, test } from 'vitest';
import { checkContent } from './index.ts';
import { internalPath } from './link-target.ts';
import { checkInput } from './test-input.ts';

const only = (findings: ReturnType<typeof checkContent>) =>
	findings.filter((finding) => finding.check === 'link-target');

// Per language: a link to a page of the site that does not exist, and one to a page that does.
const examples = {
	nl: [
		'Lees ook [ons artikel over de vakbonden in Benin](/nl/nieuws/vakbonden-in-benim).',
		'/nl/nieuws/vakbonden-in-benin'
	],
	fr: [
		'Lisez aussi [notre article sur les syndicats au Bénin](/fr/actualites/syndicat-au-benin).',
		'/fr/actualites/syndicats-au-benin'
	],
	en: [
		'See also [our article on unions in Benin](https://www.wsm.be/en/news/unions-benin).',
		'https://www.wsm.be/en/news/unions-in-benin'
	],
	es: [
		'Lea también [nuestro artículo sobre los sindicatos de Benín](/es/noticias/sindicatos-benin?ref=boletin).',
		'/es/noticias/sindicatos-en-benin?ref=boletin#protesta'
	]
} as const;

describe('links to pages that do not exist', () => {
	test.each(Object.entries(examples))(
		'%s: a missing page of the site is an error with its address; an existing one is fine',
		(locale, [failing, good]) => {
			const code = locale as keyof typeof examples;
			const href = /\]\(([^)]+)\)/.exec(failing)![1]!;
			expect(only(checkContent(checkInput(code, { body: `Intro.\n\n${failing}` })))).toEqual([
				{ check: 'link-target', severity: 'error', field: 'body', where: href, line: 3 }
			]);
			const passing = failing.replace(href, good);
			expect(only(checkContent(checkInput(code, { body: `Intro.\n\n${passing}` })))).toEqual([]);
		}
	);

	test('other sites, mail, phone numbers, fragments and the library are not checked', () => {
		const body = [
			'[ILO](https://www.ilo.org/nonexistent)',
			'[e-mail](mailto:info@wsm.be)',
			'[bel ons](tel:+3222466111)',
			'[verderop](#acties)',
			'[elders](//example.org/x)',
			'[verslag](/media/0b7f/verslag.pdf)'
		].join('\n\n');
		expect(only(checkContent(checkInput('nl', { body })))).toEqual([]);
	});

	test('internal paths are compared without query, fragment or final slash, decoded', () => {
		expect(internalPath('/nl/nieuws/a/?x=1#y')).toBe('/nl/nieuws/a');
		expect(internalPath('https://www.wsm.be', 'https://www.wsm.be')).toBe('/');
		expect(internalPath('/es/noticias/benin%C3%A9s')).toBe('/es/noticias/beninés');
		expect(internalPath('https://www.wsm.be.evil.example/nl', 'https://www.wsm.be')).toBeUndefined();
	});
});
