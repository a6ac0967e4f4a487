import { requiredText } from '@solidair/db/input';
import * as m from '@solidair/i18n/messages';
import { expect, test } from 'vitest';
import * as v from 'valibot';
import { formValues, parseForm } from './forms.ts';

test('a field longer than its limit is refused with the limit, not cut short and accepted', () => {
	const data = new FormData();
	data.set('body', 'x'.repeat(25_000));
	const values = formValues(data, ['body']);
	expect(values.body).toHaveLength(25_000);
	const parsed = parseForm(v.object({ body: requiredText(20_000) }), values, 'nl');
	expect(parsed.ok).toBe(false);
	if (parsed.ok) return;
	expect(parsed.failure.status).toBe(400);
	expect(parsed.failure.data.errors).toEqual({ body: m.field_too_long({ max: '20000' }, { locale: 'nl' }) });
	// The visitor's text comes back whole, to shorten.
	expect(parsed.failure.data.values.body).toHaveLength(25_000);
});
