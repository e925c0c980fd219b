<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>vigie::cli</name>
    <message>
        <source>Unknown role "%1"; roles: %2</source>
        <translation>Rôle « %1 » inconnu ; rôles possibles : %2</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe de %1 : </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1 : </translation>
    </message>
    <message>
        <source>Encrypted database created: %1</source>
        <translation>Base de données chiffrée créée : %1</translation>
    </message>
    <message>
        <source>Invalid value for --seed: "%1"</source>
        <translation>Valeur non valide pour --seed : « %1 »</translation>
    </message>
    <message>
        <source>Invalid date for --today: "%1" (YYYY-MM-DD)</source>
        <translation>Date non valide pour --today : « %1 » (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Password of the demo accounts: </source>
        <translation>Mot de passe des comptes de démonstration : </translation>
    </message>
    <message>
        <source>Permission denied: only an administrator may see the key</source>
        <translation>Autorisation refusée : seul un administrateur peut afficher la clé</translation>
    </message>
    <message>
        <source>The audit trail is broken at record %1 of %2</source>
        <translation>Le journal d’audit est rompu à l’enregistrement %1 sur %2</translation>
    </message>
    <message>
        <source>Reference file %1 not found in the data folder %2</source>
        <translation>Fichier de référence %1 introuvable dans le dossier de données %2</translation>
    </message>
    <message>
        <source>Unable to read the reference file %1: %2</source>
        <translation>Impossible de lire le fichier de référence %1 : %2</translation>
    </message>
    <message>
        <source>The reference file %1 has no column "%2"</source>
        <translation>Le fichier de référence %1 ne comporte pas de colonne « %2 »</translation>
    </message>
    <message>
        <source>The reference file %1 has a line with %2 fields instead of %3</source>
        <translation>Le fichier de référence %1 contient une ligne de %2 champs au lieu de %3</translation>
    </message>
    <message>
        <source>The reference file %1 must list male first names, female first names and surnames</source>
        <translation>Le fichier de référence %1 doit contenir des prénoms masculins, des prénoms féminins et des noms de famille</translation>
    </message>
    <message>
        <source>The reference file %1 has no NAF sub-class</source>
        <translation>Le fichier de référence %1 ne contient aucune sous-classe NAF</translation>
    </message>
    <message>
        <source>The reference file %1 has no commune with a postal code</source>
        <translation>Le fichier de référence %1 ne contient aucune commune dotée d’un code postal</translation>
    </message>
    <message>
        <source>Unable to write the demo data: %1</source>
        <translation>Impossible d’écrire les données de démonstration : %1</translation>
    </message>
    <message>
        <source>Establishments: %1 / %2</source>
        <translation>Établissements : %1 / %2</translation>
    </message>
    <message>
        <source>Workers: %1 / %2</source>
        <translation>Salariés : %1 / %2</translation>
    </message>
    <message>
        <source>Demo data: %1 establishments, %2 workers, %3 employments, %4 visits, %5 absences</source>
        <translation>Données de démonstration : %1 établissements, %2 salariés, %3 emplois, %4 visites, %5 arrêts de travail</translation>
    </message>
    <message>
        <source>Unable to read the database: %1</source>
        <translation>Impossible de lire la base de données : %1</translation>
    </message>
    <message>
        <source>The database %1 already holds data; demo data can only fill a new database</source>
        <translation>La base de données %1 contient déjà des données ; les données de démonstration ne peuvent remplir qu’une base de données neuve</translation>
    </message>
    <message>
        <source>Demo data needs at least 1 establishment, 0 or more workers and 1 to 40 years</source>
        <translation>Les données de démonstration nécessitent au moins 1 établissement, 0 salarié ou plus et une durée de 1 à 40 ans</translation>
    </message>
    <message>
        <source>Demo data needs the author of the changes</source>
        <translation>L’auteur des modifications est requis pour générer les données de démonstration</translation>
    </message>
    <message>
        <source>Account %1…</source>
        <translation>Compte %1…</translation>
    </message>
    <message>
        <source>Teams and establishments…</source>
        <translation>Équipes et établissements…</translation>
    </message>
    <message>
        <source>Team of Dr Fontaine</source>
        <translation>Équipe du Dr Fontaine</translation>
    </message>
    <message>
        <source>Team of Dr Garnier</source>
        <translation>Équipe du Dr Garnier</translation>
    </message>
    <message>
        <source>Delegations and oppositions…</source>
        <translation>Délégations et oppositions…</translation>
    </message>
    <message>
        <source>Usage: vigie-cli worker find TEXT [--limit N]</source>
        <translation>Utilisation : vigie-cli worker find TEXTE [--limit N]</translation>
    </message>
    <message>
        <source>Unknown kind "%1": nir, siren or siret</source>
        <translation>Type « %1 » inconnu : nir, siren ou siret attendu</translation>
    </message>
    <message>
        <source>Usage: vigie-cli [--db PATH] [--user LOGIN] [--password-file FILE] COMMAND [ARGS...]
Commands: %1</source>
        <translation>Utilisation : vigie-cli [--db CHEMIN] [--user IDENTIFIANT] [--password-file FICHIER] COMMANDE [ARGUMENTS...]
Commandes : %1</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Option inconnue : %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>The option %1 needs a value</source>
        <translation>L’option %1 nécessite une valeur</translation>
    </message>
    <message>
        <source>Invalid value for %1: "%2" (a number from %3 to %4 is expected)</source>
        <translation>Valeur non valide pour %1 : « %2 » (nombre de %3 à %4 attendu)</translation>
    </message>
    <message>
        <source>The option %1 is required</source>
        <translation>L’option %1 est obligatoire</translation>
    </message>
    <message>
        <source>Unable to read the password file %1</source>
        <translation>Impossible de lire le fichier de mot de passe %1</translation>
    </message>
    <message>
        <source>This command needs --user LOGIN</source>
        <translation>Cette commande nécessite --user IDENTIFIANT</translation>
    </message>
    <message>
        <source>unable to start a transaction</source>
        <translation>impossible de démarrer une transaction</translation>
    </message>
    <message>
        <source>unable to suspend change capture</source>
        <translation>impossible de suspendre la capture des modifications</translation>
    </message>
    <message>
        <source>Usage: vigie-cli validate naf VALUE</source>
        <translation>Utilisation : vigie-cli validate naf VALEUR</translation>
    </message>
    <message>
        <source>Usage: vigie-cli thesaurus list</source>
        <translation>Utilisation : vigie-cli thesaurus list</translation>
    </message>
    <message>
        <source>Usage: vigie-cli thesaurus search --system S [--limit N] [--retired] TEXT</source>
        <translation>Utilisation : vigie-cli thesaurus search --system S [--limit N] [--retired] TEXTE</translation>
    </message>
    <message>
        <source>retired %1</source>
        <translation>retiré en %1</translation>
    </message>
    <message>
        <source>Usage: vigie-cli thesaurus import --system S --version V [--title T] FILE</source>
        <translation>Utilisation : vigie-cli thesaurus import --system S --version V [--title T] FICHIER</translation>
    </message>
    <message>
        <source>Version %1 of %2 imported: %3 codes (%4 new, %5 retired, %6 removed)</source>
        <translation>Version %1 de %2 importée : %3 codes (%4 nouveaux, %5 retirés, %6 supprimés)</translation>
    </message>
    <message>
        <source>Usage: vigie-cli validate nir|siren|siret|naf VALUE</source>
        <translation>Utilisation : vigie-cli validate nir|siren|siret|naf VALEUR</translation>
    </message>
    <message>
        <source>Reference code systems…</source>
        <translation>Nomenclatures de référence…</translation>
    </message>
    <message>
        <source>Usage: vigie-cli holidays --year YYYY [--region R]</source>
        <translation>Utilisation : vigie-cli holidays --year AAAA [--region R]</translation>
    </message>
    <message>
        <source>Invalid date for %1: "%2" (YYYY-MM-DD expected)</source>
        <translation>Date non valide pour %1 : « %2 » (AAAA-MM-JJ attendu)</translation>
    </message>
    <message>
        <source>Invalid value for %1: "%2" (a percentage from 0 to 100 is expected)</source>
        <translation>Valeur non valide pour %1 : « %2 » (pourcentage de 0 à 100 attendu)</translation>
    </message>
    <message>
        <source>This vigie-cli cannot write PDF files: it was started without the graphical runtime (QGuiApplication)</source>
        <translation>Ce vigie-cli ne peut pas écrire de fichiers PDF : il a été lancé sans l’environnement graphique (QGuiApplication)</translation>
    </message>
    <message>
        <source>Usage: vigie-cli establishment show SIRET [--year Y]</source>
        <translation>Utilisation : vigie-cli establishment show SIRET [--year A]</translation>
    </message>
    <message>
        <source>Unknown establishment: SIRET %1</source>
        <translation>Établissement inconnu : SIRET %1</translation>
    </message>
    <message>
        <source>Usage: vigie-cli invoice run --year Y [--out DIR]</source>
        <translation>Utilisation : vigie-cli invoice run --year A [--out DOSSIER]</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>Le dossier %1 n’existe pas</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) issued for %1</source>
        <translation>
            <numerusform>%n facture émise pour %1</numerusform>
            <numerusform>%n factures émises pour %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already invoiced</source>
        <translation>
            <numerusform>%n déjà facturé</numerusform>
            <numerusform>%n déjà facturés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without worker or service</source>
        <translation>
            <numerusform>%n sans salarié ni prestation</numerusform>
            <numerusform>%n sans salarié ni prestation</numerusform>
        </translation>
    </message>
    <message>
        <source>The invoices are issued but a PDF could not be written (%1): print them with vigie-cli invoice print</source>
        <translation>Les factures sont émises mais un PDF n’a pas pu être écrit (%1) : imprimez-les avec vigie-cli invoice print</translation>
    </message>
    <message>
        <source>Usage: vigie-cli invoice print NUMBER --out FILE.pdf</source>
        <translation>Utilisation : vigie-cli invoice print NUMÉRO --out FICHIER.pdf</translation>
    </message>
    <message>
        <source>Usage: vigie-cli invoice pay NUMBER --amount EUR [--date YYYY-MM-DD] [--reference R]</source>
        <translation>Utilisation : vigie-cli invoice pay NUMÉRO --amount EUR [--date AAAA-MM-JJ] [--reference R]</translation>
    </message>
    <message>
        <source>Usage: vigie-cli contribution set --year Y --reference EUR --rate EUR [--vat PERCENT]</source>
        <translation>Utilisation : vigie-cli contribution set --year A --reference EUR --rate EUR [--vat POURCENTAGE]</translation>
    </message>
    <message>
        <source>Usage: vigie-cli service set --name N --street S --postal-code P --city C --siret S [--legal-form F] [--vat-number V] [--vat-exemption M] [--payment-days N] [--iban I] [--bic B] [--phone P] [--email E] [--website W]</source>
        <translation>Utilisation : vigie-cli service set --name N --street S --postal-code P --city C --siret S [--legal-form F] [--vat-number V] [--vat-exemption M] [--payment-days N] [--iban I] [--bic B] [--phone P] [--email E] [--website W]</translation>
    </message>
    <message>
        <source>Usage: vigie-cli rules due --input FILE.json [--today YYYY-MM-DD]</source>
        <translation>Utilisation : vigie-cli rules due --input FICHIER.json [--today AAAA-MM-JJ]</translation>
    </message>
    <message>
        <source>--today: "%1" is not a valid date (YYYY-MM-DD)</source>
        <translation>--today : « %1 » n’est pas une date valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Unable to read the input file %1</source>
        <translation>Impossible de lire le fichier d’entrée %1</translation>
    </message>
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
    <message>
        <source>Invalid date for %1: "%2" (YYYY-MM-DD)</source>
        <translation>Date invalide pour %1 : « %2 » (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>No appointment to convoke on %1</source>
        <translation>Aucun rendez-vous à convoquer le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n convocation letter(s) written to %1</source>
        <translation>
            <numerusform>%n lettre de convocation écrite dans %1</numerusform>
            <numerusform>%n lettres de convocation écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 e-mail(s) sent, %2 refused</source>
        <translation>%1 courriel(s) envoyé(s), %2 refusé(s)</translation>
    </message>
    <message>
        <source>Unknown status: %1 (confirmed, done, cancelled, no_show)</source>
        <translation>Statut inconnu : %1 (confirmed, done, cancelled, no_show)</translation>
    </message>
    <message>
        <source>Occupational health centre</source>
        <translation>Centre de santé au travail</translation>
    </message>
    <message>
        <source>Mobile unit</source>
        <translation>Unité mobile</translation>
    </message>
    <message>
        <source>Tele-consultation</source>
        <translation>Téléconsultation</translation>
    </message>
    <message>
        <source>Company site (medical room)</source>
        <translation>Site de l’entreprise (infirmerie)</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Congés</translation>
    </message>
    <message>
        <source>Agendas…</source>
        <translation>Agendas…</translation>
    </message>
    <message>
        <source>Usage: vigie-cli plan --from YYYY-MM-DD --to YYYY-MM-DD [--team T] [--apply] [--today YYYY-MM-DD]</source>
        <translation>Usage : vigie-cli plan --from AAAA-MM-JJ --to AAAA-MM-JJ [--team T] [--apply] [--today AAAA-MM-JJ]</translation>
    </message>
    <message>
        <source>The period from %1 to %2 must end after it starts and last at most a year</source>
        <translation>La période du %1 au %2 doit finir après son début et durer au plus un an</translation>
    </message>
    <message>
        <source>not placed: %1 %2 due %3: %4</source>
        <translation>non placé : %1 %2 avant le %3 : %4</translation>
    </message>
    <message>
        <source>%1 appointment(s) booked, %2 within the deadline, %3 not placed</source>
        <translation>%1 rendez-vous réservé(s), %2 dans les délais, %3 non placé(s)</translation>
    </message>
    <message>
        <source>%1 proposal(s), %2 within the deadline, %3 not placed</source>
        <translation>%1 proposition(s), %2 dans les délais, %3 non placée(s)</translation>
    </message>
    <message>
        <source>Expected SECTION.FIELD=VALUE, got "%1"</source>
        <translation>SECTION.CHAMP=VALEUR attendu, reçu « %1 »</translation>
    </message>
    <message>
        <source>Unable to read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>Version %1 was validated meanwhile and changed the same sections: %2</source>
        <translation>La version %1 a été validée entre-temps et modifie les mêmes sections : %2</translation>
    </message>
    <message>
        <source>Usage: vigie-cli companysheet diff --establishment SIRET --from N --to M</source>
        <translation>Usage : vigie-cli companysheet diff --establishment SIRET --from N --to M</translation>
    </message>
    <message>
        <source>Unknown channel "%1" (one of %2)</source>
        <translation>Mode d’envoi inconnu « %1 » (valeurs possibles : %2)</translation>
    </message>
    <message>
        <source>The company sheet's history was altered: %1</source>
        <translation>L’historique de la fiche d’entreprise a été altéré : %1</translation>
    </message>
    <message>
        <source>This vigie-cli cannot write PDF files</source>
        <translation>Ce vigie-cli ne peut pas écrire de fichiers PDF</translation>
    </message>
    <message>
        <source>Usage: vigie-cli companysheet due [--years N] [--within DAYS] [--counts]</source>
        <translation>Usage : vigie-cli companysheet due [--years N] [--within JOURS] [--counts]</translation>
    </message>
    <message>
        <source>Usage: vigie-cli companysheet settings --renewal-years N</source>
        <translation>Usage : vigie-cli companysheet settings --renewal-years N</translation>
    </message>
    <message>
        <source>Company sheets…</source>
        <translation>Fiches d’entreprise…</translation>
    </message>
    <message>
        <source>Usage: vigie-cli dmst export --worker ID --format pdf|fhir --out FILE [--requested-on YYYY-MM-DD]</source>
        <translation>Utilisation : vigie-cli dmst export --worker ID --format pdf|fhir --out FICHIER [--requested-on AAAA-MM-JJ]</translation>
    </message>
    <message>
        <source>Unknown format "%1" (pdf or fhir)</source>
        <translation>Format inconnu « %1 » (pdf ou fhir)</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist</source>
        <translation>Le dossier de %1 n'existe pas</translation>
    </message>
    <message>
        <source>Unable to write %1</source>
        <translation>Impossible d'écrire %1</translation>
    </message>
    <message>
        <source>Unknown action kind "%1" (one of %2)</source>
        <translation>Type d’action inconnu « %1 » (valeurs possibles : %2)</translation>
    </message>
    <message>
        <source>Cannot read the report %1: %2</source>
        <translation>Impossible de lire le compte rendu %1 : %2</translation>
    </message>
    <message>
        <source>Invalid value for %1: "%2" (none, starttls or tls)</source>
        <translation>Valeur invalide pour %1 : « %2 » (none, starttls ou tls)</translation>
    </message>
    <message>
        <source>Invalid number of months for %1: "%2"</source>
        <translation>Nombre de mois invalide pour %1 : « %2 »</translation>
    </message>
    <message>
        <source>Give at least one interval: %1</source>
        <translation>Indiquez au moins une périodicité : %1</translation>
    </message>
    <message>
        <source>Usage: vigie-cli convocations print (--date YYYY-MM-DD | --company SIREN|ID --from YYYY-MM-DD --to YYYY-MM-DD) --out FILE.pdf</source>
        <translation>Usage : vigie-cli convocations print (--date AAAA-MM-JJ | --company SIREN|ID --from AAAA-MM-JJ --to AAAA-MM-JJ) --out FICHIER.pdf</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2)</source>
        <translation>La période se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <source>No appointment to convoke for the company %1 from %2 to %3</source>
        <translation>Aucun rendez-vous à convoquer pour l'entreprise %1 du %2 au %3</translation>
    </message>
    <message>
        <source>Usage: vigie-cli worker merge --keep ID --duplicate ID --reason TEXT</source>
        <translation>Usage : vigie-cli worker merge --keep ID --duplicate ID --reason TEXTE</translation>
    </message>
    <message>
        <source>Usage: vigie-cli worker unmerge MERGE_ID</source>
        <translation>Usage : vigie-cli worker unmerge ID_FUSION</translation>
    </message>
    <message>
        <source>Permission denied: only an administrator backs up or restores the database</source>
        <translation>Accès refusé : seul un administrateur sauvegarde ou restaure la base</translation>
    </message>
    <message>
        <source>Usage: vigie-cli backup --out FILE</source>
        <translation>Usage : vigie-cli backup --out FICHIER</translation>
    </message>
    <message>
        <source>Usage: vigie-cli restore FILE</source>
        <translation>Usage : vigie-cli restore FICHIER</translation>
    </message>
    <message>
        <source>No backup at %1 (the file and its key ring %2 are both needed)</source>
        <translation>Aucune sauvegarde à %1 (il faut le fichier et son trousseau %2)</translation>
    </message>
    <message>
        <source>Unable to prepare the restore beside %1</source>
        <translation>Impossible de préparer la restauration à côté de %1</translation>
    </message>
    <message>
        <source>Unable to read the backup %1</source>
        <translation>Impossible de lire la sauvegarde %1</translation>
    </message>
    <message>
        <source>The backup %1 is refused, nothing was replaced: %2</source>
        <translation>La sauvegarde %1 est refusée, rien n’a été remplacé : %2</translation>
    </message>
    <message>
        <source>Unable to set the current database aside as %1</source>
        <translation>Impossible de mettre la base actuelle de côté sous %1</translation>
    </message>
    <message>
        <source>Unable to put the backup in place at %1 (the previous database is %2)</source>
        <translation>Impossible de mettre la sauvegarde en place à %1 (la base précédente est %2)</translation>
    </message>
    <message>
        <source>Usage: vigie-cli dmst document list --worker ID</source>
        <translation>Utilisation : vigie-cli dmst document list --worker ID</translation>
    </message>
    <message>
        <source>Usage: vigie-cli dmst document print --id ID --out FILE.pdf</source>
        <translation>Utilisation : vigie-cli dmst document print --id ID --out FICHIER.pdf</translation>
    </message>
    <message>
        <source>Invalid fingerprint "%1" (64 hexadecimal characters)</source>
        <translation>Empreinte « %1 » invalide (64 caractères hexadécimaux)</translation>
    </message>
    <message>
        <source>Fingerprint of the server's certificate (SHA-256): %1</source>
        <translation>Empreinte du certificat du serveur (SHA-256) : %1</translation>
    </message>
    <message>
        <source>Is it the fingerprint printed by the server's administrator? (yes/no) </source>
        <translation>Est-ce l’empreinte donnée par l’administrateur du serveur ? (oui/non) </translation>
    </message>
    <message>
        <source>Fingerprint not confirmed: the device is not enrolled</source>
        <translation>Empreinte non confirmée : le poste n’est pas enrôlé</translation>
    </message>
    <message>
        <source>The server %1 presented the certificate %2, not the expected %3: connection refused</source>
        <translation>Le serveur %1 a présenté le certificat %2 et non %3 attendu : connexion refusée</translation>
    </message>
    <message>
        <source>The database %1 is already enrolled</source>
        <translation>La base %1 est déjà enrôlée</translation>
    </message>
    <message>
        <source>Device %1 enrolled with %2 for %3</source>
        <translation>Poste %1 enrôlé auprès de %2 pour %3</translation>
    </message>
    <message>
        <source>The password of %1 was set by an administrator: choose your own first with: vigie-cli --user %1 user passwd --login %1</source>
        <translation>Le mot de passe de %1 a été fixé par un administrateur : choisissez d’abord le vôtre avec : vigie-cli --user %1 user passwd --login %1</translation>
    </message>
    <message>
        <source>Account %1 disabled; its password no longer opens the database</source>
        <translation>Compte %1 désactivé ; son mot de passe n’ouvre plus la base</translation>
    </message>
    <message>
        <source>Account %1 enabled with the temporary password above; it must be replaced at the first sign-in</source>
        <translation>Compte %1 réactivé avec le mot de passe provisoire ci-dessus, à remplacer à la première connexion</translation>
    </message>
    <message>
        <source>The database key was replaced; every account keeps its password</source>
        <translation>La clé de la base a été remplacée ; chaque compte garde son mot de passe</translation>
    </message>
    <message>
        <source>Warning: the key slot of %1 holds no audit seal key, so the end of the trail was not checked (an administrator can reset its password)</source>
        <translation>Attention : l’emplacement de %1 dans le trousseau ne contient pas la clé du sceau d’audit, la fin du journal n’a donc pas été vérifiée (un administrateur peut réinitialiser son mot de passe)</translation>
    </message>
    <message>
        <source>Usage: vigie-cli audit verify [--against-server]</source>
        <translation>Utilisation : vigie-cli audit verify [--against-server]</translation>
    </message>
    <message>
        <source>The audit trail holds %1 records but the server received %2 from this workstation on %3: records at its end were deleted (from record %4 on)</source>
        <translation>Le journal d’audit compte %1 enregistrements mais le serveur en a reçu %2 de ce poste le %3 : des enregistrements de la fin ont été supprimés (à partir du n° %4)</translation>
    </message>
    <message>
        <source>Record %1 of the audit trail is not the one the server received from this workstation on %2: the trail was rewritten</source>
        <translation>L’enregistrement %1 du journal d’audit n’est pas celui que le serveur a reçu de ce poste le %2 : le journal a été réécrit</translation>
    </message>
    <message>
        <source>%1: "%2" is not a valid date (YYYY-MM-DD)</source>
        <translation>%1 : « %2 » n’est pas une date valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Usage: vigie-cli absence add --worker ID --cause CODE --from YYYY-MM-DD [--to YYYY-MM-DD] [--expected-return YYYY-MM-DD] [--employment ID]</source>
        <translation>Usage : vigie-cli absence add --worker ID --cause CODE --from AAAA-MM-JJ [--to AAAA-MM-JJ] [--expected-return AAAA-MM-JJ] [--employment ID]</translation>
    </message>
    <message>
        <source>More than %1 days off work (%2 days): the worker is flagged for the job-retention cell; offer a liaison meeting and a pre-return visit</source>
        <translation>Plus de %1 jours d’arrêt (%2 jours) : le salarié est signalé à la cellule PDP ; proposer un rendez-vous de liaison et une visite de pré-reprise</translation>
    </message>
    <message>
        <source>Usage: vigie-cli absence end --id ID --to YYYY-MM-DD</source>
        <translation>Usage : vigie-cli absence end --id ID --to AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Usage: vigie-cli absence list --worker ID</source>
        <translation>Usage : vigie-cli absence list --worker ID</translation>
    </message>
    <message>
        <source>Usage: vigie-cli absence import --establishment SIRET FILE.csv</source>
        <translation>Usage : vigie-cli absence import --establishment SIRET FICHIER.csv</translation>
    </message>
    <message numerus="yes">
        <source>import refused: %n error(s) in %1; nothing was written</source>
        <translation>
            <numerusform>import refusé : %n erreur dans %1 ; rien n’a été écrit</numerusform>
            <numerusform>import refusé : %n erreurs dans %1 ; rien n’a été écrit</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: vigie-cli due --worker ID [--today YYYY-MM-DD]</source>
        <translation>Usage : vigie-cli due --worker ID [--today AAAA-MM-JJ]</translation>
    </message>
    <message>
        <source>Usage: vigie-cli pdp open --worker ID --origin CODE [--date YYYY-MM-DD]</source>
        <translation>Usage : vigie-cli pdp open --worker ID --origin CODE [--date AAAA-MM-JJ]</translation>
    </message>
    <message>
        <source>Usage: vigie-cli pdp step --case ID --kind CODE --date YYYY-MM-DD [--end YYYY-MM-DD] [--partner CODE]</source>
        <translation>Usage : vigie-cli pdp step --case ID --kind CODE --date AAAA-MM-JJ [--end AAAA-MM-JJ] [--partner CODE]</translation>
    </message>
    <message>
        <source>Usage: vigie-cli pdp social start --case ID --date YYYY-MM-DD</source>
        <translation>Usage : vigie-cli pdp social start --case ID --date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Usage: vigie-cli pdp review --case ID --review CODE --date YYYY-MM-DD [--situation OUTCOME]</source>
        <translation>Usage : vigie-cli pdp review --case ID --review CODE --date AAAA-MM-JJ [--situation ISSUE]</translation>
    </message>
    <message>
        <source>Usage: vigie-cli pdp close --case ID --outcome CODE [--date YYYY-MM-DD]</source>
        <translation>Usage : vigie-cli pdp close --case ID --outcome CODE [--date AAAA-MM-JJ]</translation>
    </message>
    <message>
        <source>Usage: vigie-cli pdp due [--today YYYY-MM-DD]</source>
        <translation>Usage : vigie-cli pdp due [--today AAAA-MM-JJ]</translation>
    </message>
    <message>
        <source>Usage: vigie-cli pdp agenda [--date YYYY-MM-DD] --out FILE.pdf</source>
        <translation>Usage : vigie-cli pdp agenda [--date AAAA-MM-JJ] --out FICHIER.pdf</translation>
    </message>
    <message>
        <source>Usage: vigie-cli pdp summary --case ID --out FILE.pdf</source>
        <translation>Usage : vigie-cli pdp summary --case ID --out FICHIER.pdf</translation>
    </message>
    <message>
        <source>Unknown format "%1" (json or csv)</source>
        <translation>Format « %1 » inconnu (json ou csv)</translation>
    </message>
    <message>
        <source>Give --siret or --siren</source>
        <translation>Indiquez --siret ou --siren</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Usage: vigie-cli pdp meeting --date YYYY-MM-DD --decision CASE_ID:TEXT [--decision CASE_ID:TEXT ...]</source>
        <translation>Usage : vigie-cli pdp meeting --date AAAA-MM-JJ --decision ID_DOSSIER:TEXTE [--decision ID_DOSSIER:TEXTE ...]</translation>
    </message>
    <message>
        <source>Usage: vigie-cli pdp settings [--first-social MONTHS] [--second-social MONTHS] [--outcome MONTHS]</source>
        <translation>Usage : vigie-cli pdp settings [--first-social MOIS] [--second-social MOIS] [--outcome MOIS]</translation>
    </message>
    <message>
        <source>Demonstration appointment</source>
        <translation>Rendez-vous de démonstration</translation>
    </message>
    <message>
        <source>Appointments of the past month and the next four weeks…</source>
        <translation>Rendez-vous du mois passé et des quatre semaines à venir…</translation>
    </message>
    <message>
        <source>Medical records: consultations and signed documents…</source>
        <translation>Dossiers médicaux : consultations et documents signés…</translation>
    </message>
</context>
<context>
    <name>vigie::companysheet</name>
    <message>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Registered post</source>
        <translation>Lettre recommandée</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Remise en main propre</translation>
    </message>
    <message>
        <source>Members' portal</source>
        <translation>Portail adhérents</translation>
    </message>
    <message>
        <source>Unknown company sheet version</source>
        <translation>Version de fiche d’entreprise inconnue</translation>
    </message>
    <message>
        <source>This establishment has no company sheet version %1</source>
        <translation>Cet établissement n’a pas de version %1 de fiche d’entreprise</translation>
    </message>
    <message>
        <source>This establishment has no validated company sheet</source>
        <translation>Cet établissement n’a pas de fiche d’entreprise validée</translation>
    </message>
    <message>
        <source>Unknown company sheet draft: %1</source>
        <translation>Brouillon de fiche d’entreprise inconnu : %1</translation>
    </message>
    <message>
        <source>Access refused: this draft belongs to %1</source>
        <translation>Accès refusé : ce brouillon appartient à %1</translation>
    </message>
    <message>
        <source>This draft is no longer open (it was validated or abandoned)</source>
        <translation>Ce brouillon n’est plus ouvert (il a été validé ou abandonné)</translation>
    </message>
    <message>
        <source>Unknown establishment: SIRET %1</source>
        <translation>Établissement inconnu : SIRET %1</translation>
    </message>
    <message>
        <source>Access refused: your role (%1) prepares company sheets but does not validate them</source>
        <translation>Accès refusé : votre rôle (%1) prépare les fiches d’entreprise mais ne les valide pas</translation>
    </message>
    <message>
        <source>The date of sending must lie between the validation (%1) and today</source>
        <translation>La date d’envoi doit se situer entre la validation (%1) et aujourd’hui</translation>
    </message>
    <message>
        <source>Access refused: only the administrator changes the company sheets' settings</source>
        <translation>Accès refusé : seul l’administrateur modifie les réglages des fiches d’entreprise</translation>
    </message>
    <message>
        <source>The renewal delay must be from 1 to 10 years (%1 given)</source>
        <translation>Le délai de mise à jour doit être de 1 à 10 ans (%1 indiqué)</translation>
    </message>
    <message>
        <source>The field %1 expects a list of exposures</source>
        <translation>Le champ %1 attend une liste d’expositions</translation>
    </message>
    <message>
        <source>An exposure of %1 has no code</source>
        <translation>Une exposition de %1 n’a pas de code</translation>
    </message>
    <message>
        <source>The exposure %1 has an invalid number of workers (%2)</source>
        <translation>L’exposition %1 a un nombre de salariés invalide (%2)</translation>
    </message>
    <message>
        <source>The exposure %1 has an unknown item: %2</source>
        <translation>L’exposition %1 comporte un élément inconnu : %2</translation>
    </message>
    <message>
        <source>The exposure %1 is listed twice</source>
        <translation>L’exposition %1 figure deux fois</translation>
    </message>
    <message>
        <source>Unknown field of the company sheet: %1</source>
        <translation>Champ inconnu de la fiche d’entreprise : %1</translation>
    </message>
    <message>
        <source>The field %1 expects text</source>
        <translation>Le champ %1 attend du texte</translation>
    </message>
    <message>
        <source>The field %1 expects a whole number from 0</source>
        <translation>Le champ %1 attend un nombre entier à partir de 0</translation>
    </message>
    <message>
        <source>The field %1 expects yes or no</source>
        <translation>Le champ %1 attend oui ou non</translation>
    </message>
    <message>
        <source>The field %1 expects a date</source>
        <translation>Le champ %1 attend une date</translation>
    </message>
    <message>
        <source>Unknown section of the company sheet: %1</source>
        <translation>Section inconnue de la fiche d’entreprise : %1</translation>
    </message>
    <message>
        <source>The section %1 is not a set of fields</source>
        <translation>La section %1 n’est pas un ensemble de champs</translation>
    </message>
    <message>
        <source>The company sheet's content is not a JSON object (%1)</source>
        <translation>Le contenu de la fiche d’entreprise n’est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>%1 CDI, %2 CDD, %3 temporary, %4 other — %5 exposed</source>
        <translation>%1 CDI, %2 CDD, %3 intérim, %4 autre(s) — %5 exposé(s)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>First sheet</source>
        <translation>Première fiche</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>ajoutée : %1</translation>
    </message>
    <message>
        <source>changed: %1 → %2</source>
        <translation>modifiée : %1 → %2</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>retirée : %1</translation>
    </message>
    <message>
        <source>The section "%1" was changed in both versions: choose which one to keep</source>
        <translation>La section « %1 » a été modifiée dans les deux versions : choisissez celle à garder</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Intérim</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Prevention measures</source>
        <translation>Mesures de prévention</translation>
    </message>
    <message>
        <source>Company sheet</source>
        <translation>Fiche d’entreprise</translation>
    </message>
    <message>
        <source>Company sheet · page %1 of 4</source>
        <translation>Fiche d’entreprise · page %1 sur 4</translation>
    </message>
    <message>
        <source>Subject: company sheet of %1 — %2</source>
        <translation>Objet : fiche d’entreprise de %1 — %2</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation>Madame, Monsieur,</translation>
    </message>
    <message>
        <source>Please find enclosed the company sheet of your establishment drawn up by our multidisciplinary team. It lists the occupational risks, the number of workers exposed and our prevention advice.</source>
        <translation>Veuillez trouver ci-joint la fiche d’entreprise de votre établissement, établie par notre équipe pluridisciplinaire. Elle recense les risques professionnels, les effectifs de salariés exposés et nos conseils de prévention.</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>Nous vous prions d’agréer, Madame, Monsieur, l’expression de nos salutations distinguées.</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Version %1 du %2</translation>
    </message>
    <message>
        <source>Company sheet %1 — %2</source>
        <translation>Fiche d’entreprise %1 — %2</translation>
    </message>
    <message>
        <source>Company sheet — %1</source>
        <translation>Fiche d’entreprise — %1</translation>
    </message>
    <message>
        <source>%1 · SIRET %2 · %3 · validated by %4</source>
        <translation>%1 · SIRET %2 · %3 · validée par %4</translation>
    </message>
    <message>
        <source>Validated by %1 on %2. Fingerprint (SHA-256): %3</source>
        <translation>Validée par %1 le %2. Empreinte (SHA-256) : %3</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identification</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Premises and hygiene</source>
        <translation>Locaux et hygiène</translation>
    </message>
    <message>
        <source>Process and work posts</source>
        <translation>Process et postes de travail</translation>
    </message>
    <message>
        <source>Prevention organisation</source>
        <translation>Organisation de la prévention</translation>
    </message>
    <message>
        <source>Health and safety indicators</source>
        <translation>Indicateurs de santé et sécurité</translation>
    </message>
    <message>
        <source>Workforce</source>
        <translation>Effectifs</translation>
    </message>
    <message>
        <source>Exposures and risks</source>
        <translation>Expositions et risques</translation>
    </message>
    <message>
        <source>Prevention actions</source>
        <translation>Actions de prévention</translation>
    </message>
    <message>
        <source>Covering letter</source>
        <translation>Lettre d’accompagnement</translation>
    </message>
    <message>
        <source>version %1 is missing</source>
        <translation>la version %1 manque</translation>
    </message>
    <message>
        <source>version %1 does not follow the previous version's hash</source>
        <translation>la version %1 ne suit pas l’empreinte de la version précédente</translation>
    </message>
    <message>
        <source>version %1 was altered: its content, author or date no longer match its hash</source>
        <translation>la version %1 a été altérée : son contenu, son auteur ou sa date ne correspondent plus à son empreinte</translation>
    </message>
    <message>
        <source>version %1 holds content that is not a valid company sheet</source>
        <translation>la version %1 contient un contenu qui n’est pas une fiche d’entreprise valide</translation>
    </message>
    <message>
        <source>Company sheets</source>
        <translation>Fiches d’entreprise</translation>
    </message>
    <message>
        <source>Unknown exposure code: %1 (see the exposure thesaurus)</source>
        <translation>Code d’exposition inconnu : %1 (voir le thésaurus des expositions)</translation>
    </message>
</context>
<context>
    <name>vigie::companysheet::CompanySheetsPage</name>
    <message>
        <source>Search an establishment by name</source>
        <translation>Rechercher un établissement par son nom</translation>
    </message>
    <message>
        <source>Choose an establishment</source>
        <translation>Choisissez un établissement</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Validée le</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Drawn from</source>
        <translation>Établie à partir de</translation>
    </message>
    <message>
        <source>Sent to the employer</source>
        <translation>Envoyée à l’employeur</translation>
    </message>
    <message>
        <source>&amp;New draft from this version</source>
        <translation>&amp;Nouveau brouillon à partir de cette version</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Select two versions (or one, to compare it with the previous one) and press Compare.</source>
        <translation>Sélectionnez deux versions (ou une seule, pour la comparer à la précédente) puis appuyez sur Comparer.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Print the company sheet</source>
        <translation>Imprimer la fiche d’entreprise</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No draft open. Start one from the history (Ctrl+N).</source>
        <translation>Aucun brouillon ouvert. Commencez-en un depuis l’historique (Ctrl+N).</translation>
    </message>
    <message>
        <source>p. %1 — %2</source>
        <translation>p. %1 — %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Intérim</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Prevention measures</source>
        <translation>Mesures de prévention</translation>
    </message>
    <message>
        <source>Add an exposure</source>
        <translation>Ajouter une exposition</translation>
    </message>
    <message>
        <source>Remove the exposure</source>
        <translation>Retirer l’exposition</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>&amp;Save the draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>&amp;Validate as a new version</source>
        <translation>&amp;Valider comme nouvelle version</translation>
    </message>
    <message>
        <source>&amp;Abandon the draft</source>
        <translation>&amp;Abandonner le brouillon</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>&amp;Brouillon</translation>
    </message>
    <message>
        <source>Abandon the draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <source>Abandon this draft? What it holds is lost.</source>
        <translation>Abandonner ce brouillon ? Son contenu sera perdu.</translation>
    </message>
    <message>
        <source>Draft abandoned.</source>
        <translation>Brouillon abandonné.</translation>
    </message>
    <message>
        <source>SIRET %1 · %2</source>
        <translation>SIRET %1 · %2</translation>
    </message>
    <message>
        <source>Company sheet — %1 (SIRET %2)</source>
        <translation>Fiche d’entreprise — %1 (SIRET %2)</translation>
    </message>
    <message>
        <source>Draft(s) in progress by: %1. Their changes will be merged by section when validated.</source>
        <translation>Brouillon(s) en cours de : %1. Leurs modifications seront fusionnées par section à la validation.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>, merged</source>
        <translation>, fusionnée</translation>
    </message>
    <message>
        <source>No validated version yet: start the first sheet with New draft (Ctrl+N).</source>
        <translation>Aucune version validée : commencez la première fiche avec Nouveau brouillon (Ctrl+N).</translation>
    </message>
    <message>
        <source>Choose an establishment first.</source>
        <translation>Choisissez d’abord un établissement.</translation>
    </message>
    <message>
        <source>A draft is already open: validate or abandon it first.</source>
        <translation>Un brouillon est déjà ouvert : validez-le ou abandonnez-le d’abord.</translation>
    </message>
    <message>
        <source>Draft started, pre-filled from the membership record, the workforce and the previous version.</source>
        <translation>Brouillon commencé, prérempli à partir du dossier d’adhésion, des effectifs et de la version précédente.</translation>
    </message>
    <message>
        <source>Draft of %1, started on %2 from version %3.</source>
        <translation>Brouillon de %1, commencé le %2 à partir de la version %3.</translation>
    </message>
    <message>
        <source>Draft of %1, started on %2: first sheet of this establishment.</source>
        <translation>Brouillon de %1, commencé le %2 : première fiche de cet établissement.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Exposure %1: the number of workers must be a whole number</source>
        <translation>Exposition %1 : le nombre de salariés doit être un nombre entier</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <source>Changed in both versions</source>
        <translation>Modifiée dans les deux versions</translation>
    </message>
    <message>
        <source>Version %1, validated since this draft was started, also changed the section "%2". Which one do you keep?</source>
        <translation>La version %1, validée depuis le début de ce brouillon, a aussi modifié la section « %2 ». Laquelle gardez-vous ?</translation>
    </message>
    <message>
        <source>Keep my draft's</source>
        <translation>Garder celle de mon brouillon</translation>
    </message>
    <message>
        <source>Keep version %1's</source>
        <translation>Garder celle de la version %1</translation>
    </message>
    <message>
        <source>The sections are merged: check the draft, then validate it.</source>
        <translation>Les sections sont fusionnées : vérifiez le brouillon, puis validez-le.</translation>
    </message>
    <message>
        <source>Version %1 validated, merged with the version validated meanwhile (%2).</source>
        <translation>Version %1 validée, fusionnée avec la version validée entre-temps (%2).</translation>
    </message>
    <message>
        <source>Version %1 validated.</source>
        <translation>Version %1 validée.</translation>
    </message>
    <message>
        <source>Select two versions, or one that has a previous version.</source>
        <translation>Sélectionnez deux versions, ou une version qui a une version précédente.</translation>
    </message>
    <message>
        <source>From version %1 to version %2</source>
        <translation>De la version %1 à la version %2</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation>Imprimée dans %1.</translation>
    </message>
    <message>
        <source>Add an exposure of the thesaurus: type a code or words of its label, then Enter</source>
        <translation>Ajouter une exposition du thésaurus : saisissez un code ou des mots de son libellé, puis Entrée</translation>
    </message>
    <message>
        <source>Ac&amp;tions</source>
        <translation>Ac&amp;tions</translation>
    </message>
    <message>
        <source>The first %1 establishments by name are listed, and there are more: type to narrow</source>
        <translation>Les %1 premiers établissements par nom sont listés, et il y en a d’autres : tapez pour restreindre</translation>
    </message>
    <message>
        <source>Only those &amp;without primary prevention</source>
        <translation>Seulement ceux sans prévention primaire</translation>
    </message>
    <message>
        <source>Sent to the &amp;employer…</source>
        <translation>Envoyée à l’em&amp;ployeur…</translation>
    </message>
    <message>
        <source>Record the day the selected version (the latest when none is selected) went to the employer</source>
        <translation>Enregistrer le jour où la version choisie (la dernière si aucune n’est choisie) a été envoyée à l’employeur</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — à faire avant le %2</translation>
    </message>
    <message>
        <source>Last primary-prevention action on %1</source>
        <translation>Dernière action de prévention primaire le %1</translation>
    </message>
    <message>
        <source>No primary-prevention action recorded</source>
        <translation>Aucune action de prévention primaire enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) without a primary-prevention action in the service's interval.</source>
        <translation>
            <numerusform>%n établissement sans action de prévention primaire dans l’intervalle du service.</numerusform>
            <numerusform>%n établissements sans action de prévention primaire dans l’intervalle du service.</numerusform>
        </translation>
    </message>
    <message>
        <source>No validated version to send yet.</source>
        <translation>Aucune version validée à envoyer pour l’instant.</translation>
    </message>
    <message>
        <source>Version %1 recorded as sent to the employer.</source>
        <translation>Version %1 enregistrée comme envoyée à l’employeur.</translation>
    </message>
    <message>
        <source>Validate the company sheet</source>
        <translation>Valider la fiche d’entreprise</translation>
    </message>
    <message>
        <source>Validate this draft as version %1 of the sheet? A validated version can no longer be changed.</source>
        <translation>Valider ce brouillon comme version %1 de la fiche ? Une version validée ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>Not validated: the draft stays open.</source>
        <translation>Non validée : le brouillon reste ouvert.</translation>
    </message>
</context>
<context>
    <name>vigie::companysheet::SendingDialog</name>
    <message>
        <source>Sent to the employer — version %1</source>
        <translation>Envoi à l’employeur — version %1</translation>
    </message>
    <message>
        <source>Sent &amp;on</source>
        <translation>Envoyée &amp;le</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Par</translation>
    </message>
    <message>
        <source>The employer or the person it went to</source>
        <translation>L’employeur ou la personne destinataire</translation>
    </message>
    <message>
        <source>Re&amp;cipient</source>
        <translation>&amp;Destinataire</translation>
    </message>
</context>
<context>
    <name>vigie::core</name>
    <message>
        <source>Invalid HLC timestamp "%1": expected 13-digit time, 5-digit counter and node id</source>
        <translation>Horodatage HLC « %1 » non valide : une heure sur 13 chiffres, un compteur sur 5 chiffres et un identifiant de nœud sont attendus</translation>
    </message>
    <message>
        <source>Timestamp from replica "%1" is %2 s ahead of this computer's clock (maximum %3 s); check the date and time of both computers</source>
        <translation>L’horodatage du réplica « %1 » est en avance de %2 s sur l’horloge de cet ordinateur (maximum %3 s) ; vérifiez la date et l’heure des deux ordinateurs</translation>
    </message>
    <message>
        <source>NIR %1: %2</source>
        <extracomment>%1 is the NIR as "1 85 05 78 006 084 36", %2 one of the reasons below</extracomment>
        <translation>NIR %1 : %2</translation>
    </message>
    <message>
        <source>NIR is empty</source>
        <translation>Le NIR est vide</translation>
    </message>
    <message>
        <source>must have 15 characters (13 + a 2-digit key), found %1</source>
        <translation>doit comporter 15 caractères (13 + une clé à 2 chiffres), et non %1</translation>
    </message>
    <message>
        <source>character "%1" at position %2 is not allowed (only digits, and 2A or 2B as département)</source>
        <translation>le caractère « %1 » en position %2 n’est pas autorisé (uniquement des chiffres, et 2A ou 2B pour le département)</translation>
    </message>
    <message>
        <source>first digit %1 is not a valid sex code (1, 2, 7 or 8)</source>
        <translation>le premier chiffre, %1, n’est pas un code de sexe valide (1, 2, 7 ou 8)</translation>
    </message>
    <message>
        <source>month %1 is not valid (01 to 12, or 20 to 42 and 50 to 99 when unknown)</source>
        <translation>le mois %1 n’est pas valide (01 à 12, ou 20 à 42 et 50 à 99 si le mois est inconnu)</translation>
    </message>
    <message>
        <source>order number 000 is not valid (001 to 999)</source>
        <translation>le numéro d’ordre 000 n’est pas valide (001 à 999)</translation>
    </message>
    <message>
        <source>key %1 does not match (expected %2)</source>
        <translation>la clé %1 ne correspond pas (%2 attendue)</translation>
    </message>
    <message>
        <source>%1 %2: must have exactly %3 digits</source>
        <extracomment>%1 is "SIREN" or "SIRET", %2 the number as entered, %3 the expected number of digits</extracomment>
        <translation>%1 %2 : doit comporter exactement %3 chiffres</translation>
    </message>
    <message>
        <source>%1 %2: the check digit does not match (probably a typing error)</source>
        <extracomment>%1 is "SIREN" or "SIRET", %2 the number</extracomment>
        <translation>%1 %2 : le chiffre de contrôle ne correspond pas (probablement une erreur de saisie)</translation>
    </message>
    <message>
        <source>SIRET %1: for La Poste (SIREN 356000000) the sum of the 14 digits must be a multiple of 5, it is %2</source>
        <translation>SIRET %1 : pour La Poste (SIREN 356000000), la somme des 14 chiffres doit être un multiple de 5 ; elle vaut %2</translation>
    </message>
    <message>
        <source>Holiday table, line %1: the columns must be region,rule,name,source</source>
        <translation>Table des jours fériés, ligne %1 : les colonnes doivent être region,rule,name,source</translation>
    </message>
    <message>
        <source>Holiday table, line %1: invalid %2 "%3"</source>
        <extracomment>%1 is a line number, %2 a column name of the holiday table (region, rule, name or source), %3 the value found there</extracomment>
        <translation>Table des jours fériés, ligne %1 : %2 « %3 » non valide</translation>
    </message>
    <message>
        <source>Holiday table, line %1: %2 fields instead of 4</source>
        <translation>Table des jours fériés, ligne %1 : %2 champs au lieu de 4</translation>
    </message>
    <message>
        <source>Unknown region "%1": expected one of %2</source>
        <extracomment>%1 is the region code as typed, %2 the list of valid codes</extracomment>
        <translation>Région « %1 » inconnue : valeurs attendues : %2</translation>
    </message>
</context>
<context>
    <name>vigie::desktop</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Impossible de lire le fichier de mot de passe %1 : %2</translation>
    </message>
    <message>
        <source>Vigie, the occupational health service's desktop application.</source>
        <translation>Vigie, l’application de bureau du service de prévention et de santé au travail.</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>Fichier de base de données à ouvrir.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Login to sign in with.</source>
        <translation>Identifiant de connexion.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>File whose first line is the password (with --user).</source>
        <translation>Fichier dont la première ligne est le mot de passe (avec --user).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Build the windows, process events once and exit (no display needed).</source>
        <translation>Construit les fenêtres, traite les événements une fois puis quitte (aucun affichage nécessaire).</translation>
    </message>
    <message>
        <source>--smoke-test signs in only with both --user and --password-file</source>
        <translation>--smoke-test n’ouvre une session que si --user et --password-file sont tous deux indiqués</translation>
    </message>
    <message>
        <source>Smoke test passed: platform %1, database %2, %3</source>
        <translation>Test de démarrage réussi : plateforme %1, base de données %2, %3</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>session ouverte pour %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>aucune session ouverte</translation>
    </message>
    <message>
        <source>Your session has ended: sign in again.</source>
        <translation>Votre session a pris fin : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Service settings</source>
        <translation>Paramètres du service</translation>
    </message>
</context>
<context>
    <name>vigie::desktop::HelpBrowser</name>
    <message>
        <source>Vigie — Guide</source>
        <translation>Vigie — Guide</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>All the &amp;guides</source>
        <translation>Tous les &amp;guides</translation>
    </message>
</context>
<context>
    <name>vigie::desktop::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Vigie — Sign in</source>
        <translation>Vigie — Connexion</translation>
    </message>
    <message>
        <source>Occupational health service</source>
        <translation>Service de prévention et de santé au travail</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation>Au moins 12 caractères</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own password: nobody else will know it.</source>
        <translation>Votre mot de passe a été fixé par un administrateur. Choisissez le vôtre : personne d’autre ne le connaîtra.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Con&amp;firmation:</source>
        <translation>Con&amp;firmation :</translation>
    </message>
    <message>
        <source>Save and sign in</source>
        <translation>Enregistrer et se connecter</translation>
    </message>
    <message>
        <source>The password and its confirmation differ.</source>
        <translation>Le mot de passe et sa confirmation diffèrent.</translation>
    </message>
</context>
<context>
    <name>vigie::desktop::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Vigie — %1</source>
        <translation>Vigie — %1</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Aucune session ouverte</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>No module is available for your role in this version yet.</source>
        <translation>Aucun module n’est encore disponible pour votre rôle dans cette version.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Aucune session ouverte.</translation>
    </message>
    <message>
        <source>Synchronisation: not configured</source>
        <translation>Synchronisation : non configurée</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Lock session</source>
        <translation>&amp;Verrouiller la session</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Type your password to continue.</source>
        <translation>Saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Close this session, for another person to sign in</source>
        <translation>Fermer cette session pour permettre à une autre personne de se connecter</translation>
    </message>
    <message>
        <source>Vigie — Session locked</source>
        <translation>Vigie — Session verrouillée</translation>
    </message>
    <message>
        <source>Session locked — %1</source>
        <translation>Session verrouillée — %1</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. %n attempt(s) left before the session closes.</source>
        <translation>
            <numerusform>Mot de passe incorrect. Encore %n tentative avant la fermeture de la session.</numerusform>
            <numerusform>Mot de passe incorrect. Encore %n tentatives avant la fermeture de la session.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session has ended: sign in again.</source>
        <translation>La session a pris fin : reconnectez-vous.</translation>
    </message>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Help on this screen</source>
        <translation>&amp;Aide sur cet écran</translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation>&amp;Guides</translation>
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation>À &amp;propos de Vigie</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;The business software of occupational health services: workers' medical records, follow-up planning, company sheets, membership, indicators.&lt;/p&gt;&lt;p&gt;Each workstation keeps its data in an encrypted database (SQLCipher, AES-256) and synchronises with the service's server.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLCipher 4.5.5, Poco and libsodium.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;Le logiciel métier des services de prévention et de santé au travail : dossier médical en santé au travail, planification du suivi, fiches d’entreprise, adhésions, indicateurs.&lt;/p&gt;&lt;p&gt;Chaque poste garde ses données dans une base chiffrée (SQLCipher, AES-256) et se synchronise avec le serveur du service.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2, SQLCipher 4.5.5, Poco et libsodium.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Vigie</source>
        <translation>À propos de Vigie</translation>
    </message>
    <message>
        <source>&amp;Enrol this workstation…</source>
        <translation>&amp;Enrôler ce poste…</translation>
    </message>
</context>
<context>
    <name>vigie::desktop::RenewalDelaysBox</name>
    <message>
        <source>Delays</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>The periodic visits never later than the law allows; a team's protocol may shorten them further.</source>
        <translation>Les visites périodiques jamais plus tard que la loi ne le permet ; le protocole d’une équipe peut les raccourcir encore.</translation>
    </message>
    <message>
        <source>VIP renew&amp;al, SI:</source>
        <translation>Renouve&amp;llement VIP, SI :</translation>
    </message>
    <message>
        <source>VIP renewal, SIA:</source>
        <translation>Renouvellement VIP, SIA :</translation>
    </message>
    <message>
        <source>Medical exam, SIR:</source>
        <translation>Examen médical, SIR :</translation>
    </message>
    <message>
        <source>Intermediate visit, SIR:</source>
        <translation>Visite intermédiaire, SIR :</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>%1 — at most %2 months (%3)</source>
        <translation>%1 — au plus %2 mois (%3)</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> an(s)</translation>
    </message>
    <message>
        <source>Company sheet update:</source>
        <translation>Mise à jour de la fiche d’entreprise :</translation>
    </message>
    <message>
        <source>Offer §3.2.3: a primary-prevention action at each establishment at least every 4 years</source>
        <translation>Offre socle §3.2.3 : une action de prévention primaire dans chaque établissement au moins tous les 4 ans</translation>
    </message>
    <message>
        <source>Primary prevention:</source>
        <translation>Prévention primaire :</translation>
    </message>
    <message>
        <source>Save the &amp;delays</source>
        <translation>Enre&amp;gistrer les délais</translation>
    </message>
    <message>
        <source>The delays are saved: the planning uses them from now on.</source>
        <translation>Les délais sont enregistrés : la planification les applique dès maintenant.</translation>
    </message>
</context>
<context>
    <name>vigie::desktop::ServiceSettingsPage</name>
    <message>
        <source>&lt;h2&gt;Service settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Paramètres du service&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The service: identity and contact</source>
        <translation>Le service : identité et coordonnées</translation>
    </message>
    <message>
        <source>Printed on the convocations, the prevention orders and the invoices.</source>
        <translation>Imprimées sur les convocations, les ordonnances de prévention et les factures.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>A&amp;dresse :</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>V&amp;ille :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>SIRE&amp;T:</source>
        <translation>SIR&amp;ET :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web :</translation>
    </message>
    <message>
        <source>Save the &amp;identity</source>
        <translation>Enregistrer l’&amp;identité</translation>
    </message>
    <message>
        <source>Mail server (convocations and reminders)</source>
        <translation>Serveur de messagerie (convocations et rappels)</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (port 465)</translation>
    </message>
    <message>
        <source>None (internal relay only)</source>
        <translation>Aucun (relais interne seulement)</translation>
    </message>
    <message>
        <source> day(s) before</source>
        <translation> jour(s) avant</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;veur :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>C&amp;hiffrement :</translation>
    </message>
    <message>
        <source>Se&amp;nder address:</source>
        <translation>Adresse d’e&amp;xpéditeur :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse :</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Rappel :</translation>
    </message>
    <message>
        <source>Save the &amp;mail server</source>
        <translation>Enregistrer le serveur de &amp;messagerie</translation>
    </message>
    <message>
        <source>The service's identity is saved.</source>
        <translation>L’identité du service est enregistrée.</translation>
    </message>
    <message>
        <source>The mail server is saved.</source>
        <translation>Le serveur de messagerie est enregistré.</translation>
    </message>
</context>
<context>
    <name>vigie::desktop::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The language applies at the next start of Vigie.</source>
        <translation>La langue s’applique au prochain démarrage de Vigie.</translation>
    </message>
    <message>
        <source>Without keyboard or mouse activity for this delay, the session locks and hides every personal datum (1 to 30 minutes).</source>
        <translation>Sans activité du clavier ou de la souris pendant ce délai, la session se verrouille et masque toutes les données personnelles (de 1 à 30 minutes).</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation>&amp;Verrouiller après :</translation>
    </message>
</context>
<context>
    <name>vigie::dmst</name>
    <message>
        <source>No referral</source>
        <translation>Pas d'orientation</translation>
    </message>
    <message>
        <source>To the occupational physician</source>
        <translation>Vers le médecin du travail</translation>
    </message>
    <message>
        <source>To care (attending doctor, specialist)</source>
        <translation>Vers le soin (médecin traitant, spécialiste)</translation>
    </message>
    <message>
        <source>To another professional of the team</source>
        <translation>Vers un autre professionnel de l'équipe</translation>
    </message>
    <message>
        <source>underweight</source>
        <translation>insuffisance pondérale</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>corpulence normale</translation>
    </message>
    <message>
        <source>overweight</source>
        <translation>surpoids</translation>
    </message>
    <message>
        <source>obesity</source>
        <translation>obésité</translation>
    </message>
    <message>
        <source>%1 %2 is out of range (%3 to %4)</source>
        <translation>%1 : %2 est hors des limites (%3 à %4)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Taille (cm)</translation>
    </message>
    <message>
        <source>Systolic pressure (mmHg)</source>
        <translation>Pression systolique (mmHg)</translation>
    </message>
    <message>
        <source>Diastolic pressure (mmHg)</source>
        <translation>Pression diastolique (mmHg)</translation>
    </message>
    <message>
        <source>Blood pressure %1/%2: the diastolic must be below the systolic</source>
        <translation>Tension artérielle %1/%2 : la diastolique doit être inférieure à la systolique</translation>
    </message>
    <message>
        <source>The departure time %1 is before the arrival time %2</source>
        <translation>L'heure de départ %1 est antérieure à l'heure d'arrivée %2</translation>
    </message>
    <message>
        <source>The kind of visit is missing</source>
        <translation>Le type de visite manque</translation>
    </message>
    <message>
        <source>The date of the visit is missing</source>
        <translation>La date de la visite manque</translation>
    </message>
    <message>
        <source>The conclusion is missing</source>
        <translation>La conclusion manque</translation>
    </message>
    <message>
        <source>Record first that the worker was informed of his rights on the record (R4624-45-6, part 6°): the visit cannot be closed before</source>
        <translation>Enregistrez d'abord que le salarié a été informé de ses droits sur son dossier (R4624-45-6, partie 6°) : la visite ne peut pas être clôturée avant</translation>
    </message>
    <message>
        <source>Unknown consultation: %1</source>
        <translation>Consultation inconnue : %1</translation>
    </message>
    <message>
        <source>This consultation is closed: it cannot be changed; record a correction instead</source>
        <translation>Cette consultation est clôturée : elle ne peut plus être modifiée ; saisissez une correction</translation>
    </message>
    <message>
        <source>The kind and the date of the visit are required</source>
        <translation>Le type et la date de la visite sont obligatoires</translation>
    </message>
    <message>
        <source>Only a closed consultation is corrected; a draft is simply edited</source>
        <translation>Seule une consultation clôturée se corrige ; un brouillon se modifie directement</translation>
    </message>
    <message>
        <source>This consultation was already corrected: correct the latest version</source>
        <translation>Cette consultation a déjà été corrigée : corrigez la dernière version</translation>
    </message>
    <message>
        <source>The note is empty</source>
        <translation>La note est vide</translation>
    </message>
    <message>
        <source>Access refused: personal notes are kept by physicians only</source>
        <translation>Accès refusé : seuls les médecins tiennent des notes personnelles</translation>
    </message>
    <message>
        <source>Unknown document: %1</source>
        <translation>Document inconnu : %1</translation>
    </message>
    <message>
        <source>NIR (test or demo identity)</source>
        <translation>NIR (identité de test ou de démonstration)</translation>
    </message>
    <message>
        <source>Unknown adjustment measure: %1</source>
        <translation>Mesure d'aménagement inconnue : %1</translation>
    </message>
    <message>
        <source>This document is already signed: issue a correction</source>
        <translation>Ce document est déjà signé : établissez une correction</translation>
    </message>
    <message>
        <source>A draft is edited, not corrected</source>
        <translation>Un brouillon se modifie, il ne se corrige pas</translation>
    </message>
    <message>
        <source>This document was already corrected: correct the latest version</source>
        <translation>Ce document a déjà été corrigé : corrigez la dernière version</translation>
    </message>
    <message>
        <source>Only a signed document is printed</source>
        <translation>Seul un document signé s'imprime</translation>
    </message>
    <message>
        <source>Unknown worker: %1</source>
        <translation>Salarié inconnu : %1</translation>
    </message>
    <message>
        <source>The date of the request is missing or in the future</source>
        <translation>La date de la demande manque ou est dans le futur</translation>
    </message>
    <message>
        <source>1° Identity and administrative data</source>
        <translation>1° Identité et données administratives</translation>
    </message>
    <message>
        <source>2° Work history and exposures</source>
        <translation>2° Parcours professionnel et expositions</translation>
    </message>
    <message>
        <source>3° Health data from visits</source>
        <translation>3° Données de santé recueillies lors des visites</translation>
    </message>
    <message>
        <source>4° Correspondence between health professionals</source>
        <translation>4° Correspondances entre professionnels de santé</translation>
    </message>
    <message>
        <source>5° Attestations, avis, proposals and information given</source>
        <translation>5° Attestations, avis, propositions et informations délivrées</translation>
    </message>
    <message>
        <source>6° Information on access rights</source>
        <translation>6° Information sur les droits d'accès</translation>
    </message>
    <message>
        <source>7° Consents and oppositions</source>
        <translation>7° Consentements et oppositions</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>Carte nationale d'identité</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <source>Birth certificate with a photo health card</source>
        <translation>Acte de naissance avec carte Vitale à photo</translation>
    </message>
    <message>
        <source>Unknown identity status "%1"</source>
        <translation>Statut d'identité inconnu « %1 »</translation>
    </message>
    <message>
        <source>A doubtful or fictitious identity stays provisional (status %1 refused)</source>
        <translation>Une identité douteuse ou fictive reste provisoire (statut %1 refusé)</translation>
    </message>
    <message>
        <source>Status %1 needs an identity check on a high-trust document recorded first</source>
        <translation>Le statut %1 exige d'avoir d'abord enregistré un contrôle d'identité sur un titre à haut niveau de confiance</translation>
    </message>
    <message>
        <source>Status %1 needs the INS matricule and OID returned by the INSi service</source>
        <translation>Le statut %1 exige le matricule INS et l'OID renvoyés par le téléservice INSi</translation>
    </message>
    <message>
        <source>The employer is missing</source>
        <translation>L'employeur manque</translation>
    </message>
    <message>
        <source>The post is missing</source>
        <translation>Le poste manque</translation>
    </message>
    <message>
        <source>The start date is missing</source>
        <translation>La date de début manque</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2</source>
        <translation>La date de fin %1 est antérieure à la date de début %2</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>The exposure code is missing</source>
        <translation>Le code d'exposition manque</translation>
    </message>
    <message>
        <source>The correspondent is missing</source>
        <translation>Le correspondant manque</translation>
    </message>
    <message>
        <source>The subject is missing</source>
        <translation>L'objet manque</translation>
    </message>
    <message>
        <source>The date is missing</source>
        <translation>La date manque</translation>
    </message>
    <message>
        <source>on paper</source>
        <translation>sur papier</translation>
    </message>
    <message>
        <source>electronically</source>
        <translation>par voie électronique</translation>
    </message>
    <message>
        <source>orally</source>
        <translation>oralement</translation>
    </message>
    <message>
        <source>Consent to teleconsultation (L4624-1)</source>
        <translation>Consentement à la téléconsultation (L4624-1)</translation>
    </message>
    <message>
        <source>Objects to access by the professionals under the physician's authority (L4624-8)</source>
        <translation>S'oppose à l'accès des professionnels placés sous l'autorité du médecin du travail (L4624-8)</translation>
    </message>
    <message>
        <source>Objects to access to records held by other services (R4624-45-6 2°)</source>
        <translation>S'oppose à l'accès aux dossiers détenus par d'autres services (R4624-45-6 2°)</translation>
    </message>
    <message>
        <source>Refuses the physician access to the DMP (L4624-8-1)</source>
        <translation>Refuse au médecin du travail l'accès à son DMP (L4624-8-1)</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Rien d'enregistré.</translation>
    </message>
    <message>
        <source>Copy of the occupational health record</source>
        <translation>Copie du dossier médical en santé au travail</translation>
    </message>
    <message>
        <source>Request of %1 — legal due date %2 — produced on %3 (personal notes of the physicians are not part of the record communicated)</source>
        <translation>Demande du %1 — échéance légale %2 — établie le %3 (les notes personnelles des médecins ne font pas partie du dossier communiqué)</translation>
    </message>
    <message>
        <source>INS matricule %1 (qualified identity)</source>
        <translation>Matricule INS %1 (identité qualifiée)</translation>
    </message>
    <message>
        <source>Identity status: %1</source>
        <translation>Statut de l'identité : %1</translation>
    </message>
    <message>
        <source>Health insurance: %1</source>
        <translation>Assurance maladie : %1</translation>
    </message>
    <message>
        <source>Attending doctor: %1 %2</source>
        <translation>Médecin traitant : %1 %2</translation>
    </message>
    <message>
        <source>Identity checked on %1 (%2)</source>
        <translation>Identité contrôlée le %1 (%2)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd'hui</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>intensity %1</source>
        <translation>intensité %1</translation>
    </message>
    <message>
        <source> (correction)</source>
        <translation> (correction)</translation>
    </message>
    <message>
        <source>weight %1 kg</source>
        <translation>poids %1 kg</translation>
    </message>
    <message>
        <source>height %1 cm</source>
        <translation>taille %1 cm</translation>
    </message>
    <message>
        <source>BMI %1</source>
        <translation>IMC %1</translation>
    </message>
    <message>
        <source>blood pressure %1/%2 mmHg</source>
        <translation>tension artérielle %1/%2 mmHg</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>Interview:</source>
        <translation>Entretien :</translation>
    </message>
    <message>
        <source>Measures:</source>
        <translation>Mesures :</translation>
    </message>
    <message>
        <source>Vision:</source>
        <translation>Vision :</translation>
    </message>
    <message>
        <source>Hearing:</source>
        <translation>Audition :</translation>
    </message>
    <message>
        <source>Urine:</source>
        <translation>Urines :</translation>
    </message>
    <message>
        <source>Examination:</source>
        <translation>Examen :</translation>
    </message>
    <message>
        <source>Health problems:</source>
        <translation>Problèmes de santé :</translation>
    </message>
    <message>
        <source>Examinations prescribed:</source>
        <translation>Examens prescrits :</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Résultats :</translation>
    </message>
    <message>
        <source>Referral:</source>
        <translation>Orientation :</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Conclusion :</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source> (superseded by a correction)</source>
        <translation> (remplacé par une correction)</translation>
    </message>
    <message>
        <source>Informed of his rights on %1, %2</source>
        <translation>Informé de ses droits le %1, %2</translation>
    </message>
    <message>
        <source> (withdrawn on %1)</source>
        <translation> (retiré le %1)</translation>
    </message>
    <message>
        <source>Occupational health record</source>
        <translation>Dossier médical en santé au travail</translation>
    </message>
    <message>
        <source>Covered by medical secrecy — communicated to the worker at his request (R4624-45-8)</source>
        <translation>Couvert par le secret médical — communiqué au salarié à sa demande (R4624-45-8)</translation>
    </message>
    <message>
        <source>The date of the identity check is missing or in the future</source>
        <translation>La date du contrôle d'identité manque ou est dans le futur</translation>
    </message>
    <message>
        <source>Unknown exposure code: %1</source>
        <translation>Code d'exposition inconnu : %1</translation>
    </message>
    <message>
        <source>The date of the information is missing or in the future</source>
        <translation>La date de l'information manque ou est dans le futur</translation>
    </message>
    <message>
        <source>The date is missing or in the future</source>
        <translation>La date manque ou est dans le futur</translation>
    </message>
    <message>
        <source>Unknown consent or opposition: %1</source>
        <translation>Consentement ou opposition inconnu : %1</translation>
    </message>
    <message>
        <source>Already withdrawn</source>
        <translation>Déjà retiré</translation>
    </message>
    <message>
        <source>Access refused: the record's access history is shown to the physician</source>
        <translation>Accès refusé : l'historique des accès au dossier est réservé au médecin du travail</translation>
    </message>
    <message>
        <source>Retention suspended: a claim against the service's medical liability is pending</source>
        <translation>Conservation suspendue : un recours mettant en cause la responsabilité médicale du service est en cours</translation>
    </message>
    <message>
        <source>40 years after the last visit (%1)</source>
        <translation>40 ans après la dernière visite (%1)</translation>
    </message>
    <message>
        <source>10 years after death (%1)</source>
        <translation>10 ans après le décès (%1)</translation>
    </message>
    <message>
        <source>50 years after the end of a CMR exposure (%1, R4412-55)</source>
        <translation>50 ans après la fin d'une exposition à un agent CMR (%1, R4412-55)</translation>
    </message>
    <message>
        <source>40 years after the end of a biological-agent exposure (%1, R4426-9)</source>
        <translation>40 ans après la fin d'une exposition à un agent biologique (%1, R4426-9)</translation>
    </message>
    <message>
        <source>50 years after the end of an ionising-radiation exposure (%1, R4451-83)</source>
        <translation>50 ans après la fin d'une exposition aux rayonnements ionisants (%1, R4451-83)</translation>
    </message>
    <message>
        <source>until the worker is or would have been 75, after an ionising-radiation exposure ended %1 (R4451-83)</source>
        <translation>jusqu'aux 75 ans révolus ou qu'aurait eus le salarié, après une exposition aux rayonnements ionisants terminée le %1 (R4451-83)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Yes (since %1)</source>
        <translation>Oui (depuis le %1)</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>arrival %1, departure %2</source>
        <translation>arrivée %1, départ %2</translation>
    </message>
    <message>
        <source>Individual health follow-up certificate</source>
        <translation>Attestation de suivi individuel de l'état de santé</translation>
    </message>
    <message>
        <source>Fitness opinion</source>
        <translation>Avis d'aptitude</translation>
    </message>
    <message>
        <source>Unfitness opinion</source>
        <translation>Avis d'inaptitude</translation>
    </message>
    <message>
        <source>Proposal of individual adjustment measures</source>
        <translation>Proposition de mesures individuelles d'aménagement, d'adaptation ou de transformation du poste</translation>
    </message>
    <message>
        <source>Prevention order</source>
        <translation>Ordonnance de prévention</translation>
    </message>
    <message>
        <source>No attestation nor avis is issued after a pre-return visit (R4624-30)</source>
        <translation>Aucune attestation ni aucun avis n'est délivré après une visite de pré-reprise (R4624-30)</translation>
    </message>
    <message>
        <source>Required before signing: %1</source>
        <translation>Obligatoire avant la signature : %1</translation>
    </message>
    <message>
        <source>the date of the visit</source>
        <translation>la date de la visite</translation>
    </message>
    <message>
        <source>the date of the post study (R4624-42 2°)</source>
        <translation>la date de l'étude de poste (R4624-42 2°)</translation>
    </message>
    <message>
        <source>the date of the study of the working conditions (R4624-42 3°)</source>
        <translation>la date de l'étude des conditions de travail (R4624-42 3°)</translation>
    </message>
    <message>
        <source>the date of the exchange with the employer (R4624-42 4°)</source>
        <translation>la date de l'échange avec l'employeur (R4624-42 4°)</translation>
    </message>
    <message>
        <source>the conclusions and indications on redeployment (L4624-4)</source>
        <translation>les conclusions et indications relatives au reclassement (L4624-4)</translation>
    </message>
    <message>
        <source>The second examination must take place within 15 days of the first (R4624-42): %1 is too late</source>
        <translation>Le second examen doit avoir lieu dans les 15 jours suivant le premier (R4624-42) : le %1 est trop tard</translation>
    </message>
    <message>
        <source>at least one measure</source>
        <translation>au moins une mesure</translation>
    </message>
    <message>
        <source>the main risks of the post and the prevention advice</source>
        <translation>les principaux risques du poste et les conseils de prévention</translation>
    </message>
    <message>
        <source>Means and delay of appeal: the worker or the employer may contest the elements of a medical nature justifying this opinion, proposal or conclusion before the conseil de prud'hommes ruling under the accelerated procedure on the merits, within fifteen days of its notification (articles L4624-7 and R4624-45 of the Code du travail). The employer informs the occupational physician of the appeal.</source>
        <translation>Voies et délais de recours : le salarié ou l'employeur peut contester les éléments de nature médicale justifiant cet avis, cette proposition ou cette conclusion devant le conseil de prud'hommes statuant selon la procédure accélérée au fond, dans un délai de quinze jours à compter de sa notification (articles L4624-7 et R4624-45 du Code du travail). L'employeur informe le médecin du travail de la contestation.</translation>
    </message>
    <message>
        <source>OCCUPATIONAL HEALTH AND PREVENTION SERVICE</source>
        <translation>SERVICE DE PRÉVENTION ET DE SANTÉ AU TRAVAIL</translation>
    </message>
    <message>
        <source>Article %1 of the Code du travail</source>
        <translation>Article %1 du Code du travail</translation>
    </message>
    <message>
        <source>This document cancels and replaces the one issued on %1</source>
        <translation>Ce document annule et remplace celui délivré le %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Referent occupational physician</source>
        <translation>Médecin du travail référent</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Salarié(e)</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Birth first names</source>
        <translation>Prénom(s) de naissance</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Nom utilisé</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>INS matricule (NIR or NIA)</source>
        <translation>N° de matricule INS (NIR ou NIA)</translation>
    </message>
    <message>
        <source>identity not qualified: INS not printed</source>
        <translation>identité non qualifiée : INS non imprimé</translation>
    </message>
    <message>
        <source>Work post</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Emplois</translation>
    </message>
    <message>
        <source>Post title</source>
        <translation>Intitulé du poste</translation>
    </message>
    <message>
        <source>Individual measures (L4624-3)</source>
        <translation>Mesures individuelles (L4624-3)</translation>
    </message>
    <message>
        <source>Reinforced follow-up (L4624-2)</source>
        <translation>Suivi individuel renforcé (L4624-2)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>First examination</source>
        <translation>Premier examen</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Date de la visite</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>Type de visite</translation>
    </message>
    <message>
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>The worker named above attended the visit on the date shown. This attestation carries no medical information.</source>
        <translation>Le salarié désigné ci-dessus a bénéficié de la visite à la date indiquée. Cette attestation ne comporte aucune information médicale.</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Steps taken before the opinion (R4624-42)</source>
        <translation>Démarches préalables à l'avis (R4624-42)</translation>
    </message>
    <message>
        <source>Post study</source>
        <translation>Étude de poste</translation>
    </message>
    <message>
        <source>Study of the working conditions</source>
        <translation>Étude des conditions de travail</translation>
    </message>
    <message>
        <source>Exchange with the employer</source>
        <translation>Échange avec l'employeur</translation>
    </message>
    <message>
        <source>Company sheet last updated</source>
        <translation>Dernière mise à jour de la fiche d'entreprise</translation>
    </message>
    <message>
        <source>no company sheet on record</source>
        <translation>aucune fiche d'entreprise enregistrée</translation>
    </message>
    <message>
        <source>Second examination</source>
        <translation>Second examen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Conclusions and indications on redeployment</source>
        <translation>Conclusions et indications relatives au reclassement</translation>
    </message>
    <message>
        <source>Any continued employment of the worker would be seriously harmful to his health</source>
        <translation>Tout maintien du salarié dans un emploi serait gravement préjudiciable à sa santé</translation>
    </message>
    <message>
        <source>The worker's state of health rules out any redeployment in employment</source>
        <translation>L'état de santé du salarié fait obstacle à tout reclassement dans un emploi</translation>
    </message>
    <message>
        <source>Measures proposed</source>
        <translation>Mesures proposées</translation>
    </message>
    <message>
        <source>Main risks of the post</source>
        <translation>Principaux risques du poste</translation>
    </message>
    <message>
        <source>Prevention advice</source>
        <translation>Conseils de prévention</translation>
    </message>
    <message>
        <source>Health issues linked to the post</source>
        <translation>Enjeux de santé liés au poste</translation>
    </message>
    <message>
        <source>How to reach the service's professionals</source>
        <translation>Pour joindre les professionnels du service</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Issued on %1</source>
        <translation>Délivré le %1</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <source>The worker</source>
        <translation>Le salarié</translation>
    </message>
    <message>
        <source>Handed over on: ____ / ____ / ________</source>
        <translation>Remis le : ____ / ____ / ________</translation>
    </message>
    <message>
        <source>Medical record</source>
        <translation>Dossier médical</translation>
    </message>
    <message>
        <source>Medical secrecy · document %1</source>
        <translation>Secret médical · document %1</translation>
    </message>
    <message>
        <source>The worker himself</source>
        <translation>Le salarié lui-même</translation>
    </message>
    <message>
        <source>A physician designated by the worker</source>
        <translation>Un médecin désigné par le salarié</translation>
    </message>
    <message>
        <source>His legal representative</source>
        <translation>Son représentant légal</translation>
    </message>
    <message>
        <source>An heir (deceased worker)</source>
        <translation>Un ayant droit (salarié décédé)</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>fulfilled</source>
        <translation>honorée</translation>
    </message>
    <message>
        <source>fulfilled late</source>
        <translation>honorée en retard</translation>
    </message>
    <message>
        <source>Name who asks for the record: %1</source>
        <translation>Indiquez le nom du demandeur : %1</translation>
    </message>
    <message>
        <source>Unknown access request: %1</source>
        <translation>Demande d’accès inconnue : %1</translation>
    </message>
    <message>
        <source>This request was already fulfilled on %1</source>
        <translation>Cette demande a déjà été honorée le %1</translation>
    </message>
    <message>
        <source>The identity is not qualified (status %1): no INS DataMatrix</source>
        <translation>L’identité n’est pas qualifiée (statut %1) : pas de DataMatrix INS</translation>
    </message>
    <message>
        <source>The INS matricule %1 is not 15 characters</source>
        <translation>Le matricule INS %1 ne compte pas 15 caractères</translation>
    </message>
    <message>
        <source>The INS OID %1 is not valid</source>
        <translation>L’OID INS %1 n’est pas valide</translation>
    </message>
    <message>
        <source>The birth first names %1 cannot be encoded in the INS DataMatrix</source>
        <translation>Les prénoms de naissance « %1 » ne peuvent pas être codés dans le DataMatrix INS</translation>
    </message>
    <message>
        <source>The birth name %1 cannot be encoded in the INS DataMatrix</source>
        <translation>Le nom de naissance « %1 » ne peut pas être codé dans le DataMatrix INS</translation>
    </message>
    <message>
        <source>The sex %1 cannot be encoded in the INS DataMatrix (F or M)</source>
        <translation>Le sexe %1 ne peut pas être codé dans le DataMatrix INS (F ou M)</translation>
    </message>
    <message>
        <source>The birth date is missing: no INS DataMatrix</source>
        <translation>La date de naissance manque : pas de DataMatrix INS</translation>
    </message>
    <message>
        <source>The birthplace code %1 is not an INSEE code</source>
        <translation>Le code du lieu de naissance %1 n’est pas un code INSEE</translation>
    </message>
    <message>
        <source>Informed of his rights on the record, %1</source>
        <translation>Informé de ses droits sur le dossier, %1</translation>
    </message>
    <message>
        <source>INS to scan</source>
        <extracomment>The caption under the INS DataMatrix on printed documents</extracomment>
        <translation>INS à scanner</translation>
    </message>
    <message>
        <source>Unknown format "%1" (pdf or fhir)</source>
        <translation>Format « %1 » inconnu (pdf ou fhir)</translation>
    </message>
    <message>
        <source>Unable to write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Only the médecin du travail (or a physician under his protocol) performs a visit of kind %1 (R4623-14 II)</source>
        <translation>Seul le médecin du travail (ou un médecin sous son protocole) réalise une visite de type %1 (R4623-14 II)</translation>
    </message>
    <message>
        <source>A signed document is never deleted: correct it</source>
        <translation>Un document signé n'est jamais supprimé : corrigez-le</translation>
    </message>
    <message>
        <source>Only the author of a draft may delete it</source>
        <translation>Seul l'auteur d'un brouillon peut le supprimer</translation>
    </message>
    <message>
        <source>Fit for the post</source>
        <translation>Apte au poste</translation>
    </message>
    <message>
        <source>Fit for the post with the adjustment measures proposed (L4624-3)</source>
        <translation>Apte au poste avec les mesures d'aménagement proposées (L4624-3)</translation>
    </message>
    <message>
        <source>Unfit for the post</source>
        <translation>Inapte au poste</translation>
    </message>
    <message>
        <source>An avis follows only a visit done by the médecin du travail (R4623-14 II): this visit was not</source>
        <translation>Un avis ne fait suite qu'à une visite réalisée par le médecin du travail (R4623-14 II) : ce n'est pas le cas de cette visite</translation>
    </message>
    <message>
        <source>An avis d'aptitude is issued only to a worker under reinforced follow-up (SIR, L4624-2); give the attestation de suivi instead</source>
        <translation>Un avis d'aptitude n'est délivré qu'à un salarié en suivi individuel renforcé (SIR, L4624-2) : remettez plutôt l'attestation de suivi</translation>
    </message>
    <message>
        <source>the decision: fit, or fit with adjustment measures</source>
        <translation>la décision : apte, ou apte avec mesures d'aménagement</translation>
    </message>
    <message>
        <source>Next visit: at the latest on %1</source>
        <translation>Prochaine visite : au plus tard le %1</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Prochaine visite</translation>
    </message>
    <message>
        <source>at the latest on %1</source>
        <translation>au plus tard le %1</translation>
    </message>
    <message>
        <source>according to the follow-up's periodicity</source>
        <translation>selon la périodicité du suivi</translation>
    </message>
    <message>
        <source>Unfit for the post: %1</source>
        <translation>Inapte au poste : %1</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Ma journée</translation>
    </message>
    <message>
        <source>The attached file %1 is not a PDF</source>
        <translation>Le fichier joint %1 n’est pas un PDF</translation>
    </message>
    <message>
        <source>The attached file %1 is larger than 10 MiB</source>
        <translation>Le fichier joint %1 dépasse 10 Mio</translation>
    </message>
    <message>
        <source>Unknown letter: %1</source>
        <translation>Courrier inconnu : %1</translation>
    </message>
    <message>
        <source>This letter has no attached PDF</source>
        <translation>Ce courrier n’a pas de PDF joint</translation>
    </message>
    <message>
        <source>The attached PDF does not match its fingerprint: it was damaged</source>
        <translation>Le PDF joint ne correspond plus à son empreinte : il a été endommagé</translation>
    </message>
    <message>
        <source>Identity not qualified (INS status %1): check an identity document</source>
        <translation>Identité non qualifiée (statut INS %1) : vérifier une pièce d’identité</translation>
    </message>
    <message>
        <source>RQTH: recognised disabled worker (SIA follow-up)</source>
        <translation>RQTH : travailleur handicapé reconnu (suivi individuel adapté)</translation>
    </message>
    <message>
        <source>Invalidity pension (SIA follow-up)</source>
        <translation>Pension d’invalidité (suivi individuel adapté)</translation>
    </message>
    <message>
        <source>Reinforced follow-up (SIR): %1</source>
        <translation>Suivi individuel renforcé (SIR) : %1</translation>
    </message>
    <message>
        <source>Reinforced follow-up (SIR): %1 — %2</source>
        <translation>Suivi individuel renforcé (SIR) : %1 — %2</translation>
    </message>
    <message>
        <source>Request for the record of %1: to answer by %2</source>
        <translation>Demande d’accès au dossier du %1 : à satisfaire au plus tard le %2</translation>
    </message>
    <message>
        <source>Request for the record of %1: overdue since %2</source>
        <translation>Demande d’accès au dossier du %1 : en retard depuis le %2</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <source>declared by the company</source>
        <translation>déclarée par l’entreprise</translation>
    </message>
    <message>
        <source>observed by the physician</source>
        <translation>constatée par le médecin</translation>
    </message>
    <message>
        <source>This line is not in the work history</source>
        <translation>Cette ligne n’est pas dans le parcours professionnel</translation>
    </message>
    <message>
        <source>This exposure is not in the record</source>
        <translation>Cette exposition n’est pas dans le dossier</translation>
    </message>
</context>
<context>
    <name>vigie::dmst::AccessRequestsPanel</name>
    <message>
        <source>Legal delay: 8 days, two months when the information is more than five years old (L1111-7 CSP)</source>
        <translation>Délai légal : 8 jours, deux mois lorsque les informations datent de plus de cinq ans (L1111-7 CSP)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Name of who asks</source>
        <translation>Nom du demandeur</translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation>Dossier complet</translation>
    </message>
    <message>
        <source>Re&amp;ceived on</source>
        <translation>Re&amp;çue le</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Record the request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <source>Records the request and its legal due date (Ctrl+Shift+R)</source>
        <translation>Enregistre la demande et son échéance légale (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Send as PDF…</source>
        <translation>Communiquer en PDF…</translation>
    </message>
    <message>
        <source>Writes the whole record as a PDF file and marks the request fulfilled (Ctrl+Shift+E)</source>
        <translation>Écrit le dossier complet dans un fichier PDF et marque la demande comme honorée (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Send as FHIR…</source>
        <translation>Communiquer en FHIR…</translation>
    </message>
    <message>
        <source>Writes the whole record as a FHIR R4 JSON file and marks the request fulfilled (Ctrl+Shift+J)</source>
        <translation>Écrit le dossier complet dans un fichier JSON FHIR R4 et marque la demande comme honorée (Ctrl+Maj+J)</translation>
    </message>
    <message>
        <source>Save the worker's record</source>
        <translation>Enregistrer le dossier du salarié</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>JSON FHIR (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>in progress: %n day(s) left</source>
        <translation>
            <numerusform>en cours : %n jour restant</numerusform>
            <numerusform>en cours : %n jours restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n day(s)</source>
        <translation>
            <numerusform>EN RETARD de %n jour</numerusform>
            <numerusform>EN RETARD de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 le %2 (%3)</translation>
    </message>
    <message>
        <source>Two months: the record holds information from %1, more than five years old</source>
        <translation>Deux mois : le dossier contient des informations du %1, datant de plus de cinq ans</translation>
    </message>
    <message>
        <source>Eight days after the request</source>
        <translation>Huit jours après la demande</translation>
    </message>
    <message>
        <source>Date of the request: « %1 » is not a date (dd/mm/yyyy)</source>
        <translation>Date de la demande : « %1 » n’est pas une date (jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>Request recorded: the record is due by %1</source>
        <translation>Demande enregistrée : le dossier doit être communiqué au plus tard le %1</translation>
    </message>
    <message>
        <source>Select a request first</source>
        <translation>Sélectionnez d’abord une demande</translation>
    </message>
    <message>
        <source>This request was already fulfilled on %1</source>
        <translation>Cette demande a déjà été honorée le %1</translation>
    </message>
    <message>
        <source>Record sent (%1): %2</source>
        <translation>Dossier communiqué (%1) : %2</translation>
    </message>
</context>
<context>
    <name>vigie::dmst::ConsentsPanel</name>
    <message>
        <source>Consents and oppositions of the worker (part 7°). An opposition to the team's access applies at once: only the occupational physician then reaches the record.</source>
        <translation>Consentements et oppositions du salarié (partie 7°). Une opposition à l’accès de l’équipe s’applique aussitôt : seul le médecin du travail accède alors au dossier.</translation>
    </message>
    <message>
        <source>Consent or opposition</source>
        <translation>Consentement ou opposition</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Consents and oppositions</source>
        <translation>Consentements et oppositions</translation>
    </message>
    <message>
        <source>&amp;Nature</source>
        <translation>&amp;Nature</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
    <message>
        <source>Withdraw the line chosen (Ctrl+Shift+W)</source>
        <translation>Retirer la ligne choisie (Ctrl+Maj+W)</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>« %1 » is not a date (dd/mm/yyyy)</source>
        <translation>« %1 » n’est pas une date (jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>Recorded: %1, on %2</source>
        <translation>Enregistré : %1, le %2</translation>
    </message>
    <message>
        <source>%1 — given on %2, %3</source>
        <translation>%1 — donné le %2, %3</translation>
    </message>
    <message>
        <source>withdrawn on %1</source>
        <translation>retiré le %1</translation>
    </message>
    <message>
        <source>Withdrawn on %1: %2</source>
        <translation>Retiré le %1 : %2</translation>
    </message>
</context>
<context>
    <name>vigie::dmst::ConsultationForm</name>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <source>Height (cm)</source>
        <translation>Taille (cm)</translation>
    </message>
    <message>
        <source>Blood pressure (mmHg)</source>
        <translation>Tension artérielle (mmHg)</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audition</translation>
    </message>
    <message>
        <source>Urine test strip</source>
        <translation>Bandelette urinaire</translation>
    </message>
    <message>
        <source>Clinical examination</source>
        <translation>Examen clinique</translation>
    </message>
    <message>
        <source>Health problems (one per line)</source>
        <translation>Problèmes de santé (un par ligne)</translation>
    </message>
    <message>
        <source>Complementary exams, referral and conclusion</source>
        <translation>Examens complémentaires, orientation et conclusion</translation>
    </message>
    <message>
        <source>Exams prescribed</source>
        <translation>Examens prescrits</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>BMI %1 (%2)</source>
        <translation>IMC %1 (%2)</translation>
    </message>
    <message>
        <source>Coded problems</source>
        <translation>Problèmes codés</translation>
    </message>
</context>
<context>
    <name>vigie::dmst::CorrespondencePanel</name>
    <message>
        <source>Correspondence between health professionals (part 4°). Enter on a line opens the letter.</source>
        <translation>Correspondances entre professionnels de santé (partie 4°). Entrée sur une ligne ouvre le courrier.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Correspondent</source>
        <translation>Correspondant</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>The letter opened is shown here</source>
        <translation>Le courrier ouvert s’affiche ici</translation>
    </message>
    <message>
        <source>Save its PDF as…</source>
        <translation>Enregistrer son PDF sous…</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>e.g. Dr Martin, cardiologist</source>
        <translation>ex. Dr Martin, cardiologue</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Text or summary of the letter</source>
        <translation>Texte ou résumé du courrier</translation>
    </message>
    <message>
        <source>PDF of the letter (optional): path of the file</source>
        <translation>PDF du courrier (facultatif) : chemin du fichier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>Co&amp;urrier</translation>
    </message>
    <message>
        <source>Dat&amp;ed</source>
        <translation>Da&amp;té du</translation>
    </message>
    <message>
        <source>&amp;Correspondent</source>
        <translation>&amp;Correspondant</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>O&amp;bjet</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <source>Add the letter (Enter)</source>
        <translation>Ajouter le courrier (Entrée)</translation>
    </message>
    <message>
        <source>PDF of the letter</source>
        <translation>PDF du courrier</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the PDF of the letter</source>
        <translation>Enregistrer le PDF du courrier</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>« %1 » is not a date (dd/mm/yyyy)</source>
        <translation>« %1 » n’est pas une date (jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>The attached file %1 is larger than 10 MiB</source>
        <translation>Le fichier joint %1 dépasse 10 Mio</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Letter added: %1</source>
        <translation>Courrier ajouté : %1</translation>
    </message>
    <message>
        <source>Letter added with its PDF: %1</source>
        <translation>Courrier ajouté avec son PDF : %1</translation>
    </message>
    <message>
        <source>%1 on %2 — %3
Subject: %4

%5</source>
        <translation>%1 le %2 — %3
Objet : %4

%5</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF enregistré : %1</translation>
    </message>
</context>
<context>
    <name>vigie::dmst::DocumentEditor</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Nouveau document</translation>
    </message>
    <message>
        <source>Edit the draft: %1</source>
        <translation>Modifier le brouillon : %1</translation>
    </message>
    <message>
        <source>Correct the signed document: %1</source>
        <translation>Corriger le document signé : %1</translation>
    </message>
    <message>
        <source>The signed document stays as it was; this correction replaces it once signed, and says so.</source>
        <translation>Le document signé reste tel quel ; cette correction le remplace une fois signée, et le mentionne.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Consultation</source>
        <translation>&amp;Consultation</translation>
    </message>
    <message>
        <source>C&amp;onclusion</source>
        <translation>C&amp;onclusion</translation>
    </message>
    <message>
        <source>Steps taken before the opinion (R4624-42)</source>
        <translation>Démarches préalables à l’avis (R4624-42)</translation>
    </message>
    <message>
        <source>Post study on</source>
        <translation>Étude de poste le</translation>
    </message>
    <message>
        <source>Study of the working conditions on</source>
        <translation>Étude des conditions de travail le</translation>
    </message>
    <message>
        <source>Exchange with the employer on</source>
        <translation>Échange avec l’employeur le</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Second examination (optional)</source>
        <translation>Second examen (facultatif)</translation>
    </message>
    <message>
        <source>Any continued employment would be seriously harmful to the worker's health</source>
        <translation>Tout maintien du salarié dans un emploi serait gravement préjudiciable à sa santé</translation>
    </message>
    <message>
        <source>The worker's state of health rules out any redeployment</source>
        <translation>L’état de santé du salarié fait obstacle à tout reclassement dans un emploi</translation>
    </message>
    <message>
        <source>Measures proposed (annexe 4)</source>
        <translation>Mesures proposées (annexe 4)</translation>
    </message>
    <message>
        <source>Type a measure and press Enter to add it</source>
        <translation>Saisissez une mesure puis Entrée pour l’ajouter</translation>
    </message>
    <message>
        <source>Delete removes the selected measure</source>
        <translation>Suppr retire la mesure sélectionnée</translation>
    </message>
    <message>
        <source>Prevention order</source>
        <translation>Ordonnance de prévention</translation>
    </message>
    <message>
        <source>The service's telephone and e-mail when left empty</source>
        <translation>Le téléphone et le courriel du service si laissé vide</translation>
    </message>
    <message>
        <source>Main risks of the post</source>
        <translation>Principaux risques du poste</translation>
    </message>
    <message>
        <source>Prevention advice</source>
        <translation>Conseils de prévention</translation>
    </message>
    <message>
        <source>Health issues linked to the post</source>
        <translation>Enjeux de santé liés au poste</translation>
    </message>
    <message>
        <source>How to reach the service</source>
        <translation>Comment joindre le service</translation>
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation>Enregistrer le brouillon (Ctrl+S)</translation>
    </message>
    <message>
        <source>Saves the draft; it is signed from the list (Ctrl+Shift+S)</source>
        <translation>Enregistre le brouillon ; il se signe depuis la liste (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>The dates of the post study, of the study of the working conditions and of the exchange with the employer are required (R4624-42); signed by the physician.</source>
        <translation>Les dates de l’étude de poste, de l’étude des conditions de travail et de l’échange avec l’employeur sont obligatoires (R4624-42) ; signé par le médecin.</translation>
    </message>
    <message>
        <source>Individual measures (L4624-3); signed by the physician.</source>
        <translation>Mesures individuelles (L4624-3) ; signées par le médecin.</translation>
    </message>
    <message>
        <source>The main risks of the post and the prevention advice are required.</source>
        <translation>Les principaux risques du poste et les conseils de prévention sont obligatoires.</translation>
    </message>
    <message>
        <source>Unknown adjustment measure: %1</source>
        <translation>Mesure d’aménagement inconnue : %1</translation>
    </message>
    <message>
        <source>%1: « %2 » is not a date (dd/mm/yyyy)</source>
        <translation>%1 : « %2 » n’est pas une date (jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>%1: « %2 » is not a time (hh:mm)</source>
        <translation>%1 : « %2 » n’est pas une heure (hh:mm)</translation>
    </message>
    <message>
        <source>Post study</source>
        <translation>Étude de poste</translation>
    </message>
    <message>
        <source>Study of the working conditions</source>
        <translation>Étude des conditions de travail</translation>
    </message>
    <message>
        <source>Exchange with the employer</source>
        <translation>Échange avec l’employeur</translation>
    </message>
    <message>
        <source>Second examination</source>
        <translation>Second examen</translation>
    </message>
    <message>
        <source>Second examination, arrival</source>
        <translation>Second examen, arrivée</translation>
    </message>
    <message>
        <source>Second examination, departure</source>
        <translation>Second examen, départ</translation>
    </message>
    <message>
        <source>A document is drafted from a closed consultation: close the consultation first</source>
        <translation>Un document se rédige à partir d’une consultation clôturée : clôturez d’abord la consultation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>&amp;Opinion</source>
        <translation>&amp;Avis</translation>
    </message>
    <message>
        <source>&amp;Next visit at the latest on</source>
        <translation>&amp;Prochaine visite au plus tard le</translation>
    </message>
    <message>
        <source>Issued after any visit but a pre-return one; a nurse may sign it. It goes to the employer: no medical information.</source>
        <translation>Délivrée après toute visite sauf la pré-reprise ; l'infirmier peut la signer. Elle est remise à l'employeur : aucune information médicale.</translation>
    </message>
    <message>
        <source>For a worker under reinforced follow-up (SIR), after any visit but a pre-return one; signed by the physician. It goes to the employer: no medical information.</source>
        <translation>Pour un salarié en suivi renforcé (SIR), après toute visite sauf la pré-reprise ; signé par le médecin. Il est remis à l'employeur : aucune information médicale.</translation>
    </message>
    <message>
        <source>Next visit</source>
        <translation>Prochaine visite</translation>
    </message>
</context>
<context>
    <name>vigie::dmst::DocumentsPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Enter: preview the selected document</source>
        <translation>Entrée : aperçu du document sélectionné</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Draft a document from the consultation</source>
        <translation>Rédiger un document à partir de la consultation</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected draft</source>
        <translation>Modifier le brouillon sélectionné</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Sign the selected draft: it can no longer change</source>
        <translation>Signer le brouillon sélectionné : il ne pourra plus changer</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Preview the selected document (Enter)</source>
        <translation>Aperçu du document sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the signed document on paper</source>
        <translation>Imprimer le document signé sur papier</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the signed document as a PDF file</source>
        <translation>Enregistrer le document signé en fichier PDF</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Correct the signed document: a new one replaces it</source>
        <translation>Corriger le document signé : un nouveau le remplace</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Enregistrer le document en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>superseded by a correction</source>
        <translation>remplacé par une correction</translation>
    </message>
    <message>
        <source> (correction)</source>
        <translation> (correction)</translation>
    </message>
    <message>
        <source>Select a document first</source>
        <translation>Sélectionnez d’abord un document</translation>
    </message>
    <message>
        <source>Draft saved: check it (Enter), then sign it (Ctrl+Shift+S)</source>
        <translation>Brouillon enregistré : vérifiez-le (Entrée), puis signez-le (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>A document is drafted from a closed consultation: close the consultation first</source>
        <translation>Un document se rédige à partir d’une consultation clôturée : clôturez d’abord la consultation</translation>
    </message>
    <message>
        <source>A signed document is not edited: correct it (Ctrl+R)</source>
        <translation>Un document signé ne se modifie pas : corrigez-le (Ctrl+R)</translation>
    </message>
    <message>
        <source>A draft is edited, not corrected (Ctrl+E)</source>
        <translation>Un brouillon se modifie, il ne se corrige pas (Ctrl+E)</translation>
    </message>
    <message>
        <source>This document was already corrected: correct the latest version</source>
        <translation>Ce document a déjà été corrigé : corrigez la dernière version</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Non signé : %1</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <source>Preview of the draft: %1</source>
        <translation>Aperçu du brouillon : %1</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>Imprimer : %1</translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation>Envoyé à l’imprimante : %1</translation>
    </message>
    <message>
        <source>Only a signed document is printed: sign it first (Ctrl+Shift+S)</source>
        <translation>Seul un document signé s’imprime : signez-le d’abord (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Signed: print it (Ctrl+P) or save it as PDF (Ctrl+Shift+P)</source>
        <translation>Signé : imprimez-le (Ctrl+P) ou enregistrez-le en PDF (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>DRAFT — not signed: not to be handed to the worker</source>
        <translation>BROUILLON — non signé : ne pas remettre au salarié</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected draft (its author only)</source>
        <translation>Supprimer le brouillon sélectionné (son auteur seulement)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Sign this document? Once signed it can no longer change; a mistake is then corrected by a new document.</source>
        <translation>Signer ce document ? Une fois signé, il ne peut plus changer ; une erreur se corrige alors par un nouveau document.</translation>
    </message>
    <message>
        <source>A signed document is never deleted: correct it (Ctrl+R)</source>
        <translation>Un document signé n'est jamais supprimé : corrigez-le (Ctrl+R)</translation>
    </message>
    <message>
        <source>Delete this draft (%1)?</source>
        <translation>Supprimer ce brouillon (%1) ?</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Non supprimé : %1</translation>
    </message>
    <message>
        <source>Draft deleted</source>
        <translation>Brouillon supprimé</translation>
    </message>
</context>
<context>
    <name>vigie::dmst::MyDayPage</name>
    <message>
        <source>A: arrived · Enter: open the record and the consultation · N: no-show · Page Down / Page Up: next / previous day · Home: today</source>
        <translation>A : arrivé · Entrée : ouvrir le dossier et la consultation · N : absent · Page suiv. / Page préc. : jour suivant / précédent · Origine : aujourd'hui</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Type de visite</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>My day — %1</source>
        <translation>Ma journée — %1</translation>
    </message>
    <message>
        <source>Day of %1</source>
        <translation>Journée du %1</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>attendu</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>in consultation</source>
        <translation>en consultation</translation>
    </message>
    <message>
        <source>arrived at %1</source>
        <translation>arrivé à %1</translation>
    </message>
    <message>
        <source>%1 — post: %2</source>
        <translation>%1 — poste : %2</translation>
    </message>
    <message>
        <source>No appointment in your agendas on this day</source>
        <translation>Aucun rendez-vous dans vos agendas ce jour-là</translation>
    </message>
    <message>
        <source>Arrival recorded: Enter opens the record and the consultation</source>
        <translation>Arrivée enregistrée : Entrée ouvre le dossier et la consultation</translation>
    </message>
    <message>
        <source>No-show recorded: the visit is to be planned again</source>
        <translation>Absence enregistrée : la visite est à replanifier</translation>
    </message>
</context>
<context>
    <name>vigie::dmst::PartsPanel</name>
    <message>
        <source>qualified identity</source>
        <translation>identité qualifiée</translation>
    </message>
    <message>
        <source>validated identity</source>
        <translation>identité validée</translation>
    </message>
    <message>
        <source>retrieved identity</source>
        <translation>identité récupérée</translation>
    </message>
    <message>
        <source>provisional identity</source>
        <translation>identité provisoire</translation>
    </message>
    <message>
        <source>Identity check (INS)</source>
        <translation>Contrôle d'identité (INS)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Record the check (Ctrl+Shift+K)</source>
        <translation>Enregistrer le contrôle (Ctrl+Maj+K)</translation>
    </message>
    <message>
        <source>&amp;Document seen</source>
        <translation>&amp;Pièce présentée</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>Exposures (part 2°)</source>
        <translation>Expositions (partie 2°)</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposition</translation>
    </message>
    <message>
        <source>L4161-1 factor</source>
        <translation>Facteur L4161-1</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Type an exposure and press Enter to add it</source>
        <translation>Tapez une exposition et appuyez sur Entrée pour l'ajouter</translation>
    </message>
    <message>
        <source>INS status: %1</source>
        <translation>Statut INS : %1</translation>
    </message>
    <message>
        <source>%1 — %2 — by %3</source>
        <translation>%1 — %2 — par %3</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>« %1 » is not a date (dd/mm/yyyy)</source>
        <translation>« %1 » n'est pas une date (jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>Identity check recorded: %1</source>
        <translation>Contrôle d'identité enregistré : %1</translation>
    </message>
    <message>
        <source>Exposure added</source>
        <translation>Exposition ajoutée</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Source of the exposure</source>
        <translation>Source de l’exposition</translation>
    </message>
    <message>
        <source>Empty: the exposure is ongoing</source>
        <translation>Vide : l’exposition est en cours</translation>
    </message>
    <message>
        <source>Correcting: %1. Change the fields, then Enter (Escape: back to adding)</source>
        <translation>Correction : %1. Modifiez les champs, puis Entrée (Échap : retour à l’ajout)</translation>
    </message>
    <message>
        <source>Exposure corrected</source>
        <translation>Exposition corrigée</translation>
    </message>
    <message>
        <source>New (Escape)</source>
        <translation>Nouvelle (Échap)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
    <message>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>physician</source>
        <translation>médecin</translation>
    </message>
</context>
<context>
    <name>vigie::dmst::RecordPage</name>
    <message>
        <source>read</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>print</source>
        <translation>impression</translation>
    </message>
    <message>
        <source>close</source>
        <translation>clôture</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Access history</source>
        <translation>Historique des accès</translation>
    </message>
    <message>
        <source>New consultation (Ctrl+N)</source>
        <translation>Nouvelle consultation (Ctrl+N)</translation>
    </message>
    <message>
        <source>Rights information given (Ctrl+I)</source>
        <translation>Information sur les droits délivrée (Ctrl+I)</translation>
    </message>
    <message>
        <source>Close the consultation (Ctrl+Enter)</source>
        <translation>Clôturer la consultation (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Correct (Ctrl+Shift+C)</source>
        <translation>Corriger (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>superseded by a correction</source>
        <translation>remplacée par une correction</translation>
    </message>
    <message>
        <source>%1 (refused)</source>
        <translation>%1 (refusée)</translation>
    </message>
    <message>
        <source>Kept until %1: %2</source>
        <translation>Conservé jusqu'au %1 : %2</translation>
    </message>
    <message>
        <source>Closed consultation: read only; a correction is a new entry</source>
        <translation>Consultation clôturée : lecture seule ; une correction est une nouvelle saisie</translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation>Brouillon enregistré à %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Recorded: the worker was informed of his rights on the record (R4624-45-6)</source>
        <translation>Enregistré : le salarié a été informé de ses droits sur son dossier (R4624-45-6)</translation>
    </message>
    <message>
        <source>Visible to you only, never exported nor communicated</source>
        <translation>Visibles de vous seul, jamais exportées ni communiquées</translation>
    </message>
    <message>
        <source>Add the note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Mes notes</translation>
    </message>
    <message>
        <source>Health data (part 3°) is not accessible to your role</source>
        <translation>Les données de santé (partie 3°) ne sont pas accessibles à votre rôle</translation>
    </message>
    <message>
        <source>Access requests</source>
        <translation>Demandes d’accès</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Find a worker: name, "name first name" in either order, or date of birth (Ctrl+F)</source>
        <translation>Rechercher un salarié : nom, « nom prénom » dans un ordre ou l'autre, ou date de naissance (Ctrl+F)</translation>
    </message>
    <message>
        <source>Identity and exposures</source>
        <translation>Identité et expositions</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>More matches: Enter shows the next %1</source>
        <translation>D'autres résultats : Entrée affiche les %1 suivants</translation>
    </message>
    <message>
        <source>No worker found for « %1 »</source>
        <translation>Aucun salarié trouvé pour « %1 »</translation>
    </message>
    <message>
        <source>Draft saved at %1, except the fields in red: %2</source>
        <translation>Brouillon enregistré à %1, sauf les champs en rouge : %2</translation>
    </message>
    <message>
        <source>This worker already has a consultation today. Start another one?</source>
        <translation>Ce salarié a déjà une consultation aujourd'hui. En commencer une autre ?</translation>
    </message>
    <message>
        <source>Not closed: %1</source>
        <translation>Non clôturée : %1</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Work history</source>
        <translation>Parcours professionnel</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Consents and oppositions</source>
        <translation>Consentements et oppositions</translation>
    </message>
    <message>
        <source>Sections of the record</source>
        <translation>Sections du dossier</translation>
    </message>
</context>
<context>
    <name>vigie::dmst::SynthesisPanel</name>
    <message>
        <source>Synthesis of the record</source>
        <translation>Synthèse du dossier</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source> (used name: %1)</source>
        <translation> (nom d’usage : %1)</translation>
    </message>
    <message>
        <source>Born on %1 — %2</source>
        <translation>Né(e) le %1 — %2</translation>
    </message>
    <message>
        <source>INS status: %1</source>
        <translation>Statut INS : %1</translation>
    </message>
    <message>
        <source>Matricule INS: %1</source>
        <translation>Matricule INS : %1</translation>
    </message>
    <message>
        <source>Current posts</source>
        <translation>Postes actuels</translation>
    </message>
    <message>
        <source>No current post</source>
        <translation>Aucun poste actuel</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source> — physician's decision: %1</source>
        <translation> — décision du médecin : %1</translation>
    </message>
    <message>
        <source>Exposures</source>
        <translation>Expositions</translation>
    </message>
    <message>
        <source>No exposure recorded</source>
        <translation>Aucune exposition enregistrée</translation>
    </message>
    <message>
        <source>current, since %1</source>
        <translation>actuelle, depuis le %1</translation>
    </message>
    <message>
        <source>past, %1 to %2</source>
        <translation>passée, du %1 au %2</translation>
    </message>
    <message>
        <source> · L4161-1 factor: %1</source>
        <translation> · facteur L4161-1 : %1</translation>
    </message>
    <message>
        <source>Next due visits</source>
        <translation>Prochaines visites dues</translation>
    </message>
    <message>
        <source>No visit due</source>
        <translation>Aucune visite due</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>entre le %1 et le %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>au plus tard le %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source> · by the occupational physician</source>
        <translation> · par le médecin du travail</translation>
    </message>
    <message>
        <source>Last conclusions</source>
        <translation>Dernières conclusions</translation>
    </message>
    <message>
        <source>No closed consultation</source>
        <translation>Aucune consultation close</translation>
    </message>
    <message>
        <source>no conclusion written</source>
        <translation>pas de conclusion écrite</translation>
    </message>
    <message>
        <source>Last documents</source>
        <translation>Derniers documents</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Aucun document</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Job retention (PDP)</source>
        <translation>Prévention de la désinsertion professionnelle (PDP)</translation>
    </message>
    <message>
        <source>No open case</source>
        <translation>Aucun dossier ouvert</translation>
    </message>
    <message>
        <source>Case open since %1, followed by %2</source>
        <translation>Dossier ouvert depuis le %1, suivi par %2</translation>
    </message>
    <message>
        <source> — next review on %1</source>
        <translation> — prochain point le %1</translation>
    </message>
</context>
<context>
    <name>vigie::dmst::WorkHistoryPanel</name>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>NAF</source>
        <translation>NAF</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Work history</source>
        <translation>Parcours professionnel</translation>
    </message>
    <message>
        <source>e.g. 25.62A</source>
        <translation>ex. 25.62A</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Empty: the post is current</source>
        <translation>Vide : le poste est actuel</translation>
    </message>
    <message>
        <source>&amp;Employer</source>
        <translation>&amp;Employeur</translation>
    </message>
    <message>
        <source>P&amp;ost</source>
        <translation>P&amp;oste</translation>
    </message>
    <message>
        <source>NA&amp;F</source>
        <translation>NA&amp;F</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Add to the work history (Enter)</source>
        <translation>Ajouter au parcours (Entrée)</translation>
    </message>
    <message>
        <source>current</source>
        <translation>actuel</translation>
    </message>
    <message>
        <source>The start date is missing (dd/mm/yyyy)</source>
        <translation>La date de début manque (jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>« %1 » is not a date (dd/mm/yyyy)</source>
        <translation>« %1 » n’est pas une date (jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>Added to the work history: %1 — %2</source>
        <translation>Ajouté au parcours professionnel : %1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2
NAF: %3 · from %4 to %5</source>
        <translation>%1 — %2
NAF : %3 · du %4 au %5</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>New line (Escape)</source>
        <translation>Nouvelle ligne (Échap)</translation>
    </message>
    <message>
        <source>Work history corrected: %1 — %2</source>
        <translation>Parcours professionnel corrigé : %1 — %2</translation>
    </message>
    <message>
        <source>Save the correction (Enter)</source>
        <translation>Enregistrer la correction (Entrée)</translation>
    </message>
    <message>
        <source>Work history (part 2°): employers, posts, NAF and periods, past posts included. Enter on a line opens it to be corrected.</source>
        <translation>Parcours professionnel (partie 2°) : employeurs, postes, NAF et périodes, postes passés compris. Entrée sur une ligne l’ouvre pour la corriger.</translation>
    </message>
</context>
<context>
    <name>vigie::membership</name>
    <message>
        <source>Access refused: your role does not give access to the establishments' list</source>
        <translation>Accès refusé : votre rôle ne donne pas accès à la liste des établissements</translation>
    </message>
    <message>
        <source>Invalid limit: %1</source>
        <translation>Limite non valide : %1</translation>
    </message>
    <message>
        <source>Type at least one letter of the name</source>
        <translation>Saisissez au moins une lettre du nom</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>NAF %1</source>
        <translation>NAF %1</translation>
    </message>
    <message>
        <source>Invalid year: %1</source>
        <translation>Année non valide : %1</translation>
    </message>
    <message>
        <source>Invalid national average cost for %1: %2</source>
        <translation>Coût moyen national non valide pour %1 : %2</translation>
    </message>
    <message>
        <source>Invalid VAT rate: %1</source>
        <translation>Taux de TVA non valide : %1</translation>
    </message>
    <message>
        <source>The rate %1 per worker is outside the range allowed for %2: from %3 to %4 (80 % to 120 % of the national average cost, %5; D4622-27-6)</source>
        <extracomment>%1 the rate refused, %2 the year, %3 and %4 the bounds, %5 the national average cost</extracomment>
        <translation>Le montant de %1 par salarié est hors de la fourchette autorisée pour %2 : de %3 à %4 (80 % à 120 % du coût moyen national, %5 ; D4622-27-6)</translation>
    </message>
    <message>
        <source>Invalid price code "%1": 1 to 32 letters, digits, '-' or '_'</source>
        <translation>Code tarif « %1 » non valide : de 1 à 32 lettres, chiffres, « - » ou « _ »</translation>
    </message>
    <message>
        <source>The service %1 needs a label</source>
        <translation>La prestation %1 doit avoir un libellé</translation>
    </message>
    <message>
        <source>Invalid price for %1: %2</source>
        <translation>Prix non valide pour %1 : %2</translation>
    </message>
    <message>
        <source>Invalid number of workers: %1</source>
        <translation>Nombre de salariés non valide : %1</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Non payée</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>La base de données est occupée</translation>
    </message>
    <message>
        <source>Invalid quantity: %1</source>
        <translation>Quantité non valide : %1</translation>
    </message>
    <message>
        <source>The date of the service is required</source>
        <translation>La date de la prestation est obligatoire</translation>
    </message>
    <message>
        <source>Unknown service %1: it is not in the price list</source>
        <translation>Prestation %1 inconnue : elle ne figure pas dans la grille tarifaire</translation>
    </message>
    <message>
        <source>Tel. %1</source>
        <translation>Tél. %1</translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <source>VAT number %1</source>
        <translation>N° de TVA intracommunautaire %1</translation>
    </message>
    <message>
        <source>INVOICE</source>
        <translation>FACTURE</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Date de facture</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Numéro d’adhérent</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Billed to</source>
        <translation>Facturé à</translation>
    </message>
    <message>
        <source>SIREN %1</source>
        <translation>SIREN %1</translation>
    </message>
    <message>
        <source>Contribution %1 to the occupational health service</source>
        <translation>Cotisation %1 au service de prévention et de santé au travail</translation>
    </message>
    <message numerus="yes">
        <source>Per-capita contribution: %n worker(s) followed in %1, each counting as one unit whatever their contract or working time (article L4622-6 of the Labour Code).</source>
        <translation>
            <numerusform>Cotisation per capita : %n salarié suivi en %1, chaque salarié comptant pour une unité quels que soient son contrat ou son temps de travail (article L4622-6 du Code du travail).</numerusform>
            <numerusform>Cotisation per capita : %n salariés suivis en %1, chaque salarié comptant pour une unité quels que soient son contrat ou son temps de travail (article L4622-6 du Code du travail).</numerusform>
        </translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price excl. VAT</source>
        <translation>Prix unitaire HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Montant HT</translation>
    </message>
    <message>
        <source>Seller's VAT number: %1</source>
        <translation>N° de TVA intracommunautaire du vendeur : %1</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>VAT %1 on %2</source>
        <translation>TVA %1 sur %2</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Already paid</source>
        <translation>Déjà réglé</translation>
    </message>
    <message>
        <source>Net amount due</source>
        <translation>Net à payer</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <source>Payment due on receipt of the invoice, by %1 at the latest.</source>
        <translation>Paiement à réception de la facture, au plus tard le %1.</translation>
    </message>
    <message numerus="yes">
        <source>Payment due by %1 (%n day(s) from the invoice date).</source>
        <translation>
            <numerusform>Paiement au plus tard le %1 (%n jour à compter de la date de facture).</numerusform>
            <numerusform>Paiement au plus tard le %1 (%n jours à compter de la date de facture).</numerusform>
        </translation>
    </message>
    <message>
        <source>By bank transfer to IBAN %1%2, quoting the invoice number %3.</source>
        <translation>Par virement bancaire sur l’IBAN %1%2, en rappelant le numéro de facture %3.</translation>
    </message>
    <message>
        <source> (BIC %1)</source>
        <translation> (BIC %1)</translation>
    </message>
    <message>
        <source>No discount for early payment.</source>
        <translation>Pas d’escompte pour paiement anticipé.</translation>
    </message>
    <message>
        <source>Late payment: penalties are due from the day after the due date, at the interest rate of the European Central Bank's most recent refinancing operation plus 10 percentage points (article L441-10 of the Commercial Code), together with a fixed indemnity for recovery costs of %1 (article D441-5 of the Commercial Code).</source>
        <translation>Retard de paiement : des pénalités sont exigibles à compter du jour suivant la date d’échéance, au taux d’intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente majoré de 10 points de pourcentage (article L441-10 du Code de commerce), ainsi qu’une indemnité forfaitaire pour frais de recouvrement de %1 (article D441-5 du Code de commerce).</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>Invoice %1 of %2</source>
        <translation>Facture %1 du %2</translation>
    </message>
    <message>
        <source>your occupational health service</source>
        <translation>votre service de prévention et de santé au travail</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Bienvenue chez %1</translation>
    </message>
    <message>
        <source>%1 has been a member since %2. This sheet sums up your membership and what the service does for you and your workers in return for your contribution.</source>
        <translation>%1 est adhérent depuis le %2. Cette fiche récapitule votre adhésion et ce que le service accomplit pour vous et vos salariés en contrepartie de votre cotisation.</translation>
    </message>
    <message>
        <source>Your membership</source>
        <translation>Votre adhésion</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Activity (NAF)</source>
        <translation>Activité (NAF)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Membership date</source>
        <translation>Date d’adhésion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <source>Team in charge</source>
        <translation>Équipe en charge</translation>
    </message>
    <message>
        <source>to be assigned by the service</source>
        <translation>à désigner par le service</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact : %1</translation>
    </message>
    <message>
        <source>What your contribution pays for</source>
        <translation>Ce que finance votre cotisation</translation>
    </message>
    <message>
        <source>Your contribution funds the ensemble socle of services that the law requires every interprofessional occupational health service to provide to all its members (article L4622-9-1 of the Labour Code):</source>
        <translation>Votre cotisation finance l’ensemble socle de services que la loi impose à tout service de prévention et de santé au travail interentreprises de fournir à tous ses adhérents (article L4622-9-1 du Code du travail) :</translation>
    </message>
    <message>
        <source>Prevention of occupational risks</source>
        <translation>Prévention des risques professionnels</translation>
    </message>
    <message>
        <source>the company sheet (fiche d'entreprise) of your establishment within a year of your membership, updated at least every four years;</source>
        <translation>la fiche d’entreprise de votre établissement dans l’année suivant votre adhésion, mise à jour au moins tous les quatre ans ;</translation>
    </message>
    <message>
        <source>help in drafting and updating your risk assessment (DUERP);</source>
        <translation>une aide à la rédaction et à la mise à jour de votre document unique d’évaluation des risques professionnels (DUERP) ;</translation>
    </message>
    <message>
        <source>a primary prevention action at your premises at least every four years;</source>
        <translation>une action de prévention primaire dans vos locaux au moins tous les quatre ans ;</translation>
    </message>
    <message>
        <source>information and awareness sessions for you, your workers and their representatives.</source>
        <translation>des actions d’information et de sensibilisation pour vous, vos salariés et leurs représentants.</translation>
    </message>
    <message>
        <source>Individual follow-up of your workers</source>
        <translation>Suivi individuel de vos salariés</translation>
    </message>
    <message>
        <source>every regulatory visit: information and prevention visits, medical examinations of workers in reinforced follow-up, return-to-work, mid-career and end-of-career visits, visits on request;</source>
        <translation>toutes les visites réglementaires : visites d’information et de prévention, examens médicaux des salariés en suivi individuel renforcé, visites de reprise, de mi-carrière et de fin de carrière, visites à la demande ;</translation>
    </message>
    <message>
        <source>a follow-up adapted to each worker's post, age and health, and the traceability of their exposures.</source>
        <translation>un suivi adapté au poste, à l’âge et à l’état de santé de chaque salarié, ainsi que la traçabilité de ses expositions.</translation>
    </message>
    <message>
        <source>Prevention of job loss</source>
        <translation>Prévention de la désinsertion professionnelle</translation>
    </message>
    <message>
        <source>the job-retention unit, and individual and collective support to keep your workers in employment after an illness or an accident.</source>
        <translation>la cellule de prévention de la désinsertion professionnelle, et un accompagnement individuel et collectif pour maintenir vos salariés en emploi après une maladie ou un accident.</translation>
    </message>
    <message>
        <source>Your contribution</source>
        <translation>Votre cotisation</translation>
    </message>
    <message>
        <source>The contribution is per capita: each worker followed counts as one unit, whatever their contract or working time (article L4622-6 of the Labour Code).</source>
        <translation>La cotisation est calculée per capita : chaque salarié suivi compte pour une unité, quels que soient son contrat ou son temps de travail (article L4622-6 du Code du travail).</translation>
    </message>
    <message>
        <source>For %1 it is %2 per worker followed, within the range allowed around the national average cost of the ensemble socle (%3).</source>
        <translation>Pour %1, elle s’élève à %2 par salarié suivi, dans la fourchette autorisée autour du coût moyen national de l’ensemble socle (%3).</translation>
    </message>
    <message>
        <source>Complementary services, invoiced separately from the price list approved by the general assembly:</source>
        <translation>Prestations complémentaires, facturées en sus selon la grille tarifaire approuvée par l’assemblée générale :</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation>Prix HT</translation>
    </message>
    <message>
        <source>Your prevention culture score</source>
        <translation>Votre score de culture de prévention</translation>
    </message>
    <message>
        <source>From your answers of %1: %2 out of 5 (5 × the number of yes ÷ 6).</source>
        <translation>D’après vos réponses du %1 : %2 sur 5 (5 × le nombre de oui ÷ 6).</translation>
    </message>
    <message>
        <source>Not all questions were answered.</source>
        <translation>Toutes les questions n’ont pas reçu de réponse.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Estimated follow-up: %1 worker(s) in individual follow-up (SI), %2 in adapted follow-up (SIA), %3 in reinforced follow-up (SIR).</source>
        <translation>Suivi estimé : %1 salarié(s) en suivi individuel simple (SI), %2 en suivi individuel adapté (SIA), %3 en suivi individuel renforcé (SIR).</translation>
    </message>
    <message>
        <source>Risks declared:</source>
        <translation>Risques déclarés :</translation>
    </message>
    <message>
        <source>What we need from you</source>
        <translation>Ce que nous attendons de vous</translation>
    </message>
    <message>
        <source>Each year, the declaration of your workforce: the workers you employ, their posts and the risks they are exposed to, including the posts in reinforced follow-up (article D4622-22 of the Labour Code).</source>
        <translation>Chaque année, la déclaration de votre effectif : les salariés que vous employez, leurs postes et les risques auxquels ils sont exposés, y compris les postes relevant du suivi individuel renforcé (article D4622-22 du Code du travail).</translation>
    </message>
    <message>
        <source>Every new hire, so that their information and prevention visit is planned in time.</source>
        <translation>Chaque nouvelle embauche, afin que la visite d’information et de prévention soit planifiée à temps.</translation>
    </message>
    <message>
        <source>Every return after a long absence, an occupational disease or a work accident, for the return-to-work visit.</source>
        <translation>Chaque reprise après une absence longue, une maladie professionnelle ou un accident du travail, pour la visite de reprise.</translation>
    </message>
    <message>
        <source>Questions? Call us on %1 or write to %2.</source>
        <translation>Des questions ? Appelez-nous au %1 ou écrivez-nous à %2.</translation>
    </message>
    <message>
        <source>Welcome sheet — %1</source>
        <translation>Fiche d’accueil — %1</translation>
    </message>
    <message>
        <source>Welcome sheet — member %1</source>
        <translation>Fiche d’accueil — adhérent %1</translation>
    </message>
    <message>
        <source>Access refused: the establishment %1 is not followed by your team</source>
        <translation>Accès refusé : l’établissement %1 n’est pas suivi par votre équipe</translation>
    </message>
    <message>
        <source>Invalid NAF code "%1": a sub-class such as 62.01Z is expected</source>
        <translation>Code NAF « %1 » non valide : une sous-classe telle que 62.01Z est attendue</translation>
    </message>
    <message>
        <source>Unknown NAF code %1: choose a sub-class from the NAF list</source>
        <translation>Code NAF %1 inconnu : choisissez une sous-classe de la nomenclature NAF</translation>
    </message>
    <message>
        <source>Unknown establishment: %1</source>
        <translation>Établissement inconnu : %1</translation>
    </message>
    <message>
        <source>The member number %1 is already used</source>
        <translation>Le numéro d’adhérent %1 est déjà utilisé</translation>
    </message>
    <message>
        <source>An establishment with SIRET %1 already exists</source>
        <translation>Un établissement de SIRET %1 existe déjà</translation>
    </message>
    <message>
        <source>Unknown team: %1</source>
        <translation>Équipe inconnue : %1</translation>
    </message>
    <message>
        <source>Unknown enterprise: SIREN %1</source>
        <translation>Entreprise inconnue : SIREN %1</translation>
    </message>
    <message>
        <source>Access refused: no establishment of the enterprise %1 is followed by your team</source>
        <translation>Accès refusé : aucun établissement de l’entreprise %1 n’est suivi par votre équipe</translation>
    </message>
    <message>
        <source>The service needs a name</source>
        <translation>Le service doit avoir un nom</translation>
    </message>
    <message>
        <source>The service's address needs a street, a postal code and a city</source>
        <translation>L’adresse du service doit comporter une rue, un code postal et une ville</translation>
    </message>
    <message>
        <source>Invalid payment period: %1 days (from 0 to 60 days after the invoice date, L441-10)</source>
        <translation>Délai de paiement non valide : %1 jours (de 0 à 60 jours après la date de facture, L441-10)</translation>
    </message>
    <message>
        <source>%1 (service of %2)</source>
        <extracomment>A complementary service on an invoice: %1 its label, %2 the date it was provided</extracomment>
        <translation>%1 (prestation du %2)</translation>
    </message>
    <message>
        <source>The service %1 was invoiced meanwhile</source>
        <translation>La prestation %1 a été facturée entre-temps</translation>
    </message>
    <message>
        <source>The contribution for %1 is not set: enter the national average cost and the rate first</source>
        <translation>La cotisation de %1 n’est pas définie : saisissez d’abord le coût moyen national et le montant</translation>
    </message>
    <message>
        <source>The service's identity is not set: an invoice must name its seller</source>
        <translation>L’identité du service n’est pas renseignée : une facture doit mentionner son vendeur</translation>
    </message>
    <message>
        <source>Contribution %1 — ensemble socle of services (prevention, individual follow-up, job retention), per worker followed (L4622-6)</source>
        <extracomment>The contribution line of an invoice: %1 the year</extracomment>
        <translation>Cotisation %1 — ensemble socle de services (prévention, suivi individuel, prévention de la désinsertion professionnelle), par salarié suivi (L4622-6)</translation>
    </message>
    <message>
        <source>Lines without VAT need the VAT exemption mention: set it in the service's identity</source>
        <translation>Les lignes sans TVA exigent la mention d’exonération de TVA : renseignez-la dans l’identité du service</translation>
    </message>
    <message>
        <source>Invoice run stopped at the establishment %1 after %2 invoice(s) issued by this run: %3</source>
        <extracomment>%1 the SIRET, %2 how many invoices were issued before, %3 the reason</extracomment>
        <translation>Facturation interrompue à l’établissement %1 après %2 facture(s) émise(s) lors de cette exécution : %3</translation>
    </message>
    <message>
        <source>Unknown invoice: %1</source>
        <translation>Facture inconnue : %1</translation>
    </message>
    <message>
        <source>Invalid amount: %1</source>
        <translation>Montant non valide : %1</translation>
    </message>
    <message>
        <source>Invalid payment date %1: between the invoice date %2 and today</source>
        <translation>Date de règlement %1 non valide : elle doit être comprise entre la date de la facture %2 et aujourd’hui</translation>
    </message>
    <message>
        <source>The payment %1 is more than what remains due on %2: %3</source>
        <translation>Le règlement de %1 dépasse le reste dû sur %2 : %3</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>The member has left the service (membership ended)</extracomment>
        <translation>Sorti</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>Ressources humaines</translation>
    </message>
    <message>
        <source>Prevention referent</source>
        <extracomment>The worker designated to deal with occupational risk prevention (salarié désigné compétent, L4644-1)</extracomment>
        <translation>Salarié désigné compétent</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>The SIRET %1 does not belong to the enterprise with SIREN %2: a SIRET begins with its SIREN</source>
        <translation>Le SIRET %1 n’appartient pas à l’entreprise de SIREN %2 : un SIRET commence par son SIREN</translation>
    </message>
    <message>
        <source>The address needs a number and street</source>
        <translation>L’adresse doit comporter un numéro et une voie</translation>
    </message>
    <message>
        <source>Choose the commune from the list</source>
        <translation>Choisissez la commune dans la liste</translation>
    </message>
    <message>
        <source>Unknown commune: %1</source>
        <translation>Commune inconnue : %1</translation>
    </message>
    <message>
        <source>Invalid postal code "%1": a French postal code has 5 digits</source>
        <translation>Code postal « %1 » non valide : un code postal français comporte 5 chiffres</translation>
    </message>
    <message>
        <source>The postal code %1 is not one of %2's (%3)</source>
        <translation>Le code postal %1 n’est pas celui de %2 (%3)</translation>
    </message>
    <message>
        <source>A contact needs a name</source>
        <translation>Un contact doit avoir un nom</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail address for %1</source>
        <translation>Indiquez un numéro de téléphone ou une adresse e-mail pour %1</translation>
    </message>
    <message>
        <source>Invalid phone number "%1": 10 digits starting with 0, or +33</source>
        <translation>Numéro de téléphone « %1 » non valide : 10 chiffres commençant par 0, ou +33</translation>
    </message>
    <message>
        <source>Invalid e-mail address "%1"</source>
        <translation>Adresse e-mail « %1 » non valide</translation>
    </message>
    <message>
        <source>The enterprise needs a name</source>
        <translation>L’entreprise doit avoir un nom</translation>
    </message>
    <message>
        <source>The establishment needs a name</source>
        <translation>L’établissement doit avoir un nom</translation>
    </message>
    <message>
        <source>Choose the establishment's NAF code</source>
        <translation>Choisissez le code NAF de l’établissement</translation>
    </message>
    <message>
        <source>The membership date is required</source>
        <translation>La date d’adhésion est obligatoire</translation>
    </message>
    <message>
        <source>The membership date %1 is in the future</source>
        <translation>La date d’adhésion %1 est dans le futur</translation>
    </message>
    <message>
        <source>The status date %1 is before the membership date %2</source>
        <translation>La date du statut %1 est antérieure à la date d’adhésion %2</translation>
    </message>
    <message>
        <source>The status date %1 is in the future</source>
        <translation>La date du statut %1 est dans le futur</translation>
    </message>
    <message>
        <source>The member number "%1" is too long (32 characters at most)</source>
        <translation>Le numéro d’adhérent « %1 » est trop long (32 caractères au maximum)</translation>
    </message>
    <message>
        <source>The member is already in the status "%1"</source>
        <translation>L’adhérent est déjà au statut « %1 »</translation>
    </message>
    <message>
        <source>The date of the new status is required</source>
        <translation>La date du nouveau statut est obligatoire</translation>
    </message>
    <message>
        <source>The status date %1 is before the current status' date %2</source>
        <translation>La date du statut %1 est antérieure à la date du statut actuel %2</translation>
    </message>
    <message>
        <source>The date of the membership form is required</source>
        <translation>La date du bulletin d’adhésion est obligatoire</translation>
    </message>
    <message>
        <source>The date of the membership form %1 is in the future</source>
        <translation>La date du bulletin d’adhésion %1 est dans le futur</translation>
    </message>
    <message>
        <source>Invalid estimated number of workers: %1</source>
        <translation>Nombre estimé de salariés non valide : %1</translation>
    </message>
    <message>
        <source>Answer question %1 of the prevention culture score: %2</source>
        <extracomment>%1 is the question's number (1 to 6), %2 its French wording</extracomment>
        <translation>Répondez à la question %1 du score de culture de prévention : %2</translation>
    </message>
    <message>
        <source>Unknown risk %1: choose it from the exposure thesaurus</source>
        <translation>Risque inconnu %1 : choisissez-le dans le thésaurus des expositions</translation>
    </message>
    <message>
        <source>Invalid amount "%1": write euros and at most two decimals, e.g. 115,50</source>
        <extracomment>%1 is the amount as typed</extracomment>
        <translation>Montant « %1 » non valide : saisissez un montant en euros avec au plus deux décimales, par exemple 115,50</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage: %1 is the number ("20", "5,5"); French puts a no-break space before %</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Access refused: your role does not give access to membership and invoicing</source>
        <translation>Accès refusé : votre rôle ne donne pas accès aux adhésions et à la facturation</translation>
    </message>
    <message>
        <source>Printing needs the graphical runtime (a QGuiApplication, offscreen is enough)</source>
        <translation>L’impression nécessite l’environnement graphique (une QGuiApplication ; le mode offscreen suffit)</translation>
    </message>
    <message>
        <source>Unable to start printing</source>
        <translation>Impossible de lancer l’impression</translation>
    </message>
    <message>
        <source>Unable to add a page</source>
        <translation>Impossible d’ajouter une page</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <extracomment>Page numbers in the footer of printed documents</extracomment>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>Unable to finish printing</source>
        <translation>Impossible de terminer l’impression</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>Le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>Unable to write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Nothing to encode in the DataMatrix</source>
        <translation>Rien à coder dans le DataMatrix</translation>
    </message>
    <message>
        <source>Unable to start the DataMatrix encoder</source>
        <translation>Impossible de démarrer le codeur DataMatrix</translation>
    </message>
    <message>
        <source>The data is too long for a DataMatrix symbol (%1 bytes)</source>
        <translation>Les données sont trop longues pour un symbole DataMatrix (%1 octets)</translation>
    </message>
</context>
<context>
    <name>vigie::membership::EstablishmentsPage</name>
    <message>
        <source>Establishments</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Establishment name…</source>
        <translation>Nom de l’établissement…</translation>
    </message>
    <message>
        <source>Search establishments by name</source>
        <translation>Rechercher des établissements par nom</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>NAF</source>
        <translation>NAF</translation>
    </message>
    <message>
        <source>Establishments found</source>
        <translation>Établissements trouvés</translation>
    </message>
    <message>
        <source>No establishment</source>
        <translation>Aucun établissement</translation>
    </message>
    <message>
        <source>No establishment found</source>
        <translation>Aucun établissement trouvé</translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s), by name; type to search</source>
        <translation>
            <numerusform>%n établissement, trié par nom ; saisissez un nom pour rechercher</numerusform>
            <numerusform>%n établissements, triés par nom ; saisissez un nom pour rechercher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) found</source>
        <translation>
            <numerusform>%n établissement trouvé</numerusform>
            <numerusform>%n établissements trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Nouvel adhérent…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Membership &amp;form…</source>
        <translation>&amp;Bulletin d’adhésion…</translation>
    </message>
    <message>
        <source>&amp;Team in charge…</source>
        <translation>É&amp;quipe en charge…</translation>
    </message>
    <message>
        <source>Contributions and &amp;invoices…</source>
        <translation>Cotisations et &amp;factures…</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>N° d’adhérent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <source>SIRET %1 — NAF %2</source>
        <translation>SIRET %1 — NAF %2</translation>
    </message>
    <message>
        <source>Member %1 since %2 — %3 since %4</source>
        <translation>Adhérent %1 depuis le %2 — %3 depuis le %4</translation>
    </message>
    <message>
        <source>Team in charge: %1</source>
        <translation>Équipe en charge : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>SIREN %1: %n establishment(s), %2 worker(s) followed in %3</source>
        <translation>
            <numerusform>SIREN %1 : %n établissement, %2 salarié(s) suivi(s) en %3</numerusform>
            <numerusform>SIREN %1 : %n établissements, %2 salarié(s) suivi(s) en %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Total of the enterprise</source>
        <extracomment>The total line of an enterprise's establishments</extracomment>
        <translation>Total de l’entreprise</translation>
    </message>
    <message>
        <source>Team in charge saved.</source>
        <translation>Équipe en charge enregistrée.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Team in charge</source>
        <translation>Équipe en charge</translation>
    </message>
    <message>
        <source>Team in charge of this establishment:</source>
        <translation>Équipe en charge de cet établissement :</translation>
    </message>
    <message>
        <source>The first %1 establishments by name are shown, and there are more: type a name, a SIRET or a city to narrow</source>
        <translation>Les %1 premiers établissements par nom sont affichés, et il y en a d’autres : tapez un nom, un SIRET ou une ville pour restreindre</translation>
    </message>
</context>
<context>
    <name>vigie::membership::InvoicesDialog</name>
    <message>
        <source>&amp;Issue the year's invoices</source>
        <translation>É&amp;mettre les factures de l’année</translation>
    </message>
    <message>
        <source>Record a &amp;payment…</source>
        <translation>Enregistrer un &amp;règlement…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Contributions and invoices</source>
        <translation>Cotisations et factures</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Adhérent</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Réglé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année :</translation>
    </message>
    <message>
        <source>The contribution for %1 is not set yet.</source>
        <translation>La cotisation de %1 n’est pas encore fixée.</translation>
    </message>
    <message>
        <source>%1: %2 per worker followed (national average cost %3; allowed from %4 to %5)</source>
        <translation>%1 : %2 par salarié suivi (coût moyen national %3 ; montant autorisé de %4 à %5)</translation>
    </message>
    <message numerus="yes">
        <source>No new invoice: %n member(s) already invoiced for %1.</source>
        <translation>
            <numerusform>Aucune nouvelle facture : %n adhérent déjà facturé pour %1.</numerusform>
            <numerusform>Aucune nouvelle facture : %n adhérents déjà facturés pour %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) issued, %1 to %2.</source>
        <translation>
            <numerusform>%n facture émise, de %1 à %2.</numerusform>
            <numerusform>%n factures émises, de %1 à %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment of %1 recorded on %2.</source>
        <translation>Règlement de %1 enregistré le %2.</translation>
    </message>
    <message>
        <source>Invoice %1 written: %2</source>
        <translation>Facture %1 enregistrée : %2</translation>
    </message>
    <message>
        <source>Payment received — %1</source>
        <translation>Règlement reçu — %1</translation>
    </message>
    <message>
        <source>e.g. 1 440,00</source>
        <translation>p. ex. 1 440,00</translation>
    </message>
    <message>
        <source>Amount (€):</source>
        <translation>Montant (€) :</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Reçu le :</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>vigie::membership::MemberDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Adhérent %1</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nouvel adhérent</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>SIRET of the establishment</source>
        <translation>SIRET de l’établissement</translation>
    </message>
    <message>
        <source>NAF code or activity…</source>
        <translation>Code NAF ou activité…</translation>
    </message>
    <message>
        <source>Number and street</source>
        <translation>Numéro et voie</translation>
    </message>
    <message>
        <source>Building, floor, lieu-dit (optional)</source>
        <translation>Bâtiment, étage, lieu-dit (facultatif)</translation>
    </message>
    <message>
        <source>Commune or postal code…</source>
        <translation>Commune ou code postal…</translation>
    </message>
    <message>
        <source>Given when saved</source>
        <translation>Attribué à l’enregistrement</translation>
    </message>
    <message>
        <source>Enterprise and establishment</source>
        <translation>Entreprise et établissement</translation>
    </message>
    <message>
        <source>S&amp;IRET:</source>
        <translation>S&amp;IRET :</translation>
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation>En&amp;treprise :</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>Forme &amp;juridique :</translation>
    </message>
    <message>
        <source>Establishment &amp;name:</source>
        <translation>&amp;Nom de l’établissement :</translation>
    </message>
    <message>
        <source>NA&amp;F code:</source>
        <translation>Code NA&amp;F :</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation>&amp;Voie :</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal :</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Member n&amp;umber:</source>
        <translation>N&amp;uméro d’adhérent :</translation>
    </message>
    <message>
        <source>Membership &amp;date:</source>
        <translation>&amp;Date d’adhésion :</translation>
    </message>
    <message>
        <source>since</source>
        <translation>depuis le</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut :</translation>
    </message>
    <message>
        <source>Team in charge:</source>
        <translation>Équipe en charge :</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Remove the contact</source>
        <translation>Retirer le contact</translation>
    </message>
    <message>
        <source>None yet: the administrator assigns the team in charge</source>
        <translation>Aucune pour l’instant : l’administrateur désigne l’équipe en charge</translation>
    </message>
    <message>
        <source>SIREN %1</source>
        <translation>SIREN %1</translation>
    </message>
    <message numerus="yes">
        <source>Known enterprise: %1, %n establishment(s)</source>
        <translation>
            <numerusform>Entreprise connue : %1, %n établissement</numerusform>
            <numerusform>Entreprise connue : %1, %n établissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>vigie::membership::MembershipFormDialog</name>
    <message>
        <source>&amp;Save the form</source>
        <translation>&amp;Enregistrer le bulletin</translation>
    </message>
    <message>
        <source>&amp;Welcome sheet (PDF)…</source>
        <translation>&amp;Fiche d’accueil (PDF)…</translation>
    </message>
    <message>
        <source>Membership form</source>
        <translation>Bulletin d’adhésion</translation>
    </message>
    <message>
        <source>Membership form — %1 (%2)</source>
        <translation>Bulletin d’adhésion — %1 (%2)</translation>
    </message>
    <message>
        <source>Estimated follow-up of the workers</source>
        <translation>Estimation du suivi des salariés</translation>
    </message>
    <message>
        <source>Date of the form:</source>
        <translation>Date du bulletin :</translation>
    </message>
    <message>
        <source>Individual follow-up (SI):</source>
        <translation>Suivi individuel simple (SI) :</translation>
    </message>
    <message>
        <source>Adapted follow-up (SIA):</source>
        <translation>Suivi individuel adapté (SIA) :</translation>
    </message>
    <message>
        <source>Reinforced follow-up (SIR):</source>
        <translation>Suivi individuel renforcé (SIR) :</translation>
    </message>
    <message>
        <source>Risks declared by the employer</source>
        <translation>Risques déclarés par l’employeur</translation>
    </message>
    <message>
        <source>Exposure: type a word, Enter adds it…</source>
        <translation>Exposition : saisissez un mot, Entrée l’ajoute…</translation>
    </message>
    <message>
        <source>Remove the risk</source>
        <translation>Retirer le risque</translation>
    </message>
    <message>
        <source>Prevention culture</source>
        <translation>Culture de prévention</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Notes (facultatif)</translation>
    </message>
    <message>
        <source>Latest form: %1</source>
        <translation>Dernier bulletin : %1</translation>
    </message>
    <message>
        <source>Prevention culture score: %1 / 5</source>
        <translation>Score de culture de prévention : %1 / 5</translation>
    </message>
    <message>
        <source>Prevention culture score: answer the six questions (%1 of 6 answered)</source>
        <translation>Score de culture de prévention : répondez aux six questions (%1 réponse(s) sur 6)</translation>
    </message>
    <message>
        <source>Form saved: prevention culture score %1 / 5</source>
        <translation>Bulletin enregistré : score de culture de prévention %1 / 5</translation>
    </message>
    <message>
        <source>Welcome sheet written: %1</source>
        <translation>Fiche d’accueil enregistrée : %1</translation>
    </message>
    <message>
        <source>Welcome sheet</source>
        <translation>Fiche d’accueil</translation>
    </message>
    <message>
        <source>welcome-sheet.pdf</source>
        <translation>fiche-accueil.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>vigie::membership::SettingsDialog</name>
    <message>
        <source>Contribution settings</source>
        <translation>Paramètres des cotisations</translation>
    </message>
    <message>
        <source>e.g. 115,50</source>
        <translation>p. ex. 115,50</translation>
    </message>
    <message>
        <source>Mention printed on lines without VAT (the article of the tax code)</source>
        <translation>Mention imprimée sur les lignes sans TVA (article du Code général des impôts)</translation>
    </message>
    <message>
        <source>Contribution per worker followed</source>
        <translation>Cotisation par salarié suivi</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année :</translation>
    </message>
    <message>
        <source>National average cost (€):</source>
        <translation>Coût moyen national (€) :</translation>
    </message>
    <message>
        <source>Rate of the service (€):</source>
        <translation>Tarif du service (€) :</translation>
    </message>
    <message>
        <source>VAT on the contribution (%):</source>
        <translation>TVA sur la cotisation (%) :</translation>
    </message>
    <message>
        <source>Save the contribution</source>
        <translation>Enregistrer la cotisation</translation>
    </message>
    <message>
        <source>The service, as seller on its invoices</source>
        <translation>Le service, en tant que vendeur sur ses factures</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Legal form:</source>
        <translation>Forme juridique :</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Postal code and city:</source>
        <translation>Code postal et ville :</translation>
    </message>
    <message>
        <source>SIRET:</source>
        <translation>SIRET :</translation>
    </message>
    <message>
        <source>VAT number:</source>
        <translation>N° de TVA intracommunautaire :</translation>
    </message>
    <message>
        <source>VAT exemption mention:</source>
        <translation>Mention d’exonération de TVA :</translation>
    </message>
    <message>
        <source>Payment within (days):</source>
        <translation>Délai de paiement (jours) :</translation>
    </message>
    <message>
        <source>IBAN:</source>
        <translation>IBAN :</translation>
    </message>
    <message>
        <source>BIC:</source>
        <translation>BIC :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site web :</translation>
    </message>
    <message>
        <source>Save the identity</source>
        <translation>Enregistrer l’identité</translation>
    </message>
    <message>
        <source>Price list of complementary services</source>
        <translation>Grille tarifaire des prestations complémentaires</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Price excl. VAT (€)</source>
        <translation>Prix HT (€)</translation>
    </message>
    <message>
        <source>VAT (%)</source>
        <translation>TVA (%)</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Ajouter une prestation</translation>
    </message>
    <message>
        <source>Save the price list</source>
        <translation>Enregistrer la grille tarifaire</translation>
    </message>
    <message>
        <source>Enter the national average cost set by arrêté for the year.</source>
        <translation>Saisissez le coût moyen national fixé par arrêté pour l’année.</translation>
    </message>
    <message>
        <source>Allowed rate: from %1 to %2 (80 % to 120 %).</source>
        <translation>Tarif autorisé : de %1 à %2 (80 % à 120 %).</translation>
    </message>
    <message>
        <source>Invalid VAT rate: %1</source>
        <translation>Taux de TVA non valide : %1</translation>
    </message>
    <message>
        <source>Contribution for %1 saved.</source>
        <translation>Cotisation de %1 enregistrée.</translation>
    </message>
    <message>
        <source>The service's identity is saved.</source>
        <translation>L’identité du service est enregistrée.</translation>
    </message>
    <message>
        <source>Price list saved.</source>
        <translation>Grille tarifaire enregistrée.</translation>
    </message>
</context>
<context>
    <name>vigie::pdp</name>
    <message>
        <source>Job-retention cell — minutes of %1</source>
        <translation>Cellule de prévention de la désinsertion professionnelle — compte rendu du %1</translation>
    </message>
    <message>
        <source>Job-retention cell — agenda of %1</source>
        <translation>Cellule de prévention de la désinsertion professionnelle — ordre du jour du %1</translation>
    </message>
    <message>
        <source>Confidential — for the members of the job-retention cell (L4622-8-1). No medical information.</source>
        <translation>Confidentiel — réservé aux membres de la cellule PDP (L4622-8-1). Aucune information médicale.</translation>
    </message>
    <message>
        <source>Cases to review: %1. New flags from work stoppages: %2.</source>
        <translation>Dossiers à examiner : %1. Nouveaux signalements d’arrêts de travail : %2.</translation>
    </message>
    <message>
        <source>Cases to review</source>
        <translation>Dossiers à examiner</translation>
    </message>
    <message>
        <source>No case to review.</source>
        <translation>Aucun dossier à examiner.</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Dernière étape</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decision (to fill in)</source>
        <translation>Décision (à compléter)</translation>
    </message>
    <message>
        <source>New flags: work stoppages of more than 30 days</source>
        <translation>Nouveaux signalements : arrêts de travail de plus de 30 jours</translation>
    </message>
    <message>
        <source>No new flag.</source>
        <translation>Aucun nouveau signalement.</translation>
    </message>
    <message>
        <source>Off work since</source>
        <translation>En arrêt depuis le</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>back on %1</source>
        <translation>reprise le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Liaison meeting and pre-return visit to offer</source>
        <translation>Rendez-vous de liaison et visite de pré-reprise à proposer</translation>
    </message>
    <message>
        <source>Unknown %1 "%2" (accepted: %3)</source>
        <translation>%1 inconnu : « %2 » (acceptés : %3)</translation>
    </message>
    <message>
        <source>The worker</source>
        <translation>Le salarié</translation>
    </message>
    <message>
        <source>The employer</source>
        <translation>L’employeur</translation>
    </message>
    <message>
        <source>The attending doctor</source>
        <translation>Le médecin traitant</translation>
    </message>
    <message>
        <source>The health insurance's medical adviser</source>
        <translation>Le médecin conseil de l’assurance maladie</translation>
    </message>
    <message>
        <source>The service (pre-return visit, liaison meeting, stoppage)</source>
        <translation>Le service (visite de pré-reprise, rendez-vous de liaison, arrêt)</translation>
    </message>
    <message>
        <source>Liaison meeting</source>
        <translation>Rendez-vous de liaison</translation>
    </message>
    <message>
        <source>Pre-return visit</source>
        <translation>Visite de pré-reprise</translation>
    </message>
    <message>
        <source>Return-to-work visit</source>
        <translation>Visite de reprise</translation>
    </message>
    <message>
        <source>Adjustment proposal</source>
        <translation>Proposition d’aménagement</translation>
    </message>
    <message>
        <source>Supervised trial</source>
        <translation>Essai encadré</translation>
    </message>
    <message>
        <source>Vocational retraining agreement (CRPE)</source>
        <translation>Convention de rééducation professionnelle en entreprise (CRPE)</translation>
    </message>
    <message>
        <source>Referral to a partner</source>
        <translation>Orientation vers un partenaire</translation>
    </message>
    <message>
        <source>Kept in the same post</source>
        <translation>Maintenu au même poste</translation>
    </message>
    <message>
        <source>Kept in an adjusted post</source>
        <translation>Maintenu sur un poste aménagé</translation>
    </message>
    <message>
        <source>Redeployed in the company</source>
        <translation>Reclassé dans l’entreprise</translation>
    </message>
    <message>
        <source>Left the company</source>
        <translation>A quitté l’entreprise</translation>
    </message>
    <message>
        <source>Unfit and dismissed</source>
        <translation>Inapte et licencié</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Social review at 3 months</source>
        <translation>Point social à 3 mois</translation>
    </message>
    <message>
        <source>Social review at 6 months</source>
        <translation>Point social à 6 mois</translation>
    </message>
    <message>
        <source>Outcome at one year</source>
        <translation>Bilan à un an</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>step kind</source>
        <translation>Type d’étape</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Point de suivi</translation>
    </message>
    <message>
        <source>The case is closed: no step can be added</source>
        <translation>Le dossier est clos : aucune étape ne peut être ajoutée</translation>
    </message>
    <message>
        <source>The step has no valid date</source>
        <translation>L’étape n’a pas de date valide</translation>
    </message>
    <message>
        <source>The step (%1) is dated before the opening of the case (%2)</source>
        <translation>L’étape (%1) est datée d’avant l’ouverture du dossier (%2)</translation>
    </message>
    <message>
        <source>The step is dated %1, in the future</source>
        <translation>L’étape est datée du %1, dans le futur</translation>
    </message>
    <message>
        <source>Out of order: a %1 takes place during the stoppage, before the return-to-work visit of %2</source>
        <translation>Ordre non respecté : %1 a lieu pendant l’arrêt, avant la visite de reprise du %2</translation>
    </message>
    <message>
        <source>Out of order: the return-to-work visit cannot come before a step of the stoppage recorded on %1</source>
        <translation>Ordre non respecté : la visite de reprise ne peut précéder une étape de l’arrêt enregistrée le %1</translation>
    </message>
    <message>
        <source>Out of order: a %1 follows a pre-return or return-to-work visit; record the visit first (%2)</source>
        <translation>Ordre non respecté : %1 suit une visite de pré-reprise ou de reprise ; enregistrez d’abord la visite (%2)</translation>
    </message>
    <message>
        <source>The step ends on %1, before it begins on %2</source>
        <translation>L’étape finit le %1, avant de commencer le %2</translation>
    </message>
    <message>
        <source>A supervised trial needs its last day</source>
        <translation>Un essai encadré demande son dernier jour</translation>
    </message>
    <message>
        <source>A supervised trial lasts at most %1 working days (14, renewable once); this one lasts %2</source>
        <translation>Un essai encadré dure au plus %1 jours ouvrés (14, renouvelable une fois) ; celui-ci en dure %2</translation>
    </message>
    <message>
        <source>A CRPE lasts at most %1 months; this one would end on %2</source>
        <translation>Une CRPE dure au plus %1 mois ; celle-ci finirait le %2</translation>
    </message>
    <message>
        <source>A referral names its partner (Cap emploi, MDPH, CARSAT, CPAM, Agefiph, France Travail…)</source>
        <translation>Une orientation nomme son partenaire (Cap emploi, MDPH, CARSAT, CPAM, Agefiph, France Travail…)</translation>
    </message>
    <message>
        <source>Unknown job-retention case: %1</source>
        <translation>Dossier de maintien en emploi inconnu : %1</translation>
    </message>
    <message>
        <source>Unknown worker: %1</source>
        <translation>Salarié inconnu : %1</translation>
    </message>
    <message>
        <source>The employment %1 is not this worker's</source>
        <translation>L’emploi %1 n’est pas celui de ce salarié</translation>
    </message>
    <message>
        <source>This stoppage overlaps the one recorded from %1%2</source>
        <translation>Cet arrêt chevauche celui enregistré à partir du %1%2</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> au %1</translation>
    </message>
    <message>
        <source> (still running)</source>
        <translation> (toujours en cours)</translation>
    </message>
    <message>
        <source>Unknown work stoppage: %1</source>
        <translation>Arrêt de travail inconnu : %1</translation>
    </message>
    <message>
        <source>This stoppage would overlap the one recorded from %1</source>
        <translation>Cet arrêt chevaucherait celui enregistré à partir du %1</translation>
    </message>
    <message>
        <source>Unknown establishment: SIRET %1</source>
        <translation>Établissement inconnu : SIRET %1</translation>
    </message>
    <message>
        <source>No worker %1 is employed at this establishment</source>
        <translation>Aucun salarié %1 n’est employé dans cet établissement</translation>
    </message>
    <message>
        <source>%1 matches %2 workers of this establishment; record this stoppage from the worker's page</source>
        <translation>%1 correspond à %2 salariés de cet établissement ; saisissez cet arrêt depuis la fiche du salarié</translation>
    </message>
    <message>
        <source>the stoppage from %1 is already recorded with another last day (%2)</source>
        <translation>l’arrêt du %1 est déjà enregistré avec un autre dernier jour (%2)</translation>
    </message>
    <message>
        <source>it overlaps the stoppage from %1</source>
        <translation>il chevauche l’arrêt du %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The opening date %1 is in the future</source>
        <translation>La date d’ouverture %1 est dans le futur</translation>
    </message>
    <message>
        <source>This worker already has an open job-retention case: %1</source>
        <translation>Ce salarié a déjà un dossier de maintien en emploi ouvert : %1</translation>
    </message>
    <message>
        <source>Unknown partner "%1" (the job_retention_partner list)</source>
        <translation>Partenaire inconnu « %1 » (liste job_retention_partner)</translation>
    </message>
    <message>
        <source>The case is closed: no social follow-up can start</source>
        <translation>Le dossier est clos : aucun suivi social ne peut commencer</translation>
    </message>
    <message>
        <source>The social follow-up must start between the opening of the case (%1) and today</source>
        <translation>Le suivi social doit commencer entre l’ouverture du dossier (%1) et aujourd’hui</translation>
    </message>
    <message>
        <source>This case already has a social follow-up</source>
        <translation>Ce dossier a déjà un suivi social</translation>
    </message>
    <message>
        <source>This case has no social follow-up</source>
        <translation>Ce dossier n’a pas de suivi social</translation>
    </message>
    <message>
        <source>The case is closed</source>
        <translation>Le dossier est clos</translation>
    </message>
    <message>
        <source>The review date %1 is in the future</source>
        <translation>La date du point de suivi (%1) est dans le futur</translation>
    </message>
    <message>
        <source>The %1 is not scheduled for this case (done already, or not started)</source>
        <translation>Le point « %1 » n’est pas prévu pour ce dossier (déjà fait, ou pas commencé)</translation>
    </message>
    <message>
        <source>The outcome at one year needs the worker's situation</source>
        <translation>Le bilan à un an demande la situation du salarié</translation>
    </message>
    <message>
        <source>The case is already closed</source>
        <translation>Le dossier est déjà clos</translation>
    </message>
    <message>
        <source>The closing date must lie between the opening of the case (%1) and today</source>
        <translation>La date de clôture doit être comprise entre l’ouverture du dossier (%1) et aujourd’hui</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>À faire : %1</translation>
    </message>
    <message>
        <source>Overdue: return-to-work visit (R4624-31)</source>
        <translation>En retard : visite de reprise (R4624-31)</translation>
    </message>
    <message>
        <source>A quoted field is not closed</source>
        <translation>Un champ entre guillemets n’est pas fermé</translation>
    </message>
    <message>
        <source>Unknown cause of work stoppage "%1" (accepted: %2)</source>
        <translation>Motif d’arrêt de travail inconnu « %1 » (acceptés : %2)</translation>
    </message>
    <message>
        <source>Non-occupational illness or accident</source>
        <translation>Maladie ou accident d’origine non professionnelle</translation>
    </message>
    <message>
        <source>Work accident</source>
        <translation>Accident du travail</translation>
    </message>
    <message>
        <source>Occupational disease</source>
        <translation>Maladie professionnelle</translation>
    </message>
    <message>
        <source>Maternity leave</source>
        <translation>Congé de maternité</translation>
    </message>
    <message>
        <source>The first day of the stoppage is missing or invalid</source>
        <translation>Le premier jour de l’arrêt manque ou n’est pas valide</translation>
    </message>
    <message>
        <source>The stoppage begins on %1, in the future</source>
        <translation>L’arrêt commence le %1, dans le futur</translation>
    </message>
    <message>
        <source>The last day of the stoppage is invalid</source>
        <translation>Le dernier jour de l’arrêt n’est pas valide</translation>
    </message>
    <message>
        <source>The stoppage ends on %1, before its first day %2</source>
        <translation>L’arrêt finit le %1, avant son premier jour, le %2</translation>
    </message>
    <message>
        <source>The expected return (%1) must come after the first day %2</source>
        <translation>La reprise prévue (%1) doit suivre le premier jour, le %2</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Le fichier est vide</translation>
    </message>
    <message>
        <source>Unknown column "%1" (accepted: %2)</source>
        <translation>Colonne inconnue « %1 » (acceptées : %2)</translation>
    </message>
    <message>
        <source>The column %1 appears twice</source>
        <translation>La colonne %1 figure deux fois</translation>
    </message>
    <message>
        <source>The required column %1 is missing</source>
        <translation>La colonne obligatoire %1 manque</translation>
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation>%1 champs au lieu de %2</translation>
    </message>
    <message>
        <source>The value is missing</source>
        <translation>La valeur manque</translation>
    </message>
    <message>
        <source>"%1" is not a valid date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>« %1 » n’est pas une date valide (AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
        <source>Return to the company — proposals of the occupational physician</source>
        <translation>Retour dans l’entreprise — propositions du médecin du travail</translation>
    </message>
    <message>
        <source>For the employer (L4624-3). This document holds no information on the worker's health.</source>
        <translation>Pour l’employeur (L4624-3). Ce document ne contient aucune information sur la santé du salarié.</translation>
    </message>
    <message>
        <source>Back at work on %1.</source>
        <translation>Reprise du travail le %1.</translation>
    </message>
    <message>
        <source>Proposals of adjustment (annexe 4)</source>
        <translation>Propositions d’aménagement (annexe 4)</translation>
    </message>
    <message>
        <source>No signed proposal.</source>
        <translation>Aucune proposition signée.</translation>
    </message>
    <message>
        <source>Proposal of %1</source>
        <translation>Proposition du %1</translation>
    </message>
    <message>
        <source>Post: %1</source>
        <translation>Poste : %1</translation>
    </message>
    <message>
        <source>Follow-up with the company</source>
        <translation>Suivi avec l’entreprise</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (jusqu’au %1)</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Issue : %1</translation>
    </message>
    <message>
        <source>Job retention</source>
        <translation>Maintien en emploi</translation>
    </message>
    <message>
        <source>Minutes of the meeting</source>
        <translation>Compte rendu de la réunion</translation>
    </message>
    <message>
        <source>Minutes of the %1 meetings of the day</source>
        <translation>Compte rendu des %1 réunions du jour</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Réunion %1</translation>
    </message>
    <message>
        <source>The first social review must come 1 to 24 months after the start (%1 given)</source>
        <translation>Le premier point social doit avoir lieu 1 à 24 mois après le début du suivi (%1 indiqué)</translation>
    </message>
    <message>
        <source>The second social review must come after the first (%1 months) and at most 36 months after the start (%2 given)</source>
        <translation>Le second point social doit avoir lieu après le premier (%1 mois) et au plus 36 mois après le début du suivi (%2 indiqué)</translation>
    </message>
    <message>
        <source>The outcome review must come 1 to 36 months after the return to work (%1 given)</source>
        <translation>Le bilan doit avoir lieu 1 à 36 mois après la reprise du travail (%1 indiqué)</translation>
    </message>
    <message>
        <source>Access refused: only the administrator changes the delays of the job-retention reviews</source>
        <translation>Accès refusé : seul l’administrateur modifie les délais des points et bilans de maintien en emploi</translation>
    </message>
</context>
<context>
    <name>vigie::pdp::PdpPage</name>
    <message>
        <source>&lt;h2&gt;Job retention&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Maintien en emploi&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>Dossier&amp;s</translation>
    </message>
    <message>
        <source>New &amp;flags</source>
        <translation>&amp;Nouveaux signalements</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Mes dossiers</translation>
    </message>
    <message>
        <source>All open cases of my teams</source>
        <translation>Tous les dossiers ouverts de mes équipes</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Dossiers clos</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Worker, establishment…</source>
        <translation>Salarié, établissement…</translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation>F&amp;iltrer</translation>
    </message>
    <message>
        <source>Cell's &amp;agenda (PDF)…</source>
        <translation>&amp;Ordre du jour de la cellule (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Work stoppages…</source>
        <translation>Arrêts de tra&amp;vail…</translation>
    </message>
    <message>
        <source>The work stoppages of the selected case's worker</source>
        <translation>Les arrêts de travail du salarié du dossier choisi</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochain point</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <source>Last day of a supervised trial or of a CRPE</source>
        <translation>Dernier jour d’un essai encadré ou d’une CRPE</translation>
    </message>
    <message>
        <source>The partner of a referral</source>
        <translation>Le partenaire d’une orientation</translation>
    </message>
    <message>
        <source>Add the st&amp;ep</source>
        <translation>A&amp;jouter l’étape</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Social follow-up</source>
        <translation>Suivi social</translation>
    </message>
    <message>
        <source>Start the social follow-&amp;up</source>
        <translation>Commencer le s&amp;uivi social</translation>
    </message>
    <message>
        <source>&amp;Rights explained</source>
        <translation>&amp;Droits expliqués</translation>
    </message>
    <message>
        <source>A&amp;dministrative help</source>
        <translation>Aide ad&amp;ministrative</translation>
    </message>
    <message>
        <source>Save the fo&amp;llow-up</source>
        <translation>Enre&amp;gistrer le suivi</translation>
    </message>
    <message>
        <source>The social situation, the steps taken with the worker (no health information)</source>
        <translation>La situation sociale, les démarches faites avec le salarié (aucune information de santé)</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Points de suivi</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Prévu le</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>(situation at one year)</source>
        <translation>(situation à un an)</translation>
    </message>
    <message>
        <source>Record the selected re&amp;view</source>
        <translation>Enregistrer le &amp;point choisi</translation>
    </message>
    <message>
        <source>Close the case wit&amp;h this situation</source>
        <translation>C&amp;lore le dossier avec cette situation</translation>
    </message>
    <message>
        <source>Select a case first</source>
        <translation>Choisissez d’abord un dossier</translation>
    </message>
    <message>
        <source>Cell's agenda</source>
        <translation>Ordre du jour de la cellule</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Work stoppages of more than 30 days without a job-retention case: offer a liaison meeting and a pre-return visit (L1226-1-3, R4624-29).</source>
        <translation>Arrêts de travail de plus de 30 jours sans dossier de maintien en emploi : proposer un rendez-vous de liaison et une visite de pré-reprise (L1226-1-3, R4624-29).</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Ori&amp;gin</source>
        <translation>Ori&amp;gine</translation>
    </message>
    <message>
        <source>&amp;Open a case for the selected worker</source>
        <translation>&amp;Ouvrir un dossier pour le salarié choisi</translation>
    </message>
    <message>
        <source>Select a case.</source>
        <translation>Choisissez un dossier.</translation>
    </message>
    <message>
        <source>closed on %1 — %2</source>
        <translation>clos le %1 — %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (born %2) — %3&lt;br&gt;Case opened on %4 at the request of: %5. In charge: %6. Status: %7.%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (né(e) le %2) — %3&lt;br&gt;Dossier ouvert le %4 à la demande de : %5. Responsable : %6. État : %7.%8</translation>
    </message>
    <message>
        <source> Back at work on %1.</source>
        <translation> Reprise du travail le %1.</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>annexe 4 signed (in the medical record, for the physician)</source>
        <translation>annexe 4 signée (dans le dossier médical, pour le médecin)</translation>
    </message>
    <message>
        <source>Led by %1 since %2%3</source>
        <translation>Mené par %1 depuis le %2%3</translation>
    </message>
    <message>
        <source>, ended on %1</source>
        <translation>, terminé le %1</translation>
    </message>
    <message>
        <source>No social follow-up yet.</source>
        <translation>Pas encore de suivi social.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>still off work</source>
        <translation>toujours en arrêt</translation>
    </message>
    <message>
        <source>New &amp;flags (%1)</source>
        <translation>&amp;Nouveaux signalements (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 added</source>
        <translation>%1 du %2 ajoutée</translation>
    </message>
    <message>
        <source>Social follow-up started on %1: reviews on %2 and %3</source>
        <translation>Suivi social commencé le %1 : points le %2 et le %3</translation>
    </message>
    <message>
        <source>Social follow-up saved</source>
        <translation>Suivi social enregistré</translation>
    </message>
    <message>
        <source>Select the review to record</source>
        <translation>Choisissez le point à enregistrer</translation>
    </message>
    <message>
        <source>%1 recorded on %2</source>
        <translation>%1 enregistré le %2</translation>
    </message>
    <message>
        <source>Choose the worker's situation to close the case</source>
        <translation>Choisissez la situation du salarié pour clore le dossier</translation>
    </message>
    <message>
        <source>Case of %1 closed: %2</source>
        <translation>Dossier de %1 clos : %2</translation>
    </message>
    <message>
        <source>Select the worker</source>
        <translation>Choisissez le salarié</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Dossier ouvert</translation>
    </message>
    <message>
        <source>Cell's agenda of %1 written to %2</source>
        <translation>Ordre du jour de la cellule du %1 écrit dans %2</translation>
    </message>
</context>
<context>
    <name>vigie::pdp::StoppagesDialog</name>
    <message>
        <source>Work stoppages — %1</source>
        <translation>Arrêts de travail — %1</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Expected return</source>
        <translation>Reprise prévue</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Job retention</source>
        <translation>Maintien en emploi</translation>
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation>&amp;Terminé le</translation>
    </message>
    <message>
        <source>&amp;Cause</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;First day off work</source>
        <translation>&amp;Premier jour d’arrêt</translation>
    </message>
    <message>
        <source>E&amp;xpected return</source>
        <translation>Reprise pré&amp;vue</translation>
    </message>
    <message>
        <source>&amp;Add the stoppage</source>
        <translation>&amp;Ajouter l’arrêt</translation>
    </message>
    <message>
        <source>&amp;End the selected stoppage on the last day</source>
        <translation>T&amp;erminer l’arrêt choisi au dernier jour</translation>
    </message>
    <message>
        <source>still off work</source>
        <translation>toujours en arrêt</translation>
    </message>
    <message>
        <source>more than 30 days: liaison meeting, pre-return visit</source>
        <translation>plus de 30 jours : rendez-vous de liaison, visite de pré-reprise</translation>
    </message>
    <message>
        <source>Stoppage recorded: more than 30 days off work, the worker is flagged for the cell</source>
        <translation>Arrêt enregistré : plus de 30 jours d’arrêt, le salarié est signalé à la cellule</translation>
    </message>
    <message>
        <source>Stoppage recorded</source>
        <translation>Arrêt enregistré</translation>
    </message>
    <message>
        <source>Select the stoppage to end</source>
        <translation>Choisissez l’arrêt à terminer</translation>
    </message>
    <message>
        <source>Stoppage ended on %1</source>
        <translation>Arrêt terminé le %1</translation>
    </message>
</context>
<context>
    <name>vigie::prevention</name>
    <message>
        <source>%1 is not a professional of the multidisciplinary team</source>
        <translation>%1 n’est pas un professionnel de l’équipe pluridisciplinaire</translation>
    </message>
    <message>
        <source>This establishment has no company sheet version %1</source>
        <translation>Cet établissement n’a pas de version %1 de fiche d’entreprise</translation>
    </message>
    <message>
        <source>Unknown workplace action: %1</source>
        <translation>Action en milieu de travail inconnue : %1</translation>
    </message>
    <message>
        <source>This workplace action has no report</source>
        <translation>Cette action en milieu de travail n’a pas de compte rendu</translation>
    </message>
    <message>
        <source>Post study</source>
        <translation>Étude de poste</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Métrologie</translation>
    </message>
    <message>
        <source>Awareness session</source>
        <translation>Action de sensibilisation</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>CSE meeting attended</source>
        <translation>Participation à une réunion du CSE</translation>
    </message>
    <message>
        <source>The report %1 is empty</source>
        <translation>Le compte rendu %1 est vide</translation>
    </message>
    <message>
        <source>The report %1 is larger than %2 MiB</source>
        <translation>Le compte rendu %1 dépasse %2 Mio</translation>
    </message>
    <message>
        <source>A workplace action needs a title</source>
        <translation>Une action en milieu de travail doit avoir un intitulé</translation>
    </message>
    <message>
        <source>The date of a workplace action must be a past day (%1 given)</source>
        <translation>La date d’une action en milieu de travail doit être un jour passé (%1 indiqué)</translation>
    </message>
    <message>
        <source>Invalid number of participants: %1</source>
        <translation>Nombre de participants invalide : %1</translation>
    </message>
    <message>
        <source>Name the professional(s) who led the action</source>
        <translation>Indiquez le ou les professionnels qui ont mené l’action</translation>
    </message>
    <message>
        <source>A request needs a subject</source>
        <translation>Une demande doit avoir un objet</translation>
    </message>
    <message>
        <source>The date of a request must be a past day (%1 given)</source>
        <translation>La date d’une demande doit être un jour passé (%1 donné)</translation>
    </message>
    <message>
        <source>Unknown workplace action code %1</source>
        <translation>Code d’action en milieu de travail %1 inconnu</translation>
    </message>
    <message>
        <source>This request is %1: it cannot be answered</source>
        <translation>Cette demande est à l’état %1 : elle ne peut pas être honorée</translation>
    </message>
    <message>
        <source>The action was made at another establishment than the request's</source>
        <translation>L’action a été menée dans un autre établissement que celui de la demande</translation>
    </message>
    <message>
        <source>An action of %1 cannot answer a request of %2</source>
        <translation>Une action du %1 ne peut pas répondre à une demande du %2</translation>
    </message>
    <message>
        <source>Unknown request %1</source>
        <translation>Demande %1 inconnue</translation>
    </message>
    <message>
        <source>The request %1 was not changed (%2 rows written)</source>
        <translation>La demande %1 n’a pas été modifiée (%2 lignes écrites)</translation>
    </message>
    <message>
        <source>This request is %1: it cannot be cancelled</source>
        <translation>Cette demande est à l’état %1 : elle ne peut pas être annulée</translation>
    </message>
    <message>
        <source>Unknown worker %1</source>
        <translation>Salarié %1 inconnu</translation>
    </message>
    <message>
        <source>Company sheet (creation or update)</source>
        <translation>Fiche d’entreprise (création ou mise à jour)</translation>
    </message>
    <message>
        <source>Workstation study</source>
        <translation>Étude de poste</translation>
    </message>
    <message>
        <source>Study of working conditions</source>
        <translation>Étude des conditions de travail</translation>
    </message>
    <message>
        <source>Measurements (noise, ambient conditions, air, vibration)</source>
        <translation>Métrologie (bruit, ambiances, atmosphères, vibrations)</translation>
    </message>
    <message>
        <source>Chemical risk assessment</source>
        <translation>Évaluation du risque chimique</translation>
    </message>
    <message>
        <source>Ergonomic study (musculoskeletal disorders)</source>
        <translation>Étude ergonomique (TMS)</translation>
    </message>
    <message>
        <source>Psychosocial risk assessment</source>
        <translation>Diagnostic des risques psychosociaux</translation>
    </message>
    <message>
        <source>Support with risk assessment and the DUERP</source>
        <translation>Aide à l’évaluation des risques et au document unique</translation>
    </message>
    <message>
        <source>Advice to the employer or staff representatives</source>
        <translation>Conseil à l’employeur ou aux représentants du personnel</translation>
    </message>
    <message>
        <source>Awareness or information session</source>
        <translation>Action de sensibilisation ou d’information collective</translation>
    </message>
    <message>
        <source>Attending the CSE or its health and safety committee</source>
        <translation>Participation au CSE ou à la CSSCT</translation>
    </message>
    <message>
        <source>Investigation after a work accident or occupational disease</source>
        <translation>Enquête après accident du travail ou maladie professionnelle</translation>
    </message>
    <message>
        <source>Support for a prevention or workplace-design project</source>
        <translation>Accompagnement d’un projet de prévention ou de conception de locaux</translation>
    </message>
    <message>
        <source>First-aid organisation and training</source>
        <translation>Organisation des secours et formation aux premiers secours</translation>
    </message>
    <message>
        <source>Training and prevention session for seasonal workers</source>
        <translation>Action de formation et de prévention pour les travailleurs saisonniers</translation>
    </message>
    <message>
        <source>Collective job-retention action</source>
        <translation>Action collective de prévention de la désinsertion professionnelle</translation>
    </message>
    <message>
        <source>Vaccination or screening campaign</source>
        <translation>Campagne de vaccination ou de dépistage</translation>
    </message>
    <message>
        <source>%1 workers named for %2 participants</source>
        <translation>%1 salariés nommés pour %2 participants</translation>
    </message>
    <message>
        <source>Primary prevention: %1 years is refused; the interval goes from 1 to %2 years (offer §3.2.3)</source>
        <translation>Prévention primaire : %1 ans refusés ; l’intervalle va de 1 à %2 ans (offre socle §3.2.3)</translation>
    </message>
    <message>
        <source>Access refused: only the administrator changes the primary-prevention interval</source>
        <translation>Accès refusé : seul l’administrateur modifie l’intervalle de la prévention primaire</translation>
    </message>
</context>
<context>
    <name>vigie::prevention::ActionDialog</name>
    <message>
        <source>Record a workplace action</source>
        <translation>Enregistrer une action en milieu de travail</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>What was done, in a few words</source>
        <translation>Ce qui a été fait, en quelques mots</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <source>People of the company who took part, named below or not</source>
        <translation>Personnes de l’entreprise qui y ont participé, nommées ci-dessous ou non</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Type to narrow the list; Down, then Space ticks a worker</source>
        <translation>Tapez pour restreindre la liste ; Bas, puis Espace coche un salarié</translation>
    </message>
    <message>
        <source>&amp;Workers who took part</source>
        <translation>&amp;Salariés participants</translation>
    </message>
    <message>
        <source>Others, by name or function (manager, CSE members…)</source>
        <translation>Autres, par leur nom ou leur fonction (responsable, membres du CSE…)</translation>
    </message>
    <message>
        <source>&amp;Other participants</source>
        <translation>A&amp;utres participants</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Version %1 du %2</translation>
    </message>
    <message>
        <source>Company &amp;sheet version it fed</source>
        <translation>&amp;Version de la fiche d’entreprise alimentée</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Path of the report file (PDF, office document), if any</source>
        <translation>Chemin du fichier du rapport (PDF, document bureautique), s’il y en a un</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>The action's report</source>
        <translation>Le rapport de l’action</translation>
    </message>
    <message>
        <source>Reports (*.pdf *.odt *.docx *.doc *.xlsx *.ods *.jpg *.png);;All files (*)</source>
        <translation>Rapports (*.pdf *.odt *.docx *.doc *.xlsx *.ods *.jpg *.png);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Led by %1</source>
        <translation>Menée par %1</translation>
    </message>
    <message>
        <source>No worker employed here on that date: give the number of participants only.</source>
        <translation>Aucun salarié employé ici à cette date : indiquez seulement le nombre de participants.</translation>
    </message>
    <message>
        <source>The first %1 workers by name are listed, and there are more: type to narrow</source>
        <translation>Les %1 premiers salariés par nom sont listés, et il y en a d’autres : tapez pour restreindre</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) employed here on that date.</source>
        <translation>
            <numerusform>%n salarié employé ici à cette date.</numerusform>
            <numerusform>%n salariés employés ici à cette date.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is larger than %1 MB: attach a lighter file.</source>
        <translation>Le rapport dépasse %1 Mo : joignez un fichier plus léger.</translation>
    </message>
    <message>
        <source>The report cannot be read: %1</source>
        <translation>Le rapport ne peut pas être lu : %1</translation>
    </message>
</context>
<context>
    <name>vigie::prevention::ActionsPanel</name>
    <message>
        <source>&amp;Record an action…</source>
        <translation>&amp;Enregistrer une action…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Maj+N</translation>
    </message>
    <message>
        <source>Save the rep&amp;ort…</source>
        <translation>Enregistrer le rapp&amp;ort…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Maj+S</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Menée par</translation>
    </message>
    <message>
        <source>Sheet version</source>
        <translation>Version de la fiche</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Choose an action to see it whole.</source>
        <translation>Choisissez une action pour la voir en entier.</translation>
    </message>
    <message>
        <source>Choose an action first.</source>
        <translation>Choisissez d’abord une action.</translation>
    </message>
    <message>
        <source>This action has no report.</source>
        <translation>Cette action n’a pas de rapport.</translation>
    </message>
    <message>
        <source>Save the action's report</source>
        <translation>Enregistrer le rapport de l’action</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n named)</source>
        <translation>
            <numerusform>%1 (%n nommé)</numerusform>
            <numerusform>%1 (%n nommés)</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No workplace action recorded here yet: record one with Ctrl+Shift+N.</source>
        <translation>Aucune action en milieu de travail enregistrée ici pour l’instant : enregistrez-en une avec Ctrl+Maj+N.</translation>
    </message>
    <message>
        <source>Workers named</source>
        <translation>Salariés nommés</translation>
    </message>
    <message>
        <source>Other participants</source>
        <translation>Autres participants</translation>
    </message>
    <message>
        <source>Company sheet version it fed</source>
        <translation>Version de la fiche d’entreprise alimentée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Choose an establishment first.</source>
        <translation>Choisissez d’abord un établissement.</translation>
    </message>
    <message>
        <source>Workplace action recorded.</source>
        <translation>Action en milieu de travail enregistrée.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>Last primary-prevention action: %1 on %2.</source>
        <translation>Dernière action de prévention primaire : %1 le %2.</translation>
    </message>
    <message>
        <source>No primary-prevention action recorded here.</source>
        <translation>Aucune action de prévention primaire enregistrée ici.</translation>
    </message>
    <message>
        <source>The next one was due on %1: late.</source>
        <translation>La prochaine était due le %1 : en retard.</translation>
    </message>
    <message>
        <source>The next one is due by %1.</source>
        <translation>La prochaine est due avant le %1.</translation>
    </message>
</context>
<context>
    <name>vigie::reports</name>
    <message>
        <source>Active members</source>
        <translation>Adhérents actifs</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendus</translation>
    </message>
    <message>
        <source>Left the service</source>
        <translation>Sortis du service</translation>
    </message>
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
        <source>Information and prevention visit (VIP)</source>
        <translation>Visite d’information et de prévention (VIP)</translation>
    </message>
    <message>
        <source>Medical fitness examination (EMA)</source>
        <translation>Examen médical d’aptitude (EMA)</translation>
    </message>
    <message>
        <source>Intermediate visit (SIR)</source>
        <translation>Visite intermédiaire (SIR)</translation>
    </message>
    <message>
        <source>Pre-return visit</source>
        <translation>Visite de pré-reprise</translation>
    </message>
    <message>
        <source>Return-to-work visit</source>
        <translation>Visite de reprise</translation>
    </message>
    <message>
        <source>Mid-career visit</source>
        <translation>Visite de mi-carrière</translation>
    </message>
    <message>
        <source>Post-exposure or end-of-career visit</source>
        <translation>Visite post-exposition ou de fin de carrière</translation>
    </message>
    <message>
        <source>Visit on request</source>
        <translation>Visite à la demande</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>No followed worker</source>
        <translation>Aucun salarié suivi</translation>
    </message>
    <message>
        <source>%1 followed workers</source>
        <translation>%1 salariés suivis</translation>
    </message>
    <message>
        <source>Follow-up attestations</source>
        <translation>Attestations de suivi</translation>
    </message>
    <message>
        <source>Fitness opinions</source>
        <translation>Avis d’aptitude</translation>
    </message>
    <message>
        <source>Unfitness opinions</source>
        <translation>Avis d’inaptitude</translation>
    </message>
    <message>
        <source>Proposals of adjustment measures</source>
        <translation>Propositions de mesures d’aménagement</translation>
    </message>
    <message>
        <source>Prevention orders</source>
        <translation>Ordonnances de prévention</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Informations remises</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Sensibilisation</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Primary prevention</source>
        <translation>Prévention primaire</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>non calculé</translation>
    </message>
    <message>
        <source>hidden (&lt; 5)</source>
        <translation>masqué (&lt; 5)</translation>
    </message>
    <message>
        <source>Member establishments by status at 31 December</source>
        <translation>Établissements adhérents par statut au 31 décembre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Member establishments by number of followed workers</source>
        <translation>Établissements adhérents par nombre de salariés suivis</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Followed workers by follow-up category at 31 December</source>
        <translation>Salariés suivis par catégorie de suivi au 31 décembre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Teams and their followed workers at 31 December</source>
        <translation>Équipes et leurs salariés suivis au 31 décembre</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Visits performed by kind</source>
        <translation>Visites réalisées par type</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Type de visite</translation>
    </message>
    <message>
        <source>Visits performed by month</source>
        <translation>Visites réalisées par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Absences aux rendez-vous</translation>
    </message>
    <message>
        <source>Opinions and attestations signed</source>
        <translation>Avis et attestations signés</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Delays from request to answer (days)</source>
        <translation>Délais de la demande à la réponse (jours)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Honorées</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>Within the target</source>
        <translation>Dans l’objectif</translation>
    </message>
    <message>
        <source>Workplace actions</source>
        <translation>Actions en milieu de travail</translation>
    </message>
    <message>
        <source>Workplace actions by group</source>
        <translation>Actions en milieu de travail par groupe</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Distinct establishments reached</source>
        <translation>Établissements distincts touchés</translation>
    </message>
    <message>
        <source>Workplace actions by kind</source>
        <translation>Actions en milieu de travail par type</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Type d’action</translation>
    </message>
    <message>
        <source>Company sheets validated</source>
        <translation>Fiches d’entreprise validées</translation>
    </message>
    <message>
        <source>Company sheets</source>
        <translation>Fiches d’entreprise</translation>
    </message>
    <message>
        <source>Made (first version)</source>
        <translation>Réalisées (première version)</translation>
    </message>
    <message>
        <source>Renewed (later version)</source>
        <translation>Mises à jour (version suivante)</translation>
    </message>
    <message>
        <source>Job retention</source>
        <translation>Prévention de la désinsertion professionnelle</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>The offer's indicators</source>
        <translation>Les indicateurs de l’offre</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numérateur</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Dénominateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Année précédente</translation>
    </message>
    <message>
        <source>Annual activity report %1</source>
        <translation>Rapport d’activité annuel %1</translation>
    </message>
    <message>
        <source>%1 — scope: %2 — from %3 to %4</source>
        <translation>%1 — périmètre : %2 — du %3 au %4</translation>
    </message>
    <message>
        <source>1. The service</source>
        <translation>1. Le service</translation>
    </message>
    <message>
        <source>2. Individual follow-up</source>
        <translation>2. Suivi individuel de l’état de santé</translation>
    </message>
    <message>
        <source>3. Workplace actions and company sheets</source>
        <translation>3. Actions en milieu de travail et fiches d’entreprise</translation>
    </message>
    <message>
        <source>4. Job retention</source>
        <translation>4. Prévention de la désinsertion professionnelle</translation>
    </message>
    <message>
        <source>5. The offer's indicators</source>
        <translation>5. Les indicateurs de l’offre</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
    <message>
        <source>numerator: %1</source>
        <translation>numérateur : %1</translation>
    </message>
    <message>
        <source>; denominator: %1</source>
        <translation> ; dénominateur : %1</translation>
    </message>
    <message>
        <source>Aggregated figures only. Window of the indicators: the 5 years up to the last day of the period. In a scope narrower than a team, a figure from 1 to 4 is not published.</source>
        <translation>Chiffres agrégés uniquement. Fenêtre des indicateurs : les 5 années qui précèdent le dernier jour de la période. Dans un périmètre plus étroit qu’une équipe, un chiffre de 1 à 4 n’est pas publié.</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>L’entreprise</translation>
    </message>
    <message>
        <source>Its branch</source>
        <translation>Sa branche</translation>
    </message>
    <message>
        <source>Barometer %1 — %2</source>
        <translation>Baromètre %1 — %2</translation>
    </message>
    <message>
        <source>Branch: the %1 member establishments of NAF division %2 in the service, %3 followed workers at 31 December %4.</source>
        <translation>Branche : les %1 établissements adhérents de la division NAF %2 dans le service, %3 salariés suivis au 31 décembre %4.</translation>
    </message>
    <message>
        <source>The company: %1 followed workers at 31 December %2.</source>
        <translation>L’entreprise : %1 salariés suivis au 31 décembre %2.</translation>
    </message>
    <message>
        <source>The company has fewer than %1 followed workers: its own figures are not shown, only its branch's.</source>
        <translation>L’entreprise compte moins de %1 salariés suivis : ses propres chiffres ne sont pas présentés, seulement ceux de sa branche.</translation>
    </message>
    <message>
        <source>Health data by body system</source>
        <translation>Données de santé par appareil</translation>
    </message>
    <message>
        <source>Never a name. A count from 1 to 4 reads “&lt; 5”; when a total would reveal it, another cell of the same table reads “hidden”.</source>
        <translation>Jamais un nom. Un nombre de 1 à 4 est affiché « &lt; 5 » ; quand un total le révélerait, une autre case du même tableau est « masquée ».</translation>
    </message>
    <message>
        <source>Barometer %1</source>
        <translation>Baromètre %1</translation>
    </message>
    <message>
        <source>Aggregated figures — no worker can be identified</source>
        <translation>Chiffres agrégés — aucun salarié ne peut être identifié</translation>
    </message>
    <message>
        <source>Employments started</source>
        <translation>Embauches (emplois commencés)</translation>
    </message>
    <message>
        <source>Employments ended</source>
        <translation>Départs (emplois terminés)</translation>
    </message>
    <message>
        <source>Workers with a work accident</source>
        <translation>Salariés ayant eu un accident du travail</translation>
    </message>
    <message>
        <source>Workers with an occupational disease</source>
        <translation>Salariés ayant une maladie professionnelle</translation>
    </message>
    <message>
        <source>Establishments with a recent company sheet</source>
        <translation>Établissements dotés d’une fiche d’entreprise récente</translation>
    </message>
    <message>
        <source>Heart and vessels</source>
        <translation>Cœur et vaisseaux</translation>
    </message>
    <message>
        <source>Musculoskeletal disorders</source>
        <translation>Troubles musculo-squelettiques</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Santé mentale</translation>
    </message>
    <message>
        <source>Respiratory system</source>
        <translation>Appareil respiratoire</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>Peau</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Audition</translation>
    </message>
    <message>
        <source>Other health problems</source>
        <translation>Autres problèmes de santé</translation>
    </message>
    <message>
        <source>A barometer is for an establishment or an enterprise</source>
        <translation>Un baromètre porte sur un établissement ou une entreprise</translation>
    </message>
    <message>
        <source>Followed workers by follow-up category</source>
        <translation>Salariés suivis par catégorie de suivi</translation>
    </message>
    <message>
        <source>Risks declared by the employer (workers exposed, five most frequent in the branch)</source>
        <translation>Risques déclarés par l’employeur (salariés exposés, les cinq plus fréquents de la branche)</translation>
    </message>
    <message>
        <source>Exposures observed by the occupational physician (workers, five most frequent in the branch)</source>
        <translation>Expositions constatées par le médecin du travail (salariés, les cinq plus fréquentes de la branche)</translation>
    </message>
    <message>
        <source>Turnover in the year (employments)</source>
        <translation>Mouvements de l’année (emplois)</translation>
    </message>
    <message>
        <source>Work accidents and occupational diseases in the year (workers)</source>
        <translation>Accidents du travail et maladies professionnelles de l’année (salariés)</translation>
    </message>
    <message>
        <source>Job retention in the year</source>
        <translation>Prévention de la désinsertion professionnelle dans l’année</translation>
    </message>
    <message>
        <source>Prevention dynamics in the year</source>
        <translation>Dynamique de prévention dans l’année</translation>
    </message>
    <message>
        <source>Health problems noted in consultations in the year, by body system (workers)</source>
        <translation>Problèmes de santé notés en consultation dans l’année, par appareil (salariés)</translation>
    </message>
    <message>
        <source>Workplace actions in the year; establishments with a company sheet validated within five years.</source>
        <translation>Actions en milieu de travail de l’année ; établissements dont la fiche d’entreprise a été validée dans les cinq ans.</translation>
    </message>
    <message>
        <source>Workers seen in a closed consultation of the year whose health problems were coded in a group; a worker counts once in each group noted for him, so the total counts groups noted, not workers.</source>
        <translation>Salariés vus lors d’une consultation clôturée de l’année dont les problèmes de santé ont été codés dans un groupe ; un salarié compte une fois dans chaque groupe noté pour lui, le total compte donc des groupes notés, non des salariés.</translation>
    </message>
    <message>
        <source>Activity of the service for %1, %2–%3</source>
        <translation>Activité du service pour %1, %2–%3</translation>
    </message>
    <message>
        <source>%1 — %2 — followed workers at 31 December %3: %4</source>
        <translation>%1 — %2 — salariés suivis au 31 décembre %3 : %4</translation>
    </message>
    <message>
        <source>To protect the workers' privacy, a count from 1 to 4 reads “&lt; 5”; when a total would reveal it, another cell of the same year reads “hidden”.</source>
        <translation>Pour protéger la vie privée des salariés, un nombre de 1 à 4 est affiché « &lt; 5 » ; quand un total le révélerait, une autre case de la même année est « masquée ».</translation>
    </message>
    <message>
        <source>A company's report is for an establishment or an enterprise</source>
        <translation>Le rapport d’une entreprise porte sur un établissement ou une entreprise</translation>
    </message>
    <message>
        <source>A physician sees the indicators of his own teams only (scope team:ID)</source>
        <translation>Un médecin ne voit que les indicateurs de ses équipes (périmètre team:ID)</translation>
    </message>
    <message>
        <source>The indicators are open to the director, the physicians and the administrator</source>
        <translation>Les indicateurs sont ouverts au directeur, aux médecins et à l’administrateur</translation>
    </message>
    <message>
        <source>Unknown scope %1: no such team, establishment or enterprise</source>
        <translation>Périmètre %1 inconnu : aucune équipe, aucun établissement ni aucune entreprise de ce nom</translation>
    </message>
    <message>
        <source>Vigie has no portal with personal accounts for workers yet</source>
        <translation>Vigie n’a pas encore de portail avec des comptes personnels pour les salariés</translation>
    </message>
    <message>
        <source>Vigie has no portal with accounts for member establishments yet</source>
        <translation>Vigie n’a pas encore de portail avec des comptes pour les établissements adhérents</translation>
    </message>
    <message>
        <source>Member establishments at D with a company-sheet version validated within the last 5 years</source>
        <translation>Établissements adhérents à D dont une version de la fiche d’entreprise a été validée dans les 5 dernières années</translation>
    </message>
    <message>
        <source>Member establishments at D</source>
        <translation>Établissements adhérents à D</translation>
    </message>
    <message>
        <source>Workers covered by a recent company sheet</source>
        <translation>Salariés couverts par une fiche d’entreprise récente</translation>
    </message>
    <message>
        <source>Followed workers at D with an employment in force at D in an establishment with a company sheet validated within the last 5 years</source>
        <translation>Salariés suivis à D ayant un emploi en cours à D dans un établissement dont la fiche d’entreprise a été validée dans les 5 dernières années</translation>
    </message>
    <message>
        <source>Followed workers at D</source>
        <translation>Salariés suivis à D</translation>
    </message>
    <message>
        <source>Workers seen within 5 years</source>
        <translation>Salariés vus dans les 5 ans</translation>
    </message>
    <message>
        <source>Followed workers at D with a visit performed within the last 5 years</source>
        <translation>Salariés suivis à D ayant eu une visite réalisée dans les 5 dernières années</translation>
    </message>
    <message>
        <source>Employers' visit requests answered on time</source>
        <translation>Demandes de visite des employeurs honorées dans les délais</translation>
    </message>
    <message>
        <source>Requests of the denominator answered by a performed visit on or before their latest date</source>
        <translation>Demandes du dénominateur honorées par une visite réalisée au plus tard à leur date limite</translation>
    </message>
    <message>
        <source>Visit requests made by employers whose latest date falls in the period, cancelled ones excluded</source>
        <translation>Demandes de visite des employeurs dont la date limite tombe dans la période, hors demandes annulées</translation>
    </message>
    <message>
        <source>Computerised health records</source>
        <translation>Dossiers médicaux informatisés</translation>
    </message>
    <message>
        <source>Workers of the denominator whose record in Vigie holds a closed consultation or a signed document</source>
        <translation>Salariés du dénominateur dont le dossier dans Vigie contient une consultation clôturée ou un document signé</translation>
    </message>
    <message>
        <source>Establishments reached by awareness actions</source>
        <translation>Établissements touchés par des actions de sensibilisation</translation>
    </message>
    <message>
        <source>Member establishments at D with an awareness action within the last 5 years</source>
        <translation>Établissements adhérents à D ayant bénéficié d’une action de sensibilisation dans les 5 dernières années</translation>
    </message>
    <message>
        <source>Establishments given advice</source>
        <translation>Établissements ayant reçu un conseil</translation>
    </message>
    <message>
        <source>Member establishments at D with an advice action within the last 5 years</source>
        <translation>Établissements adhérents à D ayant bénéficié d’une action de conseil dans les 5 dernières années</translation>
    </message>
    <message>
        <source>Establishments with a primary prevention action</source>
        <translation>Établissements ayant bénéficié d’une action de prévention primaire</translation>
    </message>
    <message>
        <source>Member establishments at D with a primary prevention action within the last 5 years</source>
        <translation>Établissements adhérents à D ayant bénéficié d’une action de prévention primaire dans les 5 dernières années</translation>
    </message>
    <message>
        <source>Workers given individual advice</source>
        <translation>Salariés ayant reçu un conseil individuel</translation>
    </message>
    <message>
        <source>Followed workers at D given a signed prevention order, or named as a participant of an advice action, within the last 5 years</source>
        <translation>Salariés suivis à D ayant reçu une ordonnance de prévention signée, ou nommés participants d’une action de conseil, dans les 5 dernières années</translation>
    </message>
    <message>
        <source>Workers reached by awareness actions</source>
        <translation>Salariés touchés par des actions de sensibilisation</translation>
    </message>
    <message>
        <source>Followed workers at D named as a participant of an awareness action within the last 5 years</source>
        <translation>Salariés suivis à D nommés participants d’une action de sensibilisation dans les 5 dernières années</translation>
    </message>
    <message>
        <source>Signed proposals of adjustment measures (annexe 4) dated in the period</source>
        <translation>Propositions de mesures d’aménagement signées (annexe 4) datées de la période</translation>
    </message>
    <message>
        <source>People given social support</source>
        <translation>Personnes ayant bénéficié d’un accompagnement social</translation>
    </message>
    <message>
        <source>Distinct workers with a social follow-up of a job-retention case active at some day of the period</source>
        <translation>Salariés distincts ayant un suivi social d’un dossier de maintien en emploi actif un jour de la période</translation>
    </message>
    <message>
        <source>Workers still employed a year after a pre-return visit</source>
        <translation>Salariés toujours en emploi un an après une visite de pré-reprise</translation>
    </message>
    <message>
        <source>Workers of the denominator with an employment in force, at any establishment followed by the service, one year after that visit</source>
        <translation>Salariés du dénominateur ayant un emploi en cours, dans un établissement suivi par le service, un an après cette visite</translation>
    </message>
    <message>
        <source>Distinct workers with a performed pre-return visit dated in the period shifted one year back</source>
        <translation>Salariés distincts ayant eu une visite de pré-reprise réalisée dans la période décalée d’un an en arrière</translation>
    </message>
    <message>
        <source>Workers with a long-term condition given a recommendation</source>
        <translation>Salariés en ALD ayant bénéficié d’une préconisation</translation>
    </message>
    <message>
        <source>Workers of the denominator with a signed annexe 4 proposal within the last 5 years</source>
        <translation>Salariés du dénominateur ayant une proposition (annexe 4) signée dans les 5 dernières années</translation>
    </message>
    <message>
        <source>Followed workers at D whose record notes a long-term condition (ALD)</source>
        <translation>Salariés suivis à D dont le dossier mentionne une affection de longue durée (ALD)</translation>
    </message>
    <message>
        <source>Satisfaction with the membership interface</source>
        <translation>Satisfaction sur l’interface d’adhésion</translation>
    </message>
    <message>
        <source>Answers of 4 or 5 on a 1 to 5 scale</source>
        <translation>Réponses de 4 ou 5 sur une échelle de 1 à 5</translation>
    </message>
    <message>
        <source>Answers received in the period to the question on the membership interface</source>
        <translation>Réponses reçues dans la période à la question sur l’interface d’adhésion</translation>
    </message>
    <message>
        <source>Satisfaction with the information given at membership</source>
        <translation>Satisfaction sur l’information donnée à l’adhésion</translation>
    </message>
    <message>
        <source>Answers received in the period to the question on the information given at membership</source>
        <translation>Réponses reçues dans la période à la question sur l’information donnée à l’adhésion</translation>
    </message>
    <message>
        <source>Workers with a portal account</source>
        <translation>Salariés disposant d’un compte sur le portail</translation>
    </message>
    <message>
        <source>Followed workers at D with a personal account on the service's portal</source>
        <translation>Salariés suivis à D disposant d’un compte personnel sur le portail du service</translation>
    </message>
    <message>
        <source>Establishments with a portal account</source>
        <translation>Établissements disposant d’un compte sur le portail</translation>
    </message>
    <message>
        <source>Member establishments at D with an account on the service's portal</source>
        <translation>Établissements adhérents à D disposant d’un compte sur le portail du service</translation>
    </message>
    <message>
        <source>The last day of the period is not a valid date</source>
        <translation>Le dernier jour de la période n’est pas une date valide</translation>
    </message>
    <message>
        <source>The period must start on or before its last day (%1)</source>
        <translation>La période doit commencer au plus tard à son dernier jour (%1)</translation>
    </message>
    <message>
        <source>Unknown scope "%1" (service, team:ID, establishment:SIRET, siren:SIREN or naf:CODE expected)</source>
        <translation>Périmètre « %1 » inconnu (service, team:ID, establishment:SIRET, siren:SIREN ou naf:CODE attendu)</translation>
    </message>
    <message>
        <source>Fewer than 5 people or establishments: the figure is not published for this scope</source>
        <translation>Moins de 5 personnes ou établissements : le chiffre n’est pas publié pour ce périmètre</translation>
    </message>
    <message>
        <source>Unknown question "%1" (membership_interface or membership_information)</source>
        <translation>Question « %1 » inconnue (membership_interface ou membership_information)</translation>
    </message>
    <message>
        <source>A score goes from 1 to 5 (%1 given)</source>
        <translation>Une note va de 1 à 5 (%1 donné)</translation>
    </message>
    <message>
        <source>The date of an answer must be a past day</source>
        <translation>La date d’une réponse doit être un jour passé</translation>
    </message>
    <message>
        <source>Invalid SIRET "%1" (14 digits)</source>
        <translation>SIRET « %1 » invalide (14 chiffres)</translation>
    </message>
    <message>
        <source>The file of answers is empty</source>
        <translation>Le fichier de réponses est vide</translation>
    </message>
    <message>
        <source>The header must name the columns question, answered_on and score</source>
        <translation>L’en-tête doit nommer les colonnes question, answered_on et score</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>Satisfaction answers are recorded by the director or the administrator</source>
        <translation>Les réponses de satisfaction sont enregistrées par le directeur ou l’administrateur</translation>
    </message>
    <message>
        <source>No member establishment has the SIRET %1</source>
        <translation>Aucun établissement adhérent n’a le SIRET %1</translation>
    </message>
    <message>
        <source>The date of a long-term condition must be a past day</source>
        <translation>La date d’une affection de longue durée doit être un jour passé</translation>
    </message>
    <message>
        <source>This record already notes a long-term condition in force</source>
        <translation>Ce dossier mentionne déjà une affection de longue durée en cours</translation>
    </message>
    <message>
        <source>This record notes no long-term condition in force on that day</source>
        <translation>Ce dossier ne mentionne aucune affection de longue durée en cours à cette date</translation>
    </message>
    <message>
        <source>Visits performed</source>
        <translation>Visites réalisées</translation>
    </message>
    <message>
        <source>Visits performed by month, %1</source>
        <translation>Visites réalisées par mois, %1</translation>
    </message>
    <message>
        <source>The offer's indicators (%), %1 against %2</source>
        <translation>Les indicateurs de l’offre (%), %1 comparé à %2</translation>
    </message>
    <message>
        <source>Annual activity report %1 — %2</source>
        <translation>Rapport d’activité annuel %1 — %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Job-retention cases opened, by origin</source>
        <translation>Dossiers de maintien en emploi ouverts, par origine</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Steps of the job-retention cases, by kind</source>
        <translation>Étapes des dossiers de maintien en emploi, par type</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Job-retention cases closed, by outcome</source>
        <translation>Dossiers de maintien en emploi clos, par issue</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Follow-up of the job-retention cases</source>
        <translation>Suivi des dossiers de maintien en emploi</translation>
    </message>
    <message>
        <source>Cases open at the end of the period</source>
        <translation>Dossiers ouverts à la fin de la période</translation>
    </message>
    <message>
        <source>Reviews done (3 months, 6 months, one year)</source>
        <translation>Points sociaux (3 et 6 mois) et bilans à un an réalisés</translation>
    </message>
    <message>
        <source>Reviews done on or before their due day</source>
        <translation>Points et bilans réalisés au plus tard à leur échéance</translation>
    </message>
    <message>
        <source>Days from opening to closure: median</source>
        <translation>Jours de l’ouverture à la clôture : médiane</translation>
    </message>
    <message>
        <source>Days from opening to closure: 90th percentile</source>
        <translation>Jours de l’ouverture à la clôture : 90e centile</translation>
    </message>
    <message>
        <source>The worker's situation at the one-year review</source>
        <translation>Situation du salarié au bilan à un an</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Kept in employment (same post, adjusted post, redeployed)</source>
        <translation>Maintenus en emploi (même poste, poste aménagé, reclassement dans l’entreprise)</translation>
    </message>
</context>
<context>
    <name>vigie::reports::DashboardPage</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Follow-up category</source>
        <translation>Catégorie de suivi</translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation>Type de visite</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation>Recompter (F5)</translation>
    </message>
    <message>
        <source>Member establishments</source>
        <translation>Établissements adhérents</translation>
    </message>
    <message>
        <source>Workers followed</source>
        <translation>Salariés suivis</translation>
    </message>
    <message>
        <source>with a current employment</source>
        <translation>ayant un emploi en cours</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>Visites réalisées</translation>
    </message>
    <message>
        <source>over the last 12 months</source>
        <translation>au cours des 12 derniers mois</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Rendez-vous non honorés</translation>
    </message>
    <message>
        <source>Member establishments by status</source>
        <translation>Établissements adhérents par statut</translation>
    </message>
    <message>
        <source>Workers with a current employment, by follow-up category</source>
        <translation>Salariés ayant un emploi en cours, par catégorie de suivi</translation>
    </message>
    <message>
        <source>Visits done over the last 12 months, by kind</source>
        <translation>Visites réalisées au cours des 12 derniers mois, par type</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Fewer than 5: not shown, to protect privacy</source>
        <translation>Moins de 5 : non affiché, pour préserver la confidentialité</translation>
    </message>
    <message>
        <source>As of %1 · visits counted from %2 to %3</source>
        <translation>Au %1 · visites comptées du %2 au %3</translation>
    </message>
    <message>
        <source>All establishments</source>
        <translation>Tous les établissements</translation>
    </message>
    <message>
        <source>All visits done</source>
        <translation>Toutes les visites réalisées</translation>
    </message>
    <message>
        <source>in the member file</source>
        <translation>dans le fichier des adhérents</translation>
    </message>
    <message>
        <source>Aggregated figures for the whole service. To protect privacy, a count from 1 to 4 is shown as “&lt; 5”; when the total would reveal it, another cell of the same table reads “hidden”.</source>
        <translation>Chiffres agrégés pour l’ensemble du service. Pour préserver la confidentialité, un nombre de 1 à 4 est affiché « &lt; 5 » ; lorsque le total permettrait de le retrouver, une autre cellule du même tableau indique « masqué ».</translation>
    </message>
    <message>
        <source>Hidden so that the total does not reveal a count below 5</source>
        <translation>Masqué pour que le total ne révèle pas un nombre inférieur à 5</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Type d’action</translation>
    </message>
    <message>
        <source>Workplace actions over the last 12 months, by kind</source>
        <translation>Actions en milieu de travail au cours des 12 derniers mois, par type</translation>
    </message>
    <message>
        <source>All workplace actions</source>
        <translation>Toutes les actions en milieu de travail</translation>
    </message>
</context>
<context>
    <name>vigie::reports::IndicatorsPanel</name>
    <message>
        <source>not computed</source>
        <translation>non calculé</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Calculer</translation>
    </message>
    <message>
        <source>&amp;Print the activity report…</source>
        <translation>&amp;Imprimer le rapport d’activité…</translation>
    </message>
    <message>
        <source>&amp;Barometer…</source>
        <translation>&amp;Baromètre…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numérateur</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Dénominateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Année précédente</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Honorées</translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation>Médiane (jours)</translation>
    </message>
    <message>
        <source>90th percentile (days)</source>
        <translation>90e centile (jours)</translation>
    </message>
    <message>
        <source>Within the target</source>
        <translation>Dans l’objectif</translation>
    </message>
    <message>
        <source>The whole service</source>
        <translation>Tout le service</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Équipe %1</translation>
    </message>
    <message>
        <source>or establishment:SIRET, siren:SIREN, naf:43</source>
        <translation>ou establishment:SIRET, siren:SIREN, naf:43</translation>
    </message>
    <message>
        <source>Select an indicator to read its definition.</source>
        <translation>Sélectionnez un indicateur pour lire sa définition.</translation>
    </message>
    <message>
        <source>Period &amp;ending on</source>
        <translation>Période &amp;se terminant le</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Périmètre</translation>
    </message>
    <message>
        <source>The barometer of the establishment or enterprise typed in as the scope (establishment:SIRET or siren:SIREN)</source>
        <translation>Le baromètre de l’établissement ou de l’entreprise saisi comme périmètre (establishment:SIRET ou siren:SIREN)</translation>
    </message>
    <message>
        <source>The offer's indicators</source>
        <translation>Les indicateurs de l’offre</translation>
    </message>
    <message>
        <source>Delays to answer requests answered in the period</source>
        <translation>Délais de réponse aux demandes honorées dans la période</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Rapport d’activité</translation>
    </message>
    <message>
        <source>activity-report-%1.pdf</source>
        <translation>rapport-activite-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Workplace actions</source>
        <translation>Actions en milieu de travail</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Barometer</source>
        <translation>Baromètre</translation>
    </message>
    <message>
        <source>barometer-%1.pdf</source>
        <translation>barometre-%1.pdf</translation>
    </message>
</context>
<context>
    <name>vigie::scheduling</name>
    <message>
        <source>%1: a periodicity must be at least one month (%2)</source>
        <translation>%1 : une périodicité doit être d’au moins un mois (%2)</translation>
    </message>
    <message>
        <source>%1: %2 months is longer than the legal maximum of %3 months</source>
        <extracomment>%2 and %3 are numbers of months</extracomment>
        <translation>%1 : %2 mois dépasse le maximum légal de %3 mois</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 est manquant</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 doit valoir true ou false</translation>
    </message>
    <message>
        <source>%1 must be an array</source>
        <translation>%1 doit être un tableau</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 doit être un objet</translation>
    </message>
    <message>
        <source>%1: "%2" is not a valid date (YYYY-MM-DD)</source>
        <extracomment>%2 is the text found in the input</extracomment>
        <translation>%1 : « %2 » n’est pas une date valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1: unknown code "%2"</source>
        <translation>%1 : code « %2 » inconnu</translation>
    </message>
    <message>
        <source>%1: duplicate id "%2"</source>
        <translation>%1 : identifiant « %2 » en double</translation>
    </message>
    <message>
        <source>%1: the worker has no employment "%2"</source>
        <translation>%1 : le salarié n’a pas d’emploi « %2 »</translation>
    </message>
    <message>
        <source>%1 is before %2</source>
        <extracomment>both are JSON paths such as workers[0].employments[1].end</extracomment>
        <translation>%1 est antérieur à %2</translation>
    </message>
    <message>
        <source>%1 is after today (%2)</source>
        <translation>%1 est postérieur à la date du jour (%2)</translation>
    </message>
    <message>
        <source>%1 overlaps %2</source>
        <translation>%1 chevauche %2</translation>
    </message>
    <message>
        <source>The input is not valid JSON: %1 (at offset %2)</source>
        <extracomment>%1 is the parser's reason, %2 a character offset</extracomment>
        <translation>L’entrée n’est pas un JSON valide : %1 (à la position %2)</translation>
    </message>
    <message>
        <source>The input must be a JSON object</source>
        <translation>L’entrée doit être un objet JSON</translation>
    </message>
    <message>
        <source>%1 is missing: give it in the input or with --today</source>
        <extracomment>%1 is the field name "today", kept as is</extracomment>
        <translation>%1 est manquant : indiquez-le dans l’entrée ou avec --today</translation>
    </message>
    <message>
        <source>Unknown professional</source>
        <translation>Professionnel inconnu</translation>
    </message>
    <message>
        <source>Only the occupational physician may perform this visit (R4623-14 II)</source>
        <translation>Seul le médecin du travail peut réaliser cette visite (R4623-14 II)</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>The professional is absent that day</source>
        <translation>Le professionnel est absent ce jour-là</translation>
    </message>
    <message>
        <source>Outside the professional's opening hours</source>
        <translation>En dehors des plages du professionnel</translation>
    </message>
    <message>
        <source>Unknown place</source>
        <translation>Lieu inconnu</translation>
    </message>
    <message>
        <source>This company site only receives the workers of its establishment</source>
        <translation>Ce site d’entreprise ne reçoit que les salariés de son établissement</translation>
    </message>
    <message>
        <source>Tele-consultation was asked for: this opening is not one</source>
        <translation>Une téléconsultation est demandée : cette plage n’en est pas une</translation>
    </message>
    <message>
        <source>Tele-consultation needs the worker's consent: only for requests that ask for it</source>
        <translation>La téléconsultation exige l’accord du salarié : uniquement pour les demandes qui la prévoient</translation>
    </message>
    <message>
        <source>The professional already has an appointment at that time</source>
        <translation>Le professionnel a déjà un rendez-vous à cette heure</translation>
    </message>
    <message>
        <source>The professional's daily limit is reached</source>
        <translation>La limite journalière du professionnel est atteinte</translation>
    </message>
    <message>
        <source>%1 is not a health professional who performs visits</source>
        <translation>%1 n’est pas un professionnel de santé qui réalise des visites</translation>
    </message>
    <message>
        <source>The place needs a name</source>
        <translation>Le lieu doit avoir un nom</translation>
    </message>
    <message>
        <source>A company site names its establishment, and only a company site does</source>
        <translation>Un site d’entreprise indique son établissement, et lui seul</translation>
    </message>
    <message>
        <source>Invalid opening hours: %1 to %2</source>
        <translation>Plage horaire invalide : de %1 à %2</translation>
    </message>
    <message>
        <source>An absence ends on or after its first day</source>
        <translation>Une absence se termine le jour même ou après son premier jour</translation>
    </message>
    <message>
        <source>A daily limit is from 1 to 60 visits</source>
        <translation>Une limite journalière va de 1 à 60 visites</translation>
    </message>
    <message>
        <source>A slot lasts from 5 to 240 minutes</source>
        <translation>Un créneau dure de 5 à 240 minutes</translation>
    </message>
    <message>
        <source>Access refused: this appointment is not in your teams' establishments</source>
        <translation>Accès refusé : ce rendez-vous ne relève pas des établissements de vos équipes</translation>
    </message>
    <message>
        <source>Access refused: %1 is not in your teams' establishments</source>
        <translation>Accès refusé : %1 ne relève pas des établissements de vos équipes</translation>
    </message>
    <message>
        <source>%1, %2 at %3: %4</source>
        <translation>%1, %2 à %3 : %4</translation>
    </message>
    <message>
        <source>Unknown appointment %1</source>
        <translation>Rendez-vous inconnu : %1</translation>
    </message>
    <message>
        <source>Only a planned or confirmed appointment can be moved</source>
        <translation>Seul un rendez-vous planifié ou confirmé peut être déplacé</translation>
    </message>
    <message>
        <source>Moved by hand</source>
        <translation>Déplacé manuellement</translation>
    </message>
    <message>
        <source>An appointment %1 cannot become %2</source>
        <translation>Un rendez-vous « %1 » ne peut pas passer à « %2 »</translation>
    </message>
    <message>
        <source>The appointment of %1 has not taken place yet</source>
        <translation>Le rendez-vous du %1 n’a pas encore eu lieu</translation>
    </message>
    <message>
        <source>Information and prevention visit</source>
        <translation>Visite d’information et de prévention</translation>
    </message>
    <message>
        <source>Periodic information and prevention visit</source>
        <translation>Visite d’information et de prévention périodique</translation>
    </message>
    <message>
        <source>Medical examination of fitness</source>
        <translation>Examen médical d’aptitude</translation>
    </message>
    <message>
        <source>Periodic medical examination of fitness</source>
        <translation>Examen médical d’aptitude périodique</translation>
    </message>
    <message>
        <source>Intermediate visit</source>
        <translation>Visite intermédiaire</translation>
    </message>
    <message>
        <source>Return-to-work visit</source>
        <translation>Visite de reprise</translation>
    </message>
    <message>
        <source>Pre-return visit</source>
        <translation>Visite de pré-reprise</translation>
    </message>
    <message>
        <source>Mid-career visit</source>
        <translation>Visite de mi-carrière</translation>
    </message>
    <message>
        <source>Post-exposure visit</source>
        <translation>Visite post-exposition</translation>
    </message>
    <message>
        <source>Visit on request</source>
        <translation>Visite à la demande</translation>
    </message>
    <message>
        <source>The health professional asks about your health and your work, informs you about the risks of your post and how to prevent them, and tells you about the follow-up you are entitled to and how to reach the physician at any time. You receive a follow-up certificate (articles R4624-10 to R4624-17 of the Labour Code).</source>
        <translation>Le professionnel de santé vous interroge sur votre santé et votre travail, vous informe des risques de votre poste et des moyens de les prévenir, et vous présente le suivi dont vous bénéficiez et la possibilité de consulter le médecin du travail à tout moment. Une attestation de suivi vous est remise (articles R4624-10 à R4624-17 du code du travail).</translation>
    </message>
    <message>
        <source>Your post carries particular risks: the occupational physician examines you to make sure you are fit for it, looks for any condition that would put you or others at risk, and informs you about those risks and their prevention. The examination ends with an opinion on your fitness (articles R4624-24 to R4624-28).</source>
        <translation>Votre poste présente des risques particuliers : le médecin du travail vous examine pour s’assurer de votre aptitude, rechercher toute affection dangereuse pour vous ou pour autrui, et vous informer sur ces risques et leur prévention. L’examen se conclut par un avis d’aptitude (articles R4624-24 à R4624-28).</translation>
    </message>
    <message>
        <source>Between two examinations by the occupational physician, a health professional of the team reviews your health and your working conditions (article R4624-28).</source>
        <translation>Entre deux examens par le médecin du travail, un professionnel de santé de l’équipe fait le point sur votre santé et vos conditions de travail (article R4624-28).</translation>
    </message>
    <message>
        <source>After your leave, the visit checks that your post is compatible with your health, examines the adjustments your employer proposes and may recommend others or another post (articles R4624-31 and R4624-32).</source>
        <translation>Après votre arrêt, la visite vérifie que votre poste est compatible avec votre état de santé, examine les aménagements proposés par votre employeur et peut en préconiser d’autres ou un autre poste (articles R4624-31 et R4624-32).</translation>
    </message>
    <message>
        <source>During your leave, the visit prepares your return: adjustments of your post, training, another post. Your employer is informed only if you agree (articles R4624-29 and R4624-30).</source>
        <translation>Pendant votre arrêt, la visite prépare votre retour : aménagement du poste, formation, autre poste. Votre employeur n’en est informé qu’avec votre accord (articles R4624-29 et R4624-30).</translation>
    </message>
    <message>
        <source>The visit reviews how your post matches your health given your past exposures, assesses any risk for your employment, and raises awareness of ageing at work (article L4624-2-2).</source>
        <translation>La visite fait le point sur l’adéquation entre votre poste et votre état de santé au regard de vos expositions passées, évalue les risques de désinsertion professionnelle et sensibilise aux enjeux du vieillissement au travail (article L4624-2-2).</translation>
    </message>
    <message>
        <source>The occupational physician draws up a dated record of your exposures to occupational risks and, if needed, sets up a post-exposure or post-professional follow-up with your doctor (articles L4624-2-1 and R4624-28-1 to R4624-28-3).</source>
        <translation>Le médecin du travail établit un état des lieux daté de vos expositions aux risques professionnels et, si nécessaire, met en place une surveillance post-exposition ou post-professionnelle avec votre médecin traitant (articles L4624-2-1 et R4624-28-1 à R4624-28-3).</translation>
    </message>
    <message>
        <source>You, your employer or the occupational physician asked for this visit. A request for a visit can never justify a sanction (article R4624-34).</source>
        <translation>Cette visite a été demandée par vous, votre employeur ou le médecin du travail. Une demande de visite ne peut jamais justifier une sanction (article R4624-34).</translation>
    </message>
    <message>
        <source>an identity document</source>
        <translation>une pièce d’identité</translation>
    </message>
    <message>
        <source>your vaccination record</source>
        <translation>votre carnet de vaccination</translation>
    </message>
    <message>
        <source>your current prescriptions, and your glasses or hearing aids if you use them</source>
        <translation>vos ordonnances en cours, ainsi que vos lunettes ou appareils auditifs si vous en portez</translation>
    </message>
    <message>
        <source>the results of any complementary examinations you were asked to do</source>
        <translation>les résultats des examens complémentaires qui vous ont été demandés</translation>
    </message>
    <message>
        <source>the documents of your leave and the reports of the doctors who treated you</source>
        <translation>les documents de votre arrêt et les comptes rendus des médecins qui vous ont soigné</translation>
    </message>
    <message>
        <source>any document about the posts you held and the risks you were exposed to</source>
        <translation>tout document sur les postes occupés et les risques auxquels vous avez été exposé</translation>
    </message>
    <message>
        <source>By video (tele-consultation): the link will be sent to you beforehand. You may refuse it and ask for a visit in person (article R4624-41-2).</source>
        <translation>Par vidéo (téléconsultation) : le lien vous sera envoyé au préalable. Vous pouvez la refuser et demander une visite en présentiel (article R4624-41-2).</translation>
    </message>
    <message>
        <source>occupational physician</source>
        <translation>médecin du travail</translation>
    </message>
    <message>
        <source>health professional of the team</source>
        <translation>professionnel de santé de l’équipe</translation>
    </message>
    <message>
        <source>Convocations of %1</source>
        <translation>Convocations du %1</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>Tél. %1</translation>
    </message>
    <message>
        <source>c/o %1</source>
        <translation>chez %1</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>Édité le %1</translation>
    </message>
    <message>
        <source>Convocation</source>
        <translation>Convocation</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source> for your post of %1</source>
        <translation> pour votre poste de %1</translation>
    </message>
    <message>
        <source>You are invited by your occupational health service to a %1%2.</source>
        <translation>Votre service de prévention et de santé au travail vous convoque pour la visite suivante : %1%2.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Purpose of the visit</source>
        <translation>Objet de la visite</translation>
    </message>
    <message>
        <source>How it runs</source>
        <translation>Déroulement</translation>
    </message>
    <message numerus="yes">
        <source>The visit lasts about %n minutes. It takes place during working time and is paid as such; travel costs are borne by your employer (article R4624-39). What you say is covered by medical confidentiality.</source>
        <translation>
            <numerusform>La visite dure environ %n minute. Elle a lieu sur le temps de travail et est rémunérée comme tel ; les frais de transport sont pris en charge par votre employeur (article R4624-39). Vos propos sont couverts par le secret médical.</numerusform>
            <numerusform>La visite dure environ %n minutes. Elle a lieu sur le temps de travail et est rémunérée comme tel ; les frais de transport sont pris en charge par votre employeur (article R4624-39). Vos propos sont couverts par le secret médical.</numerusform>
        </translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>Ce qu’il faut apporter</translation>
    </message>
    <message>
        <source>If you cannot come, please let the service know as soon as possible.</source>
        <translation>En cas d’empêchement, merci de prévenir le service au plus tôt.</translation>
    </message>
    <message>
        <source>If you cannot come, please call the service as soon as possible on %1.</source>
        <translation>En cas d’empêchement, merci d’appeler le service au plus tôt au %1.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Reminder: %1 on %2</source>
        <translation>Rappel : %1 le %2</translation>
    </message>
    <message>
        <source>Convocation: %1 on %2</source>
        <translation>Convocation : %1 le %2</translation>
    </message>
    <message>
        <source>This is a reminder of your %1 on %2.</source>
        <translation>Nous vous rappelons votre rendez-vous : %1, le %2.</translation>
    </message>
    <message>
        <source>You are invited by your occupational health service to a %1 on %2.</source>
        <translation>Votre service de prévention et de santé au travail vous convoque pour la visite suivante : %1, le %2.</translation>
    </message>
    <message>
        <source>by video (tele-consultation): the link will be sent to you beforehand</source>
        <translation>par vidéo (téléconsultation) : le lien vous sera envoyé au préalable</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Avec : %1</translation>
    </message>
    <message>
        <source>Please bring:</source>
        <translation>Merci d’apporter :</translation>
    </message>
    <message>
        <source>Occupational health service</source>
        <translation>Service de prévention et de santé au travail</translation>
    </message>
    <message>
        <source>Invalid mail server: %1:%2</source>
        <translation>Serveur de messagerie invalide : %1:%2</translation>
    </message>
    <message>
        <source>Invalid e-mail address: %1</source>
        <translation>Adresse électronique invalide : %1</translation>
    </message>
    <message>
        <source>The reminder goes 1 to 14 days before the visit</source>
        <translation>Le rappel part de 1 à 14 jours avant la visite</translation>
    </message>
    <message>
        <source>Access refused: your role does not give access to planning</source>
        <translation>Accès refusé : votre rôle ne donne pas accès à la planification</translation>
    </message>
    <message>
        <source>Access refused: the worker %1 has no post in your teams' establishments</source>
        <translation>Accès refusé : le salarié %1 n’occupe aucun poste dans les établissements de vos équipes</translation>
    </message>
    <message>
        <source>collaborator physician</source>
        <translation>collaborateur médecin</translation>
    </message>
    <message>
        <source>intern</source>
        <translation>interne</translation>
    </message>
    <message>
        <source>occupational health nurse</source>
        <translation>infirmier(e) en santé au travail</translation>
    </message>
    <message>
        <source>Overdue since %1 (%2)</source>
        <translation>En retard depuis le %1 (%2)</translation>
    </message>
    <message>
        <source>Due from %1 to %2 (%3)</source>
        <translation>À faire du %1 au %2 (%3)</translation>
    </message>
    <message>
        <source>Due by %1 (%2)</source>
        <translation>À faire avant le %1 (%2)</translation>
    </message>
    <message>
        <source>legally critical: planned first</source>
        <translation>critique au regard de la loi : planifiée en priorité</translation>
    </message>
    <message>
        <source>replaces a missed appointment, same deadline</source>
        <translation>remplace un rendez-vous manqué, même échéance</translation>
    </message>
    <message>
        <source>occupational physician only (R4623-14 II)</source>
        <translation>médecin du travail uniquement (R4623-14 II)</translation>
    </message>
    <message>
        <source>with the %1 of the team in charge</source>
        <translation>professionnel : %1 de l’équipe en charge</translation>
    </message>
    <message numerus="yes">
        <source>no free slot before the deadline: first slot after it, %n day(s) late</source>
        <translation>
            <numerusform>aucun créneau libre avant l’échéance : premier créneau après, %n jour de retard</numerusform>
            <numerusform>aucun créneau libre avant l’échéance : premier créneau après, %n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>first free slot, %n day(s) before the deadline</source>
        <translation>
            <numerusform>premier créneau libre, %n jour avant l’échéance</numerusform>
            <numerusform>premier créneau libre, %n jours avant l’échéance</numerusform>
        </translation>
    </message>
    <message>
        <source>first free slot</source>
        <translation>premier créneau libre</translation>
    </message>
    <message>
        <source>No team is in charge of the worker's establishment</source>
        <translation>Aucune équipe n’a en charge l’établissement du salarié</translation>
    </message>
    <message>
        <source>No occupational physician in the team in charge</source>
        <translation>Aucun médecin du travail dans l’équipe en charge</translation>
    </message>
    <message>
        <source>No health professional in the team in charge</source>
        <translation>Aucun professionnel de santé dans l’équipe en charge</translation>
    </message>
    <message>
        <source>No free slot in the period for a professional allowed to perform it</source>
        <translation>Aucun créneau libre sur la période chez un professionnel habilité</translation>
    </message>
    <message>
        <source>Access refused: you do not plan for the team %1</source>
        <translation>Accès refusé : vous ne planifiez pas pour l’équipe %1</translation>
    </message>
    <message>
        <source>The date of the request is missing</source>
        <translation>La date de la demande manque</translation>
    </message>
    <message>
        <source>A hiring visit is requested by the employer</source>
        <translation>La visite d’embauche est demandée par l’employeur</translation>
    </message>
    <message>
        <source>The initial visit of this post is already done (or dispensed): no hiring visit is due</source>
        <translation>La visite initiale de ce poste est déjà faite (ou dispensée) : aucune visite d’embauche n’est due</translation>
    </message>
    <message>
        <source>The return-to-work visit is organised at the employer's request (R4624-31); the worker may ask for a visit on request</source>
        <translation>La visite de reprise est organisée à la demande de l’employeur (R4624-31) ; le salarié peut demander une visite à la demande</translation>
    </message>
    <message>
        <source>The date of return to work is missing</source>
        <translation>La date de reprise du travail manque</translation>
    </message>
    <message>
        <source>A visit on request is asked for by the employer, the worker or the physician (R4624-34)</source>
        <translation>Une visite à la demande est demandée par l’employeur, le salarié ou le médecin du travail (R4624-34)</translation>
    </message>
    <message>
        <source>The employer cannot request a pre-return visit (L4624-2-4): the worker, the attending doctor, the médecin conseil or the physician can</source>
        <translation>L’employeur ne peut pas demander de visite de pré-reprise (L4624-2-4) : le salarié, le médecin traitant, le médecin conseil ou le médecin du travail le peuvent</translation>
    </message>
    <message>
        <source>No mail server is configured (mail set --host H --port P --from ADDRESS)</source>
        <translation>Aucun serveur de messagerie n’est configuré (mail set --host H --port P --from ADRESSE)</translation>
    </message>
    <message>
        <source>The mail server %1:%2 cannot be reached: %3</source>
        <translation>Le serveur de messagerie %1:%2 est injoignable : %3</translation>
    </message>
    <message>
        <source>Visits to plan</source>
        <translation>Visites à planifier</translation>
    </message>
    <message>
        <source>Agendas</source>
        <translation>Agendas</translation>
    </message>
    <message>
        <source>Occupational physician</source>
        <translation>Médecin du travail</translation>
    </message>
    <message>
        <source>Health professional</source>
        <translation>Professionnel de santé</translation>
    </message>
    <message>
        <source>The mail server's user name and password go together</source>
        <translation>L’identifiant et le mot de passe du serveur de messagerie vont ensemble</translation>
    </message>
    <message>
        <source>Authentication needs an encrypted connection (starttls or tls)</source>
        <translation>L’authentification exige une connexion chiffrée (starttls ou tls)</translation>
    </message>
    <message>
        <source>Unknown team: %1</source>
        <translation>Équipe inconnue : %1</translation>
    </message>
    <message>
        <source>Access refused: only the physician of the team %1 sets its protocol</source>
        <translation>Accès refusé : seul le médecin de l’équipe %1 fixe son protocole</translation>
    </message>
    <message>
        <source>apprentice: 2 months</source>
        <translation>apprenti : 2 mois</translation>
    </message>
    <message>
        <source>%1 (team protocol: %2 months)</source>
        <extracomment>%1 is an article of the labour code, %2 a number of months</extracomment>
        <translation>%1 (protocole de l’équipe : %2 mois)</translation>
    </message>
    <message>
        <source>Access refused: %1 is not in a team you plan for</source>
        <translation>Accès refusé : %1 n'appartient à aucune équipe dont vous assurez la planification</translation>
    </message>
    <message>
        <source>Unknown opening %1</source>
        <translation>Plage d'ouverture inconnue : %1</translation>
    </message>
    <message>
        <source>Unknown absence %1</source>
        <translation>Absence inconnue : %1</translation>
    </message>
    <message>
        <source>Convocations of %1 from %2 to %3</source>
        <translation>Convocations de %1 du %2 au %3</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>to plan</source>
        <translation>à planifier</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>planned on %1, after the deadline</source>
        <translation>planifié le %1, après l'échéance</translation>
    </message>
    <message>
        <source>planned on %1</source>
        <translation>planifié le %1</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à échéance</translation>
    </message>
    <message>
        <source>Unknown company: %1</source>
        <translation>Entreprise inconnue : %1</translation>
    </message>
    <message>
        <source>Access refused: no establishment of the company %1 is in your teams</source>
        <translation>Accès refusé : aucun établissement de l'entreprise %1 n'est suivi par vos équipes</translation>
    </message>
    <message>
        <source>This day has passed</source>
        <translation>Ce jour est passé</translation>
    </message>
    <message>
        <source>Too early: this visit is due from %1 (%2)</source>
        <translation>Trop tôt : cette visite est due à partir du %1 (%2)</translation>
    </message>
    <message>
        <source>The professional is not in a team in charge of the worker's establishment</source>
        <translation>Le professionnel n'appartient à aucune équipe en charge de l'établissement du salarié</translation>
    </message>
    <message>
        <source>%1 with %2 on %3 at %4: %5</source>
        <translation>%1 avec %2 le %3 à %4 : %5</translation>
    </message>
    <message>
        <source>Planned by hand</source>
        <translation>Planifié manuellement</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s), %1 % up to date (%2 due by %3, %4 overdue)</source>
        <translation>
            <numerusform>%n salarié, %1 % à jour (%2 à échéance d'ici le %3, %4 en retard)</numerusform>
            <numerusform>%n salariés, %1 % à jour (%2 à échéance d'ici le %3, %4 en retard)</numerusform>
        </translation>
    </message>
    <message>
        <source>Individual follow-up status: %1</source>
        <translation>État du suivi individuel : %1</translation>
    </message>
    <message>
        <source>Individual follow-up status on %1</source>
        <translation>État du suivi individuel au %1</translation>
    </message>
    <message>
        <source>Individual follow-up status</source>
        <translation>État du suivi individuel</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>Situation on %1</source>
        <translation>Situation au %1</translation>
    </message>
    <message>
        <source>Establishment: %1</source>
        <translation>Établissement : %1</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prochain rendez-vous</translation>
    </message>
    <message>
        <source>This status holds no medical information: only the dates and kinds of the visits of the individual follow-up (medical secrecy, article L1110-4 of the Public Health Code). "Up to date": no statutory visit overdue (articles R4624-10 to R4624-28 of the Labour Code).</source>
        <translation>Cet état ne contient aucune information médicale : seulement les dates et les types des visites du suivi individuel (secret médical, article L1110-4 du code de la santé publique). « À jour » : aucune visite réglementaire en retard (articles R4624-10 à R4624-28 du code du travail).</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Mobile unit</source>
        <translation>Unité mobile</translation>
    </message>
    <message>
        <source>Company site</source>
        <translation>Site d'entreprise</translation>
    </message>
    <message>
        <source>Tele-consultation</source>
        <translation>Téléconsultation</translation>
    </message>
    <message>
        <source>Workers' follow-up</source>
        <translation>Suivi des salariés</translation>
    </message>
    <message>
        <source>Follow-up by company</source>
        <translation>Suivi par entreprise</translation>
    </message>
    <message>
        <source>An arrival is marked on the appointment's day (%1)</source>
        <translation>L'arrivée se note le jour du rendez-vous (%1)</translation>
    </message>
    <message>
        <source>This time has passed: a visit is booked from now on</source>
        <translation>Cette heure est passée : une visite se réserve à partir de maintenant</translation>
    </message>
    <message>
        <source>The opening ends on %1, before it starts on %2</source>
        <translation>La plage se termine le %1, avant de commencer le %2</translation>
    </message>
    <message>
        <source>This opening overlaps the one of %1 to %2 the same day: change its hours or its period, or remove the other first</source>
        <translation>Cette plage chevauche celle de %1 à %2 le même jour : changez ses heures ou sa période, ou supprimez d’abord l’autre</translation>
    </message>
    <message>
        <source>The date of the request is missing or impossible</source>
        <translation>La date de la demande manque ou est impossible</translation>
    </message>
    <message>
        <source>This post ended on %1: a visit is requested only on a current post (the post-exposure visit is planned by the follow-up rules)</source>
        <translation>Ce poste a pris fin le %1 : une visite ne se demande que sur un poste en cours (la visite post-exposition est planifiée par les règles de suivi)</translation>
    </message>
    <message>
        <source>Renewal, individual follow-up (VIP)</source>
        <translation>Renouvellement, suivi individuel simple (VIP)</translation>
    </message>
    <message>
        <source>Renewal, adapted follow-up (VIP)</source>
        <translation>Renouvellement, suivi individuel adapté (VIP)</translation>
    </message>
    <message>
        <source>Renewal, reinforced follow-up (medical exam)</source>
        <translation>Renouvellement, suivi individuel renforcé (examen médical)</translation>
    </message>
    <message>
        <source>Intermediate visit, reinforced follow-up</source>
        <translation>Visite intermédiaire, suivi individuel renforcé</translation>
    </message>
    <message>
        <source>%1: %2 months is refused; the delay goes from 1 to %3 months (%4)</source>
        <extracomment>%1 the delay's title, %2 the months given, %3 the legal maximum in months, %4 the article</extracomment>
        <translation>%1 : %2 mois refusés ; le délai va de 1 à %3 mois (%4)</translation>
    </message>
    <message>
        <source>Access refused: only the administrator changes the renewal delays</source>
        <translation>Accès refusé : seul l’administrateur modifie les délais de renouvellement</translation>
    </message>
</context>
<context>
    <name>vigie::scheduling::AgendaEditorDialog</name>
    <message>
        <source>Edit agendas</source>
        <translation>Modifier les agendas</translation>
    </message>
    <message>
        <source>P&amp;rofessional</source>
        <translation>P&amp;rofessionnel</translation>
    </message>
    <message>
        <source>&amp;Openings</source>
        <translation>&amp;Plages d'ouverture</translation>
    </message>
    <message>
        <source>A&amp;bsences</source>
        <translation>A&amp;bsences</translation>
    </message>
    <message>
        <source>Daily &amp;limit</source>
        <translation>&amp;Limite journalière</translation>
    </message>
    <message>
        <source>Slot len&amp;gths</source>
        <translation>Durées des &amp;créneaux</translation>
    </message>
    <message>
        <source>Pla&amp;ces</source>
        <translation>Lieu&amp;x</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Establishment (company site)</source>
        <translation>Établi&amp;ssement (site d'entreprise)</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>&amp;Add the place</source>
        <translation>&amp;Ajouter le lieu</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Jus&amp;qu'à</translation>
    </message>
    <message>
        <source>&amp;Where</source>
        <translation>L&amp;ieu</translation>
    </message>
    <message>
        <source>&amp;Add the opening</source>
        <translation>&amp;Ajouter la plage</translation>
    </message>
    <message>
        <source>Remo&amp;ve the selected opening (Delete)</source>
        <translation>Re&amp;tirer la plage sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Leave, training…</source>
        <translation>Congés, formation…</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>Premier &amp;jour</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>Dernier j&amp;our</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Add the absence</source>
        <translation>&amp;Ajouter l'absence</translation>
    </message>
    <message>
        <source>Remo&amp;ve the selected absence (Delete)</source>
        <translation>Re&amp;tirer l'absence sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source> visits a day</source>
        <translation> visites par jour</translation>
    </message>
    <message>
        <source>&amp;At most</source>
        <translation>&amp;Maximum</translation>
    </message>
    <message>
        <source>&amp;Save the limit</source>
        <translation>&amp;Enregistrer la limite</translation>
    </message>
    <message>
        <source>The planner and manual planning never book more visits in a day for this professional, whatever the opening hours leave room for.</source>
        <translation>Ni le planificateur ni la planification manuelle ne réservent davantage de visites par jour pour ce professionnel, quelle que soit la place laissée par ses plages d'ouverture.</translation>
    </message>
    <message>
        <source>How long each kind of visit takes, for the whole service:</source>
        <translation>Durée de chaque type de visite, pour tout le service :</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Save the slot lengths</source>
        <translation>&amp;Enregistrer les durées</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Type the name of the place</source>
        <translation>Saisissez le nom du lieu</translation>
    </message>
    <message>
        <source>A company site names its establishment: none of your teams' establishments is available</source>
        <translation>Un site d'entreprise désigne son établissement : aucun établissement de vos équipes n'est disponible</translation>
    </message>
    <message>
        <source>Place "%1" added</source>
        <translation>Lieu « %1 » ajouté</translation>
    </message>
    <message>
        <source>Add a place first (tab Places)</source>
        <translation>Ajoutez d'abord un lieu (onglet Lieux)</translation>
    </message>
    <message>
        <source>The opening ends at %1, before it starts at %2</source>
        <translation>La plage se termine à %1, avant son début à %2</translation>
    </message>
    <message>
        <source>Opening added: %1, %2 – %3 at %4</source>
        <translation>Plage ajoutée : %1, %2 – %3, %4</translation>
    </message>
    <message>
        <source>Select the opening to remove</source>
        <translation>Sélectionnez la plage à retirer</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>Opening removed: %1. Appointments already booked in it stay: move them if needed.</source>
        <translation>Plage retirée : %1. Les rendez-vous déjà pris sur cette plage restent : déplacez-les si besoin.</translation>
    </message>
    <message>
        <source>The absence ends on %1, before its first day %2</source>
        <translation>L'absence se termine le %1, avant son premier jour, le %2</translation>
    </message>
    <message>
        <source>Absence added from %1 to %2</source>
        <translation>Absence ajoutée du %1 au %2</translation>
    </message>
    <message>
        <source>Select the absence to remove</source>
        <translation>Sélectionnez l'absence à retirer</translation>
    </message>
    <message>
        <source>Absence removed: %1</source>
        <translation>Absence retirée : %1</translation>
    </message>
    <message>
        <source>%1: at most %2 visits a day</source>
        <translation>%1 : au maximum %2 visites par jour</translation>
    </message>
    <message numerus="yes">
        <source>%n slot length(s) saved</source>
        <translation>
            <numerusform>%n durée enregistrée</numerusform>
            <numerusform>%n durées enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the opening %1? Appointments already booked in it stay.</source>
        <translation>Supprimer la plage %1 ? Les rendez-vous déjà pris dans cette plage restent.</translation>
    </message>
    <message>
        <source>Nothing removed</source>
        <translation>Rien n’a été supprimé</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the absence from %1?</source>
        <translation>Supprimer l’absence du %1 ?</translation>
    </message>
</context>
<context>
    <name>vigie::scheduling::AgendaPage</name>
    <message>
        <source>&lt;h2&gt;Agendas&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Agendas&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>By professional</source>
        <translation>Par professionnel</translation>
    </message>
    <message>
        <source>By place</source>
        <translation>Par lieu</translation>
    </message>
    <message>
        <source>&amp;Edit agendas… (Ctrl+E)</source>
        <translation>&amp;Modifier les agendas… (Ctrl+E)</translation>
    </message>
    <message>
        <source>&lt;b&gt;To plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;À planifier&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Plan at the selected slot (Enter)</source>
        <translation>&amp;Planifier au créneau choisi (Entrée)</translation>
    </message>
    <message>
        <source>Drag a visit to plan onto a free slot, or an appointment to another slot. Keyboard: select a visit, then a slot, Enter · Ctrl+X picks an appointment to move · Page Up / Page Down: previous / next · Home: today · D: day · W: week · P: by professional · L: by place · double-click an appointment for its reason</source>
        <translation>Glissez une visite à planifier sur un créneau libre, ou un rendez-vous vers un autre créneau. Au clavier : choisissez une visite, puis un créneau, Entrée · Ctrl+X prend un rendez-vous à déplacer · Page préc. / Page suiv. : précédent / suivant · Origine : aujourd'hui · D : jour · W : semaine · P : par professionnel · L : par lieu · double-clic sur un rendez-vous pour son motif</translation>
    </message>
    <message>
        <source>%1, %2 – %3 with %4 at %5: %6 (deadline %7). %8</source>
        <translation>%1, %2 – %3 avec %4, %5 : %6 (échéance %7). %8</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>au plus tard le %1</translation>
    </message>
    <message>
        <source>%1 · %2
%3 · %4</source>
        <translation>%1 · %2
%3 · %4</translation>
    </message>
    <message>
        <source>Occupational physician only (R4623-14 II)</source>
        <translation>Médecin du travail uniquement (R4623-14 II)</translation>
    </message>
    <message>
        <source>Any health professional of the team</source>
        <translation>Tout professionnel de santé de l'équipe</translation>
    </message>
    <message>
        <source>&lt;b&gt;To plan (%1)&lt;/b&gt; — overdue in red, legally critical in yellow</source>
        <translation>&lt;b&gt;À planifier (%1)&lt;/b&gt; — en retard en rouge, légalement critiques en jaune</translation>
    </message>
    <message>
        <source>Nobody receives at %1 in this period.</source>
        <translation>Personne ne reçoit à « %1 » sur cette période.</translation>
    </message>
    <message>
        <source>This visit is no longer to plan</source>
        <translation>Cette visite n'est plus à planifier</translation>
    </message>
    <message>
        <source>Choose a slot in the agenda</source>
        <translation>Choisissez un créneau dans l'agenda</translation>
    </message>
    <message>
        <source>%1 booked with %2 on %3 at %4</source>
        <translation>%1 : rendez-vous pris avec %2 le %3 à %4</translation>
    </message>
    <message>
        <source>This day has passed</source>
        <translation>Ce jour est passé</translation>
    </message>
    <message>
        <source>Not moved to %1 on %2 at %3: %4</source>
        <translation>Non déplacé vers %1 le %2 à %3 : %4</translation>
    </message>
    <message>
        <source>Appointment moved to %1 at %2</source>
        <translation>Rendez-vous déplacé au %1 à %2</translation>
    </message>
    <message>
        <source>Select a planned or confirmed appointment first</source>
        <translation>Sélectionnez d'abord un rendez-vous planifié ou confirmé</translation>
    </message>
    <message>
        <source>%1 picked: select the new slot and press Enter (Escape to cancel)</source>
        <translation>%1 sélectionné : choisissez le nouveau créneau et appuyez sur Entrée (Échap pour annuler)</translation>
    </message>
    <message>
        <source>Select a visit to plan in the list first</source>
        <translation>Sélectionnez d'abord une visite à planifier dans la liste</translation>
    </message>
</context>
<context>
    <name>vigie::scheduling::CompanyFollowUpPage</name>
    <message>
        <source>&lt;h2&gt;Follow-up by company&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Suivi par entreprise&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Due &amp;within</source>
        <translation>À échéance &amp;dans les</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Next appointment</source>
        <translation>Prochain rendez-vous</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>&amp;Print the follow-up status…</source>
        <translation>&amp;Imprimer l'état du suivi…</translation>
    </message>
    <message>
        <source>The PDF sent to the employer: dates and kinds of visits only (Ctrl+P)</source>
        <translation>Le PDF envoyé à l'employeur : dates et types de visite seulement (Ctrl+P)</translation>
    </message>
    <message>
        <source>Convocations &amp;from</source>
        <translation>Convocations &amp;du</translation>
    </message>
    <message>
        <source>Print the c&amp;onvocations…</source>
        <translation>Imprimer les c&amp;onvocations…</translation>
    </message>
    <message>
        <source>One letter per planned or confirmed appointment of the company's workers in the period</source>
        <translation>Une lettre par rendez-vous planifié ou confirmé des salariés de l'entreprise dans la période</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>%1 — SIREN %2</source>
        <translation>%1 — SIREN %2</translation>
    </message>
    <message>
        <source>Name or SIREN of the company</source>
        <translation>Nom ou SIREN de l'entreprise</translation>
    </message>
    <message numerus="yes">
        <source>Choose a company: %n company(ies) in your teams</source>
        <translation>
            <numerusform>Choisissez une entreprise : %n entreprise suivie par vos équipes</numerusform>
            <numerusform>Choisissez une entreprise : %n entreprises suivies par vos équipes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Choose a company first</source>
        <translation>Choisissez d'abord une entreprise</translation>
    </message>
    <message>
        <source>Follow-up status written to %1</source>
        <translation>État du suivi enregistré dans %1</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2)</source>
        <translation>La période se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <source>No appointment to convoke for %1 from %2 to %3</source>
        <translation>Aucun rendez-vous à convoquer pour %1 du %2 au %3</translation>
    </message>
    <message numerus="yes">
        <source>%n convocation letter(s) written to %1</source>
        <translation>
            <numerusform>%n lettre de convocation écrite dans %1</numerusform>
            <numerusform>%n lettres de convocation écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>follow-up-%1-%2.pdf</source>
        <translation>suivi-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Print the follow-up status</source>
        <translation>Imprimer l'état du suivi</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>convocations-%1-%2.pdf</source>
        <translation>convocations-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Print the convocations</source>
        <translation>Imprimer les convocations</translation>
    </message>
</context>
<context>
    <name>vigie::scheduling::FollowUpPage</name>
    <message>
        <source>&lt;h2&gt;Workers' follow-up&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Suivi des salariés&lt;/h2&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines &amp;within</source>
        <translation>Échéances &amp;dans les</translation>
    </message>
    <message>
        <source>Worker, establishment, visit, article…</source>
        <translation>Salarié, établissement, visite, article…</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Team / establishment</source>
        <translation>Équipe / établissement</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À échéance</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiés</translation>
    </message>
    <message>
        <source>Overdue: deadline passed, no appointment. Due: to plan or requested within the period. Planned: appointment booked.</source>
        <translation>En retard : échéance dépassée, sans rendez-vous. À échéance : à planifier ou demandée dans la période. Planifiés : rendez-vous pris.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Reason (article)</source>
        <translation>Motif (article)</translation>
    </message>
    <message>
        <source>All my teams</source>
        <translation>Toutes mes équipes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s), of which %2 overdue</source>
        <translation>
            <numerusform>%1 : %n visite, dont %2 en retard</numerusform>
            <numerusform>%1 : %n visites, dont %2 en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::scheduling::TeamProtocolDialog</name>
    <message>
        <source>Team protocol</source>
        <translation>Protocole de l’équipe</translation>
    </message>
    <message>
        <source>The team physician may set shorter intervals than the law for the periodic visits, never longer. Leave "law" to keep the legal maximum.</source>
        <translation>Le médecin de l’équipe peut fixer pour les visites périodiques des périodicités plus courtes que la loi, jamais plus longues. Laissez « loi » pour garder le maximum légal.</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe :</translation>
    </message>
    <message>
        <source>VIP renewal, individual follow-up (SI):</source>
        <translation>Renouvellement de la VIP, suivi individuel (SI) :</translation>
    </message>
    <message>
        <source>VIP renewal, adapted follow-up (SIA):</source>
        <translation>Renouvellement de la VIP, suivi adapté (SIA) :</translation>
    </message>
    <message>
        <source>EMA renewal, reinforced follow-up (SIR):</source>
        <translation>Renouvellement de l’EMA, suivi renforcé (SIR) :</translation>
    </message>
    <message>
        <source>Intermediate visit (SIR):</source>
        <translation>Visite intermédiaire (SIR) :</translation>
    </message>
    <message>
        <source>law (%1 months)</source>
        <translation>loi (%1 mois)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>At most %1 months (%2)</source>
        <translation>Au plus %1 mois (%2)</translation>
    </message>
    <message>
        <source>Reference of the written protocol, reasons</source>
        <translation>Référence du protocole écrit, motifs</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the protocol (Ctrl+S)</source>
        <translation>Enregistrer le protocole (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Withdraw the protocol</source>
        <translation>&amp;Retirer le protocole</translation>
    </message>
    <message>
        <source>You plan for no team.</source>
        <translation>Vous ne planifiez pour aucune équipe.</translation>
    </message>
    <message>
        <source>Protocol signed on %1.</source>
        <translation>Protocole signé le %1.</translation>
    </message>
    <message>
        <source>No protocol: the legal maxima apply.</source>
        <translation>Aucun protocole : les maxima légaux s’appliquent.</translation>
    </message>
    <message>
        <source>Only the team physician changes the protocol.</source>
        <translation>Seul le médecin de l’équipe modifie le protocole.</translation>
    </message>
    <message>
        <source>Protocol saved: the planning uses it from now on.</source>
        <translation>Protocole enregistré : la planification l’applique désormais.</translation>
    </message>
    <message>
        <source>Protocol withdrawn: the legal maxima apply.</source>
        <translation>Protocole retiré : les maxima légaux s’appliquent.</translation>
    </message>
</context>
<context>
    <name>vigie::scheduling::VisitRequestDialog</name>
    <message>
        <source>New visit request</source>
        <translation>Nouvelle demande de visite</translation>
    </message>
    <message>
        <source>First letters of the birth name</source>
        <translation>Premières lettres du nom de naissance</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>L'entreprise</translation>
    </message>
    <message>
        <source>The worker</source>
        <translation>Le salarié</translation>
    </message>
    <message>
        <source>The occupational physician</source>
        <translation>Le médecin du travail</translation>
    </message>
    <message>
        <source>Hiring</source>
        <translation>Embauche</translation>
    </message>
    <message>
        <source>Return to work</source>
        <translation>Reprise du travail</translation>
    </message>
    <message>
        <source>On request</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>Pre-return (during the leave)</source>
        <translation>Pré-reprise (pendant l'arrêt)</translation>
    </message>
    <message>
        <source>The worker asks to see the occupational &amp;physician</source>
        <translation>Le salarié demande à voir le médecin du tra&amp;vail</translation>
    </message>
    <message>
        <source>The worker &amp;consents to a tele-consultation</source>
        <translation>Le salarié &amp;consent à une téléconsultation</translation>
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation>&amp;Salarié</translation>
    </message>
    <message>
        <source>P&amp;ost</source>
        <translation>P&amp;oste</translation>
    </message>
    <message>
        <source>Asked &amp;by</source>
        <translation>Demandée &amp;par</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Request &amp;date</source>
        <translation>&amp;Date de la demande</translation>
    </message>
    <message>
        <source>Return-to-work da&amp;te</source>
        <translation>Date de &amp;reprise du travail</translation>
    </message>
    <message>
        <source>&amp;Save the request (Ctrl+S)</source>
        <translation>&amp;Enregistrer la demande (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>%1 (born %2)
%3 — %4, %5</source>
        <translation>%1 (né(e) le %2)
%3 — %4, %5</translation>
    </message>
    <message>
        <source>Choose the worker and the post.</source>
        <translation>Choisissez le salarié et le poste.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>au plus tard le %1</translation>
    </message>
    <message>
        <source>with the occupational physician</source>
        <translation>avec le médecin du travail</translation>
    </message>
    <message>
        <source>with a health professional of the team</source>
        <translation>avec un professionnel de santé de l'équipe</translation>
    </message>
    <message>
        <source>regulatory deadline, %1</source>
        <translation>délai réglementaire, %1</translation>
    </message>
    <message>
        <source>no deadline in the law (%1): the service's target of %2 days</source>
        <translation>pas de délai légal (%1) : objectif du service de %2 jours</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2, %3 — %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2, %3 — %4</translation>
    </message>
    <message>
        <source>The first %1 posts are shown, and there are more: type the first letters of the name to narrow</source>
        <translation>Les %1 premiers postes sont affichés, et il y en a d’autres : tapez les premières lettres du nom pour restreindre</translation>
    </message>
</context>
<context>
    <name>vigie::scheduling::WorklistPage</name>
    <message>
        <source>&lt;h2&gt;Visits to plan&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Visites à planifier&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Propose appointments</source>
        <translation>&amp;Proposer des rendez-vous</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;Accept selected</source>
        <translation>&amp;Accepter la sélection</translation>
    </message>
    <message>
        <source>&amp;Refuse selected</source>
        <translation>&amp;Refuser la sélection</translation>
    </message>
    <message>
        <source>&amp;Confirm selected</source>
        <translation>&amp;Confirmer la sélection</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>To plan</source>
        <translation>À planifier</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>À confirmer</translation>
    </message>
    <message>
        <source>%1 visit(s) to plan, %2 overdue, %3 appointment(s) to confirm</source>
        <translation>%1 visite(s) à planifier, dont %2 en retard ; %3 rendez-vous à confirmer</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Follow-up rules</source>
        <translation>Règles de suivi</translation>
    </message>
    <message>
        <source>Request of %1</source>
        <translation>Demande du %1</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>En retard (%1)</translation>
    </message>
    <message>
        <source>To plan (%1)</source>
        <translation>À planifier (%1)</translation>
    </message>
    <message>
        <source>%1 proposal(s), %2 within the deadline, %3 not placed</source>
        <translation>%1 proposition(s), %2 dans les délais, %3 non placée(s)</translation>
    </message>
    <message>
        <source>Proposals (%1)</source>
        <translation>Propositions (%1)</translation>
    </message>
    <message>
        <source>To confirm (%1)</source>
        <translation>À confirmer (%1)</translation>
    </message>
    <message>
        <source>%1 appointment(s) booked</source>
        <translation>%1 rendez-vous réservé(s)</translation>
    </message>
    <message>
        <source>Team pro&amp;tocol…</source>
        <translation>Pro&amp;tocole de l’équipe…</translation>
    </message>
    <message>
        <source>The periodicities of the team's protocol (Ctrl+Shift+P)</source>
        <translation>Les périodicités du protocole de l’équipe (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>&amp;New request (Ctrl+N)</source>
        <translation>&amp;Nouvelle demande (Ctrl+N)</translation>
    </message>
    <message>
        <source>Request recorded</source>
        <translation>Demande enregistrée</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>E&amp;mployer</source>
        <translation>E&amp;mployeur</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>Professiona&amp;l</source>
        <translation>Professionne&amp;l</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Visite</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>All employers</source>
        <translation>Tous les employeurs</translation>
    </message>
    <message>
        <source>SIREN %1</source>
        <translation>SIREN %1</translation>
    </message>
    <message>
        <source>All professionals</source>
        <translation>Tous les professionnels</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Toutes les visites</translation>
    </message>
    <message>
        <source>Overdue (%1 shown)</source>
        <translation>En retard (%1 affichées)</translation>
    </message>
    <message>
        <source>To plan (%1 shown)</source>
        <translation>À planifier (%1 affichées)</translation>
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2</source>
        <translation>La période se termine le %1, avant de commencer le %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Proposals (%1 shown)</source>
        <translation>Propositions (%1 affichées)</translation>
    </message>
    <message>
        <source>To confirm (%1 shown)</source>
        <translation>À confirmer (%1 affichés)</translation>
    </message>
    <message>
        <source>Convocations</source>
        <translation>Convocations</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) booked. Convoke the workers now?</source>
        <translation>
            <numerusform>%n rendez-vous pris. Convoquer les salariés maintenant ?</numerusform>
            <numerusform>%n rendez-vous pris. Convoquer les salariés maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the letters, or send the e-mails due now (today's appointments included).</source>
        <translation>Imprimez les lettres, ou envoyez les courriels dus maintenant (rendez-vous du jour compris).</translation>
    </message>
    <message>
        <source>&amp;Print the convocations…</source>
        <translation>&amp;Imprimer les convocations…</translation>
    </message>
    <message>
        <source>&amp;Send by e-mail</source>
        <translation>&amp;Envoyer par courriel</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>convocations-%1.pdf</source>
        <translation>convocations-%1.pdf</translation>
    </message>
    <message>
        <source>Print the convocations</source>
        <translation>Imprimer les convocations</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 e-mail(s) sent, %2 not sent</source>
        <translation>%1 courriel(s) envoyé(s), %2 non envoyé(s)</translation>
    </message>
    <message>
        <source>No appointment to convoke</source>
        <translation>Aucun rendez-vous à convoquer</translation>
    </message>
    <message numerus="yes">
        <source>%n convocation letter(s) written to %1</source>
        <translation>
            <numerusform>%n lettre(s) de convocation écrite(s) dans %1</numerusform>
            <numerusform>%n lettre(s) de convocation écrite(s) dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Propose an appointment</source>
        <translation>&amp;Proposer un rendez-vous</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>&amp;Print the convocation…</source>
        <translation>&amp;Imprimer la convocation…</translation>
    </message>
    <message>
        <source>C&amp;opy the worker's name</source>
        <translation>C&amp;opier le nom du salarié</translation>
    </message>
</context>
<context>
    <name>vigie::security</name>
    <message>
        <source>Permission denied: only an administrator manages accounts</source>
        <translation>Autorisation refusée : seul un administrateur peut gérer les comptes</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Mot de passe incorrect</translation>
    </message>
    <message>
        <source>Occupational physician</source>
        <translation>Médecin du travail</translation>
    </message>
    <message>
        <source>Collaborator physician</source>
        <translation>Collaborateur médecin</translation>
    </message>
    <message>
        <source>Occupational medicine intern</source>
        <translation>Interne en médecine du travail</translation>
    </message>
    <message>
        <source>Occupational health nurse</source>
        <translation>Infirmier(e) en santé au travail</translation>
    </message>
    <message>
        <source>Occupational risk prevention specialist (IPRP)</source>
        <translation>Intervenant(e) en prévention des risques professionnels (IPRP)</translation>
    </message>
    <message>
        <source>Occupational health assistant</source>
        <translation>Assistant(e) de service de santé au travail</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Assistant(e) de service social</translation>
    </message>
    <message>
        <source>Planning assistant</source>
        <translation>Assistant(e) de planification</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Directeur / directrice</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Database file not found: %1</source>
        <translation>Fichier de base de données introuvable : %1</translation>
    </message>
    <message>
        <source>Too many failed attempts for %1: try again after %2</source>
        <translation>Trop de tentatives échouées pour %1 : réessayez après %2</translation>
    </message>
    <message>
        <source>The account %1 is disabled</source>
        <translation>Le compte %1 est désactivé</translation>
    </message>
    <message>
        <source>The file %1 already exists; it is left untouched</source>
        <translation>Le fichier %1 existe déjà ; il n’a pas été modifié</translation>
    </message>
    <message>
        <source>Permission denied: only an administrator manages teams</source>
        <translation>Autorisation refusée : seul un administrateur peut gérer les équipes</translation>
    </message>
    <message>
        <source>Access refused: no current delegation from the worker's occupational physician</source>
        <translation>Accès refusé : aucune délégation en cours du médecin du travail de ce salarié</translation>
    </message>
    <message>
        <source>Access refused: this worker is not followed by your team</source>
        <translation>Accès refusé : ce salarié n’est pas suivi par votre équipe</translation>
    </message>
    <message>
        <source>Access refused: this act requires a written protocol with the occupational physician</source>
        <translation>Accès refusé : cet acte nécessite un protocole écrit avec le médecin du travail</translation>
    </message>
    <message>
        <source>Access refused: your role (%1) does not use this module</source>
        <translation>Accès refusé : votre rôle (%1) n’a pas accès à ce module</translation>
    </message>
    <message>
        <source>Invalid login "%1": 3 to 32 characters, lower-case letters, digits, '.', '_' or '-', starting with a letter</source>
        <translation>Identifiant « %1 » non valide : de 3 à 32 caractères parmi les lettres minuscules, les chiffres, « . », « _ » et « - », en commençant par une lettre</translation>
    </message>
    <message>
        <source>Unknown login: %1</source>
        <translation>Identifiant inconnu : %1</translation>
    </message>
    <message>
        <source>The login %1 is already taken</source>
        <translation>L’identifiant %1 est déjà utilisé</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>La base de données est occupée</translation>
    </message>
    <message>
        <source>The password is too long: at most %1 characters</source>
        <translation>Le mot de passe est trop long : %1 caractères au maximum</translation>
    </message>
    <message>
        <source>The password must not contain the login</source>
        <translation>Le mot de passe ne doit pas contenir l’identifiant</translation>
    </message>
    <message>
        <source>The password must not contain the person's name</source>
        <translation>Le mot de passe ne doit pas contenir le nom de la personne</translation>
    </message>
    <message>
        <source>This password is in the list of common passwords: choose another</source>
        <translation>Ce mot de passe figure dans la liste des mots de passe courants : choisissez-en un autre</translation>
    </message>
    <message>
        <source>A team is led by an occupational physician; %1 is not one</source>
        <translation>Une équipe est dirigée par un médecin du travail ; %1 n’a pas ce rôle</translation>
    </message>
    <message>
        <source>A team needs a name</source>
        <translation>Une équipe doit avoir un nom</translation>
    </message>
    <message>
        <source>Unknown establishment: SIRET %1</source>
        <translation>Établissement inconnu : SIRET %1</translation>
    </message>
    <message>
        <source>Invalid delegation period: %1 to %2</source>
        <translation>Période de délégation non valide : du %1 au %2</translation>
    </message>
    <message>
        <source>You lead no team: there is nothing to delegate</source>
        <translation>Vous ne dirigez aucune équipe : il n’y a rien à déléguer</translation>
    </message>
    <message>
        <source>read</source>
        <translation>consulter</translation>
    </message>
    <message>
        <source>write</source>
        <translation>modifier</translation>
    </message>
    <message>
        <source>sign</source>
        <translation>signer</translation>
    </message>
    <message>
        <source>print or export</source>
        <translation>imprimer ou exporter</translation>
    </message>
    <message>
        <source>Access refused: your role (%1) does not allow you to %2 part %3° of the medical record</source>
        <translation>Accès refusé : votre rôle (%1) ne vous autorise pas à %2 la partie %3° du dossier médical</translation>
    </message>
    <message>
        <source>Access refused: this worker has objected to access to their record by professionals other than the occupational physician</source>
        <translation>Accès refusé : ce salarié s’est opposé à l’accès à son dossier par des professionnels autres que le médecin du travail</translation>
    </message>
    <message numerus="yes">
        <source>The password is too short (%1 characters): at least %n are required</source>
        <translation>
            <numerusform>Le mot de passe est trop court (%1 caractères) : au moins %n caractère est requis</numerusform>
            <numerusform>Le mot de passe est trop court (%1 caractères) : au moins %n caractères sont requis</numerusform>
        </translation>
    </message>
    <message>
        <source>Unable to add %1 to this team: %2</source>
        <translation>Impossible d’ajouter %1 à cette équipe : %2</translation>
    </message>
    <message>
        <source>Unable to assign the establishment with SIRET %1 to this team: %2</source>
        <translation>Impossible d’affecter l’établissement de SIRET %1 à cette équipe : %2</translation>
    </message>
    <message>
        <source>Permission denied: only an occupational physician may delegate access to their team's records</source>
        <translation>Autorisation refusée : seul un médecin du travail peut déléguer l’accès aux dossiers de son équipe</translation>
    </message>
    <message>
        <source>Only an IPRP or an occupational health assistant may receive a delegation; %1 is: %2</source>
        <translation>Seul un IPRP ou un(e) assistant(e) de service de santé au travail peut recevoir une délégation ; %1 est : %2</translation>
    </message>
    <message>
        <source>This is not a current delegation that you granted</source>
        <translation>Il ne s’agit pas d’une délégation en cours que vous avez accordée</translation>
    </message>
    <message>
        <source>Accounts and teams</source>
        <translation>Comptes et équipes</translation>
    </message>
    <message>
        <source>%1 is already a member of this team</source>
        <translation>%1 fait déjà partie de cette équipe</translation>
    </message>
    <message>
        <source>The establishment with SIRET %1 is already assigned to this team</source>
        <translation>L’établissement de SIRET %1 est déjà affecté à cette équipe</translation>
    </message>
    <message>
        <source>You lead several teams (%1): choose the team of this delegation</source>
        <translation>Vous animez plusieurs équipes (%1) : choisissez l’équipe de cette délégation</translation>
    </message>
    <message>
        <source>Permission denied: you can delegate only for a team you lead</source>
        <translation>Accès refusé : vous ne pouvez déléguer que pour une équipe que vous animez</translation>
    </message>
    <message>
        <source>%1 is not a member of this team</source>
        <translation>%1 n’est pas membre de cette équipe</translation>
    </message>
    <message>
        <source>The establishment with SIRET %1 is not assigned to this team</source>
        <translation>L’établissement de SIRET %1 n’est pas affecté à cette équipe</translation>
    </message>
    <message>
        <source>A personal account needs the person's full name (got "%1")</source>
        <translation>Un compte nominatif exige les prénom et nom de la personne (reçu « %1 »)</translation>
    </message>
    <message>
        <source>Invalid RPPS number "%1": 11 digits expected</source>
        <translation>Numéro RPPS « %1 » invalide : 11 chiffres attendus</translation>
    </message>
    <message>
        <source>The account %1 was created but its key slot could not be written (%2): set its password again</source>
        <translation>Le compte %1 a été créé mais son emplacement dans le trousseau n’a pas pu être écrit (%2) : fixez de nouveau son mot de passe</translation>
    </message>
    <message>
        <source>The account %1 is disabled: enable it first</source>
        <translation>Le compte %1 est désactivé : réactivez-le d’abord</translation>
    </message>
    <message>
        <source>You cannot disable your own account</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte</translation>
    </message>
    <message>
        <source>The account %1 is already disabled</source>
        <translation>Le compte %1 est déjà désactivé</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: it stays enabled</source>
        <translation>%1 est le dernier administrateur actif : il reste actif</translation>
    </message>
    <message>
        <source>The account %1 is already enabled</source>
        <translation>Le compte %1 est déjà actif</translation>
    </message>
    <message>
        <source>%1 already has the role %2</source>
        <translation>%1 a déjà le rôle %2</translation>
    </message>
    <message>
        <source>%1 is the last active administrator: it keeps the role</source>
        <translation>%1 est le dernier administrateur actif : il garde ce rôle</translation>
    </message>
    <message>
        <source>%1 leads the team(s) %2: give them another physician first</source>
        <translation>%1 anime l’équipe ou les équipes %2 : confiez-les d’abord à un autre médecin</translation>
    </message>
    <message>
        <source>Permission denied: only an administrator may rotate the key</source>
        <translation>Accès refusé : seul un administrateur peut renouveler la clé</translation>
    </message>
    <message>
        <source>Access refused: this establishment is not followed by your team</source>
        <translation>Accès refusé : cet établissement n’est pas suivi par votre équipe</translation>
    </message>
    <message>
        <source>work stoppages</source>
        <translation>les arrêts de travail</translation>
    </message>
    <message>
        <source>job-retention cases</source>
        <translation>les dossiers de maintien en emploi</translation>
    </message>
    <message>
        <source>the visits and proposals of a job-retention case</source>
        <translation>les visites et propositions d’un dossier de maintien en emploi</translation>
    </message>
    <message>
        <source>the steps of a job-retention case</source>
        <translation>les étapes d’un dossier de maintien en emploi</translation>
    </message>
    <message>
        <source>the social follow-up</source>
        <translation>le suivi social</translation>
    </message>
    <message>
        <source>the outcome of a job-retention case</source>
        <translation>l’issue d’un dossier de maintien en emploi</translation>
    </message>
    <message>
        <source>the job-retention cell's meetings</source>
        <translation>les réunions de la cellule PDP</translation>
    </message>
    <message>
        <source>Access refused: your role (%1) does not allow you to %2 %3</source>
        <translation>Accès refusé : votre rôle (%1) ne vous autorise pas à %2 %3</translation>
    </message>
</context>
<context>
    <name>vigie::security::AccountsPage</name>
    <message>
        <source>C&amp;reate account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
    <message>
        <source>Under a &amp;written protocol</source>
        <translation>Dans le cadre d’un &amp;protocole écrit</translation>
    </message>
    <message>
        <source>A&amp;dd to team</source>
        <translation>&amp;Ajouter à l’équipe</translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation>A&amp;ffecter</translation>
    </message>
    <message>
        <source>Create &amp;team</source>
        <translation>Créer l’&amp;équipe</translation>
    </message>
    <message>
        <source>Accounts and teams</source>
        <translation>Comptes et équipes</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>First name and last name of the person</source>
        <translation>Prénom et nom de la personne</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 chiffres</translation>
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation>Au moins 12 caractères</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>RPP&amp;S:</source>
        <translation>RPP&amp;S :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Confirmation:</source>
        <translation>Con&amp;firmation :</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>14 digits, e.g. 732 829 320 00074</source>
        <translation>14 chiffres, p. ex. 732 829 320 00074</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe :</translation>
    </message>
    <message>
        <source>&amp;Member to add:</source>
        <translation>&amp;Membre à ajouter :</translation>
    </message>
    <message>
        <source>Establishment to assign (S&amp;IRET):</source>
        <translation>Établissement à affecter (S&amp;IRET) :</translation>
    </message>
    <message>
        <source>New team (&amp;name, occupational physician):</source>
        <translation>Nouvelle équipe (&amp;nom, médecin du travail) :</translation>
    </message>
    <message>
        <source>RPPS number of the health professional</source>
        <translation>Numéro RPPS du professionnel de santé</translation>
    </message>
    <message>
        <source>Only health professionals have an RPPS number</source>
        <translation>Seuls les professionnels de santé ont un numéro RPPS</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n compte</numerusform>
            <numerusform>%n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 — led by %2</source>
        <translation>%1 — dirigée par %2</translation>
    </message>
    <message>
        <source>No team yet: create one below.</source>
        <translation>Aucune équipe pour l’instant : créez-en une ci-dessous.</translation>
    </message>
    <message>
        <source>The password and its confirmation differ.</source>
        <translation>Le mot de passe et sa confirmation diffèrent.</translation>
    </message>
    <message>
        <source>Choose a team and a person.</source>
        <translation>Choisissez une équipe et une personne.</translation>
    </message>
    <message>
        <source>%1 added to %2.</source>
        <translation>%1 ajouté(e) à %2.</translation>
    </message>
    <message>
        <source>Choose a team and type a SIRET.</source>
        <translation>Choisissez une équipe et saisissez un SIRET.</translation>
    </message>
    <message>
        <source>Establishment %1 assigned to %2.</source>
        <translation>Établissement %1 affecté à %2.</translation>
    </message>
    <message>
        <source>Type the team's name and choose its occupational physician.</source>
        <translation>Saisissez le nom de l’équipe et choisissez son médecin du travail.</translation>
    </message>
    <message>
        <source>Team %1 created.</source>
        <translation>Équipe %1 créée.</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Désacti&amp;ver</translation>
    </message>
    <message>
        <source>Change rol&amp;e</source>
        <translation>Changer de rôl&amp;e</translation>
    </message>
    <message>
        <source>Remo&amp;ve from team</source>
        <translation>Reti&amp;rer de l’équipe</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>&amp;Désaffecter</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Members of the team</source>
        <translation>Membres de l’équipe</translation>
    </message>
    <message>
        <source>Establishments of the team</source>
        <translation>Établissements de l’équipe</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membres :</translation>
    </message>
    <message>
        <source>Establishments:</source>
        <translation>Établissements :</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Réac&amp;tiver</translation>
    </message>
    <message>
        <source>Choose an account in the list.</source>
        <translation>Choisissez un compte dans la liste.</translation>
    </message>
    <message>
        <source>Account %1 disabled: it can no longer sign in, and its password no longer opens the database.</source>
        <translation>Compte %1 désactivé : il ne peut plus se connecter et son mot de passe n’ouvre plus la base.</translation>
    </message>
    <message>
        <source>Account %1 enabled. Temporary password: %2 — give it to %3, who must choose their own at the first sign-in.</source>
        <translation>Compte %1 réactivé. Mot de passe provisoire : %2 — à remettre à %3, qui choisira le sien à la première connexion.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 est désormais : %2.</translation>
    </message>
    <message>
        <source>Choose a team and one of its members.</source>
        <translation>Choisissez une équipe et l’un de ses membres.</translation>
    </message>
    <message>
        <source>%1 removed from %2.</source>
        <translation>%1 retiré(e) de %2.</translation>
    </message>
    <message>
        <source>Choose a team and one of its establishments.</source>
        <translation>Choisissez une équipe et l’un de ses établissements.</translation>
    </message>
    <message>
        <source>%1 is no longer assigned to %2.</source>
        <translation>%1 n’est plus affecté à %2.</translation>
    </message>
    <message>
        <source>Account %1 created for %2. The password you typed is temporary: %2 must choose their own at the first sign-in.</source>
        <translation>Compte %1 créé pour %2. Le mot de passe saisi est provisoire : %2 choisira le sien à la première connexion.</translation>
    </message>
</context>
<context>
    <name>vigie::server</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Impossible d’écouter sur %1:%2 : %3</translation>
    </message>
    <message>
        <source>Invalid listening address "%1" (HOST:PORT)</source>
        <translation>Adresse d’écoute « %1 » invalide (HÔTE:PORT)</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1</source>
        <translation>Impossible de lire le fichier de configuration %1</translation>
    </message>
    <message>
        <source>The configuration file %1 is not valid JSON: %2</source>
        <translation>Le fichier de configuration %1 n’est pas du JSON valide : %2</translation>
    </message>
    <message>
        <source>The file %1 already exists; it is left untouched</source>
        <translation>Le fichier %1 existe déjà ; il n’est pas modifié</translation>
    </message>
    <message>
        <source>Cannot write the configuration file %1</source>
        <translation>Impossible d’écrire le fichier de configuration %1</translation>
    </message>
    <message>
        <source>Cannot read the password file %1</source>
        <translation>Impossible de lire le fichier de mot de passe %1</translation>
    </message>
    <message>
        <source>Administrator's password: </source>
        <translation>Mot de passe de l’administrateur : </translation>
    </message>
    <message>
        <source>Unknown option or missing value: %1</source>
        <translation>Option inconnue ou valeur manquante : %1</translation>
    </message>
    <message>
        <source>Usage: vigie-server init --config FILE --listen HOST:PORT [--store DIR] --admin LOGIN --password-file F</source>
        <translation>Usage : vigie-server init --config FICHIER --listen HÔTE:PORT [--store DOSSIER] --admin IDENTIFIANT --password-file F</translation>
    </message>
    <message>
        <source>Invalid value for %1: "%2"</source>
        <translation>Valeur invalide pour %1 : « %2 »</translation>
    </message>
    <message>
        <source>The store folder %1 is not empty; it is left untouched</source>
        <translation>Le dossier du magasin %1 n’est pas vide ; il n’est pas modifié</translation>
    </message>
    <message>
        <source>Server store created in %1; configuration written to %2</source>
        <translation>Magasin du serveur créé dans %1 ; configuration écrite dans %2</translation>
    </message>
    <message>
        <source>Fingerprint of the server's certificate (SHA-256): %1</source>
        <translation>Empreinte du certificat du serveur (SHA-256) : %1</translation>
    </message>
    <message>
        <source>This command needs --config FILE</source>
        <translation>Cette commande demande --config FICHIER</translation>
    </message>
    <message>
        <source>Signal %1 received: stopping</source>
        <translation>Signal %1 reçu : arrêt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Usage: vigie-server device revoke --config FILE DEVICE_ID</source>
        <translation>Usage : vigie-server device revoke --config FICHIER ID_POSTE</translation>
    </message>
    <message>
        <source>Device %1 revoked</source>
        <translation>Poste %1 révoqué</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>Usage: vigie-server backup --config FILE --out FILE</source>
        <translation>Utilisation : vigie-server backup --config FICHIER --out FICHIER</translation>
    </message>
    <message>
        <source>Usage: vigie-server restore --config FILE BACKUP</source>
        <translation>Utilisation : vigie-server restore --config FICHIER SAUVEGARDE</translation>
    </message>
    <message>
        <source>Store restored from %1; the replaced store is kept as %2; the desktops will see a new epoch</source>
        <translation>Base du serveur restaurée depuis %1 ; la base remplacée est gardée sous %2 ; les postes verront une nouvelle époque</translation>
    </message>
    <message>
        <source>Usage: vigie-server init|demo|run|device list|device revoke|backup|restore --config FILE ...</source>
        <translation>Utilisation : vigie-server init|demo|run|device list|device revoke|backup|restore --config FICHIER ...</translation>
    </message>
    <message>
        <source>Backup %1 verified: %2 audit records</source>
        <translation>Sauvegarde %1 vérifiée : %2 traces d’audit</translation>
    </message>
    <message>
        <source>The configuration file %1 lacks store, state (with PostgreSQL), certificate or private_key</source>
        <translation>Le fichier de configuration %1 n’indique pas store, state (avec PostgreSQL), certificate ou private_key</translation>
    </message>
    <message>
        <source>The log's PostgreSQL archive, checked with pg_restore: %1</source>
        <translation>Archive PostgreSQL du journal du serveur, vérifiée avec pg_restore : %1</translation>
    </message>
    <message>
        <source>Usage: vigie-server demo --config FILE --password-file F [--establishments N] [--workers N] [--years N] [--seed S] [--today YYYY-MM-DD]</source>
        <translation>Usage : vigie-server demo --config FICHIER --password-file F [--establishments N] [--workers N] [--years N] [--seed S] [--today AAAA-MM-JJ]</translation>
    </message>
</context>
<context>
    <name>vigie::storage</name>
    <message>
        <source>Migration %1 is unreadable</source>
        <translation>La migration %1 est illisible</translation>
    </message>
    <message>
        <source>Unable to start migration %1 (database busy?)</source>
        <translation>Impossible de démarrer la migration %1 (base de données occupée ?)</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed, the database is unchanged: %3</source>
        <translation>Échec de la migration %1 (%2), la base de données n’a pas été modifiée : %3</translation>
    </message>
    <message>
        <source>The file %1 already exists; it is left untouched</source>
        <translation>Le fichier %1 existe déjà ; il n’a pas été modifié</translation>
    </message>
    <message>
        <source>Database file not found: %1</source>
        <translation>Fichier de base de données introuvable : %1</translation>
    </message>
    <message>
        <source>No transaction is open</source>
        <translation>Aucune transaction n’est ouverte</translation>
    </message>
    <message>
        <source>Unable to commit: %1</source>
        <translation>Impossible de valider la transaction : %1</translation>
    </message>
    <message>
        <source>Unable to read the schema version of %1</source>
        <translation>Impossible de lire la version du schéma de %1</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this version of Vigie knows (%3): install a newer Vigie to open it</source>
        <translation>%1 utilise la version de schéma %2, plus récente que celle que connaît cette version de Vigie (%3) : installez une version plus récente de Vigie pour l’ouvrir</translation>
    </message>
    <message>
        <source>Unable to back up %1 to %2 before migrating</source>
        <translation>Impossible de sauvegarder %1 vers %2 avant la migration</translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation>Impossible de préparer la requête</translation>
    </message>
    <message>
        <source>only one statement may be executed at a time</source>
        <translation>une seule requête peut être exécutée à la fois</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>Nombre de paramètres incohérent</translation>
    </message>
    <message>
        <source>%1 values bound for %2 placeholders</source>
        <translation>%1 valeurs liées pour %2 paramètres</translation>
    </message>
    <message>
        <source>Unable to bind a value</source>
        <translation>Impossible de lier une valeur</translation>
    </message>
    <message>
        <source>Unable to execute the statement</source>
        <translation>Impossible d’exécuter la requête</translation>
    </message>
    <message>
        <source>Unable to fetch a row</source>
        <translation>Impossible de lire une ligne de résultat</translation>
    </message>
    <message>
        <source>The database key must be 256 bits (64 hexadecimal characters)</source>
        <translation>La clé de la base de données doit faire 256 bits (64 caractères hexadécimaux)</translation>
    </message>
    <message>
        <source>Unable to open the database file %1</source>
        <translation>Impossible d’ouvrir le fichier de base de données %1</translation>
    </message>
    <message>
        <source>Unable to set the database key</source>
        <translation>Impossible d’appliquer la clé de la base de données</translation>
    </message>
    <message>
        <source>Unable to apply the cipher settings</source>
        <translation>Impossible d’appliquer les paramètres de chiffrement</translation>
    </message>
    <message>
        <source>The SQLite library does not encrypt (PRAGMA cipher_version gave no answer)</source>
        <translation>La bibliothèque SQLite ne chiffre pas (PRAGMA cipher_version n’a renvoyé aucune réponse)</translation>
    </message>
    <message>
        <source>Wrong key, or not a Vigie database: %1</source>
        <translation>Clé incorrecte, ou base de données non Vigie : %1</translation>
    </message>
    <message>
        <source>Unable to read the database %1</source>
        <translation>Impossible de lire la base de données %1</translation>
    </message>
    <message>
        <source>Unable to configure the database connection</source>
        <translation>Impossible de configurer la connexion à la base de données</translation>
    </message>
    <message>
        <source>%1 (and the refusal could not be written to the audit trail: %2)</source>
        <translation>%1 (et le refus n’a pas pu être inscrit au journal d’audit : %2)</translation>
    </message>
    <message>
        <source>Unable to start a transaction, nothing was written: %1</source>
        <translation>Impossible de démarrer une transaction, rien n’a été écrit : %1</translation>
    </message>
    <message>
        <source>Unable to create the backup %1: %2</source>
        <translation>Impossible de créer la sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>Unable to key the backup %1</source>
        <translation>Impossible de chiffrer la sauvegarde %1</translation>
    </message>
    <message>
        <source>Unable to re-key the database: %1</source>
        <translation>Impossible de rechiffrer la base : %1</translation>
    </message>
    <message>
        <source>Unable to write the audit seal %1</source>
        <translation>Impossible d’écrire le sceau d’audit %1</translation>
    </message>
    <message>
        <source>The audit seal %1 is missing: the end of the trail cannot be vouched for</source>
        <translation>Le sceau d’audit %1 est absent : la fin du journal ne peut pas être garantie</translation>
    </message>
    <message>
        <source>The audit seal %1 was not made with this database's seal key: it was forged or replaced</source>
        <translation>Le sceau d’audit %1 n’a pas été fait avec la clé de sceau de cette base : il a été contrefait ou remplacé</translation>
    </message>
    <message>
        <source>The audit trail holds %1 records but its seal vouches for %2: records at its end were deleted (from record %3 on)</source>
        <translation>Le journal d’audit compte %1 enregistrements mais son sceau en garantit %2 : des enregistrements de la fin ont été supprimés (à partir du n° %3)</translation>
    </message>
    <message>
        <source>Record %1 of the audit trail is not the one its seal vouches for: the trail was truncated and refilled, recomputed or rewritten</source>
        <translation>L’enregistrement %1 du journal d’audit n’est pas celui que garantit son sceau : le journal a été tronqué puis complété, recalculé ou réécrit</translation>
    </message>
    <message>
        <source>Unable to read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The backup %1 does not open: %2</source>
        <translation>La sauvegarde %1 ne s’ouvre pas : %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>La sauvegarde %1 est endommagée : %2</translation>
    </message>
    <message>
        <source>The audit trail of the backup %1 is broken at record %2</source>
        <translation>Le journal d’audit de la sauvegarde %1 est rompu à l’enregistrement %2</translation>
    </message>
    <message>
        <source>The backup %1 failed: %2</source>
        <translation>La sauvegarde %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Unable to copy the key ring %1 beside the backup</source>
        <translation>Impossible de copier le trousseau %1 à côté de la sauvegarde</translation>
    </message>
    <message>
        <source>libsodium could not start</source>
        <translation>libsodium n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (Argon2id)</source>
        <translation>Mémoire insuffisante pour dériver la clé (Argon2id)</translation>
    </message>
    <message>
        <source>No key slot for the login %1</source>
        <translation>Aucun emplacement du trousseau pour l’identifiant %1</translation>
    </message>
    <message>
        <source>Wrong login or password</source>
        <translation>Identifiant ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>The key slot of %1 is damaged</source>
        <translation>L’emplacement de %1 dans le trousseau est endommagé</translation>
    </message>
    <message>
        <source>These accounts must sign in once before the key can be rotated: %1</source>
        <translation>Ces comptes doivent se connecter une fois avant que la clé puisse être renouvelée : %1</translation>
    </message>
    <message>
        <source>Key ring not found or unreadable: %1</source>
        <translation>Trousseau introuvable ou illisible : %1</translation>
    </message>
    <message>
        <source>%1 is not a Vigie key ring</source>
        <translation>%1 n’est pas un trousseau Vigie</translation>
    </message>
    <message>
        <source>Damaged key slot in %1</source>
        <translation>Emplacement endommagé dans le trousseau %1</translation>
    </message>
    <message>
        <source>Unable to write the key ring %1</source>
        <translation>Impossible d’écrire le trousseau %1</translation>
    </message>
    <message>
        <source>The key ring %1 is locked by another program</source>
        <translation>Le trousseau %1 est verrouillé par un autre programme</translation>
    </message>
</context>
<context>
    <name>vigie::sync</name>
    <message>
        <source>Wrong login or password, or account disabled</source>
        <translation>Identifiant ou mot de passe erroné, ou compte désactivé</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>The file %1 already exists; it is left untouched</source>
        <translation>Le fichier %1 existe déjà ; il n’est pas modifié</translation>
    </message>
    <message>
        <source>Cannot write the key file %1</source>
        <translation>Impossible d’écrire le fichier de clé %1</translation>
    </message>
    <message>
        <source>Cannot read the key file %1</source>
        <translation>Impossible de lire le fichier de clé %1</translation>
    </message>
    <message>
        <source>The key file %1 is not a 256-bit key</source>
        <translation>Le fichier de clé %1 ne contient pas une clé de 256 bits</translation>
    </message>
    <message>
        <source>Unknown device or wrong device credential: %1</source>
        <translation>Poste inconnu ou identifiant de poste erroné : %1</translation>
    </message>
    <message>
        <source>The device %1 has been revoked by the server's administrator</source>
        <translation>Le poste %1 a été révoqué par l’administrateur du serveur</translation>
    </message>
    <message>
        <source>The account of the device %1 is disabled</source>
        <translation>Le compte du poste %1 est désactivé</translation>
    </message>
    <message>
        <source>Unknown device: %1</source>
        <translation>Poste inconnu : %1</translation>
    </message>
    <message>
        <source>Device credentials required</source>
        <translation>Identifiants du poste requis</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached: %2</source>
        <translation>Le serveur %1 est injoignable : %2</translation>
    </message>
    <message>
        <source>Invalid server address "%1" (https://HOST:PORT)</source>
        <translation>Adresse de serveur « %1 » invalide (https://HÔTE:PORT)</translation>
    </message>
    <message>
        <source>The server %1 presented the certificate %2, not the pinned one %3: connection refused</source>
        <translation>Le serveur %1 a présenté le certificat %2 et non %3 épinglé : connexion refusée</translation>
    </message>
    <message>
        <source>The server %1 answered %2: %3</source>
        <translation>Le serveur %1 a répondu %2 : %3</translation>
    </message>
    <message>
        <source>Unknown synchronised table: %1</source>
        <translation>Table synchronisée inconnue : %1</translation>
    </message>
    <message>
        <source>A row of %1 without id</source>
        <translation>Une ligne de %1 sans identifiant</translation>
    </message>
    <message>
        <source>The database %1 is not enrolled with a server (vigie-cli sync enroll)</source>
        <translation>La base %1 n’est enrôlée auprès d’aucun serveur (vigie-cli sync enroll)</translation>
    </message>
    <message>
        <source>The server sent an unknown role: %1</source>
        <translation>Le serveur a envoyé un rôle inconnu : %1</translation>
    </message>
    <message>
        <source>The server answered %1 results for %2 changes</source>
        <translation>Le serveur a répondu %1 résultats pour %2 changements</translation>
    </message>
    <message>
        <source>The server's epoch changed (restored from a backup?): %1 instead of %2</source>
        <translation>L’époque du serveur a changé (restauration d’une sauvegarde ?) : %1 au lieu de %2</translation>
    </message>
    <message>
        <source>Certificate: %1 failed</source>
        <translation>Certificat : échec de %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 is not a PEM certificate</source>
        <translation>%1 n’est pas un certificat PEM</translation>
    </message>
    <message>
        <source>Unable to read the backup %1</source>
        <translation>Impossible de lire la sauvegarde %1</translation>
    </message>
    <message>
        <source>The backup %1 is refused, nothing was replaced: %2</source>
        <translation>La sauvegarde %1 est refusée, rien n’a été remplacé : %2</translation>
    </message>
    <message>
        <source>Unable to set the current store aside as %1</source>
        <translation>Impossible de mettre la base actuelle du serveur de côté sous %1</translation>
    </message>
    <message>
        <source>Unable to put the backup in place at %1 (the previous store is %2)</source>
        <translation>Impossible de mettre la sauvegarde en place à %1 (la base précédente est %2)</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt (QPSQL) is not installed</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n’est pas installé</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1 on %2: %3</source>
        <translation>Connexion impossible à la base PostgreSQL %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Invalid PostgreSQL location "%1" (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>Adresse PostgreSQL invalide « %1 » (postgresql://UTILISATEUR@HÔTE:PORT/BASE)</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds no Vigie server store (run vigie-server init)</source>
        <translation>La base PostgreSQL %1 ne contient pas de magasin de serveur Vigie (lancez vigie-server init)</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds a server store already; it is left untouched</source>
        <translation>La base PostgreSQL %1 contient déjà un magasin de serveur ; elle est laissée intacte</translation>
    </message>
    <message>
        <source>Cannot run %1 (is postgresql-client installed?)</source>
        <translation>Impossible de lancer %1 (postgresql-client est-il installé ?)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de %1 : %2</translation>
    </message>
    <message>
        <source>The archive %1 holds no server log</source>
        <translation>L’archive %1 ne contient pas de journal de serveur</translation>
    </message>
    <message>
        <source>This computer's data is in a newer version (schema %1) than the server's (schema %2): the server must be updated first; the changes stay on the computer meanwhile</source>
        <translation>Les données de ce poste sont dans une version plus récente (schéma %1) que celles du serveur (schéma %2) : le serveur doit d’abord être mis à jour ; les modifications restent sur le poste en attendant</translation>
    </message>
    <message>
        <source>The server holds data in a newer version (schema %1) than this computer (schema %2): update Vigie on this computer to receive the others' changes. Your own work is kept and was sent.</source>
        <translation>Le serveur tient des données dans une version plus récente (schéma %1) que ce poste (schéma %2) : mettez Vigie à jour sur ce poste pour recevoir les modifications des autres. Vos propres saisies sont conservées et ont été envoyées.</translation>
    </message>
    <message numerus="yes">
        <source>The user's rights changed: %n change(s) made on this computer must reach the server before it removes what the user may no longer see</source>
        <translation>
            <numerusform>Les droits de l’utilisateur ont changé : %n modification faite sur ce poste doit parvenir au serveur avant qu’il retire ce que l’utilisateur ne peut plus voir</numerusform>
            <numerusform>Les droits de l’utilisateur ont changé : %n modifications faites sur ce poste doivent parvenir au serveur avant qu’il retire ce que l’utilisateur ne peut plus voir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::sync::EnrolDialog</name>
    <message>
        <source>&amp;Check the server</source>
        <translation>&amp;Vérifier le serveur</translation>
    </message>
    <message>
        <source>This is the &amp;fingerprint the server's administrator gave me</source>
        <translation>C’est l’&amp;empreinte que l’administrateur du serveur m’a donnée</translation>
    </message>
    <message>
        <source>&amp;Enrol this workstation</source>
        <translation>&amp;Enrôler ce poste</translation>
    </message>
    <message>
        <source>Enrol this workstation</source>
        <translation>Enrôler ce poste</translation>
    </message>
    <message>
        <source>Enrolled, this workstation shares its work with the service's server and receives what its user may hold. Ask the server's administrator for its address and the fingerprint of its certificate.</source>
        <translation>Enrôlé, ce poste partage son travail avec le serveur du service et reçoit ce que son utilisateur peut détenir. Demandez à l’administrateur du serveur son adresse et l’empreinte de son certificat.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>(check the server first)</source>
        <translation>(vérifiez d’abord le serveur)</translation>
    </message>
    <message>
        <source>The server's address starts with https:// (got "%1")</source>
        <translation>L’adresse du serveur commence par https:// (reçu « %1 »)</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the administrator's, group by group, before confirming.</source>
        <translation>Comparez cette empreinte avec celle de l’administrateur, groupe par groupe, avant de confirmer.</translation>
    </message>
</context>
<context>
    <name>vigie::sync::SyncStatusLine</name>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>le %1 à %2</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <source>Synchronisation: this workstation is not enrolled</source>
        <translation>Synchronisation : poste non enrôlé</translation>
    </message>
    <message>
        <source>Work is kept on this workstation only. To share it with the service, enrol the workstation: vigie-cli sync enroll --server URL --user LOGIN</source>
        <translation>Le travail reste sur ce poste. Pour le partager avec le service, enrôlez le poste : vigie-cli sync enroll --server URL --user IDENTIFIANT</translation>
    </message>
    <message>
        <source>Online, synchronised %1</source>
        <translation>En ligne, synchronisé %1</translation>
    </message>
    <message>
        <source>Offline, never synchronised</source>
        <translation>Hors ligne, jamais synchronisé</translation>
    </message>
    <message>
        <source>Offline, last synchronised %1</source>
        <translation>Hors ligne, dernière synchronisation %1</translation>
    </message>
    <message>
        <source>Synchronisation failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n modification en attente</numerusform>
            <numerusform>%n modifications en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) refused</source>
        <translation>
            <numerusform>%n écriture refusée</numerusform>
            <numerusform>%n écritures refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>Last run: %1 sent, %2 received</source>
        <translation>Dernière synchronisation : %1 modification(s) envoyée(s), %2 reçue(s)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <source>F5 synchronises now.</source>
        <translation>F5 synchronise maintenant.</translation>
    </message>
    <message>
        <source>Synchronising… %1 sent, %2 received</source>
        <translation>Synchronisation en cours… %1 envoyées, %2 reçues</translation>
    </message>
</context>
<context>
    <name>vigie::thesaurus</name>
    <message>
        <source>the file is empty: a header row is expected</source>
        <translation>le fichier est vide : une ligne d'en-tête est attendue</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>la colonne %1 de l'en-tête n'a pas de nom</translation>
    </message>
    <message>
        <source>the column "%1" appears twice in the header</source>
        <translation>la colonne « %1 » figure deux fois dans l'en-tête</translation>
    </message>
    <message>
        <source>the header has no "%1" column</source>
        <translation>l'en-tête n'a pas de colonne « %1 »</translation>
    </message>
    <message>
        <source>the file has no code after its header</source>
        <translation>le fichier ne contient aucun code après son en-tête</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l'en-tête en compte %2</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>le code est vide</translation>
    </message>
    <message>
        <source>the code "%1" is longer than %2 characters or holds a control character</source>
        <translation>le code « %1 » dépasse %2 caractères ou contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the code "%1" has no letter or digit</source>
        <translation>le code « %1 » ne contient ni lettre ni chiffre</translation>
    </message>
    <message>
        <source>the code "%1" is already on line %2</source>
        <translation>le code « %1 » figure déjà à la ligne %2</translation>
    </message>
    <message>
        <source>the French label of "%1" is empty</source>
        <translation>le libellé français de « %1 » est vide</translation>
    </message>
    <message>
        <source>the code "%1" is its own parent</source>
        <translation>le code « %1 » est son propre parent</translation>
    </message>
    <message>
        <source>a field of "%1" holds a control character</source>
        <translation>un champ de « %1 » contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the flag "%1" may only hold letters, digits, '_' and '-'</source>
        <translation>l'indicateur « %1 » ne peut contenir que des lettres, des chiffres, « _ » et « - »</translation>
    </message>
    <message>
        <source>%1 "%2" is not a date YYYY-MM-DD</source>
        <translation>%1 « %2 » n'est pas une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>valid_to is before valid_from</source>
        <translation>valid_to est antérieure à valid_from</translation>
    </message>
    <message>
        <source>the parent "%1" of "%2" is not in the file</source>
        <translation>le parent « %1 » de « %2 » n'est pas dans le fichier</translation>
    </message>
    <message>
        <source>the parents of "%1" form a cycle</source>
        <translation>les parents de « %1 » forment un cycle</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>le texte n'est pas de l'UTF-8 valide</translation>
    </message>
    <message>
        <source>a double quote inside a field that does not start with one (write the field in quotes and double the inner quote)</source>
        <translation>un guillemet droit dans un champ qui ne commence pas par un guillemet (mettez le champ entre guillemets et doublez le guillemet intérieur)</translation>
    </message>
    <message>
        <source>a carriage return outside a line end</source>
        <translation>un retour chariot hors d'une fin de ligne</translation>
    </message>
    <message>
        <source>text after the closing double quote of a field</source>
        <translation>du texte après le guillemet fermant d'un champ</translation>
    </message>
    <message>
        <source>a double quote opened on this line is never closed</source>
        <translation>un guillemet ouvert sur cette ligne n'est jamais fermé</translation>
    </message>
    <message>
        <source>"%1" is not a NAF code: two digits, an optional dot, two digits and a letter are expected, e.g. 62.01Z</source>
        <translation>« %1 » n'est pas un code NAF : deux chiffres, un point facultatif, deux chiffres et une lettre sont attendus, par exemple 62.01Z</translation>
    </message>
    <message>
        <source>The NAF reference file is missing from this build of Vigie</source>
        <translation>Le fichier de référence NAF manque dans cette version de Vigie</translation>
    </message>
    <message>
        <source>%1 is not a sub-class of NAF Rev. 2</source>
        <translation>%1 n'est pas une sous-classe de la NAF rév. 2</translation>
    </message>
    <message>
        <source>The reference file %1 is missing from this build of Vigie</source>
        <translation>Le fichier de référence %1 manque dans cette version de Vigie</translation>
    </message>
    <message>
        <source>Unknown code system "%1" (vigie-cli thesaurus list shows them)</source>
        <translation>Nomenclature « %1 » inconnue (vigie-cli thesaurus list les affiche)</translation>
    </message>
    <message>
        <source>Unable to load the reference data (database busy?)</source>
        <translation>Impossible de charger les données de référence (base occupée ?)</translation>
    </message>
    <message>
        <source>The shipped file %1 is invalid, line %2: %3</source>
        <translation>Le fichier livré %1 est invalide, ligne %2 : %3</translation>
    </message>
    <message>
        <source>Invalid number of results: %1 (1 to %2)</source>
        <translation>Nombre de résultats invalide : %1 (de 1 à %2)</translation>
    </message>
    <message>
        <source>Type at least one letter or digit</source>
        <translation>Saisissez au moins une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>Access refused: only an administrator may import a code system</source>
        <translation>Accès refusé : seul un administrateur peut importer une nomenclature</translation>
    </message>
    <message>
        <source>Invalid code system name "%1": a lower-case letter, then lower-case letters, digits or '_' (2 to 32 characters)</source>
        <translation>Nom de nomenclature « %1 » invalide : une lettre minuscule, puis des lettres minuscules, des chiffres ou « _ » (2 à 32 caractères)</translation>
    </message>
    <message>
        <source>Invalid version "%1": 1 to 32 printable characters</source>
        <translation>Version « %1 » invalide : 1 à 32 caractères imprimables</translation>
    </message>
    <message>
        <source>The code system "%1" is shipped with Vigie and upgraded with it; import your file under another name</source>
        <translation>La nomenclature « %1 » est livrée avec Vigie et mise à jour avec elle ; importez votre fichier sous un autre nom</translation>
    </message>
    <message>
        <source>Version %1 of "%2" was already loaded on %3</source>
        <translation>La version %1 de « %2 » a déjà été chargée le %3</translation>
    </message>
    <message>
        <source>Unable to read the file %1</source>
        <translation>Impossible de lire le fichier %1</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB</source>
        <translation>Le fichier %1 dépasse %2 Mio</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>Unable to start the import (database busy?)</source>
        <translation>Impossible de démarrer l'import (base occupée ?)</translation>
    </message>
</context>
<context>
    <name>vigie::ui</name>
    <message>
        <source>Provisional identity</source>
        <translation>Identité provisoire</translation>
    </message>
    <message>
        <source>Recovered identity</source>
        <translation>Identité récupérée</translation>
    </message>
    <message>
        <source>Validated identity</source>
        <translation>Identité validée</translation>
    </message>
    <message>
        <source>Qualified identity</source>
        <translation>Identité qualifiée</translation>
    </message>
    <message>
        <source>Unknown identity status</source>
        <translation>Statut d’identité inconnu</translation>
    </message>
    <message>
        <source>Male</source>
        <comment>sex</comment>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Female</source>
        <comment>sex</comment>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <comment>sex</comment>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>Identity of the selected worker</source>
        <translation>Identité du salarié sélectionné</translation>
    </message>
    <message>
        <source>No worker selected: search by name, then press Enter on a row.</source>
        <translation>Aucun salarié sélectionné : recherchez par nom, puis appuyez sur Entrée sur une ligne.</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Nom d’usage</translation>
    </message>
    <message>
        <source>INS status: %1</source>
        <translation>Statut INS : %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>birth date</comment>
        <translation>inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the &amp;record</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
</context>
<context>
    <name>vigie::ui::GlobalSearchPopup</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Nothing to search for your role</source>
        <translation>Rien à rechercher pour votre rôle</translation>
    </message>
    <message>
        <source>Search %1…</source>
        <translation>Rechercher %1…</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Global search</source>
        <translation>Recherche globale</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to open · Esc to close</source>
        <translation>↑↓ pour choisir · Entrée pour ouvrir · Échap pour fermer</translation>
    </message>
    <message>
        <source>Type the beginning of a name.</source>
        <translation>Saisissez le début d’un nom.</translation>
    </message>
    <message>
        <source>No result</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role has nothing to search here.</source>
        <translation>Votre rôle n’a rien à rechercher ici.</translation>
    </message>
</context>
<context>
    <name>vigie::ui::ThesaurusPicker</name>
    <message>
        <source>Type a code or words of its label</source>
        <translation>Saisissez un code ou des mots de son libellé</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Matching codes</source>
        <translation>Codes correspondants</translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to confirm · Esc to cancel</source>
        <translation>↑↓ pour choisir · Entrée pour valider · Échap pour annuler</translation>
    </message>
    <message>
        <source>No code found</source>
        <translation>Aucun code trouvé</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Utilisés récemment</translation>
    </message>
    <message>
        <source>No longer in force</source>
        <translation>Plus en vigueur</translation>
    </message>
</context>
<context>
    <name>vigie::workforce</name>
    <message>
        <source>Type at least one letter of the name</source>
        <translation>Saisissez au moins une lettre du nom</translation>
    </message>
    <message>
        <source>Access refused: you are in no team, or have no current delegation</source>
        <translation>Accès refusé : vous n’appartenez à aucune équipe ou n’avez aucune délégation en cours</translation>
    </message>
    <message>
        <source>Access refused: your role does not give access to workers' identity</source>
        <translation>Accès refusé : votre rôle ne donne pas accès à l’identité des salariés</translation>
    </message>
    <message>
        <source>Invalid page: %1 rows starting at offset %2</source>
        <translation>Page invalide : %1 lignes à partir du rang %2</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Salariés</translation>
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
        <source>the value is missing</source>
        <translation>la valeur manque</translation>
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
        <source>a worker under 18 on a night post: night work is forbidden to minors save derogations (L3163-2); visit before assignment (R4624-18)</source>
        <translation>un salarié de moins de 18 ans sur un poste de nuit : le travail de nuit est interdit aux mineurs sauf dérogation (L3163-2) ; visite avant l’affectation (R4624-18)</translation>
    </message>
    <message>
        <source>the worker was %1 on the start date: check the birth date</source>
        <translation>le salarié avait %1 ans à la prise de poste : vérifiez la date de naissance</translation>
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
        <source>Workforce declaration</source>
        <translation>Déclaration d’effectif</translation>
    </message>
    <message>
        <source>the worker %1 is not a likely duplicate of this line: no existing worker resembles it, leave the identity column empty</source>
        <translation>le salarié %1 n’est pas un doublon probable de cette ligne : aucun salarié existant ne lui ressemble, laissez la colonne identité vide</translation>
    </message>
    <message>
        <source>the worker %1 is not a likely duplicate of this line: write the id of one of the workers proposed (%2) or "new"</source>
        <translation>le salarié %1 n’est pas un doublon probable de cette ligne : écrivez l’identifiant de l’un des salariés proposés (%2) ou « new »</translation>
    </message>
    <message>
        <source>The merge moved rows of %1, which no longer refers to workers</source>
        <translation>La fusion a déplacé des lignes de %1, qui ne désigne plus de salariés</translation>
    </message>
    <message>
        <source>Not a date of birth</source>
        <translation>Ce n'est pas une date de naissance</translation>
    </message>
    <message>
        <source>birth name</source>
        <translation>nom de naissance</translation>
    </message>
    <message>
        <source>first names</source>
        <translation>prénoms</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <source>social security number</source>
        <translation>numéro de sécurité sociale</translation>
    </message>
    <message>
        <source>place of birth</source>
        <translation>lieu de naissance</translation>
    </message>
    <message>
        <source>used name</source>
        <translation>nom d’usage</translation>
    </message>
    <message>
        <source>used first name</source>
        <translation>prénom d’usage</translation>
    </message>
    <message>
        <source>post</source>
        <translation>poste</translation>
    </message>
    <message>
        <source>type of contract</source>
        <translation>type de contrat</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>night work</source>
        <translation>travail de nuit</translation>
    </message>
    <message>
        <source>apprentice</source>
        <translation>apprenti</translation>
    </message>
    <message>
        <source>exposures</source>
        <translation>expositions</translation>
    </message>
    <message>
        <source>recognised disabled worker (RQTH)</source>
        <translation>travailleur handicapé reconnu (RQTH)</translation>
    </message>
    <message>
        <source>invalidity pension</source>
        <translation>pension d’invalidité</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identité</translation>
    </message>
    <message>
        <source>%1 implies the reinforced follow-up (SIR, %2): medical aptitude examination by the physician before assignment</source>
        <translation>%1 relève du suivi individuel renforcé (SIR, %2) : examen médical d’aptitude par le médecin du travail avant l’affectation</translation>
    </message>
</context>
<context>
    <name>vigie::workforce::CategoryOverrideDialog</name>
    <message>
        <source>Follow-up category</source>
        <translation>Catégorie de suivi</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>non calculée</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Computed category (%1)</source>
        <translation>Catégorie calculée (%1)</translation>
    </message>
    <message>
        <source>Why the category in force differs from the computation (required)</source>
        <translation>Pourquoi la catégorie en vigueur diffère du calcul (obligatoire)</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>Poste :</translation>
    </message>
    <message>
        <source>Computed:</source>
        <translation>Calculée :</translation>
    </message>
    <message>
        <source>In force:</source>
        <translation>En vigueur :</translation>
    </message>
    <message>
        <source>%1, decided on %2: %3</source>
        <translation>%1, décidée le %2 : %3</translation>
    </message>
    <message>
        <source>&amp;Category in force:</source>
        <translation>&amp;Catégorie en vigueur :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
    <message numerus="yes">
        <source>%n employment(s) of the departures ended on %1.</source>
        <translation>
            <numerusform>%n emploi des départs clôturé au %1.</numerusform>
            <numerusform>%n emplois des départs clôturés au %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employment(s) of the departures to end on %1.</source>
        <translation>
            <numerusform>%n emploi des départs à clôturer au %1.</numerusform>
            <numerusform>%n emplois des départs à clôturer au %1.</numerusform>
        </translation>
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
<context>
    <name>vigie::workforce::DuplicatesDialog</name>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Nom d’usage</translation>
    </message>
    <message>
        <source>INS status</source>
        <translation>Statut INS</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Merged on</source>
        <translation>Fusionnée le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Merge into this worker</source>
        <translation>&amp;Fusionner dans ce salarié</translation>
    </message>
    <message>
        <source>&amp;Undo the merge</source>
        <translation>&amp;Annuler la fusion</translation>
    </message>
    <message>
        <source>Identity vigilance — %1</source>
        <translation>Identitovigilance — %1</translation>
    </message>
    <message>
        <source>What shows it is the same person (required), e.g. identity document seen</source>
        <translation>Ce qui montre qu’il s’agit de la même personne (obligatoire), p. ex. pièce d’identité vue</translation>
    </message>
    <message>
        <source>Identities that may be the same person as &lt;b&gt;%1&lt;/b&gt;: same NIR, same birth name, first name and birth date (accents, case and hyphens ignored), or names that sound alike with the same birth date. Compare the traits before merging; if they are different people, simply close this window.</source>
        <translation>Identités qui pourraient être la même personne que &lt;b&gt;%1&lt;/b&gt; : même NIR, mêmes nom de naissance, prénom et date de naissance (accents, majuscules et traits d’union ignorés), ou noms qui se prononcent de la même façon avec la même date de naissance. Comparez les traits avant de fusionner ; s’il s’agit de personnes différentes, fermez simplement cette fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Identities merged into this worker (a merge can be undone):</source>
        <translation>Identités fusionnées dans ce salarié (une fusion peut être annulée) :</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No likely duplicate of this worker.</source>
        <translation>Aucun doublon probable de ce salarié.</translation>
    </message>
    <message>
        <source>Merged: the employments, visits and requests of that identity now belong to this worker.</source>
        <translation>Fusion faite : les emplois, visites et demandes de cette identité appartiennent désormais à ce salarié.</translation>
    </message>
    <message>
        <source>Merge undone: the two identities are separate again.</source>
        <translation>Fusion annulée : les deux identités sont de nouveau distinctes.</translation>
    </message>
</context>
<context>
    <name>vigie::workforce::WorkerFollowUpPanel</name>
    <message>
        <source>Change the &amp;category…</source>
        <translation>Modifier la &amp;catégorie…</translation>
    </message>
    <message>
        <source>Likely &amp;duplicates…</source>
        <translation>&amp;Doublons probables…</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Employments and follow-up categories</source>
        <translation>Emplois et catégories de suivi</translation>
    </message>
    <message>
        <source>The occupational physician sets the category in force, with a reason (Ctrl+Shift+C)</source>
        <translation>Le médecin du travail fixe la catégorie en vigueur, avec un motif (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Identity vigilance: likely duplicates, merges and their undo (Ctrl+Shift+D)</source>
        <translation>Identitovigilance : doublons probables, fusions et leur annulation (Ctrl+Maj+D)</translation>
    </message>
    <message>
        <source>Physician's decision: %1</source>
        <translation>Décision du médecin : %1</translation>
    </message>
    <message>
        <source>Not computed (employment recorded before the declarations)</source>
        <translation>Non calculée (emploi enregistré avant les déclarations)</translation>
    </message>
    <message>
        <source>Computed: %1</source>
        <translation>Calculée : %1</translation>
    </message>
    <message>
        <source>No employment recorded.</source>
        <translation>Aucun emploi enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n employment(s).</source>
        <translation>
            <numerusform>%n emploi.</numerusform>
            <numerusform>%n emplois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::workforce::WorkerSearchModel</name>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Used name</source>
        <translation>Nom d’usage</translation>
    </message>
    <message>
        <source>INS status</source>
        <translation>Statut INS</translation>
    </message>
</context>
<context>
    <name>vigie::workforce::WorkerSearchPage</name>
    <message>
        <source>Workers</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Birth or used name…</source>
        <translation>Nom de naissance ou d’usage…</translation>
    </message>
    <message>
        <source>Search workers by birth or used name</source>
        <translation>Rechercher des salariés par nom de naissance ou d’usage</translation>
    </message>
    <message>
        <source>Workers found</source>
        <translation>Salariés trouvés</translation>
    </message>
    <message>
        <source>Not signed in: sign in to search workers.</source>
        <translation>Aucune session ouverte : connectez-vous pour rechercher des salariés.</translation>
    </message>
    <message>
        <source>Type the beginning of a birth or used name.</source>
        <translation>Saisissez le début d’un nom de naissance ou d’usage.</translation>
    </message>
    <message>
        <source>No worker found</source>
        <translation>Aucun salarié trouvé</translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) shown; scroll down to see more</source>
        <translation>
            <numerusform>%n salarié affiché ; faites défiler vers le bas pour voir la suite</numerusform>
            <numerusform>%n salariés affichés ; faites défiler vers le bas pour voir la suite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) shown</source>
        <translation>
            <numerusform>%n salarié affiché</numerusform>
            <numerusform>%n salariés affichés</numerusform>
        </translation>
    </message>
</context>
</TS>
