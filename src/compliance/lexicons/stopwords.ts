/**
 * Frequent function words and job-ad words of seven languages, folded (no accents). A word listed
 * for two languages or more is dropped when the profile is built, so every remaining word points
 * to one language. Single letters are left out (the "e" of "chargé(e)" would point to Italian), and so
 * are English words common in French offers ("IT", "skills", "team", "support").
 */
export const STOPWORDS: Readonly<Record<string, string>> = {
  fr: `le la les des du une et est sont pour dans sur avec vous nous votre vos notre nos au aux qui que ce cette ces
    etre avoir par ou plus pas il elle ils leur leurs son sa ses tout tous toutes aussi mais comme chez afin ainsi
    selon lors sein sous egalement poste travail candidat candidate profil missions recherchons rejoindre equipe
    entreprise societe etes serez avez sera seront doit dont deja tres bien notamment votre vos connaissances
    competences souhaite souhaitee poste salaire emploi au sein nous vous qualites maitrise savoir titulaire
    formation diplome rattache rattachee participer assurer gestion suivi mise oeuvre aupres selon`,
  en: `the and of to for with you your we our is are will be this that at by from have has who which their
    they its work working looking strong ability years knowledge within about would should can must what all
    new join candidate requirements responsibilities apply opportunity company benefits including such well
    using ensure based across other more than into also any these those being been while where when how
    develop development good understanding`,
  de: `der die das und ist mit fur wir sie ihre ihr ein eine einen zu von den dem auf bei im nicht auch als oder
    werden sind haben wird uber unser unsere unseren sowie diese dieser kenntnisse erfahrung aufgaben stelle arbeit
    bereich sich zur zum deine dein du suchen bieten freuen bewerbung unternehmen mitarbeiter`,
  es: `el los las y con para por una del lo como mas nuestro nuestra nuestros trabajo experiencia empresa equipo
    puesto conocimientos sus su esta este tiene ofrecemos buscamos funciones requisitos al somos desarrollo
    buscando nuevo cliente clientes ventas tienda`,
  it: `di che per con gli della delle dei nel nella sono lavoro esperienza azienda una del alla degli questo questa
    siamo offriamo cerchiamo requisiti conoscenza anche ricerca nostro nostra sede candidato attivita`,
  pt: `os as com para uma um do da dos das no na em nao voce sua seu trabalho experiencia empresa equipe vaga
    conhecimento nossa nosso somos oferecemos procuramos requisitos ao pelo pela mais atividades`,
  nl: `het een van voor met zijn wij jouw ons onze bij naar als ook niet werk ervaring bedrijf functie kennis
    vacature wat hebben worden deze die dat jij heb bent kunnen biedt zoeken`,
};
