import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import '../../styles/index.css';
import ErrorSummaryFixture from './ErrorSummaryFixture.svelte';

const errors = {
	email: 'Vul een e-mailadres in zoals naam@voorbeeld.be',
	contact: 'Kies hoe we contact met je opnemen'
};

test('after a failed submit the summary has focus and its links move focus to the fields', async () => {
	const screen = await render(ErrorSummaryFixture, { errors });
	const summary = screen.getByRole('region', { name: 'Er is een probleem' });
	await expect.element(summary).toHaveFocus();

	const radio = screen.getByRole('radio', { name: 'Per e-mail' });
	await screen.getByRole('link', { name: errors.contact }).click();
	await expect.element(radio).toHaveFocus();
	// The group's legend is brought into view with its first radio, not scrolled off the top.
	const legend = screen.getByText('Hoe mogen we je contacteren?').element();
	expect(legend.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
	expect(legend.getBoundingClientRect().top).toBeLessThan(window.innerHeight);

	const email = screen.getByRole('textbox', { name: 'E-mailadres' });
	await screen.getByRole('link', { name: errors.email }).click();
	await expect.element(email).toHaveFocus();
});

test('each field in error is invalid and described by its hint and its error', async () => {
	const screen = await render(ErrorSummaryFixture, { errors });

	const email = screen.getByRole('textbox', { name: 'E-mailadres' });
	await expect.element(email).toHaveAttribute('aria-invalid', 'true');
	await expect
		.element(email)
		.toHaveAccessibleDescription(`We sturen je enkel een bevestiging. Fout: ${errors.email}`);
	// Every id in aria-describedby points at an element that exists.
	for (const id of email.element().getAttribute('aria-describedby')!.split(' ')) {
		expect(document.getElementById(id)).not.toBeNull();
	}

	const group = screen.getByRole('radiogroup', { name: 'Hoe mogen we je contacteren?' });
	await expect.element(group).toHaveAccessibleDescription(`Kies er één. Fout: ${errors.contact}`);
	await expect.element(group).toHaveAttribute('aria-invalid', 'true');
});

test('without errors there is no summary, no aria-invalid and only the hints describe the fields', async () => {
	const screen = await render(ErrorSummaryFixture, {});
	await expect.element(screen.getByRole('textbox', { name: 'E-mailadres' })).toBeInTheDocument();

	expect(screen.container.querySelector('section')).toBeNull();
	expect(screen.container.querySelectorAll('[aria-invalid]')).toHaveLength(0);
	await expect
		.element(screen.getByRole('textbox', { name: 'E-mailadres' }))
		.toHaveAccessibleDescription('We sturen je enkel een bevestiging.');
	await expect
		.element(screen.getByRole('radiogroup', { name: 'Hoe mogen we je contacteren?' }))
		.toHaveAccessibleDescription('Kies er één.');
});
