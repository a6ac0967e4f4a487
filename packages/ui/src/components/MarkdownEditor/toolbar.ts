// The toolbar's texts (from the app, in the editor's language) and its buttons' pictures.

/** The texts of the toolbar over the editor, in the editor's language; each button's accessible name. */
export interface MarkdownToolbarTexts {
	/** Name of the toolbar, e.g. `Opmaak`. */
	toolbar: string;
	heading: string;
	bold: string;
	italic: string;
	link: string;
	bulletList: string;
	numberedList: string;
	quote: string;
	image: string;
	/** The button that opens the field for a video's address, e.g. `Video invoegen`. */
	embed: string;
	/** Label of that field, e.g. `Adres van de video (YouTube of Vimeo)`. */
	embedUrl: string;
	/** Its button, e.g. `Invoegen`. */
	embedInsert: string;
	/** Its error, for an address the site does not show as a video. */
	embedInvalid: string;
	/** The button that shows or hides the live preview, and the name of the preview, e.g. `Voorbeeld`. */
	preview: string;
}

/** One button of the toolbar. */
export interface ToolbarItem {
	id: string;
	label: string;
	/** A path in a 24×24 box, drawn with the text's colour. */
	icon: string;
	/** For `aria-keyshortcuts`, e.g. `Control+B Meta+B`; also shown in the button's tooltip. */
	shortcut?: string;
	/** A toggle button's state. */
	pressed?: boolean;
	/** A button that shows a part of the page: whether it is shown, and its id. */
	expanded?: boolean;
	controls?: string;
	run: () => void;
}

// Simple strokes drawn for this toolbar (24×24, round caps), in the manner of the Icon set.
export const toolbarIcons = {
	heading: 'M6 4v16M18 4v16M6 12h12',
	bold: 'M7 4h6.5a4 4 0 0 1 0 8H7zM7 12h7.5a4 4 0 0 1 0 8H7z',
	italic: 'M19 4h-9M14 20H5M15 4 9 20',
	link: 'M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1.5 1.5M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1.5-1.5',
	bulletList: 'M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01',
	numberedList: 'M10 6h11M10 12h11M10 18h11M4 4h1v5M3.5 9h3M3.5 14.5a1.5 1.5 0 0 1 3 0c0 1-3 2.5-3 4.5h3',
	quote: 'M3 20c3 0 7-1 7-8V5H3v7h4M14 20c3 0 7-1 7-8V5h-7v7h4',
	image: 'M3 5h18v14H3zM3 16l5-5 5 5M13 14l3-3 5 5M15.5 8.5h.01',
	embed: 'M3 6h18v12H3zM10 9l5 3-5 3z',
	preview: 'M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12zM12 9a3 3 0 1 0 0 6 3 3 0 0 0 0-6z'
} as const;

type Run = () => void;

/** The toolbar's buttons in order; the image and preview buttons only when there is something to run. */
export function toolbarItems(
	texts: MarkdownToolbarTexts,
	actions: Record<'heading' | 'bold' | 'italic' | 'link' | 'bullets' | 'numbers' | 'quote', Run> & {
		image: Run | undefined;
		embed: { expanded: boolean; controls: string; run: Run };
		preview: { pressed: boolean; run: Run } | undefined;
	}
): ToolbarItem[] {
	const { heading, bold, italic, link, bullets, numbers, quote, image, embed, preview } = actions;
	const items: Array<ToolbarItem | undefined> = [
		{ id: 'heading', label: texts.heading, icon: toolbarIcons.heading, run: heading },
		{ id: 'bold', label: texts.bold, icon: toolbarIcons.bold, shortcut: 'Control+B Meta+B', run: bold },
		{
			id: 'italic',
			label: texts.italic,
			icon: toolbarIcons.italic,
			shortcut: 'Control+I Meta+I',
			run: italic
		},
		{ id: 'link', label: texts.link, icon: toolbarIcons.link, shortcut: 'Control+K Meta+K', run: link },
		{ id: 'bullets', label: texts.bulletList, icon: toolbarIcons.bulletList, run: bullets },
		{ id: 'numbers', label: texts.numberedList, icon: toolbarIcons.numberedList, run: numbers },
		{ id: 'quote', label: texts.quote, icon: toolbarIcons.quote, run: quote },
		image && { id: 'image', label: texts.image, icon: toolbarIcons.image, run: image },
		{ id: 'embed', label: texts.embed, icon: toolbarIcons.embed, ...embed },
		preview && { id: 'preview', label: texts.preview, icon: toolbarIcons.preview, ...preview }
	];
	return items.filter((item) => item !== undefined);
}
