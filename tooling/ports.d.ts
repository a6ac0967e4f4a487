// Types of ports.js, for the TypeScript that imports it (the fault and cluster stacks).
export declare const ports: {
	wsm: number;
	fos: number;
	platform: number;
	intranet: number;
	storybook: number;
};
export declare const apps: readonly ['wsm', 'fos', 'platform', 'intranet'];
export declare const serverFlags: string[];
