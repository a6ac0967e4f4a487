import { createDonationIntent, donationIntent } from '@solidair/db/donations';
import { formatEuro, sectionPath, type Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { error, fail, redirect } from '@sveltejs/kit';
import type { PublicSite } from '../site.ts';
import { database, formValues, isUrlId } from '@solidair/app-kit/server';
import { epcPayload, epcQrSvg, formatIban, structuredCommunication } from './donations.ts';
import { allowedToPost, tooMany } from './public-forms.ts';
import { sectionAlternates, type Alternates } from './entries.ts';
import { tagPage } from './page-tags.ts';

/** The amounts offered with one click, in euro; any other amount can be typed. */
export const presetAmounts = [25, 40, 60, 100] as const;

export interface TransferDetails {
	beneficiary: string;
	iban: string;
	bic?: string;
	amount: string;
	reference: string;
	/** Inline SVG of the EPC QR code, labelled for screen readers. */
	qrSvg: string;
}

export interface DonateData {
	presets: readonly number[];
	transfer?: TransferDetails;
	alternates: Alternates;
}

/** The donate page; with `?intent=` (after choosing an amount) it shows that transfer and its QR code. */
export async function loadDonate(site: PublicSite, locale: Locale, url: URL): Promise<DonateData> {
	const alternates = sectionAlternates(site, 'donate');
	const intentId = url.searchParams.get('intent');
	if (intentId === null) {
		// The amounts' form; a transfer (with ?intent=) is one visitor's, and is not kept.
		tagPage();
		return { presets: presetAmounts, alternates };
	}
	if (!isUrlId(intentId)) error(400, 'bad intent');
	const intent = await donationIntent(database(), site.id, intentId);
	if (!intent) error(404);
	const reference = structuredCommunication(BigInt(intent.reference_base));
	const amount = formatEuro(intent.amount_cents / 100, locale);
	const payload = epcPayload({
		name: site.donation.beneficiary,
		iban: site.donation.iban,
		bic: site.donation.bic,
		amountCents: intent.amount_cents,
		reference
	});
	return {
		presets: presetAmounts,
		alternates,
		transfer: {
			beneficiary: site.donation.beneficiary,
			iban: formatIban(site.donation.iban),
			bic: site.donation.bic,
			amount,
			reference,
			qrSvg: await epcQrSvg(payload, {
				label: m.donate_qr_label({ amount, name: site.donation.beneficiary }, { locale })
			})
		}
	};
}

/** `12`, `12,50`, `12.50`, `1.250` or `1 250` → cents; undefined when it is not an amount. */
export function parseEuroAmount(text: string): number | undefined {
	const compact = text.trim().replace(/[\s\u00a0\u202f€]/g, '');
	const match = /^(\d{1,3}(?:[.,]?\d{3})*|\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
	if (!match) return undefined;
	const euros = Number(match[1]!.replace(/[.,]/g, ''));
	const cents = Number((match[2] ?? '0').padEnd(2, '0'));
	const total = euros * 100 + cents;
	return Number.isSafeInteger(total) ? total : undefined;
}

/** The donate form's action: records the chosen amount, then shows its transfer (post/redirect/get). */
export async function donateAction(
	site: PublicSite,
	locale: Locale,
	request: Request,
	clientAddress: string
) {
	const values = formValues(await request.formData(), ['amount', 'other']);
	if (!(await allowedToPost(site, 'donate', clientAddress, 20))) return tooMany(values, locale);
	const chosen = values.amount === 'other' || values.amount === '' ? values.other : values.amount;
	const cents = parseEuroAmount(chosen ?? '');
	if (cents === undefined || cents < 100 || cents > 100_000_000) {
		const field = values.amount === 'other' || values.amount === '' ? 'other' : 'amount';
		return fail(400, { values, errors: { [field]: m.donate_amount_invalid({}, { locale }) } });
	}
	const intent = await createDonationIntent(database(), { siteId: site.id, amountCents: cents, locale });
	redirect(303, `${sectionPath('donate', locale)}?intent=${intent.id}#transfer`);
}
