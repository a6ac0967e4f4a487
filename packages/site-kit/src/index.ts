export { default as HomePage, type HomePageProps } from './HomePage.svelte';
export { sectionLabel, sectionLinks, type SectionLink } from './navigation.ts';
export { sectionsOfSite, siteMenuDefaults } from './menu-defaults.ts';
export { defaultMenus, sectionLink, siteSections, type MenuLink, type PublicMenus } from './menus.ts';
export { default as PublicLayout, type PublicLayoutProps } from './PublicLayout.svelte';
export { default as HreflangLinks, type HreflangLinksProps } from './HreflangLinks.svelte';
export type { ContentSite, HomeContent, Message, PublicSite } from './site.ts';
export { default as ContentPage, type ContentPageProps } from './ContentPage.svelte';
export { default as SectionLanding, type SectionLandingProps } from './SectionLanding.svelte';
export type { Alternates } from './server/entries.ts';
export type { PageContent, SectionLandingData, SectionPageData } from './server/pages.ts';
export { default as Article, type ArticleProps } from './pages/Article.svelte';
export { default as NewsList, type NewsListProps } from './pages/NewsList.svelte';
export type { ArticleData, NewsCardData, NewsListData } from './server/news.ts';
export { default as Agenda, type AgendaProps } from './pages/Agenda.svelte';
export { default as EventPage, type EventPageProps } from './pages/EventPage.svelte';
export { default as Vacancies, type VacanciesProps } from './pages/Vacancies.svelte';
export { default as VacancyPage, type VacancyPageProps } from './pages/VacancyPage.svelte';
export type { AgendaData, EventCardData, EventData } from './server/agenda.ts';
export type { VacanciesData, VacancyCardData, VacancyData } from './server/vacancies.ts';
export { default as Network, type NetworkProps } from './pages/Network.svelte';
export { default as CountryPage, type CountryPageProps } from './pages/CountryPage.svelte';
export type {
	Continent,
	CountryData,
	NetworkCountryLink,
	NetworkData,
	NetworkSection
} from './server/network.ts';
export { default as Donate, type DonateProps } from './pages/Donate.svelte';
export type { DonateData } from './server/donate.ts';
export { default as Contact, type ContactProps } from './pages/Contact.svelte';
export { default as Newsletter, type NewsletterProps } from './pages/Newsletter.svelte';
export type { ContactData } from './server/contact.ts';
export type { NewsletterData } from './server/newsletter.ts';
export { default as Search, type SearchProps } from './pages/Search.svelte';
export { default as SearchError, type SearchErrorProps } from './pages/SearchError.svelte';
export type { SearchData } from './server/search.ts';
export { default as Publications, type PublicationsProps } from './pages/Publications.svelte';
export { default as Preview, type PreviewProps } from './pages/Preview.svelte';
export type { PreviewData } from './server/preview.ts';
export type { PublicationsData } from './server/publications.ts';
export type { HomeBlockData, HomeData, HomePartner, LeadData } from './server/home.ts';
export { default as LeadBlock, type LeadBlockProps } from './home/LeadBlock.svelte';
export { default as EventsBlock, type EventsBlockProps } from './home/EventsBlock.svelte';
export { default as NewsBlock, type NewsBlockProps } from './home/NewsBlock.svelte';
