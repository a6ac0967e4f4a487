// The public sites' typefaces, served by the apps themselves: Vite's `?url` turns each Latin woff2
// (which covers nl, fr, en and es) into a hashed, immutable asset of the app. No third-party host.
import archivo from '@fontsource-variable/archivo/files/archivo-latin-wght-normal.woff2?url';
import sourceSans from '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2?url';

export interface ThemeFontFace {
	/** The family name tokens.css asks for in the theme's `--font-sans`. */
	family: string;
	/** The woff2 file's URL in the app. */
	url: string;
	/** The variable font's weight axis, as `font-weight` writes a range. */
	weights: string;
}

/** The theme's own typeface; the portal and the intranet stay on the system stack (no download). */
export const themeFonts = {
	wsm: { family: 'Source Sans 3 Variable', url: sourceSans, weights: '200 900' },
	fos: { family: 'Archivo Variable', url: archivo, weights: '100 900' }
} as const satisfies Record<string, ThemeFontFace>;

export type FontTheme = keyof typeof themeFonts;

/** The `@font-face` rule of a face: swapped in when it arrives, so text is never invisible. */
export function fontFaceCss({ family, url, weights }: ThemeFontFace): string {
	return `@font-face{font-family:'${family}';font-style:normal;font-display:swap;font-weight:${weights};src:url(${url}) format('woff2');unicode-range:U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD}`;
}
