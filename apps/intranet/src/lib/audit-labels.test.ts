import { auditActions } from '@solidair/auth';
import { allLocales } from '@solidair/i18n';
import { expect, test } from 'vitest';
import { auditActionLabel, auditActionOptions } from './audit-labels.ts';

// At run time too, not only in the type check: a label that is missing, empty or shared with
// another action would leave the reader unable to tell two actions apart.
test.each(allLocales)('every audit action has its own non-empty label in %s', (locale) => {
	const labels = new Map<string, string>();
	for (const action of auditActions) {
		expect(() => auditActionLabel(action, locale), `${action} has no label`).not.toThrow();
		const label = auditActionLabel(action, locale);
		expect(label.trim(), `${action} has an empty label`).not.toBe('');
		expect(label, `${action} is shown as its code`).not.toBe(action);
		expect(labels.get(label), `${action} has the label of another action`).toBeUndefined();
		labels.set(label, action);
	}
});

test('the options keep the code as their value and show the label', () => {
	expect(auditActionOptions(['user.disabled', 'logout'], 'en')).toEqual([
		{ value: 'user.disabled', label: 'Account disabled' },
		{ value: 'logout', label: 'Logged out' }
	]);
});
