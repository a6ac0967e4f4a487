import { describe, expect, test } from 'vitest';
import { checkContent } from './index.ts';
import { checkInput } from './test-input.ts';

const only = (findings: ReturnType<typeof checkContent>) =>
	findings.filter((finding) => finding.check.startsWith('link-text'));

const target = {
	nl: '/nl/nieuws/vakbonden-in-benin',
	fr: '/fr/actualites/syndicats-au-benin',
	en: '/en/news/unions-in-benin',
	es: '/es/noticias/sindicatos-en-benin'
} as const;

// Per language: a sentence whose link says nothing, and the same whose link says where it leads.
const vague = {
	nl: [
		'Het verslag over waardig werk in Benin staat online: [Klik hier!](URL)',
		'Klik hier!',
		'Lees [het verslag over waardig werk in Benin](URL).'
	],
	fr: [
		'Le rapport sur le travail décent au Bénin est en ligne : [cliquez ici](URL).',
		'cliquez ici',
		'Lisez [le rapport sur le travail décent au Bénin](URL).'
	],
	en: [
		'The report on decent work in Benin is online: [Read more…](URL)',
		'Read more…',
		'Read [the report on decent work in Benin](URL).'
	],
	es: [
		'El informe sobre el trabajo decente en Benín ya está en línea: [Haga clic aquí](URL).',
		'Haga clic aquí',
		'Lea [el informe sobre el trabajo decente en Benín](URL).'
	]
} as const;

describe('vague link text', () => {
	test.each(Object.entries(vague))(
		'%s: a vague link text is a warning with the text; a telling one is fine',
		(locale, [failing, text, passing]) => {
			const code = locale as keyof typeof vague;
			const url = target[code];
			expect(only(checkContent(checkInput(code, { body: failing.replace('URL', url) })))).toEqual([
				{ check: 'link-text-vague', severity: 'warning', field: 'body', where: text, line: 1 }
			]);
			expect(only(checkContent(checkInput(code, { body: passing.replace('URL', url) })))).toEqual([]);
		}
	);

	test('every language is checked in every text: writers mix them', () => {
		const body = 'Le rapport de la mutualité : [lees meer](/fr/actualites/syndicats-au-benin)';
		expect(only(checkContent(checkInput('fr', { body })))).toHaveLength(1);
	});

	test('a sentence that merely contains a vague word is not vague', () => {
		const body = '[Meer sociale bescherming voor huishoudpersoneel](/nl/nieuws/vakbonden-in-benin)';
		expect(only(checkContent(checkInput('nl', { body })))).toEqual([]);
	});
});

// Per language: a link without text (an image link without description counts as empty), and one with.
const empty = {
	nl: ['Steun de vakbonden in Benin: [](URL)', 'Steun [de vakbonden in Benin](URL).'],
	fr: ['Soutenez les syndicats au Bénin : [ ](URL)', 'Soutenez [les syndicats au Bénin](URL).'],
	en: [
		'Support unions in Benin: [![](/media/logo.png)](URL)',
		'Support [![Unions in Benin](/media/logo.png)](URL).'
	],
	es: ['Apoye a los sindicatos de Benín: [**  **](URL)', 'Apoye a [los sindicatos de Benín](URL).']
} as const;

describe('empty link text', () => {
	test.each(Object.entries(empty))(
		'%s: a link without text is an error with its address',
		(locale, [failing, passing]) => {
			const code = locale as keyof typeof empty;
			const url = target[code];
			expect(only(checkContent(checkInput(code, { body: failing.replace('URL', url) })))).toEqual([
				{ check: 'link-text-empty', severity: 'error', field: 'body', where: url, line: 1 }
			]);
			expect(only(checkContent(checkInput(code, { body: passing.replace('URL', url) })))).toEqual([]);
		}
	);
});
