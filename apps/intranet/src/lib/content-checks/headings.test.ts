import { describe, expect, test } from 'vitest';
import { checkContent } from './index.ts';
import { checkInput } from './test-input.ts';

const only = (findings: ReturnType<typeof checkContent>) =>
	findings.filter((finding) => finding.check === 'heading-level');

// Per language: a body that jumps from h2 to h4, and the same with the h3 in between.
const examples = {
	nl: ['Sociale bescherming in Benin', 'De rol van de mutualiteiten', 'Wat de vakbonden vragen'],
	fr: ['La protection sociale au Bénin', 'Le rôle des mutualités', 'Ce que demandent les syndicats'],
	en: ['Social protection in Benin', 'The role of mutual health funds', 'What the unions ask'],
	es: ['La protección social en Benín', 'El papel de las mutualidades', 'Lo que piden los sindicatos']
} as const;

describe('skipped heading levels', () => {
	test.each(Object.entries(examples))(
		'%s: h2 then h4 is a warning at the h4; h2, h3, h4 is fine',
		(locale, [h2, h3, h4]) => {
			const code = locale as keyof typeof examples;
			const failing = `## ${h2}\n\nTekst.\n\n#### ${h4}\n\nTekst.`;
			expect(only(checkContent(checkInput(code, { body: failing })))).toEqual([
				{ check: 'heading-level', severity: 'warning', field: 'body', where: `#### ${h4}`, line: 5 }
			]);
			const passing = `## ${h2}\n\n### ${h3}\n\n#### ${h4}\n\n## ${h3}`;
			expect(only(checkContent(checkInput(code, { body: passing })))).toEqual([]);
		}
	);

	test('the body may not start at h3: the title is the only h1', () => {
		expect(only(checkContent(checkInput('nl', { body: '### Waardig werk' })))).toHaveLength(1);
	});
});
