/**
 * Regex fragments shared by the lexicons (folded text: lower case, no accents, plain apostrophes).
 */

/** Optional inclusive or plural ending: "âgé(e)s", "marié.e", "motivé·es". */
export const E = "(?:e|\\(e\\)|\\.e|·e|-e)?(?:s|\\(s\\))?";

/** A requirement cue after a criterion: "exigé", "obligatoire", "de préférence"… */
export const REQUIRED = `(?:exige${E}|obligatoire(?:s|ment)?|requis${E}|imperati(?:f|ve|vement)|indispensables?|souhaite${E}|prefere${E}|de preference|preferablement|uniquement|exclusivement|seulement|only|exige${E} obligatoirement|imposee?s?|necessaires?)`;

/** The text right after a number of years is about experience or history, not a person's age. */
export const EXPERIENCE_AFTER =
  "^[\\s(),]*(?:(?:minimum|min|mini|maximum|max|au moins|environ|ou plus|et plus|requis|exiges?|revolus)[\\s().,]*)?(?:d'|de |en |dans |sur |chez |au sein |a |aupres )?(?:une? |la |le |l'|votre )?(?:experiences?|exp|xp|expe|anciennete|pratique|metier|carriere|existence|activite|savoir|expertise|presence|histoire|fonction|poste|management|service|recul|secteur|domaine|travail|vente|etudes|garantie|engagement|partenariat|relation|croissance|innovation|succes|societe|entreprise|tradition|passion)";

/** The words before a number of years name something other than the candidate. */
export const OTHER_SUBJECT_BEFORE =
  "(?:enfants?|bebes?|nourrissons?|eleves?|adolescents?|ados|collegiens?|lyceens?|etudiants|patients?|residents?|beneficiaires?|usagers?|publics?|personnes agees|mineurs?|classes?|groupes?|jeunes|adultes|vehicules?|batiments?|arbres?|chiens?|chevaux|animaux|entreprise|societe|groupe|marque|maison|structure|association|agence|cabinet|equipe|clients?|clientele|stagiaires|apprenants|participants|sportifs|joueurs|licencies|famille|depuis|il y a|pendant|durant|garantie|plan|projet|programme|horizon|existe|fondee?|creee?|age moyen|moyenne d'age|accompagner|accueillir|encadrer|aupres)\\b[^.;!?\\n]{0,32}$";

/**
 * Legal youth schemes whose age conditions are set by law (service civique, CEJ…). Apprenticeship
 * counts only when the contract is one (rules/pay-schemes.ts workStudyOf), not for the word anywhere.
 */
export const YOUTH_SCHEME =
  "service civique|contrat d'engagement jeune|cej|pec jeunes?|parcours emploi competences?|garantie jeunes|emplois? d'avenir|cie jeunes?|mission locale|volontariat (?:international|de service)";

/** A professionalisation contract: open to job seekers over 26, so an upper age limit is never lawful. */
export const PRO_CONTRACT = "contrats? (?:de )?professionnalisation|contrats? pro\\b";

/**
 * A company presenting itself as a player of its market: "acteur reconnu du secteur", "acteur
 * majeur de son marché", "acteur de référence". Not an actor in a role.
 */
const MARKET_PLAYER =
  "(?:reconnue?s?|majeure?s?|incontournables?|cles?|clefs?|importante?s?|leaders?|engagee?s?|historiques?|nationa\\w*|regiona\\w*|loca(?:l|ux)|internationa\\w*|europeen\\w*|mondia\\w*|francaise?s?|economiques?|publi(?:c|cs|que|ques)|prive\\w*|essentiels?|solides?|dynamiques?|innovante?s?|independante?s?|associati\\w*|sociale?s?|sociaux|institutionnel\\w*|territoria\\w*|centra\\w*|de (?:premier|reference|poids|confiance|proximite|son|sa|ses|l'|la |notre|votre)|du (?!cinema|theatre|doublage|film)|des (?!films?|series?|spectacles?|courts?|longs?)|dans|sur|en (?!herbe))";

/** An actor, not the stakeholders of a field ("les différents acteurs éducatifs") nor a company. */
// Lookbehinds after the word: tried only where it matched.
const ACTOR = `acteurs?(?<!(?:les|des|differents|nos|vos|ses|leurs|autres|divers|plusieurs|principaux|nombreux|aux) acteurs?)(?! ${MARKET_PLAYER})`;
/** A show, not the trade around it ("décors de spectacle", "salle de spectacle", "technicien du spectacle"). */
const SHOW =
  "spectacles?(?<!(?:decors?|salles?|techniciens?|techniques?|metiers?|secteur|monde|regie|regisseu(?:r|se)s?|arts?|intermittents?|machinistes?|eclairagistes?|costumes?|accessoires?|billetterie|lieux?) (?:du|de|des|de la) spectacles?)";

/** Artists in a male or female role, fashion and art models: sex may be required (C. trav. R1142-1). */
export const SEX_EXEMPT_CONTEXT = `mannequins?|modeles? (?:vivants?|photo|pour|feminins?|masculins?|hommes?|femmes?|d'art|nus?)|poser pour|casting|comedien(?:ne)?s?|${ACTOR}|actrices?|roles? (?:feminins?|masculins?|de femme|d'homme)|doublures?|figurant(?:e)?s?|chanteu(?:r|se)s?|danseu(?:r|se)s?|artistes? interpretes?|tournage|defiles?|${SHOW}`;

/**
 * An exclusion stated after a group of people: "… ne seront pas retenus", "… s'abstenir", "… :
 * inutile de postuler". Phrases built on it carry their own negation (negatable: false).
 */
export const EXCLUDED = `(?:ne (?:seront|sont|pourront|peuvent|sauraient|seront en aucun cas) (?:pas |plus |en aucun cas )?(?:etre )?(?:retenu|accepte|considere|etudie|examine|pris en compte|admis|recrute|selectionne|embauche|convoque|recevable)\\w*|(?:sont|seront) (?:exclu|refuse|ecarte|non retenu|non accepte|non recevable|non admis|irrecevable)\\w*|(?:non|pas) (?:retenu|accepte|admis|recevable|desire|souhaite|bienvenu)\\w*|(?:sont )?(?:prie|invite)${E} de s'abstenir|s'abstenir|(?:candidatures? )?(?:non recevables?|refusees?|irrecevables?)|inutile de (?:postuler|candidater|nous contacter|vous presenter)|merci de ne pas (?:postuler|candidater|nous contacter|repondre)|ne (?:pas|surtout pas) (?:postuler|candidater)|ne postulez pas|passez votre chemin)`;

/**
 * A refusal to hire a group, before the group: "nous ne recrutons pas de…", "ne souhaitons pas
 * embaucher de personnes…". Phrases built on it carry their own negation (negatable: false).
 */
export const REFUSED = `(?:ne|n') ?(?:souhait|veu|voul|recrut|accept|embauch|pren|retien|retenons|cherch|recherch|employ|engag|vis)\\w* (?:pas|aucun\\w*|plus|jamais|en aucun cas) (?:a |de )?(?:recruter |embaucher |accepter |employer |engager |retenir |prendre )?(?:de |d'|des )?(?:candidat${E} |personnes? |profils? )?`;
