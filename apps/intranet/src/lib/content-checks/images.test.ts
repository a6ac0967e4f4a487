import { describe, expect, test } from 'vitest';
import { checkContent } from './index.ts';
import { checkInput } from './test-input.ts';

const only = (findings: ReturnType<typeof checkContent>) =>
	findings.filter((finding) => finding.check === 'image-description');

// Per language: a body with an image that has no description, and the same with one.
const examples = {
	nl: {
		failing: 'Vakbondsleden in Cotonou eisen sociale bescherming.\n\n![](/media/benin-betoging.jpg)',
		passing:
			'Vakbondsleden in Cotonou eisen sociale bescherming.\n\n![Betoging van vakbondsleden in Cotonou](/media/benin-betoging.jpg)'
	},
	fr: {
		failing: 'Les syndicats du Bénin défendent la protection sociale.\n\n![](/media/benin-marche.jpg)',
		passing:
			'Les syndicats du Bénin défendent la protection sociale.\n\n![Marche des syndicalistes à Cotonou](/media/benin-marche.jpg)'
	},
	en: {
		failing: 'Unions in Benin campaign for decent work.\n\n![ ](/media/benin-march.jpg)',
		passing:
			'Unions in Benin campaign for decent work.\n\n![Union members marching in Cotonou](/media/benin-march.jpg)'
	},
	es: {
		failing: 'Los sindicatos de Benín luchan por el trabajo decente.\n\n![](/media/benin-marcha.jpg)',
		passing:
			'Los sindicatos de Benín luchan por el trabajo decente.\n\n![Marcha sindical en Cotonú](/media/benin-marcha.jpg)'
	}
} as const;

describe('images without a description', () => {
	test.each(Object.entries(examples))(
		'%s: an image in the body without one is an error, with its address and line',
		(locale, { failing, passing }) => {
			const code = locale as keyof typeof examples;
			expect(only(checkContent(checkInput(code, { body: failing })))).toEqual([
				{
					check: 'image-description',
					severity: 'error',
					field: 'body',
					where: `/media/${failing.split('/media/')[1]!.slice(0, -1)}`,
					line: 3
				}
			]);
			expect(only(checkContent(checkInput(code, { body: passing })))).toEqual([]);
		}
	);

	const lead = {
		nl: 'Vrouwen van de vakbond in Parakou',
		fr: 'Femmes syndicalistes à Parakou',
		en: 'Women trade unionists in Parakou',
		es: 'Sindicalistas de Parakou'
	} as const;
	test.each(Object.entries(lead))(
		'%s: the main picture without a description in the language is an error',
		(locale, description) => {
			const code = locale as keyof typeof lead;
			expect(
				only(checkContent(checkInput(code, { leadImage: { description: null, name: 'parakou.jpg' } })))
			).toEqual([{ check: 'image-description', severity: 'error', field: 'image', where: 'parakou.jpg' }]);
			expect(only(checkContent(checkInput(code, { leadImage: { description: '  ' } })))).toHaveLength(1);
			expect(only(checkContent(checkInput(code, { leadImage: { description } })))).toEqual([]);
		}
	);

	test('an image in code is not an image', () => {
		expect(only(checkContent(checkInput('en', { body: 'Write `![](photo.jpg)` for an image.' })))).toEqual(
			[]
		);
	});
});
