/**
 * Job nouns with distinct masculine and feminine forms, "masculine:feminine", folded. Derived from
 * the ROME 4.0 appellation labels ("Vendeur / Vendeuse en …", France Travail, Licence Ouverte):
 * head nouns only, without adjectives and words with another common meaning ("carrière",
 * "seconde", "mineur", "perceuse"…). English loan words ("manager", "designer") are epicene in use.
 */
export const JOB_NOUN_PAIRS = `
  abatteur:abatteuse accastilleur:accastilleuse greeur:greeuse monteur:monteuse
  accompagnateur:accompagnatrice acconier:acconiere accordeur:accordeuse reparateur:reparatrice
  accouveur:accouveuse accrocheur:accrocheuse accueillant:accueillante acheteur:acheteuse
  acousticien:acousticienne acteur:actrice adaptateur:adaptatrice traducteur:traductrice adjoint:adjointe
  administrateur:administratrice mediateur:mediatrice aerodynamicien:aerodynamicienne afficheur:afficheuse
  affineur:affineuse affranchisseur:affranchisseuse affreteur:affreteuse affuteur:affuteuse
  ajusteur:ajusteuse outilleur:outilleuse regleur:regleuse agenceur:agenceuse agent:agente
  agrafeur:agrafeuse agreeur:agreeuse agriculteur:agricultrice arboriculteur:arboricultrice
  boucher:bouchere boulanger:boulangere charcutier:charcutiere conducteur:conductrice
  demenageur:demenageuse livreur:livreuse macon:maconne magasinier:magasiniere mecanicien:mecanicienne
  mouleur:mouleuse stratifieur:stratifieuse operateur:operatrice patissier:patissiere
  physicien:physicienne preparateur:preparatrice redacteur:redactrice soignant:soignante soudeur:soudeuse
  tireur:tireuse vacher:vachere viticulteur:viticultrice aiguilleteur:aiguilleteuse aiguilleur:aiguilleure
  emboutisseur:emboutisseuse matriceur:matriceuse metteur:metteuse rectifieur:rectifieuse aleseur:aleseuse
  algoculteur:algocultrice ambassadeur:ambassadrice ambulancier:ambulanciere programmeur:programmeuse
  anier:aniere animalier:animaliere animateur:animatrice coordinateur:coordinatrice
  demonstrateur:demonstratrice anodiseur:anodiseuse apiculteur:apicultrice apieceur:apieceuse
  appareilleur:appareilleuse gazier:gaziere applicateur:applicatrice appreteur:appreteuse
  detacheur:detacheuse approvisionneur:approvisionneuse aquaculteur:aquacultrice archetier:archetiere
  architecteur:architecteure argenteur:argenteuse armaturier:armaturiere armurier:armuriere
  aromaticien:aromaticienne arpenteur:arpenteuse arrangeur:arrangeuse arrimeur:arrimeuse
  artificier:artificiere asphalteur:asphalteuse aspigiculteur:aspigicultrice assembleur:assembleuse
  assistant:assistante assureur:assureuse astaciculteur:astacicultrice astrophysicien:astrophysicienne
  atrier:atriere attache:attachee auditeur:auditrice auteur:auteure compositeur:compositrice
  automaticien:automaticienne autorisateur:autorisatrice aviculteur:avicultrice aviveur:aviveuse
  avocat:avocate avoue:avouee baigneur:baigneuse peigneur:peigneuse balayeur:balayeuse bancheur:bancheuse
  coffreur:coffreuse bardeur:bardeuse barman:barmaid batelier:bateliere batisseur:batisseuse
  batonnier:batonniere batteur:batteuse berger:bergere betonneur:betonneuse betonnier:betonniere
  betteravier:betteraviere bichonneur:bichonneuse bijoutier:bijoutiere bioinformaticien:bioinformaticienne
  ingenieur:ingenieure biophysicien:biophysicienne biostatisticien:biostatisticienne
  biscuitier:biscuitiere blanchisseur:blanchisseuse bobineur:bobineuse bobinier:bobiniere
  receveur:receveuse boiseur:boiseuse boisselier:boisseliere bonnetier:bonnetiere bordeur:bordeuse
  borneur:borneuse bottier:bottiere traiteur:traiteuse tripier:tripiere volailler:volaillere
  bourrelier:bourreliere matelassier:matelassiere bouvier:bouviere boxeur:boxeuse boyaudier:boyaudiere
  brancardier:brancardiere braseur:braseuse brasqueur:brasqueuse brasseur:brasseuse malteur:malteuse
  brigadier:brigadiere briqueteur:briqueteuse brocanteur:brocanteuse brocheur:brocheuse brodeur:brodeuse
  bronzier:bronziere bruiteur:bruiteuse bucheron:bucheronne bulbiculteur:bulbicultrice cableur:cableuse
  cadmieur:cadmieuse cadreur:cadreuse cafetier:cafetiere caissier:caissiere calandreur:calandreuse
  calculateur:calculatrice calibreur:calibreuse calorifugeur:calorifugeuse cameraman:camerawoman
  camionneur:camionneuse canalisateur:canalisatrice canneteur:canneteuse canneur:canneuse
  cantonnier:cantonniere caoutchouteur:caoutchoutrice cardeur:cardeuse carreleur:carreleuse
  faiencier:faienciere carrossier:carrossiere tolier:toliere cascadeur:cascadeuse casquettier:casquettiere
  casseur:casseuse castreur:castreuse catcheur:catcheuse cavalier:cavaliere ceinturier:ceinturiere
  cementeur:cementeuse trempeur:trempeuse cerealier:cerealiere chagrineur:chagrineuse chaisier:chaisiere
  chansonnier:chansonniere chanteur:chanteuse chantourneur:chantourneuse chapelier:chapeliere
  charbonnier:charbonniere charge:chargee charpentier:charpentiere poseur:poseuse chasseur:chasseuse
  chaudronnier:chaudronniere tuyauteur:tuyauteuse chauffeur:chauffeuse chef:cheffe chercheur:chercheuse
  chevrier:chevriere chiropracteur:chiropractrice chiropraticien:chiropraticienne chirurgien:chirurgienne
  chloriteur:chloriteuse laveur:laveuse chocolatier:chocolatiere chromeur:chromeuse
  chronometreur:chronometreuse cidrier:cidriere cimentier:cimentiere cintrier:cintriere
  cisailleur:cisailleuse ciseleur:ciseleuse claqueur:claqueuse cletier:cletiere clicheur:clicheuse
  cloueur:cloueuse cocher:cochere escalieteur:escalieteuse ferrailleur:ferrailleuse coiffeur:coiffeuse
  perruquier:perruquiere posticheur:posticheuse collaborateur:collaboratrice colleteur:colleteuse
  colleur:colleuse colporteur:colporteuse combattant:combattante comedien:comedienne
  commandant:commandante commercial:commerciale commis:commise inspecteur:inspectrice priseur:priseuse
  compagnon:compagnonne compograveur:compograveuse composeur:composeuse concepteur:conceptrice
  formateur:formatrice conchyliculteur:conchylicultrice conciliateur:conciliatrice
  conditionneur:conditionneuse fondeur:fondeuse rechauffeur:rechauffeuse confectionneur:confectionneuse
  conferencier:conferenciere confiseur:confiseuse conseiller:conseillere praticien:praticienne
  conservateur:conservatrice restaurateur:restauratrice constructeur:constructrice consul:consule
  consultant:consultante conteur:conteuse contrecolleur:contrecolleuse contremaitre:contremaitresse
  controleur:controleuse essayeur:essayeuse verificateur:verificatrice convoyeur:convoyeuse
  coordonnateur:coordonnatrice coquilleur:coquilleuse corailleur:corailleuse cordonnier:cordonniere
  correcteur:correctrice reviseur:reviseuse correspondant:correspondante corroyeur:corroyeuse
  corsetier:corsetiere cosmeticien:cosmeticienne costumier:costumiere habilleur:habilleuse
  realisateur:realisatrice coturniculteur:coturnicultrice finisseur:finisseuse pocheur:pocheuse
  coupeur:coupeuse plieur:plieuse rompeur:rompeuse tailleur:tailleuse coursier:coursiere
  courtier:courtiere couseur:couseuse coutelier:couteliere couturier:couturiere couvreur:couvreuse
  cracheur:cracheuse createur:creatrice cremier:cremiere crepier:crepiere crepisseur:crepisseuse
  cressiculteur:cressicultrice croupier:croupiere crustaciculteur:crustacicultrice cubilotier:cubilotiere
  cueilleur:cueilleuse cuiseur:cuiseuse cuisinier:cuisiniere cuivreur:cuivreuse culottier:culottiere
  cultivateur:cultivatrice cyndinicien:cyndinicienne cyniculteur:cynicultrice dactylocodeur:dactylocodeuse
  danseur:danseuse debardeur:debardeuse debiteur:debiteuse debobineur:debobineuse debosseleur:debosseleuse
  deboyaudeur:deboyaudeuse decapeur:decapeuse dechargeur:dechargeuse decolleteur:decolleteuse
  decompteur:decompteuse decontamineur:decontamineuse decorateur:decoratrice decortiqueur:decortiqueuse
  decoupeur:decoupeuse dedoubleur:dedoubleuse defloqueur:defloqueuse degauchisseur:degauchisseuse
  degraisseur:degraisseuse degustateur:degustatrice delaineur:delaineuse delegue:deleguee
  deligneur:deligneuse demarcheur:demarcheuse demineur:demineuse demolisseur:demolisseuse
  recuperateur:recuperatrice demonteur:demonteuse denteleur:denteleuse dentellier:dentelliere
  depanneur:depanneuse remorqueur:remorqueuse depolisseur:depolisseuse depouilleur:depouilleuse
  deratiseur:deratiseuse derayeur:derayeuse derouleur:derouleuse derusheur:derusheuse
  desamianteur:desamianteuse desinfecteur:desinfectrice desinsectisateur:desinsectisatrice
  desosseur:desosseuse pareur:pareuse dessinateur:dessinatrice projeteur:projeteuse
  illustrateur:illustratrice metreur:metreuse technicien:technicienne detecteur:detectrice
  developpeur:developpeuse vendeur:vendeuse deviseur:deviseuse diagnostiqueur:diagnostiqueuse
  didacticien:didacticienne dieteticien:dieteticienne dinandier:dinandiere directeur:directrice
  dirigeant:dirigeante dispatcheur:dispatcheuse distributeur:distributrice doleur:doleuse
  domoticien:domoticienne dompteur:dompteuse doreur:doreuse doubleur:doubleuse doucheur:doucheuse
  drapeur:drapeuse dresseur:dresseuse ebarbeur:ebarbeuse ebavureur:ebavureuse ebaucheur:ebaucheuse
  meuleur:meuleuse marqueteur:marqueteuse menuisier:menuisiere eboueur:eboueuse ecailler:ecaillere
  ecailleur:ecailleuse echafaudeur:echafaudeuse echantillonneur:echantillonneuse echarneur:echarneuse
  echassier:echassiere echiniculteur:echinicultrice eclusier:eclusiere ecorceur:ecorceuse
  ecoutant:ecoutante ecrivain:ecrivaine ecuyer:ecuyere editeur:editrice educateur:educatrice
  egoutier:egoutiere ehouppeur:ehouppeuse elagueur:elagueuse botteur:botteuse grimpeur:grimpeuse
  elastiqueur:elastiqueuse electricien:electricienne electrobobinier:electrobobiniere
  electromecanicien:electromecanicienne electronicien:electronicienne
  electrotechnicien:electrotechnicienne eleveur:eleveuse selectionneur:selectionneuse elingueur:elingueuse
  emailleur:emailleuse emballeur:emballeuse embaumeur:embaumeuse emboiteur:emboiteuse
  embouteilleur:embouteilleuse employe:employee empoteur:empoteuse encadrant:encadrante
  encadreur:encadreuse encolleur:encolleuse endivier:endiviere enducteur:enductrice enduiseur:enduiseuse
  energeticien:energeticienne enfileur:enfileuse engage:engagee engraisseur:engraisseuse
  enqueteur:enquetrice enrouleur:enrouleuse enseignant:enseignante ensemblier:ensembliere
  entraineur:entraineuse entremettier:entremettiere entrepreneur:entrepreneuse envoye:envoyee
  epicier:epiciere eplucheur:eplucheuse equipier:equipiere erodeur:erodeuse esquisseur:esquisseuse
  retoucheur:retoucheuse essuyeur:essuyeuse estampeur:estampeuse estheticien:estheticienne
  etainier:etainiere etalonneur:etalonneuse filtreur:filtreuse etalonnier:etalonniere etameur:etameuse
  galvaniseur:galvaniseuse etampeur:etampeuse etancheur:etancheuse etinceleur:etinceleuse
  etiqueteur:etiqueteuse etirageur:etirageuse puiseur:puiseuse etireur:etireuse evaluateur:evaluatrice
  eviscerateur:evisceratrice experimentateur:experimentatrice expert:experte exploitant:exploitante
  extirpeur:extirpeuse extracteur:extractrice extrudeur:extrudeuse fabricant:fabricante facadier:facadiere
  ravaleur:ravaleuse sableur:sableuse faconneur:faconneuse faconnier:faconniere facteur:factrice
  feliniculteur:felinicultrice fendeur:fendeuse attacheur:attacheuse ferreur:ferreuse
  ferronnier:ferronniere feutier:feutiere figurant:figurante fileteur:fileteuse fileur:fileuse
  flaconneur:flaconneuse flasheur:flasheuse floriculteur:floricultrice fontainier:fontainiere
  forestier:forestiere foreur:foreuse forgeron:forgeronne formeur:formeuse usineur:usineuse
  formulateur:formulatrice fossoyeur:fossoyeuse foudrier:foudriere fourreur:fourreuse fraiseur:fraiseuse
  frappeur:frappeuse fripier:fripiere fromager:fromagere fruiticulteur:fruiticultrice fusilier:fusiliere
  gainier:gainiere gantier:gantiere serveur:serveuse gardien:gardienne gareur:gareuse
  garnisseur:garnisseuse gaufreur:gaufreuse gaveur:gaveuse geneticien:geneticienne geodesien:geodesienne
  geomaticien:geomaticienne geophysicien:geophysicienne geotechnicien:geotechnicienne
  geothermicien:geothermicienne gerant:gerante giletier:giletiere glacier:glaciere glypticien:glypticienne
  goemonier:goemoniere gouacheur:gouacheuse gouvernant:gouvernante gouverneur:gouverneure
  graisseur:graisseuse gravatier:gravatiere graveur:graveuse polisseur:polisseuse
  gravillonneur:gravillonneuse greffier:greffiere grenadier:grenadiere grenailleur:grenailleuse
  grignoteur:grignoteuse grillardin:grillardine grutier:grutiere guetteur:guetteuse guichetier:guichetiere
  guillocheur:guillocheuse guillotineur:guillotineuse gutteur:gutteuse obstetricien:obstetricienne
  gypsier:gypsiere heliciculteur:helicicultrice historien:historienne hockeyeur:hockeyeuse
  horloger:horlogere horticulteur:horticultrice hote:hotesse huissier:huissiere
  hydraulicien:hydraulicienne imitateur:imitatrice implanteur:implanteuse imprimeur:imprimeuse
  infirmier:infirmiere informaticien:informaticienne initiateur:initiatrice injecteur:injecteuse
  inseminateur:inseminatrice installateur:installatrice instituteur:institutrice instructeur:instructrice
  musicien:musicienne integrateur:integratrice intendant:intendante intercepteur:interceptrice
  interpretateur:interpretatrice intervenant:intervenante jardinier:jardiniere joaillier:joailliere
  jointeur:jointeuse jongleur:jongleuse joueur:joueuse kepissier:kepissiere kiosquier:kiosquiere
  kiwiculteur:kiwicultrice laborantin:laborantine lamaneur:lamaneuse lamineur:lamineuse lanceur:lanceuse
  laqueur:laqueuse lauzier:lauziere lavandiculteur:lavandicultrice lecteur:lectrice licier:liciere
  liegeur:liegeuse lieutenant:lieutenante liftier:liftiere lignard:lignarde linger:lingere
  liquidateur:liquidatrice lisseur:lisseuse lissier:lissiere litier:litiere litigeur:litigeuse
  logisticien:logisticienne lombriculteur:lombricultrice lotisseur:lotisseuse loueur:loueuse
  luthier:luthiere limousinant:limousinante piscinier:pisciniere platrier:platriere magicien:magicienne
  magistrat:magistrate maintenicien:maintenicienne maisiculteur:maisicultrice maitre:maitresse
  nageur:nageuse malaxeur:malaxeuse malletier:malletiere manadier:manadiere manipulateur:manipulatrice
  manoeuvrier:manoeuvriere maquilleur:maquilleuse maraicher:maraichere marbrier:marbriere
  marchand:marchande marchandiseur:marchandiseuse marechal:marechale ferrant:ferrante mareyeur:mareyeuse
  margeur:margeuse marinier:mariniere marketeur:marketeuse maroquinier:maroquiniere marqueur:marqueuse
  martineur:martineuse masseur:masseuse massicotier:massicotiere mastiqueur:mastiqueuse
  matelasseur:matelasseuse mateur:mateuse mathematicien:mathematicienne tourneur:tourneuse
  mecanotricien:mecanotricienne medailleur:medailleuse mesureur:mesureuse metallier:metalliere
  serrurier:serruriere metalliseur:metalliseuse micromecanicien:micromecanicienne miroitier:miroitiere
  missilier:missiliere modeleur:modeleuse modelisateur:modelisatrice moderateur:moderatrice
  moellonneur:moellonneuse moniteur:monitrice levageur:levageuse mortaiseur:mortaiseuse motard:motarde
  moulinier:mouliniere moutonnier:moutonniere mytiliculteur:mytilicultrice nacreur:nacreuse
  nacrier:nacriere naisseur:naisseuse nappeur:nappeuse navigateur:navigatrice negociant:negociante
  negociateur:negociatrice nettoyeur:nettoyeuse neurochirurgien:neurochirurgienne nickeleur:nickeleuse
  nitrureur:nitrureuse notateur:notatrice noueur:noueuse noyauteur:noyauteuse observateur:observatrice
  officier:officiere oleiculteur:oleicultrice omnipraticien:omnipraticienne opticien:opticienne
  lunetier:lunetiere optimisateur:optimisatrice orchestrateur:orchestratrice ordonnanceur:ordonnanceuse
  ordonnateur:ordonnatrice organisateur:organisatrice orpailleur:orpailleuse osiericulteur:osiericultrice
  ostreiculteur:ostreicultrice ouatineur:ouatineuse ourdisseur:ourdisseuse ourleur:ourleuse
  oursinier:oursiniere ouvreur:ouvreuse ouvrier:ouvriere oxycoupeur:oxycoupeuse palefrenier:palefreniere
  palettiseur:palettiseuse palissonneur:palissonneuse paludier:paludiere panseur:panseuse
  papetier:papetiere paracheveur:paracheveuse parametreur:parametreuse parfumeur:parfumeuse
  parolier:paroliere parpineur:parpineuse parqueteur:parqueteuse parurier:paruriere
  passementier:passementiere passeur:passeuse pasteurisateur:pasteurisatrice patineur:patineuse
  patron:patronne patronnier:patronniere gradueur:gradueuse patrouilleur:patrouilleuse paveur:paveuse
  peager:peagere pecheur:pecheuse pectiniculteur:pectinicultrice incrustateur:incrustatrice
  pendulier:penduliere percepteur:perceptrice perchman:perchwoman performeur:performeuse peseur:peseuse
  petrisseur:petrisseuse pharmacien:pharmacienne pharmacocineticien:pharmacocineticienne
  phosphateur:phosphateuse photocompositeur:photocompositrice photograveur:photograveuse
  pilonnier:pilonniere pipier:pipiere piqueur:piqueuse pisciculteur:piscicultrice pisteur:pisteuse
  pistoleteur:pistoleteuse pistoleur:pistoleuse pizzaiolo:pizzaiola planificateur:planificatrice
  planneur:planneuse planteur:planteuse plasticien:plasticienne plastifieur:plastifieuse
  bourreur:bourreuse plisseur:plisseuse plombeur:plombeuse plombier:plombiere plongeur:plongeuse
  plumassier:plumassiere pneumaticien:pneumaticienne poete:poetesse poinconneur:poinconneuse
  poissonnier:poissonniere policier:policiere polyculteur:polycultrice pomiculteur:pomicultrice
  pompier:pompiere ponceur:ponceuse velouteur:velouteuse vernisseur:vernisseuse
  vitrificateur:vitrificatrice pontier:pontiere pontonnier:pontonniere populiculteur:populicultrice
  porcher:porchere porion:porionne porteur:porteuse portiqueur:portiqueuse potier:potiere
  poudreur:poudreuse poursuiteur:poursuiteuse pourvoyeur:pourvoyeuse precepteur:preceptrice prefet:prefete
  preleveur:preleveuse preneur:preneuse prepose:preposee presentateur:presentatrice president:presidente
  presseur:presseuse prestidigitateur:prestidigitatrice procureur:procureure producteur:productrice
  professeur:professeure profileur:profileuse programmateur:programmatrice promoteur:promotrice
  prospecteur:prospectrice proviseur:proviseure pruniculteur:prunicultrice
  psychoreeducateur:psychoreeducatrice psychomotricien:psychomotricienne
  psychotechnicien:psychotechnicienne puericulteur:puericultrice puisatier:puisatiere pupitreur:pupitreuse
  pyrotechnicien:pyrotechnicienne qualiticien:qualiticienne quincaillier:quincailliere
  rabatteur:rabatteuse raccoutreur:raccoutreuse radialeur:radialeuse raffineur:raffineuse
  ramasseur:ramasseuse ramendeur:ramendeuse ramoneur:ramoneuse raniculteur:ranicultrice
  rattacheur:rattacheuse ragreeur:ragreeuse raviveur:raviveuse rayonneur:rayonneuse rebobineur:rebobineuse
  recouvreur:recouvreuse recuiseur:recuiseuse recycleur:recycleuse reeducateur:reeducatrice
  reenrouleur:reenrouleuse refendeur:refendeuse scieur:scieuse referenceur:referenceuse regaleur:regaleuse
  repandeur:repandeuse regisseur:regisseuse regulateur:regulatrice relieur:relieuse rembordeur:rembordeuse
  remailleur:remailleuse remmouleur:remmouleuse remonteur:remonteuse rempailleur:rempailleuse
  rentrayeur:rentrayeuse rentreur:rentreuse repartiteur:repartitrice repasseur:repasseuse
  repetiteur:repetitrice repiqueur:repiqueuse representant:representante ressortier:ressortiere
  ressourcier:ressourciere retailleur:retailleuse retordeur:retordeuse reunisseur:reunisseuse
  revetisseur:revetisseuse rhabilleur:rhabilleuse rhodieur:rhodieuse ripeur:ripeuse rippeur:rippeuse
  riziculteur:rizicultrice roboticien:roboticienne rogneur:rogneuse debordeur:debordeuse
  romancier:romanciere rondier:rondiere rotinier:rotiniere rotisseur:rotisseuse roughman:roughwoman
  routier:routiere rubanier:rubaniere sabotier:sabotiere sacrificateur:sacrificatrice saigneur:saigneuse
  saliculteur:salicultrice salinier:saliniere salmoniculteur:salmonicultrice sanforiseur:sanforiseuse
  santonnier:santonniere sapeur:sapeuse satineur:satineuse saucier:sauciere saunier:sauniere
  sauveteur:sauveteuse scaphandrier:scaphandriere sculpteur:sculptrice secheur:secheuse sellier:selliere
  harnacheur:harnacheuse semencier:semenciere sericiculteur:sericicultrice sertisseur:sertisseuse
  sexeur:sexeuse simulateur:simulatrice skieur:skieuse soigneur:soigneuse soldat:soldate solier:soliere
  sommelier:sommeliere sondeur:sondeuse sonorisateur:sonorisatrice soudobraseur:soudobraseuse
  souffleur:souffleuse souscripteur:souscriptrice stadier:stadiere staffeur:staffeuse
  statisticien:statisticienne sterilisateur:sterilisatrice stucateur:stucateuse substitut:substitute
  superviseur:superviseuse surfileur:surfileuse surintendant:surintendante surjeteur:surjeteuse
  raseur:raseuse surveillant:surveillante sylviculteur:sylvicultrice tabaculteur:tabacultrice
  tabletier:tabletiere doucier:douciere talonneur:talonneuse tapissier:tapissiere villier:villiere
  tatoueur:tatoueuse taupier:taupiere taxateur:taxatrice teinturier:teinturiere teleacteur:teleactrice
  teleconseiller:teleconseillere teleoperateur:teleoperatrice teleprospecteur:teleprospectrice
  televendeur:televendeuse tendanceur:tendanceuse terrassier:terrassiere testeur:testeuse
  thanatopracteur:thanatopractrice thermicien:thermicienne thermocolleur:thermocolleuse
  thermoformeur:thermoformeuse timonier:timoniere agrandisseur:agrandisseuse tisserand:tisserande
  tisseur:tisseuse toiletteur:toiletteuse traceur:traceuse tonnelier:tonneliere torero:torera
  torrefacteur:torrefactrice toupilleur:toupilleuse repousseur:repousseuse trancheur:trancheuse
  transmetteur:transmettrice trefileur:trefileuse tresorier:tresoriere tricoteur:tricoteuse trieur:trieuse
  choisisseur:choisisseuse tronconneur:tronconneuse truiticulteur:truiticultrice turbinier:turbiniere
  tuteur:tutrice cintreur:cintreuse vannier:vanniere veilleur:veilleuse vendangeur:vendangeuse
  venericulteur:venericultrice verrier:verriere vidangeur:vidangeuse vigneron:vigneronne
  visiteur:visiteuse appereur:appereuse vitrier:vitriere voiturier:voituriere voltigeur:voltigeuse
  vulcaniseur:vulcaniseuse wappeur:wappeuse wheeleur:wheeleuse zingueur:zingueuse
  zootechnicien:zootechnicienne maieuticien:maieuticienne homologateur:homologatrice
  raccommodeur:raccommodeuse skiman:skiwoman releveur:releveuse codeur:codeuse fustier:fustiere
  amenageur:amenageuse decocheur:decocheuse teaseur:teaseuse timbalier:timbaliere confiturier:confituriere
  placier:placiere recruteur:recruteuse viennoisier:viennoisiere nivoculteur:nivocultrice
  chroniqueur:chroniqueuse banderillo:banderilla lutteur:lutteuse permanencier:permanenciere
  guideur:guideuse radiophysicien:radiophysicienne accompagnant:accompagnante feutrier:feutriere
  transcripteur:transcriptrice facilitateur:facilitatrice polyeleveur:polyeleveuse annonceur:annonceuse
  piqueteur:piqueteuse murailler:muraillere sushiman:sushiwoman fauconnier:fauconniere
  catalogueur:catalogueuse salarie:salariee explorateur:exploratrice cheminot:cheminote
  salicornier:salicorniere climaticien:climaticienne recolteur:recolteuse sourceur:sourceuse
  decontaminateur:decontamineuse artisan:artisane apprenti:apprentie recetteur:recetteuse
  avitailleur:avitailleuse ligneur:ligneuse matelot:matelote tanneur:tanneuse colonel:colonelle
  adjudant:adjudante caporal:caporale greffeur:greffeuse transporteur:transporteuse effileur:effileuse
  pentesteur:pentesteuse curateur:curatrice meneur:meneuse aumonier:aumoniere rabbin:rabbine
  pretre:pretresse pasteur:pasteure decouvreur:decouvreuse commercant:commercante hongreur:hongreuse
  stoppeur:stoppeuse sojaculteur:sojacultrice cadastreur:cadastreuse meunier:meuniere vlogueur:vlogueuse
  blogueur:blogueuse videoblogueur:videoblogueuse charron:charronne agrumiculteur:agrumicultrice
  cuniculiculteur:cuniculicultrice chevillard:chevillarde maquignon:maquignonne bouilleur:bouilleuse
  magnetiseur:magnetiseuse porcelainier:porcelainiere gondolier:gondoliere influenceur:influenceuse
  vituliculteur:vitulicultrice forgeur:forgeuse leveur:leveuse piroguier:piroguiere debitant:debitante
  jointoyeur:jointoyeuse resinier:resiniere grainetier:grainetiere minotier:minotiere fontenier:fonteniere
  chiffonnier:chiffonniere caboteur:caboteuse bistrotier:bistrotiere aviateur:aviatrice
  megissier:megissiere artilleur:artilleuse immoticien:immoticienne raccordeur:raccordeuse paysan:paysanne
  merandier:merandiere alternant:alternante etudiant:etudiante candidat:candidate
`;
