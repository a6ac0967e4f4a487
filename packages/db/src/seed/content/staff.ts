// The intranet's staff home: internal announcements, the internal agenda and a staff document,
// posted by the intranet admin. Staff of WSM and FOS write in Dutch or French, as they work.
// Announcements carry fixed dates (the content was written on 2026-11-23): one has expired, the
// others stay current. Agenda items are a number of days ahead of the seed, like the portal's
// meetings, and are moved ahead again once they are past.

export interface SeedAnnouncement {
	title: string;
	/** Markdown. */
	body: string;
	/** The slug of the one organisation whose staff it is for; none for both. */
	organisation?: 'wsm' | 'fos';
	pinned?: boolean;
	publishFrom: string;
	expiresAt?: string;
}

export interface SeedStaffEvent {
	title: string;
	description: string;
	organisation?: 'wsm' | 'fos';
	/** Days after the seed; it starts at 09:00 UTC (10:00 in Brussels in winter). */
	days: number;
	hours: number;
	place?: string;
	onlineUrl?: string;
}

export const staffAnnouncements: SeedAnnouncement[] = [
	{
		title: 'Nieuwe afspraken over thuiswerk vanaf 1 januari',
		body: [
			'Vanaf 1 januari 2027 gelden voor WSM en FOS dezelfde afspraken over thuiswerk:',
			'- tot **drie dagen per week** thuiswerk, in overleg met je team;',
			'- dinsdag blijft de vaste kantoordag voor iedereen;',
			'- de thuiswerkvergoeding wordt maandelijks uitbetaald.',
			'Alles staat in het nieuwe arbeidsreglement bij de [documenten](/nl/documents). Vragen? Spreek je leidinggevende of HR aan.'
		].join('\n\n'),
		pinned: true,
		publishFrom: '2026-11-20T08:00:00Z'
	},
	// A path pasted as it is, without a space: the hard case for a phone's width (issue 21).
	{
		title: 'Kwartaalrapportering partnerorganisaties: nieuwe map op de gedeelde schijf',
		body: [
			'De kwartaalrapporten van de partnerorganisaties staan vanaf nu in één map:',
			'S:/Projecten_2027/ProgrammaSocialeBescherming_Afrika/Rapportering/Kwartaalrapporten_Partnerorganisaties_BeninBurkinaFasoSenegal_v3.xlsx',
			'Oudere versies blijven tot het einde van het jaar in de vorige map staan.'
		].join('\n\n'),
		publishFrom: '2026-11-21T09:00:00Z'
	},
	{
		title: 'Journée du personnel WSM–FOS : réservez la date',
		body: [
			'Le jeudi 18 février, le personnel des deux organisations se retrouve à Bruxelles pour une journée commune : bilan de la campagne pour la protection sociale, ateliers par continent et repas ensemble.',
			'Le programme suit dans l’agenda.'
		].join('\n\n'),
		publishFrom: '2026-11-18T09:00:00Z'
	},
	{
		title: 'Evaluatie programma sociale bescherming Afrika: jouw input gevraagd',
		body: [
			'De externe evaluatie van ons programma sociale bescherming in Benin, Burkina Faso, Senegal en Togo is gestart.',
			'Wie met de partners in die landen werkt: bezorg je opmerkingen vóór 15 december aan het team Afrika.'
		].join('\n\n'),
		organisation: 'wsm',
		publishFrom: '2026-11-16T09:00:00Z'
	},
	{
		title: 'FOS-teamdag: carpoolen naar Gent',
		body: 'Voor de teamdag in Gent vertrekken we om 8.30 uur aan het kantoor in de Grasmarkt. Zet je naam op de lijst bij het onthaal als je meerijdt.',
		organisation: 'fos',
		publishFrom: '2026-11-19T10:00:00Z'
	},
	{
		title: 'Kantoren gesloten op 11 november',
		body: 'Op Wapenstilstand, woensdag 11 november, zijn de kantoren van WSM en FOS gesloten.',
		publishFrom: '2026-11-02T08:00:00Z',
		expiresAt: '2026-11-12T00:00:00Z'
	}
];

export const staffEvents: SeedStaffEvent[] = [
	{
		title: 'Infosessie: de nieuwe ICT-tools',
		description:
			'Een rondleiding door de nieuwe mailbox, de gedeelde agenda en het intranet, met tijd voor vragen.',
		days: 5,
		hours: 1,
		onlineUrl: 'https://meet.example.org/ict-infosessie'
	},
	{
		title: 'Overleg partners Latijns-Amerika',
		description: 'Voorbereiding van het partneroverleg in Bolivia en Peru.',
		organisation: 'wsm',
		days: 9,
		hours: 2,
		place: 'Brussel, Haachtsesteenweg 579',
		onlineUrl: 'https://meet.example.org/latam'
	},
	{
		title: 'Personeelsvergadering WSM en FOS',
		description: 'Jaarplanning 2027, nieuwe afspraken over thuiswerk en varia.',
		days: 14,
		hours: 3,
		place: 'Brussel, Haachtsesteenweg 579'
	},
	{
		title: 'FOS-teamdag in Gent',
		description: 'Een dag samen: terugblik op het jaar en vooruitblik op de campagne rond waardig werk.',
		organisation: 'fos',
		days: 30,
		hours: 7,
		place: 'Gent'
	}
];

/** The one staff document: the rules every staff member works under. */
export const staffDocument = {
	title: 'Arbeidsreglement WSM en FOS 2027',
	filename: 'arbeidsreglement-2027.pdf',
	line: 'WSM en FOS: arbeidsreglement, geldig vanaf 1 januari 2027'
};
