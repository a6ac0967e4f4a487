import type { TabItem, TabsActivation } from './Tabs.svelte';

interface TabsStateOptions {
	tabs: () => TabItem[];
	selected: () => string | undefined;
	activation: () => TabsActivation;
	onSelect: (id: string) => void;
}

/**
 * Keyboard behaviour of the ARIA tabs pattern: a roving tabindex on the selected tab, arrow keys
 * that wrap, Home and End, and selection on focus (automatic) or on Enter/Space (manual).
 */
export class TabsState {
	readonly #options: TabsStateOptions;
	/** The tab buttons, in order; filled by the component with bind:this. */
	elements: (HTMLButtonElement | undefined)[] = $state([]);

	/** The selected tab: the one `selected` names, or else the first. */
	readonly current: TabItem | undefined = $derived.by(() => {
		const tabs = this.#options.tabs();
		const selected = this.#options.selected();
		return tabs.find((tab) => tab.id === selected) ?? tabs[0];
	});

	constructor(options: TabsStateOptions) {
		this.#options = options;
	}

	isSelected(tab: TabItem): boolean {
		return tab.id === this.current?.id;
	}

	select(tab: TabItem): void {
		this.#options.onSelect(tab.id);
	}

	/** Keys on the tab at `index`; Enter and Space are the button's own click. */
	onkeydown(event: KeyboardEvent, index: number): void {
		const tabs = this.#options.tabs();
		const last = tabs.length - 1;
		let target: number;
		switch (event.key) {
			case 'ArrowRight':
				target = index === last ? 0 : index + 1;
				break;
			case 'ArrowLeft':
				target = index === 0 ? last : index - 1;
				break;
			case 'Home':
				target = 0;
				break;
			case 'End':
				target = last;
				break;
			default:
				return;
		}
		event.preventDefault();
		const tab = tabs[target];
		if (!tab) return;
		this.elements[target]?.focus();
		if (this.#options.activation() === 'automatic') this.select(tab);
	}
}
