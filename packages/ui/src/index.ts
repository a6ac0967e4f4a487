// The components of the design system. Styles: import '@solidair/ui/styles.css' once per app.
export { default as Alert, type AlertProps } from './components/Alert/Alert.svelte';
export { default as Avatar, type AvatarProps } from './components/Avatar/Avatar.svelte';
export {
	default as Breadcrumbs,
	type BreadcrumbItem,
	type BreadcrumbsProps
} from './components/Breadcrumbs/Breadcrumbs.svelte';
export { default as Button, type ButtonProps } from './components/Button/Button.svelte';
export { default as Card, type CardProps } from './components/Card/Card.svelte';
export { default as Checkbox, type CheckboxProps } from './components/Checkbox/Checkbox.svelte';
export {
	default as CheckboxGroup,
	type CheckboxGroupProps,
	type CheckboxOption
} from './components/CheckboxGroup/CheckboxGroup.svelte';
export { default as Container, type ContainerProps } from './components/Container/Container.svelte';
export {
	default as CountryMap,
	type CountryMapProps,
	type MapCountry
} from './components/CountryMap/CountryMap.svelte';
export { default as Dialog, type DialogProps } from './components/Dialog/Dialog.svelte';
export { default as DropZone, type DropZoneProps } from './components/DropZone/DropZone.svelte';
export { default as EmptyState, type EmptyStateProps } from './components/EmptyState/EmptyState.svelte';
export {
	default as ErrorMessage,
	type ErrorMessageProps
} from './components/ErrorMessage/ErrorMessage.svelte';
export {
	default as ErrorSummary,
	type ErrorSummaryProps,
	type FieldError
} from './components/ErrorSummary/ErrorSummary.svelte';
export { default as EventCard, type EventCardProps } from './components/EventCard/EventCard.svelte';
export { default as Field, type FieldProps } from './components/Field/Field.svelte';
export { fieldWiring, type FieldTextProps, type FieldWiring } from './components/Field/field.ts';
export { default as FileInput, type FileInputProps } from './components/FileInput/FileInput.svelte';
export { default as Footer, type FooterLink, type FooterProps } from './components/Footer/Footer.svelte';
export { default as Grid, type GridProps } from './components/Grid/Grid.svelte';
export { default as Hero, type HeroProps } from './components/Hero/Hero.svelte';
export { default as Icon, type IconProps } from './components/Icon/Icon.svelte';
export { icons, iconNames, type IconName } from './components/Icon/icons.ts';
export {
	default as LanguageSwitcher,
	type LanguageOption,
	type LanguageSwitcherProps
} from './components/LanguageSwitcher/LanguageSwitcher.svelte';
export { default as LinkButton, type LinkButtonProps } from './components/LinkButton/LinkButton.svelte';
export {
	default as MarkdownEditor,
	type MarkdownEditorProps,
	type MarkdownInsertion,
	type PickedImage
} from './components/MarkdownEditor/MarkdownEditor.svelte';
export type { MarkdownToolbarTexts } from './components/MarkdownEditor/toolbar.ts';
export { default as Logo, type LogoOrg, type LogoProps } from './components/Logo/Logo.svelte';
export {
	default as NewsCard,
	type NewsCardProps,
	type NewsCardTag
} from './components/NewsCard/NewsCard.svelte';
export { default as PageShell, type PageShellProps } from './components/PageShell/PageShell.svelte';
export { default as Pagination, type PaginationProps } from './components/Pagination/Pagination.svelte';
export {
	default as Picture,
	type PictureData,
	type PictureProps,
	type PictureSource
} from './components/Picture/Picture.svelte';
export { default as PersonCard, type PersonCardProps } from './components/PersonCard/PersonCard.svelte';
export { default as Prose, type ProseProps } from './components/Prose/Prose.svelte';
export {
	default as PublicationCard,
	type PublicationCardProps
} from './components/PublicationCard/PublicationCard.svelte';
export {
	default as RadioGroup,
	type RadioGroupProps,
	type RadioOption
} from './components/RadioGroup/RadioGroup.svelte';
export { default as Select, type SelectOption, type SelectProps } from './components/Select/Select.svelte';
export {
	default as SiteHeader,
	type NavItem,
	type SiteHeaderProps
} from './components/SiteHeader/SiteHeader.svelte';
export { default as SkipLink, type SkipLinkProps } from './components/SkipLink/SkipLink.svelte';
export { default as Stack, type StackProps } from './components/Stack/Stack.svelte';
export {
	default as Table,
	type TableCellContext,
	type TableColumn,
	type TableProps,
	type TableRow
} from './components/Table/Table.svelte';
export {
	default as Tabs,
	type TabItem,
	type TabsActivation,
	type TabsProps
} from './components/Tabs/Tabs.svelte';
export { default as Tag, type TagProps } from './components/Tag/Tag.svelte';
export { default as TextArea, type TextAreaProps } from './components/TextArea/TextArea.svelte';
export { default as TextField, type TextFieldProps } from './components/TextField/TextField.svelte';
export { default as VacancyCard, type VacancyCardProps } from './components/VacancyCard/VacancyCard.svelte';
export {
	default as VideoEmbed,
	type VideoEmbedProps,
	type VideoProvider
} from './components/VideoEmbed/VideoEmbed.svelte';
export { themes, type Theme } from './themes.ts';
export { default as ThemeFont, type ThemeFontProps } from './fonts/ThemeFont.svelte';
export { fontFaceCss, themeFonts, type FontTheme, type ThemeFontFace } from './fonts/fonts.ts';
