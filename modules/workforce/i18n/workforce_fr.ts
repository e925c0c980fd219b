<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>vigie::cli</name>
    <message>
      <source>warning: </source>
      <translation>avertissement : </translation>
    </message>
    <message>
      <source>Usage: vigie-cli declaration import --establishment SIRET --year Y FILE.csv [--dry-run]</source>
      <translation>Usage : vigie-cli declaration import --establishment SIRET --year Y FICHIER.csv [--dry-run]</translation>
    </message>
    <message>
      <source>The file %1 does not exist</source>
      <translation>Le fichier %1 n’existe pas</translation>
    </message>
    <message numerus="yes">
      <source>declaration refused: %n error(s) in %1; nothing was written</source>
      <translation>
        <numerusform>déclaration refusée : %n erreur dans %1 ; rien n’a été enregistré</numerusform>
        <numerusform>déclaration refusée : %n erreurs dans %1 ; rien n’a été enregistré</numerusform>
      </translation>
    </message>
    <message>
      <source>Dry run: the declaration is valid; nothing was written</source>
      <translation>Essai à blanc : la déclaration est valide ; rien n’a été enregistré</translation>
    </message>
  </context>
  <context>
    <name>vigie::workforce</name>
    <message>
      <source>Invalid page: %1 rows starting at offset %2</source>
      <translation>Page invalide : %1 lignes à partir du rang %2</translation>
    </message>
    <message>
      <source>Workers</source>
      <translation>Salariés</translation>
    </message>
    <message>
      <source>the value is missing</source>
      <translation>la valeur manque</translation>
    </message>
    <message>
      <source>Workforce declaration</source>
      <translation>Déclaration d’effectif</translation>
    </message>
    <message>
      <source>a double quote inside a field that does not start with one (write the field in quotes and double the inner quote)</source>
      <translation>un guillemet dans un champ qui ne commence pas par un guillemet (écrivez le champ entre guillemets et doublez le guillemet intérieur)</translation>
    </message>
    <message>
      <source>text after the closing double quote of a field</source>
      <translation>du texte après le guillemet fermant d’un champ</translation>
    </message>
    <message>
      <source>a double quote opened on this line is never closed</source>
      <translation>un guillemet ouvert sur cette ligne n’est jamais fermé</translation>
    </message>
    <message>
      <source>the text is not valid UTF-8 (save the file as CSV UTF-8)</source>
      <translation>le texte n’est pas en UTF-8 valide (enregistrez le fichier au format CSV UTF-8)</translation>
    </message>
    <message>
      <source>the file is empty: a header line is expected</source>
      <translation>le fichier est vide : une ligne d’en-tête est attendue</translation>
    </message>
    <message>
      <source>unknown column "%1" (the columns are: %2)</source>
      <translation>colonne « %1 » inconnue (les colonnes sont : %2)</translation>
    </message>
    <message>
      <source>column "%1" appears twice</source>
      <translation>la colonne « %1 » figure deux fois</translation>
    </message>
    <message>
      <source>the required column "%1" is missing</source>
      <translation>la colonne obligatoire « %1 » manque</translation>
    </message>
    <message>
      <source>%1 fields where the header has %2 (check the separators and quotes)</source>
      <translation>%1 champs alors que l’en-tête en a %2 (vérifiez les séparateurs et les guillemets)</translation>
    </message>
    <message>
      <source>the file has a header but no line to declare</source>
      <translation>le fichier a un en-tête mais aucune ligne à déclarer</translation>
    </message>
    <message>
      <source>"%1" holds no letter</source>
      <translation>« %1 » ne contient aucune lettre</translation>
    </message>
    <message>
      <source>"%1" is not a valid date (YYYY-MM-DD or DD/MM/YYYY)</source>
      <translation>« %1 » n’est pas une date valide (AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
      <source>%1 is in the future</source>
      <translation>%1 est dans le futur</translation>
    </message>
    <message>
      <source>"%1" is not a sex code: M, F or U is expected</source>
      <translation>« %1 » n’est pas un code de sexe : M, F ou U est attendu</translation>
    </message>
    <message>
      <source>NIR %1: %2</source>
      <translation>NIR %1 : %2</translation>
    </message>
    <message>
      <source>"%1" is not an INSEE code of 5 characters</source>
      <translation>« %1 » n’est pas un code INSEE de 5 caractères</translation>
    </message>
    <message>
      <source>"%1": write "new" to keep this person apart, or the id of the existing worker to merge with</source>
      <translation>« %1 » : écrivez « new » pour garder cette personne distincte, ou l’identifiant du salarié existant avec qui la fusionner</translation>
    </message>
    <message>
      <source>"%1" is not a yes/no value (1 or 0, oui or non)</source>
      <translation>« %1 » n’est pas une valeur oui/non (1 ou 0, oui ou non)</translation>
    </message>
    <message>
      <source>"%1" is not a contract type (CDI, CDD, INTERIM, APPRENTICE, ...)</source>
      <translation>« %1 » n’est pas un type de contrat (CDI, CDD, INTERIM, APPRENTICE…)</translation>
    </message>
    <message>
      <source>the start date is missing: it sets the deadline of the initial visit</source>
      <translation>la date de prise de poste manque : elle fixe l’échéance de la visite initiale</translation>
    </message>
    <message>
      <source>%1 is after the declared year %2</source>
      <translation>%1 est postérieure à l’année déclarée %2</translation>
    </message>
    <message>
      <source>%1 is before the birth date %2</source>
      <translation>%1 est antérieure à la date de naissance %2</translation>
    </message>
    <message>
      <source>%1 is before the start date %2</source>
      <translation>%1 est antérieure à la date de prise de poste %2</translation>
    </message>
    <message>
      <source>%1: the employment ended before the declared year %2</source>
      <translation>%1 : l’emploi a pris fin avant l’année déclarée %2</translation>
    </message>
    <message>
      <source>"%1" is not a code of the exposure thesaurus</source>
      <translation>« %1 » n’est pas un code du thésaurus des expositions</translation>
    </message>
    <message>
      <source>"%1" (%2) is a family: choose one of its exposures</source>
      <translation>« %1 » (%2) est une famille : choisissez l’une de ses expositions</translation>
    </message>
    <message>
      <source>"%1" (%2) is no longer in force in the thesaurus</source>
      <translation>« %1 » (%2) n’est plus en vigueur dans le thésaurus</translation>
    </message>
    <message>
      <source>%1 (%2) implies the reinforced follow-up (SIR, %3): medical aptitude examination by the physician before assignment</source>
      <translation>%1 (%2) relève du suivi individuel renforcé (SIR, %3) : examen médical d’aptitude par le médecin du travail avant l’affectation</translation>
    </message>
    <message>
      <source>a worker under 18 on a night post: night work is forbidden to minors save derogations (L3163-2); visit before assignment (R4624-18)</source>
      <translation>un salarié de moins de 18 ans sur un poste de nuit : le travail de nuit est interdit aux mineurs sauf dérogation (L3163-2) ; visite avant l’affectation (R4624-18)</translation>
    </message>
    <message>
      <source>the worker was %1 on the start date: check the birth date</source>
      <translation>le salarié avait %1 ans à la prise de poste : vérifiez la date de naissance</translation>
    </message>
    <message>
      <source>Access refused: only the occupational physician may change a follow-up category</source>
      <translation>Accès refusé : seul le médecin du travail peut modifier une catégorie de suivi</translation>
    </message>
    <message>
      <source>A change of follow-up category needs a recorded reason</source>
      <translation>Une modification de catégorie de suivi doit être motivée</translation>
    </message>
    <message>
      <source>Unable to change the category (database busy?)</source>
      <translation>Impossible de modifier la catégorie (base occupée ?)</translation>
    </message>
    <message>
      <source>No employment has the id %1</source>
      <translation>Aucun emploi n’a l’identifiant %1</translation>
    </message>
    <message>
      <source>The declaration has no line</source>
      <translation>La déclaration ne contient aucune ligne</translation>
    </message>
    <message>
      <source>no worker has the id %1</source>
      <translation>aucun salarié n’a l’identifiant %1</translation>
    </message>
    <message>
      <source>the identity %1 was merged into %2: write %2</source>
      <translation>l’identité %1 a été fusionnée dans %2 : écrivez %2</translation>
    </message>
    <message>
      <source>the same NIR as line %1, with another birth name, first name or birth date</source>
      <translation>le même NIR qu’à la ligne %1, avec un autre nom de naissance, prénom ou date de naissance</translation>
    </message>
    <message>
      <source>likely the same person as line %1 (%2): correct the spelling, or write "new" in the identity column to keep them apart</source>
      <translation>probablement la même personne qu’à la ligne %1 (%2) : corrigez l’orthographe, ou écrivez « new » dans la colonne identity pour les garder distinctes</translation>
    </message>
    <message>
      <source>several existing workers have this identity (%1): write the id of the right one in the identity column</source>
      <translation>plusieurs salariés existants ont cette identité (%1) : écrivez l’identifiant du bon dans la colonne identity</translation>
    </message>
    <message>
      <source>likely duplicate of an existing worker: %1. Write "new" in the identity column to keep this person apart, or the worker's id to merge</source>
      <translation>doublon probable d’un salarié existant : %1. Écrivez « new » dans la colonne identity pour garder cette personne distincte, ou l’identifiant du salarié pour fusionner</translation>
    </message>
    <message>
      <source>the same employment as an earlier line (same person, same start date %1)</source>
      <translation>le même emploi qu’une ligne précédente (même personne, même prise de poste %1)</translation>
    </message>
    <message>
      <source>Access refused: your role (%1) does not declare workforces</source>
      <translation>Accès refusé : votre rôle (%1) ne déclare pas d’effectifs</translation>
    </message>
    <message>
      <source>Invalid year %1: a year from %2 to %3 is expected</source>
      <translation>Année %1 invalide : une année de %2 à %3 est attendue</translation>
    </message>
    <message>
      <source>No establishment has the SIRET %1</source>
      <translation>Aucun établissement n’a le SIRET %1</translation>
    </message>
    <message>
      <source>Access refused: the establishment %1 is not followed by your team</source>
      <translation>Accès refusé : l’établissement %1 n’est pas suivi par votre équipe</translation>
    </message>
    <message>
      <source>The establishment %1 has left the service: it declares no workforce</source>
      <translation>L’établissement %1 a quitté le service : il ne déclare pas d’effectif</translation>
    </message>
    <message>
      <source>Unable to record the declaration (database busy?)</source>
      <translation>Impossible d’enregistrer la déclaration (base occupée ?)</translation>
    </message>
    <message>
      <source>Unable to read the file %1</source>
      <translation>Impossible de lire le fichier %1</translation>
    </message>
    <message>
      <source>The file %1 is larger than %2 MB</source>
      <translation>Le fichier %1 dépasse %2 Mo</translation>
    </message>
    <message>
      <source>%1, born %2 (id %3): %4</source>
      <extracomment>%1 name, %2 birth date, %3 worker id, %4 why it is a likely duplicate</extracomment>
      <translation>%1, né(e) le %2 (id %3) : %4</translation>
    </message>
    <message>
      <source>No worker has the id %1</source>
      <translation>Aucun salarié n’a l’identifiant %1</translation>
    </message>
    <message>
      <source>No identity merge has the id %1</source>
      <translation>Aucune fusion d’identités n’a l’identifiant %1</translation>
    </message>
    <message>
      <source>A worker cannot be merged with itself (%1)</source>
      <translation>Un salarié ne peut pas être fusionné avec lui-même (%1)</translation>
    </message>
    <message>
      <source>A merge needs a reason</source>
      <translation>Une fusion doit être motivée</translation>
    </message>
    <message>
      <source>The identity %1 was already merged into %2</source>
      <translation>L’identité %1 a déjà été fusionnée dans %2</translation>
    </message>
    <message>
      <source>The identity merge %1 was already undone on %2</source>
      <translation>La fusion d’identités %1 a déjà été annulée le %2</translation>
    </message>
    <message>
      <source>Unable to update the identity keys (database busy?)</source>
      <translation>Impossible de mettre à jour les clés d’identité (base occupée ?)</translation>
    </message>
    <message>
      <source>Unable to merge the identities (database busy?)</source>
      <translation>Impossible de fusionner les identités (base occupée ?)</translation>
    </message>
    <message>
      <source>Unable to undo the merge (database busy?)</source>
      <translation>Impossible d’annuler la fusion (base occupée ?)</translation>
    </message>
    <message>
      <source>same NIR</source>
      <translation>même NIR</translation>
    </message>
    <message>
      <source>same birth name, first name and birth date</source>
      <translation>mêmes nom de naissance, prénom et date de naissance</translation>
    </message>
    <message>
      <source>names that sound alike, same birth date</source>
      <translation>noms phonétiquement proches, même date de naissance</translation>
    </message>
    <message>
      <source>its first digit (%1) does not match the sex (%2)</source>
      <translation>son premier chiffre (%1) ne correspond pas au sexe (%2)</translation>
    </message>
    <message>
      <source>its year of birth (%1) does not match the birth date (%2)</source>
      <translation>son année de naissance (%1) ne correspond pas à la date de naissance (%2)</translation>
    </message>
    <message>
      <source>its month of birth (%1) does not match the birth date (%2)</source>
      <translation>son mois de naissance (%1) ne correspond pas à la date de naissance (%2)</translation>
    </message>
    <message>
      <source>The birth name is missing</source>
      <translation>Le nom de naissance manque</translation>
    </message>
    <message>
      <source>The birth first names are missing</source>
      <translation>Les prénoms de naissance manquent</translation>
    </message>
    <message>
      <source>The birth date is missing or invalid</source>
      <translation>La date de naissance manque ou est invalide</translation>
    </message>
    <message>
      <source>The birth date %1 is in the future</source>
      <translation>La date de naissance %1 est dans le futur</translation>
    </message>
    <message>
      <source>Sex "%1": M, F or U is expected</source>
      <translation>Sexe « %1 » : M, F ou U est attendu</translation>
    </message>
    <message>
      <source>Birth place "%1": an INSEE code of 5 characters is expected</source>
      <translation>Lieu de naissance « %1 » : un code INSEE de 5 caractères est attendu</translation>
    </message>
    <message>
      <source>SIR: %1 (%2)</source>
      <extracomment>%1 the R4624-23 risk ("amiante"), %2 its article ("R4624-23 I 1°")</extracomment>
      <translation>SIR : %1 (%2)</translation>
    </message>
    <message>
      <source>SIA: night work (R4624-18)</source>
      <translation>SIA : travail de nuit (R4624-18)</translation>
    </message>
    <message>
      <source>SIA: under 18 on the start date (R4624-18)</source>
      <translation>SIA : moins de 18 ans à la prise de poste (R4624-18)</translation>
    </message>
    <message>
      <source>SIA: recognised disabled worker, RQTH (R4624-17)</source>
      <translation>SIA : travailleur handicapé, RQTH (R4624-17)</translation>
    </message>
    <message>
      <source>SIA: invalidity pension (R4624-17)</source>
      <translation>SIA : pension d’invalidité (R4624-17)</translation>
    </message>
    <message>
      <source>SI: no particular risk or situation declared (R4624-10)</source>
      <translation>SI : aucun risque ni situation particulière déclarés (R4624-10)</translation>
    </message>
  </context>
  <context>
    <name>vigie::workforce::DeclarationPage</name>
    <message>
      <source>SI — standard follow-up</source>
      <translation>SI — suivi individuel simple</translation>
    </message>
    <message>
      <source>SIA — adapted follow-up</source>
      <translation>SIA — suivi individuel adapté</translation>
    </message>
    <message>
      <source>SIR — reinforced follow-up</source>
      <translation>SIR — suivi individuel renforcé</translation>
    </message>
    <message>
      <source>Night worker</source>
      <translation>Travailleur de nuit</translation>
    </message>
    <message>
      <source>Apprentice</source>
      <translation>Apprenti</translation>
    </message>
    <message>
      <source>Recognised disabled worker (RQTH)</source>
      <translation>Travailleur handicapé (RQTH)</translation>
    </message>
    <message>
      <source>Remove the risk</source>
      <translation>Retirer le risque</translation>
    </message>
    <message>
      <source>&amp;Add to the declaration</source>
      <translation>&amp;Ajouter à la déclaration</translation>
    </message>
    <message>
      <source>Remove the line</source>
      <translation>Retirer la ligne</translation>
    </message>
    <message>
      <source>&amp;Import a CSV file…</source>
      <translation>&amp;Importer un fichier CSV…</translation>
    </message>
    <message>
      <source>&amp;Check</source>
      <translation>&amp;Vérifier</translation>
    </message>
    <message>
      <source>&amp;Declare</source>
      <translation>&amp;Déclarer</translation>
    </message>
    <message>
      <source>Workforce declaration</source>
      <translation>Déclaration d’effectif</translation>
    </message>
    <message>
      <source>Establishment</source>
      <translation>Établissement</translation>
    </message>
    <message>
      <source>Year declared</source>
      <translation>Année déclarée</translation>
    </message>
    <message>
      <source>&amp;Establishment:</source>
      <translation>É&amp;tablissement :</translation>
    </message>
    <message>
      <source>&amp;Year:</source>
      <translation>A&amp;nnée :</translation>
    </message>
    <message>
      <source>All birth first names, first one first</source>
      <translation>Tous les prénoms de naissance, le premier en tête</translation>
    </message>
    <message>
      <source>DD/MM/YYYY</source>
      <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
      <source>Female</source>
      <translation>Féminin</translation>
    </message>
    <message>
      <source>Male</source>
      <translation>Masculin</translation>
    </message>
    <message>
      <source>Undetermined</source>
      <translation>Indéterminé</translation>
    </message>
    <message>
      <source>Optional, 15 characters</source>
      <translation>Facultatif, 15 caractères</translation>
    </message>
    <message>
      <source>Empty while employed</source>
      <translation>Vide tant qu’en poste</translation>
    </message>
    <message>
      <source>Risks of the post</source>
      <translation>Risques du poste</translation>
    </message>
    <message>
      <source>Birth &amp;name:</source>
      <translation>&amp;Nom de naissance :</translation>
    </message>
    <message>
      <source>Birth &amp;first names:</source>
      <translation>&amp;Prénoms de naissance :</translation>
    </message>
    <message>
      <source>Birth &amp;date:</source>
      <translation>Date de na&amp;issance :</translation>
    </message>
    <message>
      <source>Se&amp;x:</source>
      <translation>Se&amp;xe :</translation>
    </message>
    <message>
      <source>NI&amp;R:</source>
      <translation>NI&amp;R :</translation>
    </message>
    <message>
      <source>&amp;Used name:</source>
      <translation>Nom &amp;d’usage :</translation>
    </message>
    <message>
      <source>&amp;Post:</source>
      <translation>Pos&amp;te :</translation>
    </message>
    <message>
      <source>&amp;Contract:</source>
      <translation>&amp;Contrat :</translation>
    </message>
    <message>
      <source>&amp;Start in the post:</source>
      <translation>Pri&amp;se de poste :</translation>
    </message>
    <message>
      <source>E&amp;nd:</source>
      <translation>&amp;Fin :</translation>
    </message>
    <message>
      <source>&amp;Risks:</source>
      <translation>&amp;Risques :</translation>
    </message>
    <message>
      <source>Worker and post</source>
      <translation>Salarié et poste</translation>
    </message>
    <message>
      <source>Guidance</source>
      <translation>Aide à la saisie</translation>
    </message>
    <message>
      <source>Lines of the declaration</source>
      <translation>Lignes de la déclaration</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Ligne</translation>
    </message>
    <message>
      <source>Birth name</source>
      <translation>Nom de naissance</translation>
    </message>
    <message>
      <source>First names</source>
      <translation>Prénoms</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>Date de naissance</translation>
    </message>
    <message>
      <source>Post</source>
      <translation>Poste</translation>
    </message>
    <message>
      <source>Contract</source>
      <translation>Contrat</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Prise de poste</translation>
    </message>
    <message>
      <source>Night</source>
      <translation>Nuit</translation>
    </message>
    <message>
      <source>Risks</source>
      <translation>Risques</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>Identity</source>
      <translation>Identité</translation>
    </message>
    <message>
      <source>Errors and warnings of the declaration</source>
      <translation>Erreurs et avertissements de la déclaration</translation>
    </message>
    <message>
      <source>Workers</source>
      <translation>Salariés</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Part</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>Import a workforce declaration</source>
      <translation>Importer une déclaration d’effectif</translation>
    </message>
    <message>
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>No establishment is assigned to your team: there is nothing to declare.</source>
      <translation>Aucun établissement n’est affecté à votre équipe : il n’y a rien à déclarer.</translation>
    </message>
    <message>
      <source>Enter a worker: the guidance and the follow-up category appear as you type.</source>
      <translation>Saisissez un salarié : l’aide et la catégorie de suivi apparaissent au fil de la saisie.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Follow-up: %1&lt;/b&gt;&lt;br&gt;%2</source>
      <translation>&lt;b&gt;Suivi : %1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Erreur</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Avertissement</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Remarque</translation>
    </message>
    <message>
      <source>To complete: %1</source>
      <translation>À compléter : %1</translation>
    </message>
    <message>
      <source>Known worker: %1 — the line is recorded for them.</source>
      <translation>Salarié connu : %1 — la ligne est enregistrée pour lui.</translation>
    </message>
    <message>
      <source>Same person as %1, born %2 (%3): merge</source>
      <extracomment>%1 name, %2 birth date, %3 why it is a likely duplicate</extracomment>
      <translation>Même personne que %1, né(e) le %2 (%3) : fusionner</translation>
    </message>
    <message>
      <source>Identity vigilance: likely duplicates of this worker. Choose before adding the line.</source>
      <translation>Identitovigilance : doublons probables de ce salarié. Choisissez avant d’ajouter la ligne.</translation>
    </message>
    <message>
      <source>A different person (keep apart)</source>
      <translation>Une autre personne (garder distincte)</translation>
    </message>
    <message>
      <source>Identity vigilance: this worker is already known.</source>
      <translation>Identitovigilance : ce salarié est déjà connu.</translation>
    </message>
    <message>
      <source>The line cannot be added yet:</source>
      <translation>La ligne ne peut pas encore être ajoutée :</translation>
    </message>
    <message>
      <source>Identity vigilance: say whether this is the same person as a worker listed, or a different person, before adding the line.</source>
      <translation>Identitovigilance : indiquez s’il s’agit de la même personne qu’un salarié listé, ou d’une autre personne, avant d’ajouter la ligne.</translation>
    </message>
    <message>
      <source>kept apart</source>
      <translation>distincte</translation>
    </message>
    <message>
      <source>merged</source>
      <translation>fusionnée</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>error</source>
      <translation>erreur</translation>
    </message>
    <message>
      <source>Unable to read the file %1</source>
      <translation>Impossible de lire le fichier %1</translation>
    </message>
    <message>
      <source>Line %1 · %2: %3</source>
      <translation>Ligne %1 · %2 : %3</translation>
    </message>
    <message>
      <source>file</source>
      <translation>fichier</translation>
    </message>
    <message>
      <source>%1: the file has errors; correct it and import it again.</source>
      <translation>%1 : le fichier comporte des erreurs ; corrigez-le et importez-le de nouveau.</translation>
    </message>
    <message numerus="yes">
      <source>%1: %n line(s) read. Check, then declare.</source>
      <translation>
        <numerusform>%1 : %n ligne lue. Vérifiez, puis déclarez.</numerusform>
        <numerusform>%1 : %n lignes lues. Vérifiez, puis déclarez.</numerusform>
      </translation>
    </message>
    <message>
      <source>Line %1</source>
      <translation>Ligne %1</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message numerus="yes">
      <source>The declaration is refused: %n error(s), listed below by line. Nothing has been recorded.</source>
      <translation>
        <numerusform>La déclaration est refusée : %n erreur, listée ci-dessous par ligne. Rien n’a été enregistré.</numerusform>
        <numerusform>La déclaration est refusée : %n erreurs, listées ci-dessous par ligne. Rien n’a été enregistré.</numerusform>
      </translation>
    </message>
    <message>
      <source>Declaration of %1 for %2 recorded (version %3).</source>
      <translation>Déclaration %1 de %2 enregistrée (version %3).</translation>
    </message>
    <message>
      <source>The declaration of %1 is valid. Nothing has been recorded yet: declare it to record it.</source>
      <translation>La déclaration %1 est valide. Rien n’est encore enregistré : déclarez-la pour l’enregistrer.</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Compared with %1: %2 arrival(s), %3 departure(s), %4 change(s) of category.</source>
      <translation>Par rapport à %1 : %2 arrivée(s), %3 départ(s), %4 changement(s) de catégorie.</translation>
    </message>
    <message>
      <source>No declaration for %1: the arrivals are the %2 worker(s) who started in %3.</source>
      <translation>Aucune déclaration pour %1 : les arrivées sont les %2 salarié(s) entré(s) en %3.</translation>
    </message>
    <message numerus="yes">
      <source>%n initial visit(s) handed to scheduling.</source>
      <translation>
        <numerusform>%n visite initiale transmise à la planification.</numerusform>
        <numerusform>%n visites initiales transmises à la planification.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n initial visit(s) to hand to scheduling.</source>
      <translation>
        <numerusform>%n visite initiale à transmettre à la planification.</numerusform>
        <numerusform>%n visites initiales à transmettre à la planification.</numerusform>
      </translation>
    </message>
    <message>
      <source>%1: %2 → %3</source>
      <translation>%1 : %2 → %3</translation>
    </message>
  </context>
  <context>
    <name>vigie::workforce::DistributionChart</name>
    <message>
      <source>Distribution of the declared workers by follow-up category</source>
      <translation>Répartition des salariés déclarés par catégorie de suivi</translation>
    </message>
    <message>
      <source>SI: %1, SIA: %2, SIR: %3</source>
      <translation>SI : %1, SIA : %2, SIR : %3</translation>
    </message>
    <message>
      <source>%1 (%2 %)</source>
      <translation>%1 (%2 %)</translation>
    </message>
  </context>
</TS>