import { requiredText } from '@solidair/db/input';
import { allLocales } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import * as v from 'valibot';
import { expect, test } from 'vitest';
import { inputMessage, parseInput } from './input-messages.ts';

test('an error code is a sentence in every language; too_long says its limit', () => {
	for (const locale of allLocales) {
		expect(inputMessage('too_long:300', locale)).toBe(m.field_too_long({ max: '300' }, { locale }));
		expect(inputMessage('order', locale)).toBe(m.staff_error_order({}, { locale }));
		expect(inputMessage('place_or_url', locale)).toBe(m.editing_error_place_or_url({}, { locale }));
		expect(inputMessage('choose', locale)).not.toBe(inputMessage('required', locale));
	}
});

test('a refused form gets the first problem of each field, in the order of the form', () => {
	const schema = v.object({ b: requiredText(3), a: requiredText(3) });
	const refused = parseInput(schema, { a: 'abcd', b: '' }, 'en');
	expect(refused).toEqual({
		ok: false,
		errors: { a: m.field_too_long({ max: '3' }, { locale: 'en' }), b: m.field_required({}, { locale: 'en' }) }
	});
	// The schema names b first; the summary follows the form.
	expect(Object.keys(refused.ok ? {} : refused.errors)).toEqual(['a', 'b']);
	expect(parseInput(schema, { a: ' x ', b: 'y' }, 'nl')).toEqual({ ok: true, data: { a: 'x', b: 'y' } });
});
