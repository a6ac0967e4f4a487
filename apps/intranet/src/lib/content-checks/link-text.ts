// Links whose text says nothing: read out of context ("klik hier"), or empty, a reader cannot tell
// where they lead.
import type { Locale } from '@solidair/i18n';
import type { ParsedBody } from './body.ts';
import type { Finding } from './types.ts';

/** Link texts that say nothing of where they lead, per language; compared without case or final punctuation. */
export const vagueLinkTexts: Record<Locale, readonly string[]> = {
	nl: ['klik hier', 'lees meer', 'hier', 'meer', 'lees verder'],
	fr: ['cliquez ici', 'lire la suite', 'ici', 'en savoir plus'],
	en: ['click here', 'read more', 'here', 'more'],
	es: ['haga clic aquí', 'leer más', 'aquí', 'más']
};

// Writers mix languages (a Dutch text quoting a French page), so every language's list counts.
const vague = new Set(Object.values(vagueLinkTexts).flat());

/** A link's text as compared: lower case, trimmed, without punctuation or arrows around it. */
export const normalizedLinkText = (text: string) =>
	text
		.normalize('NFC')
		.toLowerCase()
		.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
		.replace(/\s+/g, ' ');

export function linkTexts(body: ParsedBody): Finding[] {
	const findings: Finding[] = [];
	for (const link of body.links) {
		const text = normalizedLinkText(link.text);
		if (!text)
			findings.push({
				check: 'link-text-empty',
				severity: 'error',
				field: 'body',
				where: link.href,
				line: link.line
			});
		else if (vague.has(text))
			findings.push({
				check: 'link-text-vague',
				severity: 'warning',
				field: 'body',
				where: link.text,
				line: link.line
			});
	}
	return findings;
}
