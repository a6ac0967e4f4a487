/*
 * The icon set of the design system: path data drawn on a 24 × 24 grid, to be stroked
 * (2 units wide, round caps and joins) in currentColor with no fill. Add an icon by adding a
 * line; its name is then accepted by <Icon name>.
 */
export const icons = {
	'arrow-right': 'M5 12h14M13 6l6 6-6 6',
	'arrow-left': 'M19 12H5M11 6l-6 6 6 6',
	calendar: 'M5 5h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2ZM3 10h18M8 3v4M16 3v4',
	clock: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18ZM12 7v5l3 2',
	'map-pin':
		'M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21ZM12 7a2.5 2.5 0 1 0 0 5 2.5 2.5 0 1 0 0-5Z',
	download: 'M12 3v12M7 10l5 5 5-5M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2',
	external: 'M14 4h6v6M20 4l-9 9M18 14v4a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4',
	search: 'M11 4a7 7 0 1 0 0 14 7 7 0 1 0 0-14ZM20 20l-4-4',
	mail: 'M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1ZM3 7l9 6 9-6',
	phone: 'M5 4h3l2 5-2.5 1.5a11 11 0 0 0 6 6L15 14l5 2v3a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2Z',
	info: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18ZM12 11v5M12 8v.01',
	warning: 'M12 3 2 20h20L12 3ZM12 9v5M12 17v.01',
	check: 'M4 12l5 5L20 6',
	close: 'M6 6l12 12M18 6 6 18',
	menu: 'M4 6h16M4 12h16M4 18h16',
	globe: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18ZM3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18',
	file: 'M6 2h8l6 6v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2ZM14 2v6h6',
	user: 'M12 4a4 4 0 1 0 0 8 4 4 0 1 0 0-8ZM4 21a8 8 0 0 1 16 0',
	lock: 'M6 11h12a1 1 0 0 1 1 1v8a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-8a1 1 0 0 1 1-1ZM8 11V7a4 4 0 0 1 8 0v4',
	play: 'M7 4v16l13-8L7 4Z',
	heart: 'M12 20s-8-4.8-8-10.5A4.5 4.5 0 0 1 12 7a4.5 4.5 0 0 1 8 2.5C20 15.2 12 20 12 20Z',
	'chevron-right': 'M9 6l6 6-6 6',
	'chevron-left': 'M15 6l-6 6 6 6'
} as const satisfies Record<string, string>;

export type IconName = keyof typeof icons;

/** Every icon name, in the order of the set. */
export const iconNames = Object.keys(icons) as IconName[];
