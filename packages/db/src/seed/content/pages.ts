import type { SeedPage } from './types.ts';

// Paragraph arrays keep Markdown free of source indentation.
const md = (...blocks: string[]): string => blocks.join('\n\n');

const wsmStrategies: SeedPage = {
	key: 'wsm-strategies',
	site: 'wsm',
	section: 'about',
	translations: {
		nl: {
			slug: 'strategieen',
			title: 'Strategieën',
			summary:
				'Hoe WSM samen met sociale bewegingen werkt aan waardig werk en sociale bescherming voor iedereen.',
			body: md(
				'- Het verdedigen van het recht op waardig werk en het recht op sociale bescherming;\n- Armoede en uitsluiting bestrijden en voorkomen;',
				'Daar maakt WSM dagelijks werk van.',
				'## Hoe we dit bereiken?',
				'We zorgen ervoor dat mensen geïnformeerd zijn, zich verenigen en samen opkomen voor hun rechten. Dit doen we door:',
				'## 1. Samen te werken met sociale bewegingen',
				'Verandering begint bij mensen die zich organiseren en hun stem laten horen.',
				'WSM werkt samen met sociale bewegingen in Afrika, Azië, Latijns-Amerika en België. Ze verenigen mensen en maken hen (veer)krachtig zodat ze samen hun rechten en toegang tot essentiële diensten kunnen afdwingen. Het gaat om:',
				'- Vakbonden\n- Mutualiteiten\n- Vrouwenorganisaties\n- Jongeren- en seniorenorganisaties\n- Coöperaties\n- Boerenverenigingen',
				'Omdat sociale bewegingen motor van sociale verandering zijn!',
				'Willen we dat sociale bewegingen hun rechtmatige rol kunnen opnemen in de maatschappij en even sterk staan als overheden en bedrijven, dan moeten ze beschikken over de juiste competenties: het organiseren en vormen van hun doelgroepen, de eigen expertise ontwikkelen, de achterban mobiliseren zodat ze representatief zijn, de kwaliteit van hun dienstverlening garanderen, de dialoog en/of strijd aangaan met andere actoren. WSM zet in op het versterken van de capaciteiten van sociale bewegingen en netwerken. Op hun vraag en maat gaan we samen op zoek naar wie - vanuit welke relevante expertise - binnen onze netwerken kan betrokken worden in deze capaciteitsversterking.',
				'## 2. Deze sociale bewegingen te verbinden in een netwerk',
				'Alle actoren hebben een belangrijke rol te spelen in de verwezenlijking van de duurzame ontwikkelingsdoelen: overheden, de privésector én sociale actoren.',
				'De stevige basis waarin sociale bewegingen verankerd zijn, maken hen representatief en zorgen voor de nodige legitimiteit wanneer het erop aankomt hun rol op te nemen. Door hen te verbinden in netwerken krijgen ze nog meer slagkracht om werk te maken van een duurzame wereld waarin de mens centraal staat en de grenzen van de planeet gerespecteerd worden.',
				'Over de grenzen van landen en continenten heen de krachten verenigen in nationale, continentale en internationale netwerken. Zo leggen we meer gewicht in de schaal om de wereld te veranderen.',
				'In België maakt WSM deel uit van de christelijke arbeidersbeweging. Binnen deze beweging heeft WSM een sterke samenwerking opgezet met de christelijke vakbond ACV/CSC en de christelijke mutualiteit CM/MC. We zijn ook actief in de Belgische Noord-Zuidbeweging als lid organisatie van de koepels 11.11.11 en CNCD/11.11.11.',
				'We sturen het coördinatieplatform Waardig Werk aan, geflankeerd door de drie Belgische vakbonden, twee mutualiteiten en drie ngo’s. Samen ontwikkelen we strategieën om wereldwijd waardig werk te promoten.',
				'Internationaal bouwen we met onze partnerorganisaties al een aantal jaren aan een thematisch netwerk rond het recht op sociale bescherming. Het is samengesteld uit 80 organisaties en 21 multi-actoren netwerken rond sociale bescherming, uit alle hoeken van de wereld. We delen er kennis en ontwikkelen er strategieën en het vormt een belangrijke hefboom om het nationale, continentale en internationale beleid rond sociale bescherming mee vorm te geven.',
				'Dat we dit doen met verschillende sociale bewegingen los van geloofsovertuiging of doelgroepen heen, is van essentieel belang.',
				'Met dit netwerk gaan we op zoek naar verfrissende strategische allianties met andere internationale netwerken: AIM, GCSPF, ITUC, RIPESS,…',
				'## 3. De beleidsmakers en bedrijven uit te dagen om de mens centraal te stellen in de economie',
				'WSM en haar partnerorganisaties zetten alles in het werk om het recht op sociale bescherming en waardig werk hoog op de politieke agenda te plaatsen zowel in de landen zelf, als continentaal én op internationale fora. Daarom is het zo belangrijk om samen te werken in netwerken en op zoek te gaan naar verfrissende en strategische allianties.',
				'Beleidsmakers en bedrijven onder druk zetten om de mens centraal te stellen in de economie.',
				'Hoewel het recht op waardig werk en sociale bescherming mensenrechten zijn, zijn ze nog niet overal verworven. De druk op beleidsmakers en bedrijven overal in de wereld moet opgevoerd worden. Dat doen we met ons internationale netwerk en onze partnerorganisaties. We bouwen samen aan de expertise rond deze thema’s, organiseren thematische seminaries om kennis te delen en innovatieve strategieën te ontwikkelen om deze mensenrechten overal in de wereld af te dwingen.',
				'## 4. Te bouwen aan een mondiaal engagement voor waardig werk en sociale bescherming',
				'Om te bouwen aan een mondiaal engagement, zet WSM ook dagelijks in op het sensibiliseren en mobiliseren van mensen in het algemeen en meer specifiek van de leden van de christelijke arbeidersbeweging.',
				'In deze geglobaliseerde wereld heeft ieder van ons een stem. Onderschat jouw kracht niet om onze rechten op te eisen.',
				'Mensen bewust maken van ongelijkheid en onrechtvaardigheid in de wereld en hen mobiliseren zodat ze mee hun stem laten horen en overgaan tot actie, dat doen we onder andere via het voeren van campagnes in België, maar ook via een proces van internationalisering. WSM en haar partners zoeken elkaar ook op om van elkaar te leren, elkaars realiteiten te leren kennen, elkaar te sensibiliseren en inspireren.',
				'Via onze publicaties en via de sociale media proberen we zoveel mogelijk mensen te bereiken en te overtuigen van de oplossingen die we aanreiken in de strijd tegen armoede, uitsluiting en sociale onrechtvaardigheid.',
				'Want met jouw stem erbij klinken we nog luider. Make change happen!'
			)
		},
		fr: {
			slug: 'strategies',
			title: 'Stratégies',
			summary:
				'Comment WSM œuvre avec les mouvements sociaux pour le travail décent et la protection sociale pour toutes et tous.',
			body: md(
				'- Défendre le droit au travail décent et le droit à la protection sociale ;\n- Combattre et prévenir la pauvreté et l’exclusion ;',
				'C’est à cela que WSM travaille chaque jour.',
				'## Comment y parvenons-nous ?',
				'Nous veillons à ce que les personnes soient informées, s’unissent et défendent ensemble leurs droits. Nous le faisons :',
				'## 1. En travaillant avec des mouvements sociaux',
				'Le changement commence par des personnes qui s’organisent et font entendre leur voix.',
				'WSM travaille avec des mouvements sociaux en Afrique, en Asie, en Amérique latine et en Belgique. Ils rassemblent les personnes et les rendent plus fortes et plus résilientes, afin qu’elles puissent ensemble faire respecter leurs droits et leur accès aux services essentiels. Il s’agit :',
				'- de syndicats\n- de mutuelles\n- d’organisations de femmes\n- d’organisations de jeunes et de seniors\n- de coopératives\n- d’associations paysannes',
				'Parce que les mouvements sociaux sont le moteur du changement social !',
				'Si nous voulons que les mouvements sociaux puissent jouer leur rôle légitime dans la société et peser autant que les pouvoirs publics et les entreprises, ils doivent disposer des compétences adéquates : organiser et former leurs publics cibles, développer leur propre expertise, mobiliser leur base afin d’être représentatifs, garantir la qualité de leurs services, engager le dialogue et/ou la lutte avec d’autres acteurs. WSM mise sur le renforcement des capacités des mouvements sociaux et des réseaux. À leur demande et sur mesure, nous cherchons ensemble qui, au sein de nos réseaux et avec quelle expertise pertinente, peut être associé à ce renforcement des capacités.',
				'## 2. En reliant ces mouvements sociaux en réseau',
				'Tous les acteurs ont un rôle important à jouer dans la réalisation des objectifs de développement durable : les pouvoirs publics, le secteur privé et les acteurs sociaux.',
				'La base solide dans laquelle les mouvements sociaux sont ancrés les rend représentatifs et leur confère la légitimité nécessaire lorsqu’il s’agit d’assumer leur rôle. En les reliant en réseaux, ils gagnent encore en force de frappe pour construire un monde durable qui place l’être humain au centre et respecte les limites de la planète.',
				'Unir nos forces par-delà les frontières des pays et des continents, dans des réseaux nationaux, continentaux et internationaux : c’est ainsi que nous pesons davantage dans la balance pour changer le monde.',
				'En Belgique, WSM fait partie du mouvement ouvrier chrétien. Au sein de ce mouvement, WSM a mis en place une collaboration étroite avec le syndicat chrétien ACV/CSC et la mutualité chrétienne CM/MC. Nous sommes également actifs dans le mouvement Nord-Sud belge en tant qu’organisation membre des coupoles 11.11.11 et CNCD/11.11.11.',
				'Nous pilotons la plateforme de coordination Travail décent, aux côtés des trois syndicats belges, de deux mutualités et de trois ONG. Ensemble, nous développons des stratégies pour promouvoir le travail décent dans le monde entier.',
				'Au niveau international, nous construisons depuis plusieurs années avec nos organisations partenaires un réseau thématique autour du droit à la protection sociale. Il est composé de 80 organisations et de 21 réseaux multi-acteurs sur la protection sociale, venus des quatre coins du monde. Nous y partageons des connaissances et y développons des stratégies, et il constitue un levier important pour contribuer à façonner les politiques nationales, continentales et internationales en matière de protection sociale.',
				'Il est essentiel que nous le fassions avec différents mouvements sociaux, au-delà des convictions religieuses et des publics cibles.',
				'Avec ce réseau, nous recherchons des alliances stratégiques novatrices avec d’autres réseaux internationaux : AIM, GCSPF, CSI, RIPESS…',
				'## 3. En mettant les décideurs politiques et les entreprises au défi de placer l’être humain au centre de l’économie',
				'WSM et ses organisations partenaires mettent tout en œuvre pour inscrire le droit à la protection sociale et au travail décent en bonne place à l’agenda politique, tant dans les pays eux-mêmes qu’au niveau continental et dans les forums internationaux. C’est pourquoi il est si important de travailler ensemble en réseaux et de rechercher des alliances stratégiques novatrices.',
				'Faire pression sur les décideurs politiques et les entreprises pour qu’ils placent l’être humain au centre de l’économie.',
				'Bien que le droit au travail décent et à la protection sociale soient des droits humains, ils ne sont pas encore acquis partout. La pression sur les décideurs politiques et les entreprises du monde entier doit s’intensifier. Nous le faisons avec notre réseau international et nos organisations partenaires. Ensemble, nous développons l’expertise sur ces thèmes, nous organisons des séminaires thématiques pour partager les connaissances et élaborer des stratégies innovantes afin de faire respecter ces droits humains partout dans le monde.',
				'## 4. En construisant un engagement mondial pour le travail décent et la protection sociale',
				'Pour construire un engagement mondial, WSM s’attache aussi chaque jour à sensibiliser et à mobiliser le grand public, et plus particulièrement les membres du mouvement ouvrier chrétien.',
				'Dans ce monde globalisé, chacun et chacune d’entre nous a une voix. Ne sous-estimez pas votre force pour revendiquer nos droits.',
				'Sensibiliser les gens aux inégalités et aux injustices dans le monde et les mobiliser pour qu’ils fassent entendre leur voix et passent à l’action : nous le faisons notamment en menant des campagnes en Belgique, mais aussi à travers un processus d’internationalisation. WSM et ses partenaires se rencontrent également pour apprendre les uns des autres, découvrir leurs réalités respectives, se sensibiliser et s’inspirer mutuellement.',
				'Grâce à nos publications et aux réseaux sociaux, nous essayons de toucher le plus grand nombre de personnes possible et de les convaincre des solutions que nous proposons dans la lutte contre la pauvreté, l’exclusion et l’injustice sociale.',
				'Car avec votre voix, nous portons encore plus loin. Make change happen!'
			)
		},
		en: {
			slug: 'strategies',
			title: 'Strategies',
			summary: 'How WSM works with social movements for decent work and social protection for everyone.',
			body: md(
				'- Defending the right to decent work and the right to social protection;\n- Fighting and preventing poverty and exclusion;',
				'That is what WSM works on every day.',
				'## How do we achieve this?',
				'We make sure that people are informed, join forces and stand up together for their rights. We do this by:',
				'## 1. Working with social movements',
				'Change begins with people who organise and make their voices heard.',
				'WSM works with social movements in Africa, Asia, Latin America and Belgium. They bring people together and make them strong and resilient, so that together they can claim their rights and access to essential services. These are:',
				'- Trade unions\n- Mutual health organisations\n- Women’s organisations\n- Youth and senior citizens’ organisations\n- Cooperatives\n- Farmers’ associations',
				'Because social movements are the engine of social change!',
				'If we want social movements to take up their rightful role in society and to stand as strong as governments and companies, they need the right competences: organising and training their target groups, developing their own expertise, mobilising their members so that they are representative, guaranteeing the quality of their services, and engaging in dialogue and/or struggle with other actors. WSM invests in strengthening the capacities of social movements and networks. At their request and tailored to their needs, we look together for who within our networks, and with which relevant expertise, can be involved in this capacity building.',
				'## 2. Connecting these social movements in a network',
				'All actors have an important role to play in achieving the Sustainable Development Goals: governments, the private sector and social actors.',
				'The solid base in which social movements are rooted makes them representative and gives them the legitimacy they need when it comes to taking up their role. Connecting them in networks gives them even more clout to work towards a sustainable world that puts people first and respects the planetary boundaries.',
				'Joining forces across the borders of countries and continents in national, continental and international networks: that is how we put more weight behind changing the world.',
				'In Belgium, WSM is part of the Christian workers’ movement. Within this movement, WSM has built a strong partnership with the Christian trade union ACV/CSC and the Christian mutual health fund CM/MC. We are also active in the Belgian North-South movement as a member organisation of the umbrella organisations 11.11.11 and CNCD/11.11.11.',
				'We steer the Decent Work coordination platform, alongside the three Belgian trade unions, two mutual health funds and three NGOs. Together we develop strategies to promote decent work worldwide.',
				'Internationally, we have been building a thematic network on the right to social protection with our partner organisations for several years. It is made up of 80 organisations and 21 multi-stakeholder networks on social protection from all corners of the world. We share knowledge and develop strategies there, and it is an important lever to help shape national, continental and international social protection policy.',
				'It is essential that we do this with different social movements, regardless of religious beliefs or target groups.',
				'With this network we are looking for fresh strategic alliances with other international networks: AIM, GCSPF, ITUC, RIPESS…',
				'## 3. Challenging policymakers and companies to put people at the heart of the economy',
				'WSM and its partner organisations do everything they can to put the right to social protection and decent work high on the political agenda, in the countries themselves, at continental level and in international fora. That is why it is so important to work together in networks and to look for fresh, strategic alliances.',
				'Putting pressure on policymakers and companies to put people at the heart of the economy.',
				'Although the rights to decent work and social protection are human rights, they have not yet been secured everywhere. The pressure on policymakers and companies all over the world has to be stepped up. We do this with our international network and our partner organisations. Together we build expertise on these themes and organise thematic seminars to share knowledge and develop innovative strategies to enforce these human rights all over the world.',
				'## 4. Building a global commitment to decent work and social protection',
				'To build a global commitment, WSM also works every day to raise awareness and mobilise people in general, and the members of the Christian workers’ movement in particular.',
				'In this globalised world, each of us has a voice. Do not underestimate your power to claim our rights.',
				'Making people aware of inequality and injustice in the world and mobilising them so that they raise their voices and take action: we do this through campaigns in Belgium, among other things, but also through a process of internationalisation. WSM and its partners also meet to learn from each other, to get to know each other’s realities, and to raise each other’s awareness and inspire each other.',
				'Through our publications and social media we try to reach as many people as possible and convince them of the solutions we offer in the fight against poverty, exclusion and social injustice.',
				'Because with your voice added, we sound even louder. Make change happen!'
			)
		},
		es: {
			slug: 'estrategias',
			title: 'Estrategias',
			summary:
				'Cómo WSM trabaja con los movimientos sociales por el trabajo decente y la protección social para todas las personas.',
			body: md(
				'- Defender el derecho al trabajo decente y el derecho a la protección social;\n- Combatir y prevenir la pobreza y la exclusión;',
				'A eso se dedica WSM cada día.',
				'## ¿Cómo lo conseguimos?',
				'Nos aseguramos de que las personas estén informadas, se unan y defiendan juntas sus derechos. Lo hacemos:',
				'## 1. Trabajando con movimientos sociales',
				'El cambio empieza por personas que se organizan y hacen oír su voz.',
				'WSM trabaja con movimientos sociales en África, Asia, América Latina y Bélgica. Estos movimientos unen a las personas y las fortalecen para que, juntas, puedan hacer valer sus derechos y su acceso a los servicios esenciales. Se trata de:',
				'- Sindicatos\n- Mutualidades\n- Organizaciones de mujeres\n- Organizaciones de jóvenes y de personas mayores\n- Cooperativas\n- Asociaciones campesinas',
				'¡Porque los movimientos sociales son el motor del cambio social!',
				'Si queremos que los movimientos sociales puedan asumir el papel que les corresponde en la sociedad y tener tanto peso como los gobiernos y las empresas, deben disponer de las competencias adecuadas: organizar y formar a sus grupos meta, desarrollar su propia experiencia, movilizar a sus bases para ser representativos, garantizar la calidad de sus servicios y entablar el diálogo y/o la lucha con otros actores. WSM apuesta por el fortalecimiento de las capacidades de los movimientos sociales y de las redes. A petición suya y a su medida, buscamos juntos quién, dentro de nuestras redes y con qué experiencia pertinente, puede participar en este fortalecimiento de capacidades.',
				'## 2. Conectando estos movimientos sociales en red',
				'Todos los actores tienen un papel importante que desempeñar en la consecución de los Objetivos de Desarrollo Sostenible: los gobiernos, el sector privado y los actores sociales.',
				'La sólida base en la que están arraigados los movimientos sociales los hace representativos y les da la legitimidad necesaria a la hora de asumir su papel. Al conectarlos en redes, ganan aún más fuerza para construir un mundo sostenible que ponga a las personas en el centro y respete los límites del planeta.',
				'Unir fuerzas más allá de las fronteras de países y continentes, en redes nacionales, continentales e internacionales: así ponemos más peso en la balanza para cambiar el mundo.',
				'En Bélgica, WSM forma parte del movimiento obrero cristiano. Dentro de este movimiento, WSM ha establecido una estrecha colaboración con el sindicato cristiano ACV/CSC y la mutualidad cristiana CM/MC. También participamos en el movimiento Norte-Sur belga como organización miembro de las plataformas 11.11.11 y CNCD/11.11.11.',
				'Coordinamos la plataforma Trabajo Decente, junto con los tres sindicatos belgas, dos mutualidades y tres ONG. Juntos desarrollamos estrategias para promover el trabajo decente en todo el mundo.',
				'A nivel internacional, llevamos varios años construyendo con nuestras organizaciones socias una red temática sobre el derecho a la protección social. Está compuesta por 80 organizaciones y 21 redes multiactor sobre protección social de todos los rincones del mundo. En ella compartimos conocimientos y desarrollamos estrategias, y constituye una palanca importante para contribuir a dar forma a las políticas nacionales, continentales e internacionales de protección social.',
				'Es esencial que lo hagamos con distintos movimientos sociales, más allá de las creencias religiosas o de los grupos meta.',
				'Con esta red buscamos alianzas estratégicas novedosas con otras redes internacionales: AIM, GCSPF, CSI, RIPESS…',
				'## 3. Desafiando a los responsables políticos y a las empresas a situar a las personas en el centro de la economía',
				'WSM y sus organizaciones socias hacen todo lo posible por situar el derecho a la protección social y al trabajo decente en un lugar destacado de la agenda política, tanto en los propios países como a nivel continental y en los foros internacionales. Por eso es tan importante trabajar juntos en redes y buscar alianzas estratégicas novedosas.',
				'Presionar a los responsables políticos y a las empresas para que sitúen a las personas en el centro de la economía.',
				'Aunque el derecho al trabajo decente y a la protección social son derechos humanos, todavía no están garantizados en todas partes. Hay que aumentar la presión sobre los responsables políticos y las empresas de todo el mundo. Lo hacemos con nuestra red internacional y nuestras organizaciones socias. Juntos construimos conocimiento sobre estos temas y organizamos seminarios temáticos para compartir saberes y desarrollar estrategias innovadoras con el fin de hacer valer estos derechos humanos en todo el mundo.',
				'## 4. Construyendo un compromiso mundial con el trabajo decente y la protección social',
				'Para construir un compromiso mundial, WSM también trabaja cada día para sensibilizar y movilizar a la ciudadanía en general y, más específicamente, a las y los miembros del movimiento obrero cristiano.',
				'En este mundo globalizado, cada una y cada uno de nosotros tiene voz. No subestimes tu fuerza para reivindicar nuestros derechos.',
				'Concienciar a las personas sobre la desigualdad y la injusticia en el mundo y movilizarlas para que alcen su voz y pasen a la acción: lo hacemos, entre otras cosas, mediante campañas en Bélgica, pero también a través de un proceso de internacionalización. WSM y sus socios también se encuentran para aprender unos de otros, conocer sus respectivas realidades, sensibilizarse e inspirarse mutuamente.',
				'A través de nuestras publicaciones y de las redes sociales intentamos llegar al mayor número posible de personas y convencerlas de las soluciones que proponemos en la lucha contra la pobreza, la exclusión y la injusticia social.',
				'Porque con tu voz sonamos aún más fuerte. Make change happen!'
			)
		}
	}
};

// No film yet: FOS communications sets the real one in the intranet (the entry's video field), and
// the page shows a player only then. So the text neither links to a video nor points to one.
const fosWhoWeAre: SeedPage = {
	key: 'fos-who-we-are',
	site: 'fos',
	section: 'whoWeAre',
	translations: {
		nl: {
			slug: 'wie-zijn-wij',
			title: 'Wie zijn wij',
			summary:
				'FOS is de solidariteitsorganisatie van de socialistische beweging in Vlaanderen en zet zich wereldwijd in voor waardig werk en sociale bescherming.',
			body: md(
				'## Een mondiale tegenmacht',
				'FOS is de solidariteitsorganisatie van de socialistische beweging in Vlaanderen, die zich wereldwijd inzet voor het recht op waardig werk en sociale bescherming.',
				'## Waarom?',
				'Zonder internationale solidariteit is er geen rechtvaardige wereld. Solidariteit betekent een eerlijke verdeling van middelen. Die herverdeling mag zich niet beperken tot de landsgrenzen, maar moet wereldwijd georganiseerd worden. De economie moet zich daarom plooien naar de noden van iedereen, niet naar die van een kleine groep. Om dat te bereiken, streven we naar respect voor de universele mensenrechten. Daarbij stellen we waardig werk, sociale bescherming en de rechten van vrouwen centraal.',
				'## Waardig werk en sociale bescherming',
				'Een gemondialiseerde wereld heeft recht op een wereldwijde tegenmacht. Daarom werken we wereldwijd samen met organisaties om het recht op waardig werk te garanderen, sociale beschermingssystemen te versterken en mensen toegang tot gezondheidszorg te bieden.',
				'We versterken organisaties die mensen samenbrengen en hun belangen verdedigen. Zo kunnen ze krachtige, duurzame en democratische bewegingen uitbouwen, met sterke onderhandelingscapaciteiten en een goede dienstverlening voor hun leden. We focussen daarbij op actuele thema’s, zoals onzeker werk, gendergelijkheid op de werkvloer, universele gezondheidszorg, en seksuele en reproductieve gezondheid en rechten.',
				'We brengen de organisaties ook in contact met onze partnerorganisaties in Vlaanderen. Want de sociale strijd is wereldwijd!',
				'## Duurzame verandering',
				'We geloven in structurele samenwerking. Door organisaties te versterken waar zij dat nodig vinden, kunnen ze op lange termijn het verschil maken. Sociale, economische en politieke verandering is immers een werk van lange adem.',
				'Die aanpak vereist een andere kijk op samenwerking. Weg van het denigrerend clichébeeld van arme weerloze mensen die hulp nodig hebben. Dat betekent écht samenwerken vanuit principes als gelijkwaardigheid en solidariteit. Mensen uit Zimbabwe, Peru of eender waar zijn even weerbaar en dynamisch als wie dan ook. Het is een boodschap die we maar al te graag in de verf zetten.'
			)
		},
		fr: {
			slug: 'qui-sommes-nous',
			title: 'Qui sommes-nous',
			summary:
				'FOS est l’organisation de solidarité du mouvement socialiste en Flandre et s’engage dans le monde entier pour le travail décent et la protection sociale.',
			body: md(
				'## Un contre-pouvoir mondial',
				'FOS est l’organisation de solidarité du mouvement socialiste en Flandre, qui s’engage dans le monde entier pour le droit au travail décent et à la protection sociale.',
				'## Pourquoi ?',
				'Sans solidarité internationale, il n’y a pas de monde juste. La solidarité, c’est une répartition équitable des ressources. Cette redistribution ne peut pas s’arrêter aux frontières nationales : elle doit être organisée à l’échelle mondiale. L’économie doit donc s’adapter aux besoins de toutes et tous, et non à ceux d’un petit groupe. Pour y parvenir, nous œuvrons au respect des droits humains universels, en plaçant au centre le travail décent, la protection sociale et les droits des femmes.',
				'## Travail décent et protection sociale',
				'Un monde globalisé a droit à un contre-pouvoir mondial. C’est pourquoi nous travaillons avec des organisations partout dans le monde pour garantir le droit au travail décent, renforcer les systèmes de protection sociale et offrir aux gens l’accès aux soins de santé.',
				'Nous renforçons les organisations qui rassemblent les personnes et défendent leurs intérêts. Elles peuvent ainsi bâtir des mouvements puissants, durables et démocratiques, dotés de solides capacités de négociation et de services de qualité pour leurs membres. Nous nous concentrons pour cela sur des thèmes d’actualité comme le travail précaire, l’égalité de genre au travail, les soins de santé universels et la santé et les droits sexuels et reproductifs.',
				'Nous mettons aussi ces organisations en contact avec nos organisations partenaires en Flandre. Car la lutte sociale est mondiale !',
				'## Un changement durable',
				'Nous croyons en une coopération structurelle. En renforçant les organisations là où elles en ont besoin, elles peuvent faire la différence à long terme. Le changement social, économique et politique est en effet un travail de longue haleine.',
				'Cette approche exige un autre regard sur la coopération. Loin du cliché dénigrant de pauvres gens sans défense qui ont besoin d’aide. Cela signifie coopérer vraiment, sur la base de principes comme l’égalité et la solidarité. Les gens du Zimbabwe, du Pérou ou de n’importe où sont aussi résilients et dynamiques que quiconque. C’est un message que nous aimons mettre en avant.'
			)
		},
		en: {
			slug: 'who-we-are',
			title: 'Who we are',
			summary:
				'FOS is the solidarity organisation of the socialist movement in Flanders, working worldwide for decent work and social protection.',
			body: md(
				'## A global counter-power',
				'FOS is the solidarity organisation of the socialist movement in Flanders, working worldwide for the right to decent work and social protection.',
				'## Why?',
				'Without international solidarity there is no just world. Solidarity means a fair distribution of resources. That redistribution cannot stop at national borders; it has to be organised worldwide. The economy must therefore bend to the needs of everyone, not to those of a small group. To achieve this, we strive for respect for universal human rights, putting decent work, social protection and women’s rights at the centre.',
				'## Decent work and social protection',
				'A globalised world is entitled to a global counter-power. That is why we work with organisations around the world to guarantee the right to decent work, strengthen social protection systems and give people access to health care.',
				'We strengthen organisations that bring people together and defend their interests. This allows them to build powerful, sustainable and democratic movements, with strong bargaining capacity and good services for their members. In doing so we focus on current issues such as precarious work, gender equality in the workplace, universal health care, and sexual and reproductive health and rights.',
				'We also put these organisations in touch with our partner organisations in Flanders. Because the social struggle is global!',
				'## Lasting change',
				'We believe in structural cooperation. By strengthening organisations where they themselves see the need, they can make a difference in the long term. Social, economic and political change takes staying power.',
				'This approach requires a different view of cooperation. Away from the demeaning cliché of poor, defenceless people in need of help. It means truly working together on the basis of principles such as equality and solidarity. People from Zimbabwe, Peru or anywhere else are just as resilient and dynamic as anyone. It is a message we are only too happy to highlight.'
			)
		}
	}
};

const wsmMission: SeedPage = {
	key: 'wsm-mission',
	site: 'wsm',
	section: 'about',
	translations: {
		nl: {
			slug: 'missie',
			title: 'Missie',
			summary:
				'WSM versterkt sociale bewegingen wereldwijd, zodat iedereen toegang krijgt tot waardig werk en sociale bescherming.',
			body: md(
				'WSM – We Social Movements – is de ngo van de christelijke arbeidersbeweging in België. Samen met sociale bewegingen in Afrika, Azië, Latijns-Amerika en België komen we op voor het recht op waardig werk en het recht op sociale bescherming voor iedereen.',
				'Armoede en uitsluiting zijn geen noodlot. Ze zijn het gevolg van politieke en economische keuzes, en wie zich organiseert, kan die keuzes mee bepalen. Daarom versterken we vakbonden, mutualiteiten, vrouwen-, jongeren- en seniorenorganisaties, coöperaties en boerenverenigingen, zodat ze hun leden kunnen informeren, verenigen en mobiliseren.',
				'We dromen van een wereld waarin iedereen een waardig leven kan leiden: met een leefbaar inkomen, veilige arbeidsomstandigheden en toegang tot gezondheidszorg en sociale zekerheid. Een wereld waarin de mens centraal staat in de economie en de grenzen van de planeet gerespecteerd worden.',
				'We doen dat niet voor, maar mét onze partners. Zij bepalen hun prioriteiten; wij brengen expertise, middelen en een internationaal netwerk samen. Zo bouwen we aan een sterke, mondiale beweging voor sociale rechtvaardigheid.'
			)
		},
		fr: {
			slug: 'mission',
			title: 'Mission',
			summary:
				'WSM renforce les mouvements sociaux à travers le monde pour que chacun et chacune ait accès au travail décent et à la protection sociale.',
			body: md(
				'WSM – We Social Movements – est l’ONG du mouvement ouvrier chrétien en Belgique. Avec des mouvements sociaux en Afrique, en Asie, en Amérique latine et en Belgique, nous défendons le droit au travail décent et le droit à la protection sociale pour toutes et tous.',
				'La pauvreté et l’exclusion ne sont pas une fatalité. Elles résultent de choix politiques et économiques, et celles et ceux qui s’organisent peuvent peser sur ces choix. C’est pourquoi nous renforçons des syndicats, des mutuelles, des organisations de femmes, de jeunes et de seniors, des coopératives et des associations paysannes, afin qu’ils puissent informer, rassembler et mobiliser leurs membres.',
				'Nous rêvons d’un monde où chacun et chacune peut mener une vie digne : avec un revenu vital, des conditions de travail sûres et l’accès aux soins de santé et à la sécurité sociale. Un monde où l’être humain est au centre de l’économie et où les limites de la planète sont respectées.',
				'Nous ne le faisons pas à la place de nos partenaires, mais avec eux. Ce sont eux qui fixent leurs priorités ; nous apportons l’expertise, les moyens et un réseau international. Ensemble, nous construisons un mouvement mondial fort pour la justice sociale.'
			)
		},
		en: {
			slug: 'mission',
			title: 'Mission',
			summary:
				'WSM strengthens social movements worldwide so that everyone has access to decent work and social protection.',
			body: md(
				'WSM – We Social Movements – is the NGO of the Christian workers’ movement in Belgium. Together with social movements in Africa, Asia, Latin America and Belgium, we stand up for the right to decent work and the right to social protection for everyone.',
				'Poverty and exclusion are not inevitable. They are the result of political and economic choices, and people who organise can help shape those choices. That is why we strengthen trade unions, mutual health organisations, women’s, youth and senior citizens’ organisations, cooperatives and farmers’ associations, so that they can inform, unite and mobilise their members.',
				'We dream of a world in which everyone can live a dignified life: with a living income, safe working conditions and access to health care and social security. A world in which people are at the heart of the economy and the planetary boundaries are respected.',
				'We do this not for, but with our partners. They set their priorities; we bring together expertise, resources and an international network. That is how we build a strong, global movement for social justice.'
			)
		},
		es: {
			slug: 'mision',
			title: 'Misión',
			summary:
				'WSM fortalece a los movimientos sociales en todo el mundo para que todas las personas tengan acceso al trabajo decente y a la protección social.',
			body: md(
				'WSM – We Social Movements – es la ONG del movimiento obrero cristiano en Bélgica. Junto con movimientos sociales de África, Asia, América Latina y Bélgica, defendemos el derecho al trabajo decente y el derecho a la protección social para todas las personas.',
				'La pobreza y la exclusión no son una fatalidad. Son el resultado de decisiones políticas y económicas, y quienes se organizan pueden influir en esas decisiones. Por eso fortalecemos a sindicatos, mutualidades, organizaciones de mujeres, de jóvenes y de personas mayores, cooperativas y asociaciones campesinas, para que puedan informar, unir y movilizar a sus miembros.',
				'Soñamos con un mundo en el que todas las personas puedan llevar una vida digna: con un ingreso vital, condiciones de trabajo seguras y acceso a la salud y a la seguridad social. Un mundo en el que las personas estén en el centro de la economía y se respeten los límites del planeta.',
				'No lo hacemos en lugar de nuestras organizaciones socias, sino con ellas. Ellas fijan sus prioridades; nosotros aportamos experiencia, recursos y una red internacional. Así construimos un movimiento mundial fuerte por la justicia social.'
			)
		}
	}
};

// Illustrative round figures for a seed, not WSM's audited accounts.
const wsmTransparency: SeedPage = {
	key: 'wsm-transparency',
	site: 'wsm',
	section: 'about',
	translations: {
		nl: {
			slug: 'transparantie',
			title: 'Transparantie',
			summary:
				'Waar komt het geld van WSM vandaan en waaraan besteden we het? Een samenvatting van onze financiën in afgeronde cijfers.',
			body: md(
				'WSM werkt met publiek geld en met giften van duizenden mensen. Daarom vinden we het vanzelfsprekend om open te zijn over onze inkomsten en uitgaven. Hieronder vindt u een samenvatting van een werkingsjaar, in afgeronde cijfers.',
				'## Inkomsten (ongeveer 16 miljoen euro)',
				'- Belgische federale overheid (ontwikkelingssamenwerking): 11,5 miljoen euro\n- Europese Unie en andere institutionele donoren: 2 miljoen euro\n- Giften en legaten: 1,5 miljoen euro\n- Bijdragen van de christelijke arbeidersbeweging: 1 miljoen euro',
				'## Uitgaven',
				'- Programma’s met partnerorganisaties in Afrika, Azië en Latijns-Amerika: 80%\n- Sensibilisering, vorming en beleidswerk in België: 10%\n- Algemene werking en fondsenwerving: 10%',
				'Onze jaarrekening wordt elk jaar gecontroleerd door een erkende bedrijfsrevisor. Het volledige jaarverslag en de gedetailleerde jaarrekening kunt u bij ons opvragen. Voor giften vanaf 40 euro per kalenderjaar ontvangt u een fiscaal attest.'
			)
		},
		fr: {
			slug: 'transparence',
			title: 'Transparence',
			summary:
				'D’où vient l’argent de WSM et à quoi le consacrons-nous ? Un résumé de nos finances en chiffres arrondis.',
			body: md(
				'WSM travaille avec de l’argent public et avec les dons de milliers de personnes. Il nous semble donc évident d’être transparents sur nos recettes et nos dépenses. Vous trouverez ci-dessous un résumé d’une année de fonctionnement, en chiffres arrondis.',
				'## Recettes (environ 16 millions d’euros)',
				'- Gouvernement fédéral belge (coopération au développement) : 11,5 millions d’euros\n- Union européenne et autres bailleurs institutionnels : 2 millions d’euros\n- Dons et legs : 1,5 million d’euros\n- Contributions du mouvement ouvrier chrétien : 1 million d’euros',
				'## Dépenses',
				'- Programmes avec les organisations partenaires en Afrique, en Asie et en Amérique latine : 80 %\n- Sensibilisation, formation et plaidoyer en Belgique : 10 %\n- Fonctionnement général et collecte de fonds : 10 %',
				'Nos comptes annuels sont contrôlés chaque année par un réviseur d’entreprises agréé. Le rapport annuel complet et les comptes détaillés peuvent être obtenus sur simple demande. Pour tout don à partir de 40 euros par année civile, vous recevez une attestation fiscale.'
			)
		},
		en: {
			slug: 'transparency',
			title: 'Transparency',
			summary:
				'Where does WSM’s money come from and what do we spend it on? A summary of our finances in round figures.',
			body: md(
				'WSM works with public money and with donations from thousands of people. That is why we think it only natural to be open about our income and expenditure. Below is a summary of one operating year, in round figures.',
				'## Income (about 16 million euros)',
				'- Belgian federal government (development cooperation): 11.5 million euros\n- European Union and other institutional donors: 2 million euros\n- Donations and legacies: 1.5 million euros\n- Contributions from the Christian workers’ movement: 1 million euros',
				'## Expenditure',
				'- Programmes with partner organisations in Africa, Asia and Latin America: 80%\n- Awareness raising, training and advocacy in Belgium: 10%\n- General operations and fundraising: 10%',
				'Our annual accounts are audited every year by a registered company auditor. The full annual report and detailed accounts are available on request. Donations of 40 euros or more per calendar year qualify for a Belgian tax certificate.'
			)
		},
		es: {
			slug: 'transparencia',
			title: 'Transparencia',
			summary:
				'¿De dónde viene el dinero de WSM y en qué lo invertimos? Un resumen de nuestras finanzas en cifras redondas.',
			body: md(
				'WSM trabaja con fondos públicos y con donaciones de miles de personas. Por eso nos parece evidente ser transparentes sobre nuestros ingresos y gastos. A continuación encontrará un resumen de un año de funcionamiento, en cifras redondas.',
				'## Ingresos (unos 16 millones de euros)',
				'- Gobierno federal belga (cooperación al desarrollo): 11,5 millones de euros\n- Unión Europea y otros donantes institucionales: 2 millones de euros\n- Donaciones y legados: 1,5 millones de euros\n- Aportes del movimiento obrero cristiano: 1 millón de euros',
				'## Gastos',
				'- Programas con organizaciones socias en África, Asia y América Latina: 80 %\n- Sensibilización, formación e incidencia política en Bélgica: 10 %\n- Funcionamiento general y captación de fondos: 10 %',
				'Nuestras cuentas anuales son auditadas cada año por un auditor de empresas acreditado. El informe anual completo y las cuentas detalladas pueden solicitarse. Las donaciones a partir de 40 euros por año natural dan derecho a un certificado fiscal en Bélgica.'
			)
		}
	}
};

const wsmDecentWork: SeedPage = {
	key: 'wsm-decent-work',
	site: 'wsm',
	section: 'learn',
	translations: {
		nl: {
			slug: 'waardig-werk',
			title: 'Waardig werk',
			summary: 'Werk moet overal ter wereld een leefbaar inkomen, veiligheid en rechten opleveren.',
			body: md(
				'Wereldwijd werken ongeveer zes op de tien werkenden in de informele economie: zonder contract, zonder sociale bescherming en vaak zonder vakbond die hen vertegenwoordigt. Een job hebben is dus lang geen garantie op een waardig leven.',
				'Waardig werk, zoals de Internationale Arbeidsorganisatie het omschrijft, rust op vier pijlers: werkgelegenheid, rechten op het werk, sociale bescherming en sociale dialoog. Voor WSM horen die pijlers onlosmakelijk bij elkaar.',
				'We steunen vakbonden en andere sociale bewegingen die werkenden organiseren, ook in de informele economie, die onderhandelen over lonen en arbeidsvoorwaarden en die misbruiken aanklagen. In België sturen we samen met vakbonden, mutualiteiten en ngo’s het coördinatieplatform Waardig Werk aan.',
				'We vragen beleidsmakers en bedrijven om hun verantwoordelijkheid op te nemen: met wetgeving over zorgplicht in de toeleveringsketens, de ratificatie van IAO-verdragen en een leefbaar loon voor iedereen.'
			)
		},
		fr: {
			slug: 'travail-decent',
			title: 'Travail décent',
			summary:
				'Partout dans le monde, le travail doit apporter un revenu vital, de la sécurité et des droits.',
			body: md(
				'Dans le monde, environ six travailleurs sur dix travaillent dans l’économie informelle : sans contrat, sans protection sociale et souvent sans syndicat pour les représenter. Avoir un emploi est donc loin de garantir une vie digne.',
				'Le travail décent, tel que le définit l’Organisation internationale du Travail, repose sur quatre piliers : l’emploi, les droits au travail, la protection sociale et le dialogue social. Pour WSM, ces piliers sont indissociables.',
				'Nous soutenons les syndicats et les autres mouvements sociaux qui organisent les travailleurs et travailleuses, y compris dans l’économie informelle, qui négocient les salaires et les conditions de travail et qui dénoncent les abus. En Belgique, nous pilotons la plateforme Travail décent avec des syndicats, des mutualités et des ONG.',
				'Nous demandons aux décideurs politiques et aux entreprises de prendre leurs responsabilités : par une législation sur le devoir de vigilance dans les chaînes d’approvisionnement, par la ratification des conventions de l’OIT et par un salaire vital pour toutes et tous.'
			)
		},
		en: {
			slug: 'decent-work',
			title: 'Decent work',
			summary: 'Everywhere in the world, work should provide a living income, security and rights.',
			body: md(
				'Worldwide, about six in ten workers earn their living in the informal economy: without a contract, without social protection and often without a union to represent them. Having a job is therefore far from a guarantee of a dignified life.',
				'Decent work, as defined by the International Labour Organization, rests on four pillars: employment, rights at work, social protection and social dialogue. For WSM these pillars are inseparable.',
				'We support trade unions and other social movements that organise workers, including in the informal economy, that negotiate wages and working conditions and that denounce abuses. In Belgium we steer the Decent Work platform together with trade unions, mutual health funds and NGOs.',
				'We call on policymakers and companies to take responsibility: through due diligence legislation for supply chains, the ratification of ILO conventions and a living wage for everyone.'
			)
		},
		es: {
			slug: 'trabajo-decente',
			title: 'Trabajo decente',
			summary: 'En todo el mundo, el trabajo debe garantizar un ingreso vital, seguridad y derechos.',
			body: md(
				'En el mundo, cerca de seis de cada diez personas trabajadoras se ganan la vida en la economía informal: sin contrato, sin protección social y a menudo sin un sindicato que las represente. Tener un empleo está lejos de garantizar una vida digna.',
				'El trabajo decente, tal como lo define la Organización Internacional del Trabajo, se basa en cuatro pilares: el empleo, los derechos en el trabajo, la protección social y el diálogo social. Para WSM, estos pilares son inseparables.',
				'Apoyamos a los sindicatos y a otros movimientos sociales que organizan a las personas trabajadoras, también en la economía informal, que negocian salarios y condiciones de trabajo y que denuncian los abusos. En Bélgica coordinamos la plataforma Trabajo Decente junto con sindicatos, mutualidades y ONG.',
				'Pedimos a los responsables políticos y a las empresas que asuman su responsabilidad: con leyes de debida diligencia en las cadenas de suministro, la ratificación de los convenios de la OIT y un salario vital para todas las personas.'
			)
		}
	}
};

const wsmSocialProtection: SeedPage = {
	key: 'wsm-social-protection',
	site: 'wsm',
	section: 'learn',
	translations: {
		nl: {
			slug: 'sociale-bescherming',
			title: 'Sociale bescherming',
			summary:
				'Sociale bescherming is een mensenrecht, maar bijna de helft van de wereldbevolking heeft er nog geen toegang toe.',
			body: md(
				'Ziek worden, een kind krijgen, werkloos worden, oud worden: iedereen krijgt in zijn leven te maken met risico’s. Sociale bescherming zorgt ervoor dat die risico’s niet uitmonden in armoede. Toch valt bijna de helft van de wereldbevolking nog altijd volledig uit de boot.',
				'Voor WSM is sociale bescherming een mensenrecht en een collectieve verantwoordelijkheid. We pleiten voor nationale sociale beschermingsvloeren: een basis die iedereen, van kind tot oudere, toegang geeft tot essentiële gezondheidszorg en een minimale inkomenszekerheid.',
				'Onze partners tonen elke dag dat het kan. Mutualiteiten, vakbonden en coöperaties organiseren ziekteverzekeringen voor informele werkers, helpen mensen hun rechten op te eisen en wegen op het nationale beleid.',
				'Internationaal bouwen we met 80 organisaties en 21 multi-actorennetwerken aan een thematisch netwerk rond het recht op sociale bescherming, en zoeken we allianties met onder meer de Global Coalition for Social Protection Floors (GCSPF).'
			)
		},
		fr: {
			slug: 'protection-sociale',
			title: 'Protection sociale',
			summary:
				'La protection sociale est un droit humain, mais près de la moitié de la population mondiale n’y a toujours pas accès.',
			body: md(
				'Tomber malade, avoir un enfant, perdre son emploi, vieillir : chacun et chacune est confronté à des risques au cours de sa vie. La protection sociale évite que ces risques ne mènent à la pauvreté. Pourtant, près de la moitié de la population mondiale en reste totalement exclue.',
				'Pour WSM, la protection sociale est un droit humain et une responsabilité collective. Nous plaidons pour des socles nationaux de protection sociale : une base qui garantit à toutes et tous, de l’enfance à la vieillesse, l’accès aux soins de santé essentiels et une sécurité de revenu minimale.',
				'Nos partenaires montrent chaque jour que c’est possible. Mutuelles, syndicats et coopératives organisent des assurances maladie pour les travailleurs de l’économie informelle, aident les gens à faire valoir leurs droits et pèsent sur les politiques nationales.',
				'Au niveau international, nous construisons avec 80 organisations et 21 réseaux multi-acteurs un réseau thématique sur le droit à la protection sociale, et nous recherchons des alliances, notamment avec la Global Coalition for Social Protection Floors (GCSPF).'
			)
		},
		en: {
			slug: 'social-protection',
			title: 'Social protection',
			summary:
				'Social protection is a human right, yet almost half of the world’s population still has no access to it.',
			body: md(
				'Falling ill, having a child, losing your job, growing old: everyone faces risks in life. Social protection makes sure those risks do not end in poverty. Yet almost half of the world’s population is still left out entirely.',
				'For WSM, social protection is a human right and a collective responsibility. We advocate national social protection floors: a foundation that gives everyone, from childhood to old age, access to essential health care and basic income security.',
				'Our partners show every day that it can be done. Mutual health organisations, trade unions and cooperatives run health insurance schemes for informal workers, help people claim their rights and influence national policy.',
				'Internationally, we are building a thematic network on the right to social protection with 80 organisations and 21 multi-stakeholder networks, and we seek alliances with, among others, the Global Coalition for Social Protection Floors (GCSPF).'
			)
		},
		es: {
			slug: 'proteccion-social',
			title: 'Protección social',
			summary:
				'La protección social es un derecho humano, pero casi la mitad de la población mundial sigue sin tener acceso a ella.',
			body: md(
				'Enfermar, tener un hijo, quedarse sin trabajo, envejecer: todas las personas se enfrentan a riesgos a lo largo de su vida. La protección social evita que esos riesgos terminen en pobreza. Sin embargo, casi la mitad de la población mundial sigue totalmente excluida.',
				'Para WSM, la protección social es un derecho humano y una responsabilidad colectiva. Abogamos por pisos nacionales de protección social: una base que garantice a todas las personas, desde la infancia hasta la vejez, el acceso a la atención de salud esencial y una seguridad básica de ingresos.',
				'Nuestras organizaciones socias demuestran cada día que es posible. Mutualidades, sindicatos y cooperativas organizan seguros de salud para trabajadores de la economía informal, ayudan a las personas a reclamar sus derechos e inciden en las políticas nacionales.',
				'A nivel internacional, construimos con 80 organizaciones y 21 redes multiactor una red temática sobre el derecho a la protección social, y buscamos alianzas con, entre otras, la Global Coalition for Social Protection Floors (GCSPF).'
			)
		}
	}
};

const wsmVolunteer: SeedPage = {
	key: 'wsm-volunteer',
	site: 'wsm',
	section: 'join',
	translations: {
		nl: {
			slug: 'vrijwilliger-worden',
			title: 'Word vrijwilliger',
			summary: 'Zet je in voor internationale solidariteit, in je eigen regio of met je eigen expertise.',
			body: md(
				'Verandering begint bij mensen die zich organiseren, ook hier in België. Als vrijwilliger bij WSM help je mensen bewust te maken van ongelijkheid en onrechtvaardigheid in de wereld, en breng je hen mee in beweging.',
				'Je kunt op veel manieren meedoen: een campagne mee trekken in je regio, een infostand bemannen, een vorming of debat organiseren in je vakbondsafdeling of bij je ziekenfonds, teksten vertalen of je professionele expertise delen met een partnerorganisatie.',
				'Je krijgt er vorming, ontmoetingen met partners uit Afrika, Azië en Latijns-Amerika en een netwerk van geëngageerde mensen voor terug. Tijdens je vrijwilligerswerk ben je verzekerd en worden je onkosten vergoed.',
				'Interesse? Neem contact op met onze regionale medewerkers of laat je gegevens achter via het contactformulier. Samen zoeken we een engagement dat bij jou past. Make change happen!'
			)
		},
		fr: {
			slug: 'devenir-benevole',
			title: 'Devenir bénévole',
			summary:
				'Engagez-vous pour la solidarité internationale, dans votre région ou avec votre propre expertise.',
			body: md(
				'Le changement commence par des personnes qui s’organisent, ici aussi en Belgique. Comme bénévole chez WSM, vous aidez à sensibiliser aux inégalités et aux injustices dans le monde, et vous mettez les gens en mouvement.',
				'Il y a mille façons de s’impliquer : porter une campagne dans votre région, tenir un stand d’information, organiser une formation ou un débat dans votre section syndicale ou votre mutualité, traduire des textes ou partager votre expertise professionnelle avec une organisation partenaire.',
				'En retour, vous bénéficiez de formations, de rencontres avec des partenaires d’Afrique, d’Asie et d’Amérique latine et d’un réseau de personnes engagées. Pendant vos activités bénévoles, vous êtes assuré·e et vos frais sont remboursés.',
				'Intéressé·e ? Contactez nos équipes régionales ou laissez vos coordonnées via le formulaire de contact. Ensemble, nous trouverons l’engagement qui vous correspond. Make change happen!'
			)
		},
		en: {
			slug: 'volunteer',
			title: 'Volunteer with WSM',
			summary: 'Get involved in international solidarity, in your own region or with your own expertise.',
			body: md(
				'Change begins with people who organise, here in Belgium too. As a WSM volunteer you help make people aware of inequality and injustice in the world, and you get them moving.',
				'There are many ways to take part: help run a campaign in your region, staff an information stand, organise a training session or debate in your union branch or mutual health fund, translate texts or share your professional expertise with a partner organisation.',
				'In return you get training, meetings with partners from Africa, Asia and Latin America and a network of committed people. You are insured while volunteering and your expenses are reimbursed.',
				'Interested? Get in touch with our regional staff or leave your details through the contact form. Together we will find a commitment that suits you. Make change happen!'
			)
		}
		// No Spanish: volunteering happens in Belgium, in Dutch, French or English.
	}
};

const fosDecentWork: SeedPage = {
	key: 'fos-decent-work-social-protection',
	site: 'fos',
	section: 'themes',
	translations: {
		nl: {
			slug: 'waardig-werk-en-sociale-bescherming',
			title: 'Waardig werk en sociale bescherming',
			summary:
				'Iedereen heeft recht op een job met een eerlijk loon en op bescherming wanneer het leven tegenzit.',
			body: md(
				'Waardig werk en sociale bescherming vormen de kern van het werk van FOS. Iedereen heeft recht op een job met een eerlijk loon, veilige arbeidsomstandigheden en de vrijheid om zich te organiseren. En iedereen heeft recht op bescherming wanneer ziekte, werkloosheid of ouderdom toeslaan.',
				'Die rechten zijn nergens vanzelfsprekend. Ook in België werden ze bevochten door vakbonden en mutualiteiten. Daarom werken we samen met organisaties die mensen samenbrengen en hun belangen verdedigen: vakbonden, organisaties van informele werkers, vrouwenbewegingen en gezondheidsorganisaties.',
				'We versterken hun onderhandelingscapaciteit, hun dienstverlening en hun beleidswerk, zodat ze sociale beschermingssystemen kunnen afdwingen die echt voor iedereen werken, ook voor wie in de informele economie aan de slag is.',
				'En we verbinden hen met de socialistische beweging in Vlaanderen. Want de sociale strijd is wereldwijd.'
			)
		},
		fr: {
			slug: 'travail-decent-et-protection-sociale',
			title: 'Travail décent et protection sociale',
			summary:
				'Chacun et chacune a droit à un emploi correctement rémunéré et à une protection quand la vie devient difficile.',
			body: md(
				'Le travail décent et la protection sociale sont au cœur du travail de FOS. Chacun et chacune a droit à un emploi avec un salaire juste, des conditions de travail sûres et la liberté de s’organiser. Et chacun et chacune a droit à une protection face à la maladie, au chômage ou à la vieillesse.',
				'Ces droits ne vont de soi nulle part. En Belgique aussi, ils ont été conquis par les syndicats et les mutualités. C’est pourquoi nous travaillons avec des organisations qui rassemblent les gens et défendent leurs intérêts : syndicats, organisations de travailleurs informels, mouvements de femmes et organisations de santé.',
				'Nous renforçons leur capacité de négociation, leurs services et leur travail de plaidoyer, afin qu’elles puissent obtenir des systèmes de protection sociale qui fonctionnent vraiment pour tout le monde, y compris pour celles et ceux qui travaillent dans l’économie informelle.',
				'Et nous les relions au mouvement socialiste en Flandre. Car la lutte sociale est mondiale.'
			)
		},
		en: {
			slug: 'decent-work-and-social-protection',
			title: 'Decent work and social protection',
			summary: 'Everyone has the right to a fairly paid job and to protection when life gets hard.',
			body: md(
				'Decent work and social protection are at the heart of what FOS does. Everyone has the right to a job with a fair wage, safe working conditions and the freedom to organise. And everyone has the right to protection when illness, unemployment or old age strike.',
				'These rights cannot be taken for granted anywhere. In Belgium too, they were won by trade unions and mutual health funds. That is why we work with organisations that bring people together and defend their interests: trade unions, organisations of informal workers, women’s movements and health organisations.',
				'We strengthen their bargaining capacity, their services and their advocacy, so that they can secure social protection systems that really work for everyone, including those who work in the informal economy.',
				'And we connect them with the socialist movement in Flanders. Because the social struggle is global.'
			)
		}
	}
};

const fosPrecariousWork: SeedPage = {
	key: 'fos-precarious-work',
	site: 'fos',
	section: 'themes',
	translations: {
		nl: {
			slug: 'onzeker-werk',
			title: 'Onzeker werk',
			summary:
				'Tijdelijke contracten, schijnzelfstandigheid en werk zonder contract winnen wereldwijd terrein; FOS steunt wie zich daartegen organiseert.',
			body: md(
				'Tijdelijke contracten, uitzendwerk, schijnzelfstandigheid, platformwerk, werk zonder contract: onzeker werk wint wereldwijd terrein. Werkgevers schuiven hun risico’s door naar werknemers, die niet weten of ze volgende maand nog een inkomen hebben.',
				'Wie onzeker werk heeft, durft zich vaak niet te organiseren uit schrik om zijn job te verliezen. Daardoor wordt het nog moeilijker om betere lonen en arbeidsvoorwaarden af te dwingen.',
				'FOS steunt vakbonden en organisaties die precaire werkers toch samenbrengen: huishoudpersoneel, landarbeiders, textielarbeiders en werkers in de informele economie. Ze brengen misbruiken in kaart, bieden juridische bijstand en onderhandelen over vaste contracten.',
				'Ook bij beleidsmakers trekken we aan de alarmbel: arbeidswetgeving moet iedereen beschermen, ongeacht het soort contract.'
			)
		},
		fr: {
			slug: 'travail-precaire',
			title: 'Travail précaire',
			summary:
				'Contrats temporaires, faux indépendants et travail sans contrat gagnent du terrain partout ; FOS soutient celles et ceux qui s’organisent.',
			body: md(
				'Contrats temporaires, intérim, faux indépendants, travail de plateforme, travail sans contrat : le travail précaire gagne du terrain partout dans le monde. Les employeurs reportent leurs risques sur les travailleurs, qui ne savent pas s’ils auront encore un revenu le mois prochain.',
				'Les personnes en emploi précaire n’osent souvent pas s’organiser, de peur de perdre leur travail. Il devient alors encore plus difficile d’obtenir de meilleurs salaires et de meilleures conditions de travail.',
				'FOS soutient les syndicats et les organisations qui parviennent malgré tout à rassembler les travailleurs précaires : travailleuses domestiques, ouvriers agricoles, ouvrières du textile et travailleurs de l’économie informelle. Ils documentent les abus, offrent une assistance juridique et négocient des contrats stables.',
				'Nous tirons aussi la sonnette d’alarme auprès des décideurs : le droit du travail doit protéger tout le monde, quel que soit le type de contrat.'
			)
		},
		en: {
			slug: 'precarious-work',
			title: 'Precarious work',
			summary:
				'Temporary contracts, bogus self-employment and work without a contract are spreading worldwide; FOS supports those who organise against it.',
			body: md(
				'Temporary contracts, agency work, bogus self-employment, platform work, work without a contract: precarious work is gaining ground worldwide. Employers shift their risks onto workers, who do not know whether they will still have an income next month.',
				'People in precarious jobs often do not dare to organise for fear of losing their job. That makes it even harder to win better wages and working conditions.',
				'FOS supports unions and organisations that manage to bring precarious workers together all the same: domestic workers, farm workers, garment workers and workers in the informal economy. They document abuses, provide legal assistance and negotiate permanent contracts.',
				'We also sound the alarm with policymakers: labour law must protect everyone, whatever their type of contract.'
			)
		}
	}
};

const fosGenderEquality: SeedPage = {
	key: 'fos-gender-equality',
	site: 'fos',
	section: 'themes',
	translations: {
		nl: {
			slug: 'gendergelijkheid-op-de-werkvloer',
			title: 'Gendergelijkheid op de werkvloer',
			summary:
				'Vrouwen verdienen minder, doen het meeste onbetaalde zorgwerk en krijgen vaker te maken met geweld op het werk; dat moet veranderen.',
			body: md(
				'Vrouwen verdienen wereldwijd gemiddeld zowat een vijfde minder dan mannen en nemen het grootste deel van het onbetaalde zorgwerk op zich. Ze zijn oververtegenwoordigd in slecht betaalde en onzekere jobs en krijgen vaker te maken met intimidatie en geweld op het werk.',
				'Voor FOS staan de rechten van vrouwen centraal. We steunen vrouwen die zich organiseren in vakbonden en bewegingen en die hun plaats opeisen in de leiding ervan.',
				'Samen met onze partners voeren we campagne voor de ratificatie en toepassing van IAO-verdrag 190 over geweld en intimidatie op het werk, en voor gelijk loon voor werk van gelijke waarde.',
				'Gendergelijkheid is geen apart thema: het loopt als een rode draad door al ons werk rond waardig werk en sociale bescherming.'
			)
		},
		fr: {
			slug: 'egalite-de-genre-au-travail',
			title: 'Égalité de genre au travail',
			summary:
				'Les femmes gagnent moins, assument l’essentiel du travail de soin non rémunéré et subissent plus souvent la violence au travail ; cela doit changer.',
			body: md(
				'Dans le monde, les femmes gagnent en moyenne environ un cinquième de moins que les hommes et assument la plus grande partie du travail de soin non rémunéré. Elles sont surreprésentées dans les emplois mal payés et précaires et sont plus souvent confrontées au harcèlement et à la violence au travail.',
				'Pour FOS, les droits des femmes sont centraux. Nous soutenons les femmes qui s’organisent dans les syndicats et les mouvements et qui revendiquent leur place dans leurs instances dirigeantes.',
				'Avec nos partenaires, nous menons campagne pour la ratification et l’application de la convention 190 de l’OIT sur la violence et le harcèlement dans le monde du travail, et pour l’égalité salariale pour un travail de valeur égale.',
				'L’égalité de genre n’est pas un thème à part : elle traverse comme un fil rouge tout notre travail sur le travail décent et la protection sociale.'
			)
		},
		en: {
			slug: 'gender-equality-at-work',
			title: 'Gender equality at work',
			summary:
				'Women earn less, do most of the unpaid care work and face violence at work more often; that has to change.',
			body: md(
				'Worldwide, women earn on average roughly a fifth less than men and carry most of the unpaid care work. They are over-represented in low-paid and insecure jobs and are more often confronted with harassment and violence at work.',
				'For FOS, women’s rights are central. We support women who organise in unions and movements and who claim their place in their leadership.',
				'Together with our partners we campaign for the ratification and implementation of ILO Convention 190 on violence and harassment in the world of work, and for equal pay for work of equal value.',
				'Gender equality is not a separate theme: it runs like a thread through all our work on decent work and social protection.'
			)
		}
	}
};

const fosUniversalHealth: SeedPage = {
	key: 'fos-universal-health',
	site: 'fos',
	section: 'themes',
	translations: {
		nl: {
			slug: 'universele-gezondheidszorg',
			title: 'Universele gezondheidszorg',
			summary:
				'Gezondheid is een recht, geen koopwaar: FOS kiest voor sterke publieke gezondheidssystemen die toegankelijk zijn voor iedereen.',
			body: md(
				'Gezondheid is een recht, geen koopwaar. Toch heeft een groot deel van de wereldbevolking geen toegang tot essentiële gezondheidszorg, en worden elk jaar miljoenen mensen in armoede geduwd door de kosten van zorg.',
				'FOS kiest voor sterke publieke gezondheidssystemen die toegankelijk zijn voor iedereen en solidair gefinancierd worden. Met onze partners pleiten we voor meer publieke investeringen in gezondheid en tegen de privatisering van zorg.',
				'We steunen gezondheidsorganisaties die gemeenschappen mobiliseren, mensen informeren over hun rechten en de overheid aanspreken op haar verantwoordelijkheid. Preventie en eerstelijnszorg krijgen daarbij bijzondere aandacht.',
				'Ook gezondheidswerkers zelf verdienen waardig werk: een eerlijk loon, veilige arbeidsomstandigheden en voldoende collega’s.'
			)
		},
		fr: {
			slug: 'soins-de-sante-universels',
			title: 'Soins de santé universels',
			summary:
				'La santé est un droit, pas une marchandise : FOS défend des systèmes de santé publics forts, accessibles à toutes et tous.',
			body: md(
				'La santé est un droit, pas une marchandise. Pourtant, une grande partie de la population mondiale n’a pas accès aux soins de santé essentiels, et chaque année des millions de personnes basculent dans la pauvreté à cause du coût des soins.',
				'FOS défend des systèmes de santé publics forts, accessibles à toutes et tous et financés de manière solidaire. Avec nos partenaires, nous plaidons pour davantage d’investissements publics dans la santé et contre la privatisation des soins.',
				'Nous soutenons des organisations de santé qui mobilisent les communautés, informent les gens sur leurs droits et rappellent les pouvoirs publics à leurs responsabilités. La prévention et les soins de première ligne font l’objet d’une attention particulière.',
				'Les travailleurs et travailleuses de la santé méritent eux aussi un travail décent : un salaire juste, des conditions de travail sûres et suffisamment de collègues.'
			)
		},
		en: {
			slug: 'universal-health-care',
			title: 'Universal health care',
			summary:
				'Health is a right, not a commodity: FOS stands for strong public health systems that are accessible to everyone.',
			body: md(
				'Health is a right, not a commodity. Yet a large part of the world’s population has no access to essential health care, and every year millions of people are pushed into poverty by the cost of care.',
				'FOS stands for strong public health systems that are accessible to everyone and financed on the basis of solidarity. With our partners we advocate more public investment in health and oppose the privatisation of care.',
				'We support health organisations that mobilise communities, inform people about their rights and hold governments to account. Prevention and primary health care receive particular attention.',
				'Health workers themselves deserve decent work too: a fair wage, safe working conditions and enough colleagues.'
			)
		}
	}
};

const fosSrhr: SeedPage = {
	key: 'fos-srhr',
	site: 'fos',
	section: 'themes',
	translations: {
		nl: {
			slug: 'seksuele-en-reproductieve-gezondheid-en-rechten',
			title: 'Seksuele en reproductieve gezondheid en rechten',
			summary:
				'Iedereen heeft het recht om zelf te beslissen over het eigen lichaam, de eigen seksualiteit en de eigen kinderwens.',
			body: md(
				'Iedereen heeft het recht om zelf te beslissen over het eigen lichaam, de eigen seksualiteit en of, wanneer en met wie men kinderen krijgt. Dat recht komt wereldwijd onder druk te staan.',
				'Seksuele en reproductieve gezondheid en rechten gaan over toegang tot voorbehoedsmiddelen, een veilige zwangerschap en bevalling, seksuele voorlichting, bescherming tegen seksueel geweld en respect voor seksuele diversiteit.',
				'FOS steunt organisaties die jongeren en vrouwen informeren, toegankelijke diensten uitbouwen en bij overheden pleiten voor wetgeving die deze rechten garandeert.',
				'Want wie geen controle heeft over het eigen lichaam, heeft ook minder kansen op onderwijs, waardig werk en een zelfstandig leven.'
			)
		},
		fr: {
			slug: 'sante-et-droits-sexuels-et-reproductifs',
			title: 'Santé et droits sexuels et reproductifs',
			summary:
				'Chacun et chacune a le droit de décider de son propre corps, de sa sexualité et de son désir d’enfant.',
			body: md(
				'Chacun et chacune a le droit de décider de son propre corps, de sa sexualité et de choisir si, quand et avec qui avoir des enfants. Ce droit est mis sous pression partout dans le monde.',
				'La santé et les droits sexuels et reproductifs concernent l’accès à la contraception, une grossesse et un accouchement sans risque, l’éducation sexuelle, la protection contre les violences sexuelles et le respect de la diversité sexuelle.',
				'FOS soutient des organisations qui informent les jeunes et les femmes, développent des services accessibles et plaident auprès des pouvoirs publics pour une législation qui garantit ces droits.',
				'Car sans maîtrise de son propre corps, on a aussi moins de chances d’accéder à l’éducation, à un travail décent et à une vie autonome.'
			)
		},
		en: {
			slug: 'sexual-and-reproductive-health-and-rights',
			title: 'Sexual and reproductive health and rights',
			summary:
				'Everyone has the right to decide about their own body, their own sexuality and whether to have children.',
			body: md(
				'Everyone has the right to decide about their own body, their own sexuality and whether, when and with whom to have children. That right is coming under pressure worldwide.',
				'Sexual and reproductive health and rights cover access to contraception, safe pregnancy and childbirth, sexuality education, protection against sexual violence and respect for sexual diversity.',
				'FOS supports organisations that inform young people and women, build accessible services and lobby governments for legislation that guarantees these rights.',
				'Because people who have no control over their own bodies also have fewer chances of education, decent work and an independent life.'
			)
		}
	}
};

export const seedPages: SeedPage[] = [
	wsmStrategies,
	wsmMission,
	wsmTransparency,
	wsmDecentWork,
	wsmSocialProtection,
	wsmVolunteer,
	fosWhoWeAre,
	fosDecentWork,
	fosPrecariousWork,
	fosGenderEquality,
	fosUniversalHealth,
	fosSrhr
];
