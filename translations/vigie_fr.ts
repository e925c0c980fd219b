<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>vigie::cli</name>
    <message>
        <source>Unknown role &quot;%1&quot;; roles: %2</source>
        <translation>Rôle «&#xa0;%1&#xa0;» inconnu&#xa0;; rôles possibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>Encrypted database created: %1</source>
        <translation>Base de données chiffrée créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Invalid value for --seed: &quot;%1&quot;</source>
        <translation>Valeur non valide pour --seed&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Invalid date for --today: &quot;%1&quot; (YYYY-MM-DD)</source>
        <translation>Date non valide pour --today&#xa0;: «&#xa0;%1&#xa0;» (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Password of the demo accounts: </source>
        <translation>Mot de passe des comptes de démonstration&#xa0;: </translation>
    </message>
    <message>
        <source>Permission denied: only an administrator may see the key</source>
        <translation>Autorisation refusée&#xa0;: seul un administrateur peut afficher la clé</translation>
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
        <translation>Impossible de lire le fichier de référence %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The reference file %1 has no column &quot;%2&quot;</source>
        <translation>Le fichier de référence %1 ne comporte pas de colonne «&#xa0;%2&#xa0;»</translation>
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
        <translation>Impossible d’écrire les données de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Establishments: %1 / %2</source>
        <translation>Établissements&#xa0;: %1 / %2</translation>
    </message>
    <message>
        <source>Workers: %1 / %2</source>
        <translation>Salariés&#xa0;: %1 / %2</translation>
    </message>
    <message>
        <source>Demo data: %1 establishments, %2 workers, %3 employments, %4 visits, %5 absences</source>
        <translation>Données de démonstration&#xa0;: %1 établissements, %2 salariés, %3 emplois, %4 visites, %5 arrêts de travail</translation>
    </message>
    <message>
        <source>Unable to read the database: %1</source>
        <translation>Impossible de lire la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database %1 already holds data; demo data can only fill a new database</source>
        <translation>La base de données %1 contient déjà des données&#xa0;; les données de démonstration ne peuvent remplir qu’une base de données neuve</translation>
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
        <translation>Utilisation&#xa0;: vigie-cli worker find TEXTE [--limit N]</translation>
    </message>
    <message>
        <source>Usage: vigie-cli validate nir|siren|siret VALUE</source>
        <translation>Utilisation&#xa0;: vigie-cli validate nir|siren|siret VALEUR</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: nir, siren or siret</source>
        <translation>Type «&#xa0;%1&#xa0;» inconnu&#xa0;: nir, siren ou siret attendu</translation>
    </message>
    <message>
        <source>Usage: vigie-cli [--db PATH] [--user LOGIN] [--password-file FILE] COMMAND [ARGS...]
Commands: %1</source>
        <translation>Utilisation&#xa0;: vigie-cli [--db CHEMIN] [--user IDENTIFIANT] [--password-file FICHIER] COMMANDE [ARGUMENTS...]
Commandes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Option inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The option %1 needs a value</source>
        <translation>L’option %1 nécessite une valeur</translation>
    </message>
    <message>
        <source>Invalid value for %1: &quot;%2&quot; (a number from %3 to %4 is expected)</source>
        <translation>Valeur non valide pour %1&#xa0;: «&#xa0;%2&#xa0;» (nombre de %3 à %4 attendu)</translation>
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
        <translation>Utilisation&#xa0;: vigie-cli validate naf VALEUR</translation>
    </message>
    <message>
        <source>Usage: vigie-cli thesaurus list</source>
        <translation>Utilisation&#xa0;: vigie-cli thesaurus list</translation>
    </message>
    <message>
        <source>Usage: vigie-cli thesaurus search --system S [--limit N] [--retired] TEXT</source>
        <translation>Utilisation&#xa0;: vigie-cli thesaurus search --system S [--limit N] [--retired] TEXTE</translation>
    </message>
    <message>
        <source>retired %1</source>
        <translation>retiré en %1</translation>
    </message>
    <message>
        <source>Usage: vigie-cli thesaurus import --system S --version V [--title T] FILE</source>
        <translation>Utilisation&#xa0;: vigie-cli thesaurus import --system S --version V [--title T] FICHIER</translation>
    </message>
    <message>
        <source>Version %1 of %2 imported: %3 codes (%4 new, %5 retired, %6 removed)</source>
        <translation>Version %1 de %2 importée&#xa0;: %3 codes (%4 nouveaux, %5 retirés, %6 supprimés)</translation>
    </message>
    <message>
        <source>Usage: vigie-cli validate nir|siren|siret|naf VALUE</source>
        <translation>Utilisation&#xa0;: vigie-cli validate nir|siren|siret|naf VALEUR</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: nir, siren, siret or naf</source>
        <translation>Type «&#xa0;%1&#xa0;» inconnu&#xa0;: nir, siren, siret ou naf attendu</translation>
    </message>
</context>
<context>
    <name>vigie::core</name>
    <message>
        <source>Invalid HLC timestamp &quot;%1&quot;: expected 13-digit time, 5-digit counter and node id</source>
        <translation>Horodatage HLC «&#xa0;%1&#xa0;» non valide&#xa0;: une heure sur 13 chiffres, un compteur sur 5 chiffres et un identifiant de nœud sont attendus</translation>
    </message>
    <message>
        <source>Timestamp from replica &quot;%1&quot; is %2 s ahead of this computer&apos;s clock (maximum %3 s); check the date and time of both computers</source>
        <translation>L’horodatage du réplica «&#xa0;%1&#xa0;» est en avance de %2 s sur l’horloge de cet ordinateur (maximum %3 s)&#xa0;; vérifiez la date et l’heure des deux ordinateurs</translation>
    </message>
    <message>
        <source>NIR %1: %2</source>
        <extracomment>%1 is the NIR as &quot;1 85 05 78 006 084 36&quot;, %2 one of the reasons below</extracomment>
        <translation>NIR %1&#xa0;: %2</translation>
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
        <source>character &quot;%1&quot; at position %2 is not allowed (only digits, and 2A or 2B as département)</source>
        <translation>le caractère «&#xa0;%1&#xa0;» en position %2 n’est pas autorisé (uniquement des chiffres, et 2A ou 2B pour le département)</translation>
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
        <extracomment>%1 is &quot;SIREN&quot; or &quot;SIRET&quot;, %2 the number as entered, %3 the expected number of digits</extracomment>
        <translation>%1 %2&#xa0;: doit comporter exactement %3 chiffres</translation>
    </message>
    <message>
        <source>%1 %2: the check digit does not match (probably a typing error)</source>
        <extracomment>%1 is &quot;SIREN&quot; or &quot;SIRET&quot;, %2 the number</extracomment>
        <translation>%1 %2&#xa0;: le chiffre de contrôle ne correspond pas (probablement une erreur de saisie)</translation>
    </message>
    <message>
        <source>SIRET %1: for La Poste (SIREN 356000000) the sum of the 14 digits must be a multiple of 5, it is %2</source>
        <translation>SIRET %1&#xa0;: pour La Poste (SIREN 356000000), la somme des 14 chiffres doit être un multiple de 5&#xa0;; elle vaut %2</translation>
    </message>
</context>
<context>
    <name>vigie::desktop</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Impossible de lire le fichier de mot de passe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Vigie, the occupational health service&apos;s desktop application.</source>
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
        <translation>Test de démarrage réussi&#xa0;: plateforme %1, base de données %2, %3</translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation>session ouverte pour %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>aucune session ouverte</translation>
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
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
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
        <translation>Base de données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vigie::desktop::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language applies at the next start of Vigie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without keyboard or mouse activity for this delay, the session locks and hides every personal datum (1 to 30 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::membership</name>
    <message>
        <source>Access refused: your role does not give access to the establishments&apos; list</source>
        <translation>Accès refusé&#xa0;: votre rôle ne donne pas accès à la liste des établissements</translation>
    </message>
    <message>
        <source>Invalid limit: %1</source>
        <translation>Limite non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type at least one letter of the name</source>
        <translation>Saisissez au moins une lettre du nom</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAF %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::membership::EstablishmentsPage</name>
    <message>
        <source>Establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished">&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Establishment name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search establishments by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishments found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No establishment found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s), by name; type to search</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::reports</name>
    <message>
        <source>Active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SI — standard follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIA — adapted follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIR — reinforced follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information and prevention visit (VIP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical fitness examination (EMA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate visit (SIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-return visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return-to-work visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-career visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-exposure or end-of-career visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::reports::DashboardPage</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a current employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member establishments by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers with a current employment, by follow-up category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits done over the last 12 months, by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregated figures for the whole service. To protect privacy, a count from 1 to 4 is shown as “&lt; 5”, and another cell of the same table is hidden when the total would reveal it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than 5: not shown, to protect privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1 · visits counted from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All visits done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::security</name>
    <message>
        <source>Permission denied: only an administrator manages accounts</source>
        <translation>Autorisation refusée&#xa0;: seul un administrateur peut gérer les comptes</translation>
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
        <translation>Fichier de base de données introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Too many failed attempts for %1: try again after %2</source>
        <translation>Trop de tentatives échouées pour %1&#xa0;: réessayez après %2</translation>
    </message>
    <message>
        <source>The account %1 is disabled</source>
        <translation>Le compte %1 est désactivé</translation>
    </message>
    <message>
        <source>The file %1 already exists; it is left untouched</source>
        <translation>Le fichier %1 existe déjà&#xa0;; il n’a pas été modifié</translation>
    </message>
    <message>
        <source>Permission denied: only an administrator manages teams</source>
        <translation>Autorisation refusée&#xa0;: seul un administrateur peut gérer les équipes</translation>
    </message>
    <message>
        <source>Access refused: no current delegation from the worker&apos;s occupational physician</source>
        <translation>Accès refusé&#xa0;: aucune délégation en cours du médecin du travail de ce salarié</translation>
    </message>
    <message>
        <source>Access refused: this worker is not followed by your team</source>
        <translation>Accès refusé&#xa0;: ce salarié n’est pas suivi par votre équipe</translation>
    </message>
    <message>
        <source>Access refused: this act requires a written protocol with the occupational physician</source>
        <translation>Accès refusé&#xa0;: cet acte nécessite un protocole écrit avec le médecin du travail</translation>
    </message>
    <message>
        <source>Access refused: your role (%1) does not use this module</source>
        <translation>Accès refusé&#xa0;: votre rôle (%1) n’a pas accès à ce module</translation>
    </message>
    <message>
        <source>Invalid login &quot;%1&quot;: 3 to 32 characters, lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>Identifiant «&#xa0;%1&#xa0;» non valide&#xa0;: de 3 à 32 caractères parmi les lettres minuscules, les chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;», en commençant par une lettre</translation>
    </message>
    <message>
        <source>Unknown login: %1</source>
        <translation>Identifiant inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The login %1 is already taken</source>
        <translation>L’identifiant %1 est déjà utilisé</translation>
    </message>
    <message>
        <source>A personal account needs the person&apos;s full name (got &quot;%1&quot;)</source>
        <translation>Un compte nominatif exige les nom et prénom de la personne (valeur reçue&#xa0;: «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>Invalid RPPS number &quot;%1&quot;: 11 digits expected</source>
        <translation>Numéro RPPS «&#xa0;%1&#xa0;» non valide&#xa0;: 11 chiffres attendus</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>La base de données est occupée</translation>
    </message>
    <message>
        <source>The password is too long: at most %1 characters</source>
        <translation>Le mot de passe est trop long&#xa0;: %1 caractères au maximum</translation>
    </message>
    <message>
        <source>The password must not contain the login</source>
        <translation>Le mot de passe ne doit pas contenir l’identifiant</translation>
    </message>
    <message>
        <source>The password must not contain the person&apos;s name</source>
        <translation>Le mot de passe ne doit pas contenir le nom de la personne</translation>
    </message>
    <message>
        <source>This password is in the list of common passwords: choose another</source>
        <translation>Ce mot de passe figure dans la liste des mots de passe courants&#xa0;: choisissez-en un autre</translation>
    </message>
    <message>
        <source>A team is led by an occupational physician; %1 is not one</source>
        <translation>Une équipe est dirigée par un médecin du travail&#xa0;; %1 n’a pas ce rôle</translation>
    </message>
    <message>
        <source>A team needs a name</source>
        <translation>Une équipe doit avoir un nom</translation>
    </message>
    <message>
        <source>Unknown establishment: SIRET %1</source>
        <translation>Établissement inconnu&#xa0;: SIRET %1</translation>
    </message>
    <message>
        <source>Invalid delegation period: %1 to %2</source>
        <translation>Période de délégation non valide&#xa0;: du %1 au %2</translation>
    </message>
    <message>
        <source>You lead no team: there is nothing to delegate</source>
        <translation>Vous ne dirigez aucune équipe&#xa0;: il n’y a rien à déléguer</translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access refused: your role (%1) does not allow you to %2 part %3° of the medical record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access refused: this worker has objected to access to their record by professionals other than the occupational physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password is too short (%1 characters): at least %n are required</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unable to add %1 to this team: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to assign the establishment with SIRET %1 to this team: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: only an occupational physician may delegate access to their team&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an IPRP or an occupational health assistant may receive a delegation; %1 is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a current delegation that you granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts and teams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::security::AccountsPage</name>
    <message>
        <source>C&amp;reate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under a &amp;written protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd to team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts and teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name and last name of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished">&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPP&amp;S:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished">Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Confirmation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>14 digits, e.g. 732 829 320 00074</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member to add:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment to assign (S&amp;IRET):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team (&amp;name, occupational physician):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPPS number of the health professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only health professionals have an RPPS number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — led by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team yet: create one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password and its confirmation differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 created for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a team and a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a team and type a SIRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment %1 assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the team&apos;s name and choose its occupational physician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 created.</source>
        <translation type="unfinished"></translation>
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
        <translation>Impossible de démarrer la migration %1 (base de données occupée&#xa0;?)</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed, the database is unchanged: %3</source>
        <translation>Échec de la migration %1 (%2), la base de données n’a pas été modifiée&#xa0;: %3</translation>
    </message>
    <message>
        <source>The file %1 already exists; it is left untouched</source>
        <translation>Le fichier %1 existe déjà&#xa0;; il n’a pas été modifié</translation>
    </message>
    <message>
        <source>Database file not found: %1</source>
        <translation>Fichier de base de données introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>No transaction is open</source>
        <translation>Aucune transaction n’est ouverte</translation>
    </message>
    <message>
        <source>Unable to commit: %1</source>
        <translation>Impossible de valider la transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>libsodium could not start</source>
        <translation>Impossible d’initialiser libsodium</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (Argon2id)</source>
        <translation>Mémoire insuffisante pour dériver la clé (Argon2id)</translation>
    </message>
    <message>
        <source>No key slot for the login %1</source>
        <translation>Aucun emplacement de clé pour l’identifiant %1</translation>
    </message>
    <message>
        <source>Wrong login or password</source>
        <translation>Identifiant ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>Key ring not found or unreadable: %1</source>
        <translation>Trousseau de clés introuvable ou illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not a Vigie key ring</source>
        <translation>%1 n’est pas un trousseau de clés Vigie</translation>
    </message>
    <message>
        <source>Damaged key slot in %1</source>
        <translation>Emplacement de clé endommagé dans %1</translation>
    </message>
    <message>
        <source>Unable to write the key ring %1</source>
        <translation>Impossible d’écrire le trousseau de clés %1</translation>
    </message>
    <message>
        <source>Unable to read the schema version of %1</source>
        <translation>Impossible de lire la version du schéma de %1</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this version of Vigie knows (%3): install a newer Vigie to open it</source>
        <translation>%1 utilise la version de schéma %2, plus récente que celle que connaît cette version de Vigie (%3)&#xa0;: installez une version plus récente de Vigie pour l’ouvrir</translation>
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
        <translation>Clé incorrecte, ou base de données non Vigie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unable to read the database %1</source>
        <translation>Impossible de lire la base de données %1</translation>
    </message>
    <message>
        <source>Unable to configure the database connection</source>
        <translation>Impossible de configurer la connexion à la base de données</translation>
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
</context>
<context>
    <name>vigie::ui::GlobalSearchPopup</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to search for your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ to choose · Enter to open · Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the beginning of a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your role has nothing to search here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::ui::IdentityBanner</name>
    <message>
        <source>Identity of the selected worker</source>
        <translation>Identité du salarié sélectionné</translation>
    </message>
    <message>
        <source>No worker selected: search by name, then press Enter on a row.</source>
        <translation>Aucun salarié sélectionné&#xa0;: recherchez par nom, puis appuyez sur Entrée sur la ligne voulue.</translation>
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
        <translation>Statut INS&#xa0;: %1</translation>
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
</context>
<context>
    <name>vigie::workforce</name>
    <message>
        <source>Type at least one letter of the name</source>
        <translation>Saisissez au moins une lettre du nom</translation>
    </message>
    <message>
        <source>Access refused: you are in no team, or have no current delegation</source>
        <translation>Accès refusé&#xa0;: vous n’appartenez à aucune équipe ou n’avez aucune délégation en cours</translation>
    </message>
    <message>
        <source>Access refused: your role does not give access to workers&apos; identity</source>
        <translation>Accès refusé&#xa0;: votre rôle ne donne pas accès à l’identité des salariés</translation>
    </message>
    <message>
        <source>Invalid page: %1 rows starting at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished">Salariés</translation>
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
        <translation>&amp;Rechercher&#xa0;:</translation>
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
        <translation>Aucune session ouverte&#xa0;: connectez-vous pour rechercher des salariés.</translation>
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
            <numerusform>%n salarié affiché&#xa0;; faites défiler vers le bas pour voir la suite</numerusform>
            <numerusform>%n salariés affichés&#xa0;; faites défiler vers le bas pour voir la suite</numerusform>
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
<context>
    <name>vigie::thesaurus</name>
    <message>
        <source>the file is empty: a header row is expected</source>
        <translation>le fichier est vide&#xa0;: une ligne d&apos;en-tête est attendue</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>la colonne %1 de l&apos;en-tête n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice in the header</source>
        <translation>la colonne «&#xa0;%1&#xa0;» figure deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>the header has no &quot;%1&quot; column</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the file has no code after its header</source>
        <translation>le fichier ne contient aucun code après son en-tête</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l&apos;en-tête en compte %2</translation>
    </message>
    <message>
        <source>the code is empty</source>
        <translation>le code est vide</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is longer than %2 characters or holds a control character</source>
        <translation>le code «&#xa0;%1&#xa0;» dépasse %2 caractères ou contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; has no letter or digit</source>
        <translation>le code «&#xa0;%1&#xa0;» ne contient ni lettre ni chiffre</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is already on line %2</source>
        <translation>le code «&#xa0;%1&#xa0;» figure déjà à la ligne %2</translation>
    </message>
    <message>
        <source>the French label of &quot;%1&quot; is empty</source>
        <translation>le libellé français de «&#xa0;%1&#xa0;» est vide</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is its own parent</source>
        <translation>le code «&#xa0;%1&#xa0;» est son propre parent</translation>
    </message>
    <message>
        <source>a field of &quot;%1&quot; holds a control character</source>
        <translation>un champ de «&#xa0;%1&#xa0;» contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the flag &quot;%1&quot; may only hold letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>l&apos;indicateur «&#xa0;%1&#xa0;» ne peut contenir que des lettres, des chiffres, «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date YYYY-MM-DD</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>valid_to is before valid_from</source>
        <translation>valid_to est antérieure à valid_from</translation>
    </message>
    <message>
        <source>the parent &quot;%1&quot; of &quot;%2&quot; is not in the file</source>
        <translation>le parent «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;» n&apos;est pas dans le fichier</translation>
    </message>
    <message>
        <source>the parents of &quot;%1&quot; form a cycle</source>
        <translation>les parents de «&#xa0;%1&#xa0;» forment un cycle</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>le texte n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>a double quote inside a field that does not start with one (write the field in quotes and double the inner quote)</source>
        <translation>un guillemet droit dans un champ qui ne commence pas par un guillemet (mettez le champ entre guillemets et doublez le guillemet intérieur)</translation>
    </message>
    <message>
        <source>a carriage return outside a line end</source>
        <translation>un retour chariot hors d&apos;une fin de ligne</translation>
    </message>
    <message>
        <source>text after the closing double quote of a field</source>
        <translation>du texte après le guillemet fermant d&apos;un champ</translation>
    </message>
    <message>
        <source>a double quote opened on this line is never closed</source>
        <translation>un guillemet ouvert sur cette ligne n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a NAF code: two digits, an optional dot, two digits and a letter are expected, e.g. 62.01Z</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code NAF&#xa0;: deux chiffres, un point facultatif, deux chiffres et une lettre sont attendus, par exemple 62.01Z</translation>
    </message>
    <message>
        <source>The NAF reference file is missing from this build of Vigie</source>
        <translation>Le fichier de référence NAF manque dans cette version de Vigie</translation>
    </message>
    <message>
        <source>%1 is not a sub-class of NAF Rev. 2</source>
        <translation>%1 n&apos;est pas une sous-classe de la NAF rév.&#xa0;2</translation>
    </message>
    <message>
        <source>The reference file %1 is missing from this build of Vigie</source>
        <translation>Le fichier de référence %1 manque dans cette version de Vigie</translation>
    </message>
    <message>
        <source>Unknown code system &quot;%1&quot; (vigie-cli thesaurus list shows them)</source>
        <translation>Nomenclature «&#xa0;%1&#xa0;» inconnue (vigie-cli thesaurus list les affiche)</translation>
    </message>
    <message>
        <source>Unable to load the reference data (database busy?)</source>
        <translation>Impossible de charger les données de référence (base occupée&#xa0;?)</translation>
    </message>
    <message>
        <source>The shipped file %1 is invalid, line %2: %3</source>
        <translation>Le fichier livré %1 est invalide, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Invalid number of results: %1 (1 to %2)</source>
        <translation>Nombre de résultats invalide&#xa0;: %1 (de 1 à %2)</translation>
    </message>
    <message>
        <source>Type at least one letter or digit</source>
        <translation>Saisissez au moins une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>Access refused: only an administrator may import a code system</source>
        <translation>Accès refusé&#xa0;: seul un administrateur peut importer une nomenclature</translation>
    </message>
    <message>
        <source>Invalid code system name &quot;%1&quot;: a lower-case letter, then lower-case letters, digits or &apos;_&apos; (2 to 32 characters)</source>
        <translation>Nom de nomenclature «&#xa0;%1&#xa0;» invalide&#xa0;: une lettre minuscule, puis des lettres minuscules, des chiffres ou «&#xa0;_&#xa0;» (2 à 32 caractères)</translation>
    </message>
    <message>
        <source>Invalid version &quot;%1&quot;: 1 to 32 printable characters</source>
        <translation>Version «&#xa0;%1&#xa0;» invalide&#xa0;: 1 à 32 caractères imprimables</translation>
    </message>
    <message>
        <source>The code system &quot;%1&quot; is shipped with Vigie and upgraded with it; import your file under another name</source>
        <translation>La nomenclature «&#xa0;%1&#xa0;» est livrée avec Vigie et mise à jour avec elle&#xa0;; importez votre fichier sous un autre nom</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; was already loaded on %3</source>
        <translation>La version %1 de «&#xa0;%2&#xa0;» a déjà été chargée le %3</translation>
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
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Unable to start the import (database busy?)</source>
        <translation>Impossible de démarrer l&apos;import (base occupée&#xa0;?)</translation>
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
</TS>
