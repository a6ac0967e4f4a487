import * as m from '@solidair/i18n/messages';
import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import type { Finding } from '#lib/content-checks/index.ts';
import ContentChecks from './ContentChecks.svelte';

const locale = 'nl';
const common = { errorPrefix: 'Fout: ', requiredText: '(verplicht)' };
const findings: Finding[] = [
	{ check: 'summary', severity: 'warning', field: 'summary', where: '' },
	{ check: 'image-description', severity: 'error', field: 'body', where: '/media/cotonou.png', line: 3 },
	{ check: 'link-text-vague', severity: 'warning', field: 'body', where: 'klik hier', line: 5 }
];

test('each finding says its kind in words, where it is and how to fix it; errors ask for a reason', async () => {
	const screen = await render(ContentChecks, { code: 'fr', findings, common, locale });
	const region = screen.getByRole('region', { name: m.checks_heading({}, { locale }) });
	await expect.element(region).toMatchTextContent(m.checks_count({ errors: 1, warnings: 2 }, { locale }));
	const items = screen.getByRole('listitem');
	expect(items.elements()).toHaveLength(3);
	const image = items.nth(1);
	await expect.element(image).toMatchTextContent(`${m.checks_error({}, { locale })}:`);
	await expect.element(image).toMatchTextContent(m.checks_image_description({}, { locale }));
	await expect
		.element(image)
		.toMatchTextContent(
			`${m.editing_field_body({}, { locale })}, ${m.checks_line({ line: 3 }, { locale })}: /media/cotonou.png`
		);
	// The fix names the text's language (French), in the editor's.
	await expect.element(image).toMatchTextContent('Frans');
	await expect.element(items.nth(2)).toMatchTextContent(`${m.checks_warning({}, { locale })}:`);
	const reason = screen.getByRole('textbox', { name: m.checks_override_label({}, { locale }) });
	await expect.element(reason).toHaveAttribute('name', 'overrideReason');
	await expect.element(reason).toHaveAttribute('id', 'overrideReason-fr');
});

test('warnings alone ask for no reason; nothing found says so', async () => {
	const warnings = await render(ContentChecks, { code: 'nl', findings: [findings[0]!], common, locale });
	expect(warnings.getByRole('textbox').elements()).toHaveLength(0);
	warnings.unmount();
	const clear = await render(ContentChecks, { code: 'nl', findings: [], common, locale });
	await expect.element(clear.getByText(m.checks_all_clear({}, { locale }))).toBeVisible();
	expect(clear.getByRole('listitem').elements()).toHaveLength(0);
});

test('a reason refused for another cause (too long) stays in its field, with the message', async () => {
	const reason = 'Persbericht van de vakbonden in Benin';
	const error = 'Gebruik hoogstens 500 tekens.';
	const screen = await render(ContentChecks, { code: 'nl', findings: [], reason, error, common, locale });
	const field = screen.getByRole('textbox', { name: m.checks_override_label({}, { locale }) });
	await expect.element(field).toHaveValue(reason);
	await expect.element(field).toHaveAccessibleDescription(new RegExp(error));
});
