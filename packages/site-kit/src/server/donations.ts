// What the donate pages of WSM and FOS need to ask for a bank transfer: the account number, the
// Belgian structured communication that ties a gift to a donor, the EPC QR code a banking app scans,
// and the facts of the Belgian tax reduction for gifts.
import QRCode from 'qrcode';

/** The remainder of a number written in digits and letters (A = 10 … Z = 35) divided by 97. */
function mod97(digitsAndLetters: string): number {
	let remainder = 0;
	// Digit by digit, so that a 34-character IBAN never needs more than a double's precision.
	for (const character of digitsAndLetters) {
		const value = Number.parseInt(character, 36);
		remainder = (remainder * (value < 10 ? 10 : 100) + value) % 97;
	}
	return remainder;
}

/** The check digits of a Belgian account or structured communication: ten digits mod 97, 97 for 0. */
function belgianCheck(tenDigits: string): number {
	return Number(tenDigits) % 97 || 97;
}

function compactIban(iban: string): string {
	return iban.replace(/ /g, '').toUpperCase();
}

/** Whether an IBAN is well formed and its ISO 13616 mod-97 check holds; spaces are allowed. */
export function isValidIban(iban: string): boolean {
	const compact = compactIban(iban);
	if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
	if (compact.startsWith('BE')) {
		// BE, two check digits, then the 12-digit Belgian account number, which has its own check
		// digits: the first ten digits mod 97.
		if (!/^BE\d{14}$/.test(compact)) return false;
		if (belgianCheck(compact.slice(4, 14)) !== Number(compact.slice(14))) return false;
	}
	return mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

/** An IBAN in its printed form: capitals, in groups of four (`BE68 5390 0754 7034`). */
export function formatIban(iban: string): string {
	return compactIban(iban).replace(/(.{4})(?=.)/g, '$1 ');
}

/** The Belgian structured communication (OGM/VCS) of a base number below 10^10: `+++123/4567/89002+++`. */
export function structuredCommunication(base: number | bigint): string {
	const valid =
		typeof base === 'bigint'
			? base >= 0n && base < 10_000_000_000n
			: Number.isSafeInteger(base) && base >= 0 && base < 10_000_000_000;
	if (!valid) {
		throw new RangeError(`A structured communication needs a whole number from 0 to 9999999999, not ${base}`);
	}
	const tenDigits = base.toString().padStart(10, '0');
	const digits = tenDigits + String(belgianCheck(tenDigits)).padStart(2, '0');
	return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`;
}

/**
 * The 12 digits of a Belgian structured communication written as `+++…+++`, `***…***` or bare digits
 * (spaces and slashes allowed), or undefined when it is none or its check digits are wrong.
 */
export function parseStructuredCommunication(text: string): string | undefined {
	const trimmed = text.trim();
	const body = /^(\+{3}|\*{3})(.*)\1$/s.exec(trimmed)?.[2] ?? trimmed;
	if (!/^[\d\s/]+$/.test(body)) return undefined;
	const digits = body.replace(/[\s/]/g, '');
	if (digits.length !== 12) return undefined;
	return belgianCheck(digits.slice(0, 10)) === Number(digits.slice(10)) ? digits : undefined;
}

/** An ISO 11649 creditor reference (`RF18 5390 0754 7034`) without spaces, or undefined when invalid. */
function parseCreditorReference(text: string): string | undefined {
	const compact = text.replace(/ /g, '').toUpperCase();
	if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(compact)) return undefined;
	return mod97(compact.slice(4) + compact.slice(0, 4)) === 1 ? compact : undefined;
}

/** The transfer an EPC QR code asks for. */
export interface EpcTransfer {
	/** The beneficiary, at most 70 characters. */
	name: string;
	iban: string;
	/** Optional within the EEA since version 002 of the guidelines. */
	bic?: string;
	/** From 1 (EUR0.01) to 99999999999 (EUR999999999.99); left out, the donor types the amount. */
	amountCents?: number;
	/** A Belgian structured communication (any form `parseStructuredCommunication` reads) or an ISO 11649 RF reference. */
	reference?: string;
	/** Free remittance text, at most 140 characters; not together with `reference`. */
	text?: string;
	/** Beneficiary-to-originator information shown to the donor, at most 70 characters. */
	information?: string;
}

// EPC069-12 version 002 allows at most 331 bytes: what a version 13 QR code holds at level M.
const maxPayloadBytes = 331;

function checkText(field: string, value: string, maxLength: number): string {
	// A line break would shift every field after it; other control characters have no place either.
	if (/\p{Cc}/u.test(value))
		throw new Error(`EPC ${field} must not contain line breaks or control characters`);
	const length = [...value].length;
	if (length > maxLength)
		throw new Error(`EPC ${field} is ${length} characters long; the limit is ${maxLength}`);
	return value;
}

/**
 * The text of an EPC QR code (EPC069-12 version 002, UTF-8) for a SEPA credit transfer; throws an
 * `Error` naming the field when the transfer cannot be encoded.
 */
export function epcPayload(transfer: EpcTransfer): string {
	const name = checkText('beneficiary name', transfer.name.trim(), 70);
	if (name === '') throw new Error('EPC beneficiary name is empty');

	if (!isValidIban(transfer.iban)) throw new Error(`EPC IBAN ${transfer.iban} is not a valid IBAN`);
	const iban = compactIban(transfer.iban);

	const bic = transfer.bic?.replace(/ /g, '').toUpperCase() ?? '';
	if (bic !== '' && !/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic)) {
		throw new Error(`EPC BIC ${transfer.bic} is not a valid BIC`);
	}

	let amount = '';
	const cents = transfer.amountCents;
	if (cents !== undefined) {
		if (!Number.isSafeInteger(cents) || cents < 1 || cents > 99_999_999_999) {
			throw new Error(`EPC amount must be a whole number of cents from 1 to 99999999999, not ${cents}`);
		}
		amount = `EUR${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
	}

	if (transfer.reference && transfer.text) {
		throw new Error('EPC takes a structured reference or a remittance text, not both');
	}
	// A Belgian structured communication goes in the structured field (line 10) as its 12 digits, not
	// as `+++…+++` in the free-text field (line 11). EPC069-12 lets line 10 hold any creditor reference
	// ("ISO 11649 RF Creditor Reference may be used"); Febelfin's electronic form of the OGM is the 12
	// digits; Odoo's SEPA QR module does the same (odoo/odoo#231373, account_qr_code_sepa test
	// test_get_qr_vals_communication), and a `+++…+++` sent as free text reached a Belgian banking app
	// as an ordinary message (letspeppol/letspeppol#274).
	let reference = '';
	if (transfer.reference) {
		const parsed =
			parseStructuredCommunication(transfer.reference) ?? parseCreditorReference(transfer.reference);
		if (parsed === undefined) {
			throw new Error(
				`EPC reference ${transfer.reference} is neither a Belgian structured communication nor an RF creditor reference`
			);
		}
		reference = parsed;
	}
	const text = checkText('remittance text', transfer.text ?? '', 140);
	const information = checkText('information', transfer.information ?? '', 70);

	const lines = ['BCD', '002', '1', 'SCT', bic, name, iban, amount, '', reference, text, information];
	// The guidelines let the payload end after its last filled field.
	while (lines.at(-1) === '') lines.pop();
	const payload = lines.join('\n');

	const bytes = new TextEncoder().encode(payload).length;
	if (bytes > maxPayloadBytes)
		throw new Error(`EPC payload is ${bytes} bytes; the limit is ${maxPayloadBytes}`);
	return payload;
}

function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An EPC QR code as an `<svg>` to put inline in a page: level M, a `viewBox` but no fixed size, and
 * `role="img"` with the label (pass one in the page's language) as its accessible name.
 */
export async function epcQrSvg(payload: string, options: { label?: string } = {}): Promise<string> {
	// The guidelines require error correction level M and QR version 13 at most.
	const { version } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
	if (version > 13) throw new Error(`EPC QR code would be version ${version}; the limit is 13`);

	const svg = (await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 }))
		.replace(/^\s*<\?xml[^>]*\?>/, '')
		.trim();
	const label = escapeAttribute(options.label ?? 'SEPA QR code');
	const accessible = svg.replace(/^<svg\b([^>]*)>/, (_, attributes: string) => {
		// Width and height would fix the size; the viewBox alone lets CSS scale the code.
		const kept = attributes.replace(/\s(?:width|height|role|aria-label)="[^"]*"/g, '');
		return `<svg${kept} role="img" aria-label="${label}">`;
	});
	if (accessible === svg) throw new Error('qrcode returned an SVG this module does not recognise');
	return accessible;
}

/**
 * A gift gives a tax reduction when the donor's gifts to one accredited organisation reach €40 in a
 * calendar year: that total counts, so a single gift below €40 can still count. The organisation
 * needs the donor's national number (since 2024) for the tax certificate.
 */
export const taxDeductionThresholdEuro = 40;

/**
 * The tax reduction as a share of deductible gifts: 45%, but the law has changed it before (60% for
 * gifts made in 2020). It is capped at 10% of the donor's net taxable income and at the tax owed.
 */
export const taxReductionRate = 0.45;

/** What a gift costs the donor after the tax reduction, in cents, assuming it is deductible. */
export function netCostCents(amountCents: number): number {
	if (!Number.isSafeInteger(amountCents) || amountCents < 0) {
		throw new RangeError(`An amount must be a whole number of cents, not ${amountCents}`);
	}
	// In whole percent, so that 0.45 being inexact in binary never tips a rounding.
	return amountCents - Math.round((amountCents * Math.round(taxReductionRate * 100)) / 100);
}
