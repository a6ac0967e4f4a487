export { default as ErrorPage, type ErrorPageProps } from './ErrorPage.svelte';
export { default as HomePage, type HomePageProps } from './HomePage.svelte';
export { sectionLabel, sectionLinks, type SectionLink } from './navigation.ts';
export { default as PublicLayout, type PublicLayoutProps } from './PublicLayout.svelte';
export type { HomeContent, Message, PublicSite } from './site.ts';
export { default as ContentPage, type ContentPageProps } from './ContentPage.svelte';
export { default as SectionLanding, type SectionLandingProps } from './SectionLanding.svelte';
export type { Alternates, PageContent, SectionLandingData, SectionPageData } from './server/pages.ts';
