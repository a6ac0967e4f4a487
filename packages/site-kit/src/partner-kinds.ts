import type { PartnerKind } from '@solidair/db';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';

/** The name of each kind of partner organisation, in the shared messages. */
const kindLabels: Record<PartnerKind, (locale: Locale) => string> = {
	union: (locale) => m.network_kind_union({}, { locale }),
	mutuality: (locale) => m.network_kind_mutuality({}, { locale }),
	womens: (locale) => m.network_kind_womens({}, { locale }),
	youth: (locale) => m.network_kind_youth({}, { locale }),
	seniors: (locale) => m.network_kind_seniors({}, { locale }),
	cooperative: (locale) => m.network_kind_cooperative({}, { locale }),
	farmers: (locale) => m.network_kind_farmers({}, { locale })
};

export const partnerKinds = Object.keys(kindLabels) as PartnerKind[];

/** "Vakbond", "Syndicat": a kind of partner in a locale. */
export function partnerKindLabel(kind: PartnerKind, locale: Locale): string {
	return kindLabels[kind](locale);
}

/** The anchor of a partner's row on its country's page, from its stable key. */
export function partnerAnchor(key: string): string {
	return `partner-${key}`;
}
