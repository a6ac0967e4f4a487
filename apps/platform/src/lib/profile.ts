// The languages a member lists on their profile: "Nederlands, Frans, Kirundi".

export const maxLanguages = 10;
export const maxLanguageLength = 40;

/** The languages typed, or undefined when there are too many or one is too long (refused, not cut). */
export function languageList(text: string): string[] | undefined {
	const languages = [
		...new Set(
			text
				.split(',')
				.map((language) => language.trim())
				.filter(Boolean)
		)
	];
	const fits = languages.length <= maxLanguages && languages.every((l) => l.length <= maxLanguageLength);
	return fits ? languages : undefined;
}
