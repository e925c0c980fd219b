<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>vigie::cli</name>
    <message>
        <source>Unknown role &quot;%1&quot;; roles: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted database created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for --seed: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid date for --today: &quot;%1&quot; (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the demo accounts: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: only an administrator may see the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is broken at record %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference file %1 not found in the data folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to read the reference file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference file %1 has no column &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference file %1 has a line with %2 fields instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference file %1 must list male first names, female first names and surnames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference file %1 has no NAF sub-class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference file %1 has no commune with a postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to write the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishments: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: %1 establishments, %2 workers, %3 employments, %4 visits, %5 absences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to read the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds data; demo data can only fill a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data needs at least 1 establishment, 0 or more workers and 1 to 40 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data needs the author of the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams and establishments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team of Dr Fontaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team of Dr Garnier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations and oppositions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vigie-cli worker find TEXT [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vigie-cli validate nir|siren|siret VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: nir, siren or siret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: vigie-cli [--db PATH] [--user LOGIN] [--password-file FILE] COMMAND [ARGS...]
Commands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value for %1: &quot;%2&quot; (a number from %3 to %4 is expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to read the password file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command needs --user LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unable to suspend change capture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::core</name>
    <message>
        <source>Invalid HLC timestamp &quot;%1&quot;: expected 13-digit time, 5-digit counter and node id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp from replica &quot;%1&quot; is %2 s ahead of this computer&apos;s clock (maximum %3 s); check the date and time of both computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIR %1: %2</source>
        <extracomment>%1 is the NIR as &quot;1 85 05 78 006 084 36&quot;, %2 one of the reasons below</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIR is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have 15 characters (13 + a 2-digit key), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character &quot;%1&quot; at position %2 is not allowed (only digits, and 2A or 2B as département)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first digit %1 is not a valid sex code (1, 2, 7 or 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month %1 is not valid (01 to 12, or 20 to 42 and 50 to 99 when unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order number 000 is not valid (001 to 999)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1 does not match (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: must have exactly %3 digits</source>
        <extracomment>%1 is &quot;SIREN&quot; or &quot;SIRET&quot;, %2 the number as entered, %3 the expected number of digits</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the check digit does not match (probably a typing error)</source>
        <extracomment>%1 is &quot;SIREN&quot; or &quot;SIRET&quot;, %2 the number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET %1: for La Poste (SIREN 356000000) the sum of the 14 digits must be a multiple of 5, it is %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::desktop</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigie, the occupational health service&apos;s desktop application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File whose first line is the password (with --user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the windows, process events once and exit (no display needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--smoke-test signs in only with both --user and --password-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoke test passed: platform %1, database %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::desktop::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigie — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational health service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::desktop::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vigie — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one letter of the name</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaborator physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational medicine intern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational health nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational risk prevention specialist (IPRP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupational health assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed attempts for %1: try again after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists; it is left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: only an administrator manages teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access refused: no current delegation from the worker&apos;s occupational physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access refused: this worker is not followed by your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access refused: this act requires a written protocol with the occupational physician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access refused: your role (%1) does not use this module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid login &quot;%1&quot;: 3 to 32 characters, lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 is already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A personal account needs the person&apos;s full name (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid RPPS number &quot;%1&quot;: 11 digits expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long: at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is in the list of common passwords: choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team is led by an occupational physician; %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown establishment: SIRET %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid delegation period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You lead no team: there is nothing to delegate</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to start migration %1 (database busy?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed, the database is unchanged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists; it is left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libsodium could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (Argon2id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key slot for the login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ring not found or unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Vigie key ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged key slot in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to write the key ring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to read the schema version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this version of Vigie knows (%3): install a newer Vigie to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to back up %1 to %2 before migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one statement may be executed at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values bound for %2 placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to bind a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to execute the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to fetch a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key must be 256 bits (64 hexadecimal characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to open the database file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to set the database key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to apply the cipher settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite library does not encrypt (PRAGMA cipher_version gave no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong key, or not a Vigie database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to read the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to configure the database connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::ui</name>
    <message>
        <source>Provisional identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown identity status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <comment>sex</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <comment>sex</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undetermined</source>
        <comment>sex</comment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worker selected: search by name, then press Enter on a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INS status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>birth date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <comment>age</comment>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vigie::workforce</name>
    <message>
        <source>Type at least one letter of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access refused: you are in no team, or have no current delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access refused: your role does not give access to workers&apos; identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid page: %1 rows starting at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::workforce::WorkerSearchModel</name>
    <message>
        <source>Birth name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INS status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vigie::workforce::WorkerSearchPage</name>
    <message>
        <source>Workers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth or used name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search workers by birth or used name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: sign in to search workers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the beginning of a birth or used name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worker found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) shown; scroll down to see more</source>
        <translation>
            <numerusform>%n worker shown; scroll down to see more</numerusform>
            <numerusform>%n workers shown; scroll down to see more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) shown</source>
        <translation>
            <numerusform>%n worker shown</numerusform>
            <numerusform>%n workers shown</numerusform>
        </translation>
    </message>
</context>
</TS>
