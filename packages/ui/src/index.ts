// The components of the design system. Styles: import '@solidair/ui/styles.css' once per app.
export { default as Card, type CardProps } from './components/Card/Card.svelte';
export { default as Container, type ContainerProps } from './components/Container/Container.svelte';
export {
	default as ErrorMessage,
	type ErrorMessageProps
} from './components/ErrorMessage/ErrorMessage.svelte';
export { default as Footer, type FooterLink, type FooterProps } from './components/Footer/Footer.svelte';
export { default as Grid, type GridProps } from './components/Grid/Grid.svelte';
export { default as Hero, type HeroProps } from './components/Hero/Hero.svelte';
export {
	default as LanguageSwitcher,
	type LanguageOption,
	type LanguageSwitcherProps
} from './components/LanguageSwitcher/LanguageSwitcher.svelte';
export { default as LinkButton, type LinkButtonProps } from './components/LinkButton/LinkButton.svelte';
export {
	default as SiteHeader,
	type NavItem,
	type SiteHeaderProps
} from './components/SiteHeader/SiteHeader.svelte';
export { default as PageShell, type PageShellProps } from './components/PageShell/PageShell.svelte';
export { default as SkipLink, type SkipLinkProps } from './components/SkipLink/SkipLink.svelte';
export { default as Stack, type StackProps } from './components/Stack/Stack.svelte';
export { themes, type Theme } from './themes.ts';
