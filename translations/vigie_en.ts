<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>vigie::cli</name>
    <message>
        <source>Unknown role "%1"; roles: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypted database created: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid value for --seed: "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid date for --today: "%1" (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password of the demo accounts: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission denied: only an administrator may see the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit trail is broken at record %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference file %1 not found in the data folder %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to read the reference file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reference file %1 has no column "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reference file %1 has a line with %2 fields instead of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reference file %1 must list male first names, female first names and surnames</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reference file %1 has no NAF sub-class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reference file %1 has no commune with a postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to write the demo data: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishments: %1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers: %1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo data: %1 establishments, %2 workers, %3 employments, %4 visits, %5 absences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to read the database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 already holds data; demo data can only fill a new database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo data needs at least 1 establishment, 0 or more workers and 1 to 40 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo data needs the author of the changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams and establishments…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team of Dr Fontaine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team of Dr Garnier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delegations and oppositions…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli worker find TEXT [--limit N]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown kind "%1": nir, siren or siret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli [--db PATH] [--user LOGIN] [--password-file FILE] COMMAND [ARGS...]
Commands: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The option %1 needs a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid value for %1: "%2" (a number from %3 to %4 is expected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The option %1 is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to read the password file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This command needs --user LOGIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unable to start a transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unable to suspend change capture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference code systems…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli holidays --year YYYY [--region R]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid date for %1: "%2" (YYYY-MM-DD expected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid value for %1: "%2" (a percentage from 0 to 100 is expected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This vigie-cli cannot write PDF files: it was started without the graphical runtime (QGuiApplication)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli establishment show SIRET [--year Y]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown establishment: SIRET %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli invoice run --year Y [--out DIR]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n invoice(s) issued for %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already invoiced</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without worker or service</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The invoices are issued but a PDF could not be written (%1): print them with vigie-cli invoice print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli invoice print NUMBER --out FILE.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli invoice pay NUMBER --amount EUR [--date YYYY-MM-DD] [--reference R]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli contribution set --year Y --reference EUR --rate EUR [--vat PERCENT]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli service set --name N --street S --postal-code P --city C --siret S [--legal-form F] [--vat-number V] [--vat-exemption M] [--payment-days N] [--iban I] [--bic B] [--phone P] [--email E] [--website W]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli rules due --input FILE.json [--today YYYY-MM-DD]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--today: "%1" is not a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to read the input file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli validate naf VALUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli thesaurus list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli thesaurus search --system S [--limit N] [--retired] TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retired %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli thesaurus import --system S --version V [--title T] FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 of %2 imported: %3 codes (%4 new, %5 retired, %6 removed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli validate nir|siren|siret|naf VALUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli declaration import --establishment SIRET --year Y FILE.csv [--dry-run]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>declaration refused: %n error(s) in %1; nothing was written</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Dry run: the declaration is valid; nothing was written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid date for %1: "%2" (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No appointment to convoke on %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n convocation letter(s) written to %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 e-mail(s) sent, %2 refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown status: %1 (confirmed, done, cancelled, no_show)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupational health centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tele-consultation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company site (medical room)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agendas…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli plan --from YYYY-MM-DD --to YYYY-MM-DD [--team T] [--apply] [--today YYYY-MM-DD]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period from %1 to %2 must end after it starts and last at most a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not placed: %1 %2 due %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 appointment(s) booked, %2 within the deadline, %3 not placed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 proposal(s), %2 within the deadline, %3 not placed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected SECTION.FIELD=VALUE, got "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to read %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 was validated meanwhile and changed the same sections: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli companysheet diff --establishment SIRET --from N --to M</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown channel "%1" (one of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company sheet's history was altered: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This vigie-cli cannot write PDF files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli companysheet due [--years N] [--within DAYS] [--counts]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli companysheet settings --renewal-years N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company sheets…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli dmst export --worker ID --format pdf|fhir --out FILE [--requested-on YYYY-MM-DD]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown format "%1" (pdf or fhir)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder of %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown action kind "%1" (one of %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the report %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid value for %1: "%2" (none, starttls or tls)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid number of months for %1: "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give at least one interval: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli convocations print (--date YYYY-MM-DD | --company SIREN|ID --from YYYY-MM-DD --to YYYY-MM-DD) --out FILE.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No appointment to convoke for the company %1 from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli worker merge --keep ID --duplicate ID --reason TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli worker unmerge MERGE_ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission denied: only an administrator backs up or restores the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli backup --out FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli restore FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup at %1 (the file and its key ring %2 are both needed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to prepare the restore beside %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to read the backup %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup %1 is refused, nothing was replaced: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to set the current database aside as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to put the backup in place at %1 (the previous database is %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli dmst document list --worker ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli dmst document print --id ID --out FILE.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid fingerprint "%1" (64 hexadecimal characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint of the server's certificate (SHA-256): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is it the fingerprint printed by the server's administrator? (yes/no) </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint not confirmed: the device is not enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 presented the certificate %2, not the expected %3: connection refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is already enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device %1 enrolled with %2 for %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password of %1 was set by an administrator: choose your own first with: vigie-cli --user %1 user passwd --login %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 disabled; its password no longer opens the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 enabled with the temporary password above; it must be replaced at the first sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database key was replaced; every account keeps its password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: the key slot of %1 holds no audit seal key, so the end of the trail was not checked (an administrator can reset its password)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli audit verify [--against-server]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit trail holds %1 records but the server received %2 from this workstation on %3: records at its end were deleted (from record %4 on)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record %1 of the audit trail is not the one the server received from this workstation on %2: the trail was rewritten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "%2" is not a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli absence add --worker ID --cause CODE --from YYYY-MM-DD [--to YYYY-MM-DD] [--expected-return YYYY-MM-DD] [--employment ID]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than %1 days off work (%2 days): the worker is flagged for the job-retention cell; offer a liaison meeting and a pre-return visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli absence end --id ID --to YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli absence list --worker ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli absence import --establishment SIRET FILE.csv</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>import refused: %n error(s) in %1; nothing was written</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Usage: vigie-cli due --worker ID [--today YYYY-MM-DD]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli pdp open --worker ID --origin CODE [--date YYYY-MM-DD]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli pdp step --case ID --kind CODE --date YYYY-MM-DD [--end YYYY-MM-DD] [--partner CODE]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli pdp social start --case ID --date YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli pdp review --case ID --review CODE --date YYYY-MM-DD [--situation OUTCOME]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli pdp close --case ID --outcome CODE [--date YYYY-MM-DD]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli pdp due [--today YYYY-MM-DD]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli pdp agenda [--date YYYY-MM-DD] --out FILE.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli pdp summary --case ID --out FILE.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown format "%1" (json or csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give --siret or --siren</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli pdp meeting --date YYYY-MM-DD --decision CASE_ID:TEXT [--decision CASE_ID:TEXT ...]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-cli pdp settings [--first-social MONTHS] [--second-social MONTHS] [--outcome MONTHS]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demonstration appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appointments of the past month and the next four weeks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medical records: consultations and signed documents…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::companysheet</name>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members' portal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown company sheet version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This establishment has no company sheet version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This establishment has no validated company sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown company sheet draft: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: this draft belongs to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This draft is no longer open (it was validated or abandoned)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown establishment: SIRET %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: your role (%1) prepares company sheets but does not validate them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of sending must lie between the validation (%1) and today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: only the administrator changes the company sheets' settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The renewal delay must be from 1 to 10 years (%1 given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The field %1 expects a list of exposures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An exposure of %1 has no code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exposure %1 has an invalid number of workers (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exposure %1 has an unknown item: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exposure %1 is listed twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown field of the company sheet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The field %1 expects text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The field %1 expects a whole number from 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The field %1 expects yes or no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The field %1 expects a date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown section of the company sheet: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The section %1 is not a set of fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company sheet's content is not a JSON object (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 CDI, %2 CDD, %3 temporary, %4 other — %5 exposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed: %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The section "%1" was changed in both versions: choose which one to keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not filled in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company sheet · page %1 of 4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject: company sheet of %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please find enclosed the company sheet of your establishment drawn up by our multidisciplinary team. It lists the occupational risks, the number of workers exposed and our prevention advice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company sheet %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company sheet — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · SIRET %2 · %3 · validated by %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validated by %1 on %2. Fingerprint (SHA-256): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Premises and hygiene</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Process and work posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health and safety indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workforce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exposures and risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Covering letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1 does not follow the previous version's hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1 was altered: its content, author or date no longer match its hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1 holds content that is not a valid company sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company sheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown exposure code: %1 (see the exposure thesaurus)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::companysheet::CompanySheetsPage</name>
    <message>
        <source>Search an establishment by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validated on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drawn from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to the employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New draft from this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select two versions (or one, to compare it with the previous one) and press Compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the company sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No draft open. Start one from the history (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p. %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an exposure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the exposure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save the draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Validate as a new version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Abandon the draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abandon the draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Abandon this draft? What it holds is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft abandoned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIRET %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company sheet — %1 (SIRET %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft(s) in progress by: %1. Their changes will be merged by section when validated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No validated version yet: start the first sheet with New draft (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an establishment first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A draft is already open: validate or abandon it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft started, pre-filled from the membership record, the workforce and the previous version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft of %1, started on %2 from version %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft of %1, started on %2: first sheet of this establishment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exposure %1: the number of workers must be a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed in both versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1, validated since this draft was started, also changed the section "%2". Which one do you keep?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep my draft's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep version %1's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sections are merged: check the draft, then validate it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 validated, merged with the version validated meanwhile (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 validated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select two versions, or one that has a previous version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From version %1 to version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No difference.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add an exposure of the thesaurus: type a code or words of its label, then Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ac&amp;tions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first %1 establishments by name are listed, and there are more: type to narrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only those &amp;without primary prevention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to the &amp;employer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the day the selected version (the latest when none is selected) went to the employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last primary-prevention action on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No primary-prevention action recorded</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n establishment(s) without a primary-prevention action in the service's interval.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>No validated version to send yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 recorded as sent to the employer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validate the company sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validate this draft as version %1 of the sheet? A validated version can no longer be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not validated: the draft stays open.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::companysheet::SendingDialog</name>
    <message>
        <source>Sent to the employer — version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent &amp;on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The employer or the person it went to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;cipient</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::core</name>
    <message>
        <source>Invalid HLC timestamp "%1": expected 13-digit time, 5-digit counter and node id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timestamp from replica "%1" is %2 s ahead of this computer's clock (maximum %3 s); check the date and time of both computers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIR %1: %2</source>
        <extracomment>%1 is the NIR as "1 85 05 78 006 084 36", %2 one of the reasons below</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIR is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must have 15 characters (13 + a 2-digit key), found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>character "%1" at position %2 is not allowed (only digits, and 2A or 2B as département)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first digit %1 is not a valid sex code (1, 2, 7 or 8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>month %1 is not valid (01 to 12, or 20 to 42 and 50 to 99 when unknown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>order number 000 is not valid (001 to 999)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key %1 does not match (expected %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: must have exactly %3 digits</source>
        <extracomment>%1 is "SIREN" or "SIRET", %2 the number as entered, %3 the expected number of digits</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: the check digit does not match (probably a typing error)</source>
        <extracomment>%1 is "SIREN" or "SIRET", %2 the number</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIRET %1: for La Poste (SIREN 356000000) the sum of the 14 digits must be a multiple of 5, it is %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holiday table, line %1: the columns must be region,rule,name,source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holiday table, line %1: invalid %2 "%3"</source>
        <extracomment>%1 is a line number, %2 a column name of the holiday table (region, rule, name or source), %3 the value found there</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Holiday table, line %1: %2 fields instead of 4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown region "%1": expected one of %2</source>
        <extracomment>%1 is the region code as typed, %2 the list of valid codes</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::desktop</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vigie, the occupational health service's desktop application.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database file to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login to sign in with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File whose first line is the password (with --user).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Build the windows, process events once and exit (no display needed).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--smoke-test signs in only with both --user and --password-file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smoke test passed: platform %1, database %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed in as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your session has ended: sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service settings</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::desktop::HelpBrowser</name>
    <message>
        <source>Vigie — Guide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All the &amp;guides</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::desktop::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vigie — Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupational health service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own password: nobody else will know it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Con&amp;firmation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save and sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password and its confirmation differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::desktop::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vigie — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No module is available for your role in this version yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synchronisation: not configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your password to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close this session, for another person to sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vigie — Session locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session locked — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Wrong password. %n attempt(s) left before the session closes.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The session has ended: sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help on this screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Vigie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Vigie %1&lt;/h3&gt;&lt;p&gt;The business software of occupational health services: workers' medical records, follow-up planning, company sheets, membership, indicators.&lt;/p&gt;&lt;p&gt;Each workstation keeps its data in an encrypted database (SQLCipher, AES-256) and synchronises with the service's server.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLCipher 4.5.5, Poco and libsodium.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Vigie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enrol this workstation…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::desktop::RenewalDelaysBox</name>
    <message>
        <source>Delays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The periodic visits never later than the law allows; a team's protocol may shorten them further.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VIP renew&amp;al, SI:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VIP renewal, SIA:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medical exam, SIR:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intermediate visit, SIR:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — at most %2 months (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> year(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company sheet update:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offer §3.2.3: a primary-prevention action at each establishment at least every 4 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Primary prevention:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the &amp;delays</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The delays are saved: the planning uses them from now on.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::desktop::ServiceSettingsPage</name>
    <message>
        <source>&lt;h2&gt;Service settings&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service: identity and contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed on the convocations, the prevention orders and the invoices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>14 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIRE&amp;T:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the &amp;identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mail server (convocations and reminders)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS (port 465)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None (internal relay only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> day(s) before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Se&amp;nder address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the &amp;mail server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service's identity is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server is saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::desktop::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language applies at the next start of Vigie.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Without keyboard or mouse activity for this delay, the session locks and hides every personal datum (1 to 30 minutes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock after:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::dmst</name>
    <message>
        <source>No referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To the occupational physician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To care (attending doctor, specialist)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To another professional of the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>underweight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overweight</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>obesity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 is out of range (%3 to %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Height (cm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Systolic pressure (mmHg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diastolic pressure (mmHg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blood pressure %1/%2: the diastolic must be below the systolic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The departure time %1 is before the arrival time %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kind of visit is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of the visit is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The conclusion is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record first that the worker was informed of his rights on the record (R4624-45-6, part 6°): the visit cannot be closed before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown consultation: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This consultation is closed: it cannot be changed; record a correction instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The kind and the date of the visit are required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a closed consultation is corrected; a draft is simply edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This consultation was already corrected: correct the latest version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: personal notes are kept by physicians only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown document: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIR (test or demo identity)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown adjustment measure: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This document is already signed: issue a correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A draft is edited, not corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This document was already corrected: correct the latest version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a signed document is printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown worker: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of the request is missing or in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1° Identity and administrative data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2° Work history and exposures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3° Health data from visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4° Correspondence between health professionals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>5° Attestations, avis, proposals and information given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>6° Information on access rights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>7° Consents and oppositions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National identity card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Residence permit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth certificate with a photo health card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown identity status "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A doubtful or fictitious identity stays provisional (status %1 refused)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status %1 needs an identity check on a high-trust document recorded first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status %1 needs the INS matricule and OID returned by the INSi service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The employer is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The post is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start date is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end date %1 is before the start date %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exposure code is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The correspondent is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The subject is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>electronically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>orally</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent to teleconsultation (L4624-1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objects to access by the professionals under the physician's authority (L4624-8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Objects to access to records held by other services (R4624-45-6 2°)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refuses the physician access to the DMP (L4624-8-1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy of the occupational health record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request of %1 — legal due date %2 — produced on %3 (personal notes of the physicians are not part of the record communicated)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INS matricule %1 (qualified identity)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health insurance: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attending doctor: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity checked on %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>intensity %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (correction)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weight %1 kg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>height %1 cm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BMI %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blood pressure %1/%2 mmHg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measures:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vision:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hearing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Urine:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Examination:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health problems:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Examinations prescribed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conclusion:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (superseded by a correction)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Informed of his rights on %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (withdrawn on %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupational health record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Covered by medical secrecy — communicated to the worker at his request (R4624-45-8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of the identity check is missing or in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown exposure code: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of the information is missing or in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date is missing or in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown consent or opposition: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: the record's access history is shown to the physician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retention suspended: a claim against the service's medical liability is pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>40 years after the last visit (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10 years after death (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>50 years after the end of a CMR exposure (%1, R4412-55)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>40 years after the end of a biological-agent exposure (%1, R4426-9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>50 years after the end of an ionising-radiation exposure (%1, R4451-83)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>until the worker is or would have been 75, after an ionising-radiation exposure ended %1 (R4451-83)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes (since %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undetermined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>arrival %1, departure %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Individual health follow-up certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fitness opinion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unfitness opinion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposal of individual adjustment measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No attestation nor avis is issued after a pre-return visit (R4624-30)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required before signing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date of the visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date of the post study (R4624-42 2°)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date of the study of the working conditions (R4624-42 3°)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the date of the exchange with the employer (R4624-42 4°)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the conclusions and indications on redeployment (L4624-4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The second examination must take place within 15 days of the first (R4624-42): %1 is too late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least one measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the main risks of the post and the prevention advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Means and delay of appeal: the worker or the employer may contest the elements of a medical nature justifying this opinion, proposal or conclusion before the conseil de prud'hommes ruling under the accelerated procedure on the merits, within fifteen days of its notification (articles L4624-7 and R4624-45 of the Code du travail). The employer informs the occupational physician of the appeal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OCCUPATIONAL HEALTH AND PREVENTION SERVICE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article %1 of the Code du travail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This document cancels and replaces the one issued on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referent occupational physician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth first names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INS matricule (NIR or NIA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>identity not qualified: INS not printed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Individual measures (L4624-3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reinforced follow-up (L4624-2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First examination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of the visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type of visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attestation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The worker named above attended the visit on the date shown. This attestation carries no medical information.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opinion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps taken before the opinion (R4624-42)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study of the working conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchange with the employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company sheet last updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no company sheet on record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second examination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conclusions and indications on redeployment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any continued employment of the worker would be seriously harmful to his health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The worker's state of health rules out any redeployment in employment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measures proposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main risks of the post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health issues linked to the post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How to reach the service's professionals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handed over on: ____ / ____ / ________</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medical record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medical secrecy · document %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The worker himself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A physician designated by the worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>His legal representative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An heir (deceased worker)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fulfilled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fulfilled late</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name who asks for the record: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown access request: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This request was already fulfilled on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The identity is not qualified (status %1): no INS DataMatrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The INS matricule %1 is not 15 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The INS OID %1 is not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth first names %1 cannot be encoded in the INS DataMatrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth name %1 cannot be encoded in the INS DataMatrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sex %1 cannot be encoded in the INS DataMatrix (F or M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date is missing: no INS DataMatrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birthplace code %1 is not an INSEE code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Informed of his rights on the record, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INS to scan</source>
        <extracomment>The caption under the INS DataMatrix on printed documents</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown format "%1" (pdf or fhir)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the médecin du travail (or a physician under his protocol) performs a visit of kind %1 (R4623-14 II)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A signed document is never deleted: correct it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the author of a draft may delete it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit for the post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit for the post with the adjustment measures proposed (L4624-3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unfit for the post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An avis follows only a visit done by the médecin du travail (R4623-14 II): this visit was not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An avis d'aptitude is issued only to a worker under reinforced follow-up (SIR, L4624-2); give the attestation de suivi instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the decision: fit, or fit with adjustment measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next visit: at the latest on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at the latest on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>according to the follow-up's periodicity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unfit for the post: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attached file %1 is not a PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attached file %1 is larger than 10 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown letter: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This letter has no attached PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attached PDF does not match its fingerprint: it was damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity not qualified (INS status %1): check an identity document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RQTH: recognised disabled worker (SIA follow-up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalidity pension (SIA follow-up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reinforced follow-up (SIR): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reinforced follow-up (SIR): %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request for the record of %1: to answer by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request for the record of %1: overdue since %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>declared by the company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>observed by the physician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This line is not in the work history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This exposure is not in the record</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::dmst::AccessRequestsPanel</name>
    <message>
        <source>Legal delay: 8 days, two months when the information is more than five years old (L1111-7 CSP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name of who asks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;ceived on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records the request and its legal due date (Ctrl+Shift+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes the whole record as a PDF file and marks the request fulfilled (Ctrl+Shift+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send as FHIR…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Writes the whole record as a FHIR R4 JSON file and marks the request fulfilled (Ctrl+Shift+J)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the worker's record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>in progress: %n day(s) left</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n day(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two months: the record holds information from %1, more than five years old</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eight days after the request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of the request: « %1 » is not a date (dd/mm/yyyy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request recorded: the record is due by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a request first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This request was already fulfilled on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record sent (%1): %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::dmst::ConsentsPanel</name>
    <message>
        <source>Consents and oppositions of the worker (part 7°). An opposition to the team's access applies at once: only the occupational physician then reaches the record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent or opposition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consents and oppositions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Nature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw the line chosen (Ctrl+Shift+W)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>« %1 » is not a date (dd/mm/yyyy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded: %1, on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — given on %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>withdrawn on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn on %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::dmst::ConsultationForm</name>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Examination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Height (cm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blood pressure (mmHg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Urine test strip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinical examination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health problems (one per line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complementary exams, referral and conclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exams prescribed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BMI %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coded problems</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::dmst::CorrespondencePanel</name>
    <message>
        <source>Correspondence between health professionals (part 4°). Enter on a line opens the letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correspondent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correspondence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter opened is shown here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save its PDF as…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Dr Martin, cardiologist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text or summary of the letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF of the letter (optional): path of the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dat&amp;ed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Correspondent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the letter (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF of the letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the PDF of the letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>« %1 » is not a date (dd/mm/yyyy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attached file %1 is larger than 10 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter added with its PDF: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2 — %3
Subject: %4

%5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::dmst::DocumentEditor</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hh:mm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the draft: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct the signed document: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signed document stays as it was; this correction replaces it once signed, and says so.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Consultation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;onclusion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps taken before the opinion (R4624-42)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post study on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study of the working conditions on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchange with the employer on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second examination (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any continued employment would be seriously harmful to the worker's health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The worker's state of health rules out any redeployment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measures proposed (annexe 4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a measure and press Enter to add it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete removes the selected measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service's telephone and e-mail when left empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main risks of the post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health issues linked to the post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How to reach the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the draft (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saves the draft; it is signed from the list (Ctrl+Shift+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dates of the post study, of the study of the working conditions and of the exchange with the employer are required (R4624-42); signed by the physician.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Individual measures (L4624-3); signed by the physician.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The main risks of the post and the prevention advice are required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown adjustment measure: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: « %2 » is not a date (dd/mm/yyyy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: « %2 » is not a time (hh:mm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study of the working conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exchange with the employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second examination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second examination, arrival</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second examination, departure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A document is drafted from a closed consultation: close the consultation first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Opinion</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next visit at the latest on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued after any visit but a pre-return one; a nurse may sign it. It goes to the employer: no medical information.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a worker under reinforced follow-up (SIR), after any visit but a pre-return one; signed by the physician. It goes to the employer: no medical information.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next visit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::dmst::DocumentsPanel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter: preview the selected document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft a document from the consultation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit the selected draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign the selected draft: it can no longer change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview the selected document (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the signed document on paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the signed document as a PDF file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct the signed document: a new one replaces it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>superseded by a correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (correction)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a document first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft saved: check it (Enter), then sign it (Ctrl+Shift+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A document is drafted from a closed consultation: close the consultation first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A signed document is not edited: correct it (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A draft is edited, not corrected (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This document was already corrected: correct the latest version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview of the draft: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a signed document is printed: sign it first (Ctrl+Shift+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed: print it (Ctrl+P) or save it as PDF (Ctrl+Shift+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DRAFT — not signed: not to be handed to the worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected draft (its author only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign this document? Once signed it can no longer change; a mistake is then corrected by a new document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A signed document is never deleted: correct it (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this draft (%1)?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft deleted</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::dmst::MyDayPage</name>
    <message>
        <source>A: arrived · Enter: open the record and the consultation · N: no-show · Page Down / Page Up: next / previous day · Home: today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My day — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no-show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in consultation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>arrived at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — post: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No appointment in your agendas on this day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrival recorded: Enter opens the record and the consultation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No-show recorded: the visit is to be planned again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::dmst::PartsPanel</name>
    <message>
        <source>qualified identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>validated identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retrieved identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>provisional identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity check (INS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the check (Ctrl+Shift+K)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Document seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exposures (part 2°)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exposure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L4161-1 factor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type an exposure and press Enter to add it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INS status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 — by %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>« %1 » is not a date (dd/mm/yyyy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity check recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exposure added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source of the exposure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty: the exposure is ongoing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correcting: %1. Change the fields, then Enter (Escape: back to adding)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exposure corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New (Escape)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>physician</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::dmst::RecordPage</name>
    <message>
        <source>read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>correct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New consultation (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rights information given (Ctrl+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the consultation (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct (Ctrl+Shift+C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>superseded by a correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (refused)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept until %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed consultation: read only; a correction is a new entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded: the worker was informed of his rights on the record (R4624-45-6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visible to you only, never exported nor communicated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health data (part 3°) is not accessible to your role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Find a worker: name, "name first name" in either order, or date of birth (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity and exposures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More matches: Enter shows the next %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No worker found for « %1 »</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft saved at %1, except the fields in red: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This worker already has a consultation today. Start another one?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not closed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synthesis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correspondence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consents and oppositions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections of the record</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::dmst::SynthesisPanel</name>
    <message>
        <source>Synthesis of the record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (used name: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Born on %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INS status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matricule INS: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current posts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No current post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — physician's decision: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exposures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No exposure recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>current, since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>past, %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · L4161-1 factor: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next due visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No visit due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · by the occupational physician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last conclusions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No closed consultation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no conclusion written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job retention (PDP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No open case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case open since %1, followed by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — next review on %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::dmst::WorkHistoryPanel</name>
    <message>
        <source>Employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 25.62A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty: the post is current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NA&amp;F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to the work history (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start date is missing (dd/mm/yyyy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>« %1 » is not a date (dd/mm/yyyy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added to the work history: %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2
NAF: %3 · from %4 to %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New line (Escape)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work history corrected: %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the correction (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work history (part 2°): employers, posts, NAF and periods, past posts included. Enter on a line opens it to be corrected.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::membership</name>
    <message>
        <source>Access refused: your role does not give access to the establishments' list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid limit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type at least one letter of the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAF %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid year: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid national average cost for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid VAT rate: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rate %1 per worker is outside the range allowed for %2: from %3 to %4 (80 % to 120 % of the national average cost, %5; D4622-27-6)</source>
        <extracomment>%1 the rate refused, %2 the year, %3 and %4 the bounds, %5 the national average cost</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid price code "%1": 1 to 32 letters, digits, '-' or '_'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service %1 needs a label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid price for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid number of workers: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partly paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid quantity: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of the service is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown service %1: it is not in the price list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tel. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIRET %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT number %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INVOICE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billed to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIREN %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contribution %1 to the occupational health service</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Per-capita contribution: %n worker(s) followed in %1, each counting as one unit whatever their contract or working time (article L4622-6 of the Labour Code).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit price excl. VAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seller's VAT number: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Net amount due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment terms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment due on receipt of the invoice, by %1 at the latest.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Payment due by %1 (%n day(s) from the invoice date).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>By bank transfer to IBAN %1%2, quoting the invoice number %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (BIC %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No discount for early payment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Late payment: penalties are due from the day after the due date, at the interest rate of the European Central Bank's most recent refinancing operation plus 10 percentage points (article L441-10 of the Commercial Code), together with a fixed indemnity for recovery costs of %1 (article D441-5 of the Commercial Code).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your occupational health service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has been a member since %2. This sheet sums up your membership and what the service does for you and your workers in return for your contribution.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your membership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity (NAF)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team in charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to be assigned by the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What your contribution pays for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your contribution funds the ensemble socle of services that the law requires every interprofessional occupational health service to provide to all its members (article L4622-9-1 of the Labour Code):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention of occupational risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the company sheet (fiche d'entreprise) of your establishment within a year of your membership, updated at least every four years;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>help in drafting and updating your risk assessment (DUERP);</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a primary prevention action at your premises at least every four years;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>information and awareness sessions for you, your workers and their representatives.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Individual follow-up of your workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every regulatory visit: information and prevention visits, medical examinations of workers in reinforced follow-up, return-to-work, mid-career and end-of-career visits, visits on request;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a follow-up adapted to each worker's post, age and health, and the traceability of their exposures.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention of job loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the job-retention unit, and individual and collective support to keep your workers in employment after an illness or an accident.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your contribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contribution is per capita: each worker followed counts as one unit, whatever their contract or working time (article L4622-6 of the Labour Code).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For %1 it is %2 per worker followed, within the range allowed around the national average cost of the ensemble socle (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complementary services, invoiced separately from the price list approved by the general assembly:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price excl. VAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your prevention culture score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From your answers of %1: %2 out of 5 (5 × the number of yes ÷ 6).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not all questions were answered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated follow-up: %1 worker(s) in individual follow-up (SI), %2 in adapted follow-up (SIA), %3 in reinforced follow-up (SIR).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks declared:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What we need from you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each year, the declaration of your workforce: the workers you employ, their posts and the risks they are exposed to, including the posts in reinforced follow-up (article D4622-22 of the Labour Code).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every new hire, so that their information and prevention visit is planned in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every return after a long absence, an occupational disease or a work accident, for the return-to-work visit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions? Call us on %1 or write to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome sheet — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome sheet — member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: the establishment %1 is not followed by your team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid NAF code "%1": a sub-class such as 62.01Z is expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown NAF code %1: choose a sub-class from the NAF list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown establishment: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member number %1 is already used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An establishment with SIRET %1 already exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown team: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown enterprise: SIREN %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: no establishment of the enterprise %1 is followed by your team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service's address needs a street, a postal code and a city</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid payment period: %1 days (from 0 to 60 days after the invoice date, L441-10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (service of %2)</source>
        <extracomment>A complementary service on an invoice: %1 its label, %2 the date it was provided</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service %1 was invoiced meanwhile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contribution for %1 is not set: enter the national average cost and the rate first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service's identity is not set: an invoice must name its seller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contribution %1 — ensemble socle of services (prevention, individual follow-up, job retention), per worker followed (L4622-6)</source>
        <extracomment>The contribution line of an invoice: %1 the year</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines without VAT need the VAT exemption mention: set it in the service's identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice run stopped at the establishment %1 after %2 invoice(s) issued by this run: %3</source>
        <extracomment>%1 the SIRET, %2 how many invoices were issued before, %3 the reason</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown invoice: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid amount: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid payment date %1: between the invoice date %2 and today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The payment %1 is more than what remains due on %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left</source>
        <extracomment>The member has left the service (membership ended)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Human resources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention referent</source>
        <extracomment>The worker designated to deal with occupational risk prevention (salarié désigné compétent, L4644-1)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SIRET %1 does not belong to the enterprise with SIREN %2: a SIRET begins with its SIREN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address needs a number and street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the commune from the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown commune: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid postal code "%1": a French postal code has 5 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The postal code %1 is not one of %2's (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A contact needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a phone number or an e-mail address for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid phone number "%1": 10 digits starting with 0, or +33</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid e-mail address "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The enterprise needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The establishment needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the establishment's NAF code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The membership date is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The membership date %1 is in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status date %1 is before the membership date %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status date %1 is in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member number "%1" is too long (32 characters at most)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The member is already in the status "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of the new status is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status date %1 is before the current status' date %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of the membership form is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of the membership form %1 is in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid estimated number of workers: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer question %1 of the prevention culture score: %2</source>
        <extracomment>%1 is the question's number (1 to 6), %2 its French wording</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown risk %1: choose it from the exposure thesaurus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid amount "%1": write euros and at most two decimals, e.g. 115,50</source>
        <extracomment>%1 is the amount as typed</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage: %1 is the number ("20", "5,5"); French puts a no-break space before %</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: your role does not give access to membership and invoicing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printing needs the graphical runtime (a QGuiApplication, offscreen is enough)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to start printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to add a page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 / %2</source>
        <extracomment>Page numbers in the footer of printed documents</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to finish printing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to encode in the DataMatrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to start the DataMatrix encoder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data is too long for a DataMatrix symbol (%1 bytes)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::membership::EstablishmentsPage</name>
    <message>
        <source>Establishments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishment name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search establishments by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishments found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No establishment found</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n establishment(s), by name; type to search</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n establishment(s) found</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership &amp;form…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Team in charge…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contributions and &amp;invoices…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIRET %1 — NAF %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member %1 since %2 — %3 since %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team in charge: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>SIREN %1: %n establishment(s), %2 worker(s) followed in %3</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Total of the enterprise</source>
        <extracomment>The total line of an enterprise's establishments</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team in charge saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team in charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team in charge of this establishment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first %1 establishments by name are shown, and there are more: type a name, a SIRET or a city to narrow</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::membership::InvoicesDialog</name>
    <message>
        <source>&amp;Issue the year's invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a &amp;payment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contributions and invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The contribution for %1 is not set yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 per worker followed (national average cost %3; allowed from %4 to %5)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No new invoice: %n member(s) already invoiced for %1.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) issued, %1 to %2.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Payment of %1 recorded on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice %1 written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment received — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 1 440,00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amount (€):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::membership::MemberDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>14 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIRET of the establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAF code or activity…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number and street</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Building, floor, lieu-dit (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commune or postal code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given when saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enterprise and establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;IRET:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enterprise:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishment &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NA&amp;F code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;treet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member n&amp;umber:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership &amp;date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team in charge:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None yet: the administrator assigns the team in charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIREN %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Known enterprise: %1, %n establishment(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::membership::MembershipFormDialog</name>
    <message>
        <source>&amp;Save the form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Welcome sheet (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Membership form — %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Estimated follow-up of the workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of the form:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Individual follow-up (SI):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adapted follow-up (SIA):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reinforced follow-up (SIR):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks declared by the employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exposure: type a word, Enter adds it…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention culture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest form: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention culture score: %1 / 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention culture score: answer the six questions (%1 of 6 answered)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Form saved: prevention culture score %1 / 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome sheet written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>welcome-sheet.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::membership::SettingsDialog</name>
    <message>
        <source>Contribution settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 115,50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mention printed on lines without VAT (the article of the tax code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contribution per worker followed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>National average cost (€):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate of the service (€):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT on the contribution (%):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the contribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service, as seller on its invoices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal form:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Street:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal code and city:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIRET:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT exemption mention:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payment within (days):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IBAN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BIC:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price list of complementary services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price excl. VAT (€)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VAT (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the price list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the national average cost set by arrêté for the year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allowed rate: from %1 to %2 (80 % to 120 %).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid VAT rate: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contribution for %1 saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service's identity is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Price list saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::pdp</name>
    <message>
        <source>Job-retention cell — minutes of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job-retention cell — agenda of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidential — for the members of the job-retention cell (L4622-8-1). No medical information.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases to review: %1. New flags from work stoppages: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases to review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No case to review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision (to fill in)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New flags: work stoppages of more than 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No new flag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off work since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>back on %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Liaison meeting and pre-return visit to offer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown %1 "%2" (accepted: %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attending doctor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The health insurance's medical adviser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service (pre-return visit, liaison meeting, stoppage)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Liaison meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-return visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return-to-work visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adjustment proposal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervised trial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vocational retraining agreement (CRPE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral to a partner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept in the same post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept in an adjusted post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Redeployed in the company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left the company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unfit and dismissed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social review at 3 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social review at 6 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome at one year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case is closed: no step can be added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The step has no valid date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The step (%1) is dated before the opening of the case (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The step is dated %1, in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out of order: a %1 takes place during the stoppage, before the return-to-work visit of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out of order: the return-to-work visit cannot come before a step of the stoppage recorded on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out of order: a %1 follows a pre-return or return-to-work visit; record the visit first (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The step ends on %1, before it begins on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A supervised trial needs its last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A supervised trial lasts at most %1 working days (14, renewable once); this one lasts %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A CRPE lasts at most %1 months; this one would end on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A referral names its partner (Cap emploi, MDPH, CARSAT, CPAM, Agefiph, France Travail…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown job-retention case: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown worker: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The employment %1 is not this worker's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This stoppage overlaps the one recorded from %1%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (still running)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown work stoppage: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This stoppage would overlap the one recorded from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown establishment: SIRET %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No worker %1 is employed at this establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 matches %2 workers of this establishment; record this stoppage from the worker's page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stoppage from %1 is already recorded with another last day (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it overlaps the stoppage from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The opening date %1 is in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This worker already has an open job-retention case: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown partner "%1" (the job_retention_partner list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case is closed: no social follow-up can start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The social follow-up must start between the opening of the case (%1) and today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case already has a social follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This case has no social follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case is closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The review date %1 is in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The %1 is not scheduled for this case (done already, or not started)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outcome at one year needs the worker's situation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The case is already closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The closing date must lie between the opening of the case (%1) and today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue: return-to-work visit (R4624-31)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A quoted field is not closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown cause of work stoppage "%1" (accepted: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Non-occupational illness or accident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work accident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupational disease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Maternity leave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first day of the stoppage is missing or invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stoppage begins on %1, in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last day of the stoppage is invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The stoppage ends on %1, before its first day %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The expected return (%1) must come after the first day %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown column "%1" (accepted: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The column %1 appears twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The required column %1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 fields instead of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return to the company — proposals of the occupational physician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For the employer (L4624-3). This document holds no information on the worker's health.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back at work on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposals of adjustment (annexe 4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No signed proposal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposal of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up with the company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (until %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes of the meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes of the %1 meetings of the day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first social review must come 1 to 24 months after the start (%1 given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The second social review must come after the first (%1 months) and at most 36 months after the start (%2 given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outcome review must come 1 to 36 months after the return to work (%1 given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: only the administrator changes the delays of the job-retention reviews</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::pdp::PdpPage</name>
    <message>
        <source>&lt;h2&gt;Job retention&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My caseload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All open cases of my teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker, establishment…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cell's &amp;agenda (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Work stoppages…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The work stoppages of the selected case's worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day of a supervised trial or of a CRPE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The partner of a referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the st&amp;ep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the social follow-&amp;up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rights explained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;dministrative help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the fo&amp;llow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The social situation, the steps taken with the worker (no health information)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(situation at one year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the selected re&amp;view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the case wit&amp;h this situation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a case first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cell's agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work stoppages of more than 30 days without a job-retention case: offer a liaison meeting and a pre-return visit (L1226-1-3, R4624-29).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ori&amp;gin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open a case for the selected worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a case.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>closed on %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (born %2) — %3&lt;br&gt;Case opened on %4 at the request of: %5. In charge: %6. Status: %7.%8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> Back at work on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>annexe 4 signed (in the medical record, for the physician)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Led by %1 since %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, ended on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No social follow-up yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>still off work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;flags (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social follow-up started on %1: reviews on %2 and %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social follow-up saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the review to record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 recorded on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the worker's situation to close the case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case of %1 closed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cell's agenda of %1 written to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::pdp::StoppagesDialog</name>
    <message>
        <source>Work stoppages — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;First day off work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xpected return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add the stoppage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;End the selected stoppage on the last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>still off work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than 30 days: liaison meeting, pre-return visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stoppage recorded: more than 30 days off work, the worker is flagged for the cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stoppage recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the stoppage to end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stoppage ended on %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::prevention</name>
    <message>
        <source>%1 is not a professional of the multidisciplinary team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This establishment has no company sheet version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown workplace action: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This workplace action has no report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awareness session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSE meeting attended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report %1 is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report %1 is larger than %2 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A workplace action needs a title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of a workplace action must be a past day (%1 given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid number of participants: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name the professional(s) who led the action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A request needs a subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of a request must be a past day (%1 given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown workplace action code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This request is %1: it cannot be answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The action was made at another establishment than the request's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An action of %1 cannot answer a request of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown request %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request %1 was not changed (%2 rows written)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This request is %1: it cannot be cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown worker %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company sheet (creation or update)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workstation study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study of working conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measurements (noise, ambient conditions, air, vibration)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chemical risk assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ergonomic study (musculoskeletal disorders)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Psychosocial risk assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support with risk assessment and the DUERP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice to the employer or staff representatives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awareness or information session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attending the CSE or its health and safety committee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Investigation after a work accident or occupational disease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support for a prevention or workplace-design project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First-aid organisation and training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training and prevention session for seasonal workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collective job-retention action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vaccination or screening campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 workers named for %2 participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Primary prevention: %1 years is refused; the interval goes from 1 to %2 years (offer §3.2.3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: only the administrator changes the primary-prevention interval</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::prevention::ActionDialog</name>
    <message>
        <source>Record a workplace action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was done, in a few words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People of the company who took part, named below or not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type to narrow the list; Down, then Space ticks a worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Workers who took part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Others, by name or function (manager, CSE members…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Other participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company &amp;sheet version it fed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Path of the report file (PDF, office document), if any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The action's report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reports (*.pdf *.odt *.docx *.doc *.xlsx *.ods *.jpg *.png);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Led by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No worker employed here on that date: give the number of participants only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first %1 workers by name are listed, and there are more: type to narrow</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n worker(s) employed here on that date.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>The report is larger than %1 MB: attach a lighter file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::prevention::ActionsPanel</name>
    <message>
        <source>&amp;Record an action…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the rep&amp;ort…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Led by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sheet version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an action to see it whole.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an action first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This action has no report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the action's report</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (%n named)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No workplace action recorded here yet: record one with Ctrl+Shift+N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company sheet version it fed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an establishment first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workplace action recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last primary-prevention action: %1 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No primary-prevention action recorded here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next one was due on %1: late.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next one is due by %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::reports</name>
    <message>
        <source>Active members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Left the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SI — standard follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIA — adapted follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIR — reinforced follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information and prevention visit (VIP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medical fitness examination (EMA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intermediate visit (SIR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-return visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return-to-work visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mid-career visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post-exposure or end-of-career visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit on request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No followed worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 followed workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up attestations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fitness opinions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unfitness opinions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposals of adjustment measures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awareness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Primary prevention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not computed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hidden (&lt; 5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member establishments by status at 31 December</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member establishments by number of followed workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Followed workers by follow-up category at 31 December</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams and their followed workers at 31 December</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits performed by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits performed by month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opinions and attestations signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delays from request to answer (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Within the target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workplace actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workplace actions by group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distinct establishments reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workplace actions by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company sheets validated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company sheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made (first version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renewed (later version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The offer's indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numerator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annual activity report %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — scope: %2 — from %3 to %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1. The service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2. Individual follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3. Workplace actions and company sheets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>4. Job retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>5. The offer's indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Definitions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>numerator: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; denominator: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aggregated figures only. Window of the indicators: the 5 years up to the last day of the period. In a scope narrower than a team, a figure from 1 to 4 is not published.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barometer %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch: the %1 member establishments of NAF division %2 in the service, %3 followed workers at 31 December %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company: %1 followed workers at 31 December %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company has fewer than %1 followed workers: its own figures are not shown, only its branch's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health data by body system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Never a name. A count from 1 to 4 reads “&lt; 5”; when a total would reveal it, another cell of the same table reads “hidden”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barometer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aggregated figures — no worker can be identified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employments started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employments ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers with a work accident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers with an occupational disease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishments with a recent company sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Heart and vessels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Musculoskeletal disorders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Respiratory system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other health problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A barometer is for an establishment or an enterprise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Followed workers by follow-up category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks declared by the employer (workers exposed, five most frequent in the branch)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exposures observed by the occupational physician (workers, five most frequent in the branch)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Turnover in the year (employments)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work accidents and occupational diseases in the year (workers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job retention in the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention dynamics in the year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health problems noted in consultations in the year, by body system (workers)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workplace actions in the year; establishments with a company sheet validated within five years.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers seen in a closed consultation of the year whose health problems were coded in a group; a worker counts once in each group noted for him, so the total counts groups noted, not workers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity of the service for %1, %2–%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 — followed workers at 31 December %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To protect the workers' privacy, a count from 1 to 4 reads “&lt; 5”; when a total would reveal it, another cell of the same year reads “hidden”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A company's report is for an establishment or an enterprise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A physician sees the indicators of his own teams only (scope team:ID)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The indicators are open to the director, the physicians and the administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown scope %1: no such team, establishment or enterprise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vigie has no portal with personal accounts for workers yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vigie has no portal with accounts for member establishments yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member establishments at D with a company-sheet version validated within the last 5 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member establishments at D</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers covered by a recent company sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Followed workers at D with an employment in force at D in an establishment with a company sheet validated within the last 5 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Followed workers at D</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers seen within 5 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Followed workers at D with a visit performed within the last 5 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employers' visit requests answered on time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests of the denominator answered by a performed visit on or before their latest date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit requests made by employers whose latest date falls in the period, cancelled ones excluded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computerised health records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers of the denominator whose record in Vigie holds a closed consultation or a signed document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishments reached by awareness actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member establishments at D with an awareness action within the last 5 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishments given advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member establishments at D with an advice action within the last 5 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishments with a primary prevention action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member establishments at D with a primary prevention action within the last 5 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers given individual advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Followed workers at D given a signed prevention order, or named as a participant of an advice action, within the last 5 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers reached by awareness actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Followed workers at D named as a participant of an awareness action within the last 5 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed proposals of adjustment measures (annexe 4) dated in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People given social support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distinct workers with a social follow-up of a job-retention case active at some day of the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers still employed a year after a pre-return visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers of the denominator with an employment in force, at any establishment followed by the service, one year after that visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distinct workers with a performed pre-return visit dated in the period shifted one year back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers with a long-term condition given a recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers of the denominator with a signed annexe 4 proposal within the last 5 years</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Followed workers at D whose record notes a long-term condition (ALD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Satisfaction with the membership interface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers of 4 or 5 on a 1 to 5 scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers received in the period to the question on the membership interface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Satisfaction with the information given at membership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers received in the period to the question on the information given at membership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers with a portal account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Followed workers at D with a personal account on the service's portal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishments with a portal account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member establishments at D with an account on the service's portal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last day of the period is not a valid date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period must start on or before its last day (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown scope "%1" (service, team:ID, establishment:SIRET, siren:SIREN or naf:CODE expected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fewer than 5 people or establishments: the figure is not published for this scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown question "%1" (membership_interface or membership_information)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A score goes from 1 to 5 (%1 given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of an answer must be a past day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid SIRET "%1" (14 digits)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file of answers is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header must name the columns question, answered_on and score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Satisfaction answers are recorded by the director or the administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No member establishment has the SIRET %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of a long-term condition must be a past day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record already notes a long-term condition in force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record notes no long-term condition in force on that day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits performed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits performed by month, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The offer's indicators (%), %1 against %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annual activity report %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job-retention cases opened, by origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Steps of the job-retention cases, by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job-retention cases closed, by outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up of the job-retention cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cases open at the end of the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviews done (3 months, 6 months, one year)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviews done on or before their due day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days from opening to closure: median</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days from opening to closure: 90th percentile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The worker's situation at the one-year review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kept in employment (same post, adjusted post, redeployed)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::reports::DashboardPage</name>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count again (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member establishments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers followed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with a current employment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>over the last 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Member establishments by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers with a current employment, by follow-up category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits done over the last 12 months, by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fewer than 5: not shown, to protect privacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>As of %1 · visits counted from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All establishments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All visits done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in the member file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aggregated figures for the whole service. To protect privacy, a count from 1 to 4 is shown as “&lt; 5”; when the total would reveal it, another cell of the same table reads “hidden”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hidden so that the total does not reveal a count below 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind of action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workplace actions over the last 12 months, by kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All workplace actions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::reports::IndicatorsPanel</name>
    <message>
        <source>not computed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print the activity report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Barometer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numerator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Median (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>90th percentile (days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Within the target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>or establishment:SIRET, siren:SIREN, naf:43</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an indicator to read its definition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Period &amp;ending on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The barometer of the establishment or enterprise typed in as the scope (establishment:SIRET or siren:SIREN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The offer's indicators</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delays to answer requests answered in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activity report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>activity-report-%1.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workplace actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Barometer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>barometer-%1.pdf</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::scheduling</name>
    <message>
        <source>%1: a periodicity must be at least one month (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 months is longer than the legal maximum of %3 months</source>
        <extracomment>%2 and %3 are numbers of months</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: "%2" is not a valid date (YYYY-MM-DD)</source>
        <extracomment>%2 is the text found in the input</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unknown code "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: duplicate id "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the worker has no employment "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is before %2</source>
        <extracomment>both are JSON paths such as workers[0].employments[1].end</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is after today (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 overlaps %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The input is not valid JSON: %1 (at offset %2)</source>
        <extracomment>%1 is the parser's reason, %2 a character offset</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The input must be a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is missing: give it in the input or with --today</source>
        <extracomment>%1 is the field name "today", kept as is</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown professional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the occupational physician may perform this visit (R4623-14 II)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public holiday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The professional is absent that day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside the professional's opening hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This company site only receives the workers of its establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tele-consultation was asked for: this opening is not one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tele-consultation needs the worker's consent: only for requests that ask for it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The professional already has an appointment at that time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The professional's daily limit is reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a health professional who performs visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The place needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A company site names its establishment, and only a company site does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid opening hours: %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An absence ends on or after its first day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A daily limit is from 1 to 60 visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A slot lasts from 5 to 240 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: this appointment is not in your teams' establishments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: %1 is not in your teams' establishments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2 at %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown appointment %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a planned or confirmed appointment can be moved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moved by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An appointment %1 cannot become %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The appointment of %1 has not taken place yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information and prevention visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Periodic information and prevention visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medical examination of fitness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Periodic medical examination of fitness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intermediate visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return-to-work visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-return visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mid-career visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post-exposure visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit on request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The health professional asks about your health and your work, informs you about the risks of your post and how to prevent them, and tells you about the follow-up you are entitled to and how to reach the physician at any time. You receive a follow-up certificate (articles R4624-10 to R4624-17 of the Labour Code).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your post carries particular risks: the occupational physician examines you to make sure you are fit for it, looks for any condition that would put you or others at risk, and informs you about those risks and their prevention. The examination ends with an opinion on your fitness (articles R4624-24 to R4624-28).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Between two examinations by the occupational physician, a health professional of the team reviews your health and your working conditions (article R4624-28).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After your leave, the visit checks that your post is compatible with your health, examines the adjustments your employer proposes and may recommend others or another post (articles R4624-31 and R4624-32).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>During your leave, the visit prepares your return: adjustments of your post, training, another post. Your employer is informed only if you agree (articles R4624-29 and R4624-30).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The visit reviews how your post matches your health given your past exposures, assesses any risk for your employment, and raises awareness of ageing at work (article L4624-2-2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The occupational physician draws up a dated record of your exposures to occupational risks and, if needed, sets up a post-exposure or post-professional follow-up with your doctor (articles L4624-2-1 and R4624-28-1 to R4624-28-3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You, your employer or the occupational physician asked for this visit. A request for a visit can never justify a sanction (article R4624-34).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an identity document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your vaccination record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your current prescriptions, and your glasses or hearing aids if you use them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the results of any complementary examinations you were asked to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the documents of your leave and the reports of the doctors who treated you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any document about the posts you held and the risks you were exposed to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By video (tele-consultation): the link will be sent to you beforehand. You may refuse it and ask for a visit in person (article R4624-41-2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>occupational physician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>health professional of the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convocations of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>c/o %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convocation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dear %1,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> for your post of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are invited by your occupational health service to a %1%2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose of the visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it runs</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The visit lasts about %n minutes. It takes place during working time and is paid as such; travel costs are borne by your employer (article R4624-39). What you say is covered by medical confidentiality.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you cannot come, please let the service know as soon as possible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you cannot come, please call the service as soon as possible on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reminder: %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convocation: %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a reminder of your %1 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You are invited by your occupational health service to a %1 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by video (tele-consultation): the link will be sent to you beforehand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please bring:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupational health service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid mail server: %1:%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid e-mail address: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reminder goes 1 to 14 days before the visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: your role does not give access to planning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: the worker %1 has no post in your teams' establishments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>collaborator physician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>intern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>occupational health nurse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue since %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due from %1 to %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due by %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>legally critical: planned first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replaces a missed appointment, same deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>occupational physician only (R4623-14 II)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with the %1 of the team in charge</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>no free slot before the deadline: first slot after it, %n day(s) late</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>first free slot, %n day(s) before the deadline</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>first free slot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No team is in charge of the worker's establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No occupational physician in the team in charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No health professional in the team in charge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No free slot in the period for a professional allowed to perform it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: you do not plan for the team %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of the request is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A hiring visit is requested by the employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The initial visit of this post is already done (or dispensed): no hiring visit is due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The return-to-work visit is organised at the employer's request (R4624-31); the worker may ask for a visit on request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of return to work is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A visit on request is asked for by the employer, the worker or the physician (R4624-34)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The employer cannot request a pre-return visit (L4624-2-4): the worker, the attending doctor, the médecin conseil or the physician can</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mail server is configured (mail set --host H --port P --from ADDRESS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server %1:%2 cannot be reached: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits to plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agendas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupational physician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health professional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mail server's user name and password go together</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication needs an encrypted connection (starttls or tls)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown team: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: only the physician of the team %1 sets its protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>apprentice: 2 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (team protocol: %2 months)</source>
        <extracomment>%1 is an article of the labour code, %2 a number of months</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: %1 is not in a team you plan for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown opening %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown absence %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convocations of %1 from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>planned on %1, after the deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>planned on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown company: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: no establishment of the company %1 is in your teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This day has passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too early: this visit is due from %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The professional is not in a team in charge of the worker's establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 with %2 on %3 at %4: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned by hand</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n worker(s), %1 % up to date (%2 due by %3, %4 overdue)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Individual follow-up status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Individual follow-up status on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Individual follow-up status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIREN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Situation on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishment: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This status holds no medical information: only the dates and kinds of the visits of the individual follow-up (medical secrecy, article L1110-4 of the Public Health Code). "Up to date": no statutory visit overdue (articles R4624-10 to R4624-28 of the Labour Code).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mobile unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company site</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tele-consultation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers' follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up by company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An arrival is marked on the appointment's day (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This time has passed: a visit is booked from now on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The opening ends on %1, before it starts on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This opening overlaps the one of %1 to %2 the same day: change its hours or its period, or remove the other first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The date of the request is missing or impossible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This post ended on %1: a visit is requested only on a current post (the post-exposure visit is planned by the follow-up rules)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renewal, individual follow-up (VIP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renewal, adapted follow-up (VIP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renewal, reinforced follow-up (medical exam)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intermediate visit, reinforced follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 months is refused; the delay goes from 1 to %3 months (%4)</source>
        <extracomment>%1 the delay's title, %2 the months given, %3 the legal maximum in months, %4 the article</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: only the administrator changes the renewal delays</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::scheduling::AgendaEditorDialog</name>
    <message>
        <source>Edit agendas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;rofessional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Openings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;bsences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily &amp;limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slot len&amp;gths</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pla&amp;ces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Establishment (company site)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add the place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add the opening</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remo&amp;ve the selected opening (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave, training…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;First day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add the absence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remo&amp;ve the selected absence (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> visits a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;At most</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save the limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The planner and manual planning never book more visits in a day for this professional, whatever the opening hours leave room for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long each kind of visit takes, for the whole service:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save the slot lengths</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the name of the place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A company site names its establishment: none of your teams' establishments is available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place "%1" added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a place first (tab Places)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The opening ends at %1, before it starts at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening added: %1, %2 – %3 at %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the opening to remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opening removed: %1. Appointments already booked in it stay: move them if needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The absence ends on %1, before its first day %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Absence added from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select the absence to remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Absence removed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: at most %2 visits a day</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n slot length(s) saved</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Remove the opening %1? Appointments already booked in it stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the absence from %1?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::scheduling::AgendaPage</name>
    <message>
        <source>&lt;h2&gt;Agendas&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public holiday</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By professional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit agendas… (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;To plan&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Plan at the selected slot (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag a visit to plan onto a free slot, or an appointment to another slot. Keyboard: select a visit, then a slot, Enter · Ctrl+X picks an appointment to move · Page Up / Page Down: previous / next · Home: today · D: day · W: week · P: by professional · L: by place · double-click an appointment for its reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2 – %3 with %4 at %5: %6 (deadline %7). %8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overdue since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2
%3 · %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupational physician only (R4623-14 II)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any health professional of the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;To plan (%1)&lt;/b&gt; — overdue in red, legally critical in yellow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody receives at %1 in this period.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This visit is no longer to plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a slot in the agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 booked with %2 on %3 at %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This day has passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not moved to %1 on %2 at %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appointment moved to %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a planned or confirmed appointment first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 picked: select the new slot and press Enter (Escape to cancel)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a visit to plan in the list first</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::scheduling::CompanyFollowUpPage</name>
    <message>
        <source>&lt;h2&gt;Follow-up by company&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Due &amp;within</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print the follow-up status…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PDF sent to the employer: dates and kinds of visits only (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convocations &amp;from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the c&amp;onvocations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One letter per planned or confirmed appointment of the company's workers in the period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — SIREN %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name or SIREN of the company</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Choose a company: %n company(ies) in your teams</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a company first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up status written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No appointment to convoke for %1 from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n convocation letter(s) written to %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>follow-up-%1-%2.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the follow-up status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>convocations-%1-%2.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the convocations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::scheduling::FollowUpPage</name>
    <message>
        <source>&lt;h2&gt;Workers' follow-up&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Deadlines &amp;within</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker, establishment, visit, article…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team / establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue: deadline passed, no appointment. Due: to plan or requested within the period. Planned: appointment booked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason (article)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All my teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s), of which %2 overdue</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>vigie::scheduling::TeamProtocolDialog</name>
    <message>
        <source>Team protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The team physician may set shorter intervals than the law for the periodic visits, never longer. Leave "law" to keep the legal maximum.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VIP renewal, individual follow-up (SI):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VIP renewal, adapted follow-up (SIA):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EMA renewal, reinforced follow-up (SIR):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intermediate visit (SIR):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>law (%1 months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most %1 months (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference of the written protocol, reasons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the protocol (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Withdraw the protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You plan for no team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protocol signed on %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No protocol: the legal maxima apply.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the team physician changes the protocol.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protocol saved: the planning uses it from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Protocol withdrawn: the legal maxima apply.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::scheduling::VisitRequestDialog</name>
    <message>
        <source>New visit request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First letters of the birth name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The occupational physician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hiring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return to work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-return (during the leave)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The worker asks to see the occupational &amp;physician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The worker &amp;consents to a tele-consultation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked &amp;by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request &amp;date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return-to-work da&amp;te</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save the request (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (born %2)
%3 — %4, %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the worker and the post.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with the occupational physician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>with a health professional of the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>regulatory deadline, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no deadline in the law (%1): the service's target of %2 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2, %3 — %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first %1 posts are shown, and there are more: type the first letters of the name to narrow</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::scheduling::WorklistPage</name>
    <message>
        <source>&lt;h2&gt;Visits to plan&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Propose appointments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Accept selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refuse selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Confirm selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 visit(s) to plan, %2 overdue, %3 appointment(s) to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To plan (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 proposal(s), %2 within the deadline, %3 not placed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposals (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To confirm (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 appointment(s) booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team pro&amp;tocol…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The periodicities of the team's protocol (Ctrl+Shift+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New request (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;mployer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Professiona&amp;l</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All employers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIREN %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All professionals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue (%1 shown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To plan (%1 shown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The period ends on %1, before it starts on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proposals (%1 shown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To confirm (%1 shown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Convocations</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n appointment(s) booked. Convoke the workers now?</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Print the letters, or send the e-mails due now (today's appointments included).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print the convocations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Send by e-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>convocations-%1.pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the convocations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 e-mail(s) sent, %2 not sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No appointment to convoke</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n convocation letter(s) written to %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>&amp;Propose an appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print the convocation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;opy the worker's name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::security</name>
    <message>
        <source>Permission denied: only an administrator manages accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupational physician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collaborator physician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupational medicine intern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupational health nurse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupational risk prevention specialist (IPRP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Occupational health assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planning assistant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database file not found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Too many failed attempts for %1: try again after %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account %1 is disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 already exists; it is left untouched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission denied: only an administrator manages teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: no current delegation from the worker's occupational physician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: this worker is not followed by your team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: this act requires a written protocol with the occupational physician</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: your role (%1) does not use this module</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid login "%1": 3 to 32 characters, lower-case letters, digits, '.', '_' or '-', starting with a letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown login: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login %1 is already taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is too long: at most %1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password must not contain the login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password must not contain the person's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This password is in the list of common passwords: choose another</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A team is led by an occupational physician; %1 is not one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A team needs a name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown establishment: SIRET %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid delegation period: %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You lead no team: there is nothing to delegate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>print or export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: your role (%1) does not allow you to %2 part %3° of the medical record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: this worker has objected to access to their record by professionals other than the occupational physician</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The password is too short (%1 characters): at least %n are required</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Unable to add %1 to this team: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to assign the establishment with SIRET %1 to this team: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission denied: only an occupational physician may delegate access to their team's records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an IPRP or an occupational health assistant may receive a delegation; %1 is: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not a current delegation that you granted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts and teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is already a member of this team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The establishment with SIRET %1 is already assigned to this team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You lead several teams (%1): choose the team of this delegation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission denied: you can delegate only for a team you lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a member of this team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The establishment with SIRET %1 is not assigned to this team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A personal account needs the person's full name (got "%1")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid RPPS number "%1": 11 digits expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account %1 was created but its key slot could not be written (%2): set its password again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account %1 is disabled: enable it first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You cannot disable your own account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account %1 is already disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the last active administrator: it stays enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account %1 is already enabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already has the role %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the last active administrator: it keeps the role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 leads the team(s) %2: give them another physician first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission denied: only an administrator may rotate the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: this establishment is not followed by your team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>work stoppages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>job-retention cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the visits and proposals of a job-retention case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the steps of a job-retention case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the social follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the outcome of a job-retention case</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the job-retention cell's meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: your role (%1) does not allow you to %2 %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::security::AccountsPage</name>
    <message>
        <source>C&amp;reate account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Under a &amp;written protocol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;dd to team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assi&amp;gn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create &amp;team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts and teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name and last name of the person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>11 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RPP&amp;S:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Confirmation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>14 digits, e.g. 732 829 320 00074</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Member to add:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishment to assign (S&amp;IRET):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New team (&amp;name, occupational physician):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RPPS number of the health professional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only health professionals have an RPPS number</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — led by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No team yet: create one below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password and its confirmation differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a team and a person.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 added to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a team and type a SIRET.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishment %1 assigned to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the team's name and choose its occupational physician.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team %1 created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change rol&amp;e</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remo&amp;ve from team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members of the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishments of the team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishments:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an account in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 disabled: it can no longer sign in, and its password no longer opens the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 enabled. Temporary password: %2 — give it to %3, who must choose their own at the first sign-in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a team and one of its members.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 removed from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a team and one of its establishments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is no longer assigned to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account %1 created for %2. The password you typed is temporary: %2 must choose their own at the first sign-in.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::server</name>
    <message>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid listening address "%1" (HOST:PORT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the configuration file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration file %1 is not valid JSON: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 already exists; it is left untouched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the configuration file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the password file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator's password: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown option or missing value: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-server init --config FILE --listen HOST:PORT [--store DIR] --admin LOGIN --password-file F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid value for %1: "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store folder %1 is not empty; it is left untouched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server store created in %1; configuration written to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint of the server's certificate (SHA-256): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This command needs --config FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signal %1 received: stopping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-server device revoke --config FILE DEVICE_ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device %1 revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-server backup --config FILE --out FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-server restore --config FILE BACKUP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store restored from %1; the replaced store is kept as %2; the desktops will see a new epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-server init|demo|run|device list|device revoke|backup|restore --config FILE ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup %1 verified: %2 audit records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The configuration file %1 lacks store, state (with PostgreSQL), certificate or private_key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The log's PostgreSQL archive, checked with pg_restore: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage: vigie-server demo --config FILE --password-file F [--establishments N] [--workers N] [--years N] [--seed S] [--today YYYY-MM-DD]</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::storage</name>
    <message>
        <source>Migration %1 is unreadable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to start migration %1 (database busy?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration %1 (%2) failed, the database is unchanged: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 already exists; it is left untouched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database file not found: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No transaction is open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to commit: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to read the schema version of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has schema version %2, newer than this version of Vigie knows (%3): install a newer Vigie to open it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to back up %1 to %2 before migrating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to prepare the statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only one statement may be executed at a time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 values bound for %2 placeholders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to bind a value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to execute the statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to fetch a row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database key must be 256 bits (64 hexadecimal characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to open the database file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to set the database key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to apply the cipher settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SQLite library does not encrypt (PRAGMA cipher_version gave no answer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong key, or not a Vigie database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to read the database %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to configure the database connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (and the refusal could not be written to the audit trail: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to start a transaction, nothing was written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to create the backup %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to key the backup %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to re-key the database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to write the audit seal %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit seal %1 is missing: the end of the trail cannot be vouched for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit seal %1 was not made with this database's seal key: it was forged or replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit trail holds %1 records but its seal vouches for %2: records at its end were deleted (from record %3 on)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record %1 of the audit trail is not the one its seal vouches for: the trail was truncated and refilled, recomputed or rewritten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup %1 does not open: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit trail of the backup %1 is broken at record %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to copy the key ring %1 beside the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>libsodium could not start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not enough memory to derive the key (Argon2id)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key slot for the login %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong login or password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key slot of %1 is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These accounts must sign in once before the key can be rotated: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key ring not found or unreadable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a Vigie key ring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Damaged key slot in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to write the key ring %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key ring %1 is locked by another program</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::sync</name>
    <message>
        <source>Wrong login or password, or account disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 already exists; it is left untouched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the key file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the key file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file %1 is not a 256-bit key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown device or wrong device credential: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The device %1 has been revoked by the server's administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account of the device %1 is disabled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown device: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device credentials required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 cannot be reached: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid server address "%1" (https://HOST:PORT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 presented the certificate %2, not the pinned one %3: connection refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 answered %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown synchronised table: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A row of %1 without id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is not enrolled with a server (vigie-cli sync enroll)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server sent an unknown role: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered %1 results for %2 changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's epoch changed (restored from a backup?): %1 instead of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate: %1 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a PEM certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to read the backup %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup %1 is refused, nothing was replaced: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to set the current store aside as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to put the backup in place at %1 (the previous store is %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL driver of Qt (QPSQL) is not installed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1 on %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid PostgreSQL location "%1" (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL database %1 holds no Vigie server store (run vigie-server init)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL database %1 holds a server store already; it is left untouched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot run %1 (is postgresql-client installed?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The archive %1 holds no server log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This computer's data is in a newer version (schema %1) than the server's (schema %2): the server must be updated first; the changes stay on the computer meanwhile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server holds data in a newer version (schema %1) than this computer (schema %2): update Vigie on this computer to receive the others' changes. Your own work is kept and was sent.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The user's rights changed: %n change(s) made on this computer must reach the server before it removes what the user may no longer see</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>vigie::sync::EnrolDialog</name>
    <message>
        <source>&amp;Check the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the &amp;fingerprint the server's administrator gave me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enrol this workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrol this workstation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enrolled, this workstation shares its work with the service's server and receives what its user may hold. Ask the server's administrator for its address and the fingerprint of its certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(check the server first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's address starts with https:// (got "%1")</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare this fingerprint with the administrator's, group by group, before confirming.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::sync::SyncStatusLine</name>
    <message>
        <source>at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synchronising…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synchronisation: this workstation is not enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work is kept on this workstation only. To share it with the service, enrol the workstation: vigie-cli sync enroll --server URL --user LOGIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online, synchronised %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline, never synchronised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline, last synchronised %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synchronisation failed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) refused</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Last run: %1 sent, %2 received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F5 synchronises now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Synchronising… %1 sent, %2 received</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::thesaurus</name>
    <message>
        <source>the file is empty: a header row is expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the column "%1" appears twice in the header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header has no "%1" column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has no code after its header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the code is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the code "%1" is longer than %2 characters or holds a control character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the code "%1" has no letter or digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the code "%1" is already on line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the French label of "%1" is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the code "%1" is its own parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a field of "%1" holds a control character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the flag "%1" may only hold letters, digits, '_' and '-'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 "%2" is not a date YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>valid_to is before valid_from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the parent "%1" of "%2" is not in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the parents of "%1" form a cycle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a double quote inside a field that does not start with one (write the field in quotes and double the inner quote)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a carriage return outside a line end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text after the closing double quote of a field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a double quote opened on this line is never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a NAF code: two digits, an optional dot, two digits and a letter are expected, e.g. 62.01Z</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The NAF reference file is missing from this build of Vigie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a sub-class of NAF Rev. 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reference file %1 is missing from this build of Vigie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown code system "%1" (vigie-cli thesaurus list shows them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to load the reference data (database busy?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shipped file %1 is invalid, line %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid number of results: %1 (1 to %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type at least one letter or digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: only an administrator may import a code system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid code system name "%1": a lower-case letter, then lower-case letters, digits or '_' (2 to 32 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid version "%1": 1 to 32 printable characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The code system "%1" is shipped with Vigie and upgraded with it; import your file under another name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 of "%2" was already loaded on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to read the file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to start the import (database busy?)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::ui</name>
    <message>
        <source>Provisional identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovered identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validated identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualified identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown identity status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Male</source>
        <comment>sex</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Female</source>
        <comment>sex</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undetermined</source>
        <comment>sex</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity of the selected worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No worker selected: search by name, then press Enter on a row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INS status: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <comment>birth date</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <comment>age</comment>
        <translation type="unfinished">
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the &amp;record</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::ui::GlobalSearchPopup</name>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to search for your role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Global search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↑↓ to choose · Enter to open · Esc to close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the beginning of a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No result</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Your role has nothing to search here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::ui::ThesaurusPicker</name>
    <message>
        <source>Type a code or words of its label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matching codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↑↓ to choose · Enter to confirm · Esc to cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No code found</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No longer in force</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::workforce</name>
    <message>
        <source>Type at least one letter of the name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: you are in no team, or have no current delegation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: your role does not give access to workers' identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid page: %1 rows starting at offset %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a double quote inside a field that does not start with one (write the field in quotes and double the inner quote)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text after the closing double quote of a field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a double quote opened on this line is never closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the text is not valid UTF-8 (save the file as CSV UTF-8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty: a header line is expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown column "%1" (the columns are: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column "%1" appears twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the required column "%1" is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 fields where the header has %2 (check the separators and quotes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has a header but no line to declare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the value is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" holds no letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a valid date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a sex code: M, F or U is expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIR %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not an INSEE code of 5 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1": write "new" to keep this person apart, or the id of the existing worker to merge with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a yes/no value (1 or 0, oui or non)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a contract type (CDI, CDD, INTERIM, APPRENTICE, ...)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the start date is missing: it sets the deadline of the initial visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is after the declared year %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is before the birth date %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is before the start date %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the employment ended before the declared year %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a code of the exposure thesaurus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" (%2) is a family: choose one of its exposures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" (%2) is no longer in force in the thesaurus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a worker under 18 on a night post: night work is forbidden to minors save derogations (L3163-2); visit before assignment (R4624-18)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the worker was %1 on the start date: check the birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The declaration has no line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no worker has the id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the identity %1 was merged into %2: write %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same NIR as line %1, with another birth name, first name or birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>likely the same person as line %1 (%2): correct the spelling, or write "new" in the identity column to keep them apart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>several existing workers have this identity (%1): write the id of the right one in the identity column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>likely duplicate of an existing worker: %1. Write "new" in the identity column to keep this person apart, or the worker's id to merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the same employment as an earlier line (same person, same start date %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: your role (%1) does not declare workforces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid year %1: a year from %2 to %3 is expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No establishment has the SIRET %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: the establishment %1 is not followed by your team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The establishment %1 has left the service: it declares no workforce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to record the declaration (database busy?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to read the file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 is larger than %2 MB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access refused: only the occupational physician may change a follow-up category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A change of follow-up category needs a recorded reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to change the category (database busy?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No employment has the id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIR: %1 (%2)</source>
        <extracomment>%1 the R4624-23 risk ("amiante"), %2 its article ("R4624-23 I 1°")</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIA: night work (R4624-18)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIA: under 18 on the start date (R4624-18)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIA: recognised disabled worker, RQTH (R4624-17)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIA: invalidity pension (R4624-17)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SI: no particular risk or situation declared (R4624-10)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same NIR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same birth name, first name and birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>names that sound alike, same birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its first digit (%1) does not match the sex (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its year of birth (%1) does not match the birth date (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its month of birth (%1) does not match the birth date (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth name is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth first names are missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date is missing or invalid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date %1 is in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex "%1": M, F or U is expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth place "%1": an INSEE code of 5 characters is expected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, born %2 (id %3): %4</source>
        <extracomment>%1 name, %2 birth date, %3 worker id, %4 why it is a likely duplicate</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No worker has the id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No identity merge has the id %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A worker cannot be merged with itself (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A merge needs a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The identity %1 was already merged into %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The identity merge %1 was already undone on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to update the identity keys (database busy?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to merge the identities (database busy?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to undo the merge (database busy?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workforce declaration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the worker %1 is not a likely duplicate of this line: no existing worker resembles it, leave the identity column empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the worker %1 is not a likely duplicate of this line: write the id of one of the workers proposed (%2) or "new"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The merge moved rows of %1, which no longer refers to workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>birth name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>first names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>social security number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>place of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>used name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>used first name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>type of contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>night work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>apprentice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exposures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recognised disabled worker (RQTH)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalidity pension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 implies the reinforced follow-up (SIR, %2): medical aptitude examination by the physician before assignment</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::workforce::CategoryOverrideDialog</name>
    <message>
        <source>Follow-up category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not computed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computed category (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the category in force differs from the computation (required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In force:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, decided on %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Category in force:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::workforce::DeclarationPage</name>
    <message>
        <source>SI — standard follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIA — adapted follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIR — reinforced follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Night worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apprentice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recognised disabled worker (RQTH)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add to the declaration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import a CSV file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workforce declaration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year declared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Establishment:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All birth first names, first one first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undetermined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional, 15 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty while employed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks of the post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth &amp;first names:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth &amp;date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NI&amp;R:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Used name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Contract:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start in the post:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Risks:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Worker and post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lines of the declaration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Risks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors and warnings of the declaration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a workforce declaration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No establishment is assigned to your team: there is nothing to declare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a worker: the guidance and the follow-up category appear as you type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Follow-up: %1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To complete: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Known worker: %1 — the line is recorded for them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same person as %1, born %2 (%3): merge</source>
        <extracomment>%1 name, %2 birth date, %3 why it is a likely duplicate</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity vigilance: likely duplicates of this worker. Choose before adding the line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A different person (keep apart)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity vigilance: this worker is already known.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The line cannot be added yet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity vigilance: say whether this is the same person as a worker listed, or a different person, before adding the line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept apart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unable to read the file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1 · %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the file has errors; correct it and import it again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) read. Check, then declare.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The declaration is refused: %n error(s), listed below by line. Nothing has been recorded.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Declaration of %1 for %2 recorded (version %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The declaration of %1 is valid. Nothing has been recorded yet: declare it to record it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compared with %1: %2 arrival(s), %3 departure(s), %4 change(s) of category.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No declaration for %1: the arrivals are the %2 worker(s) who started in %3.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n initial visit(s) handed to scheduling.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n initial visit(s) to hand to scheduling.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n employment(s) of the departures ended on %1.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n employment(s) of the departures to end on %1.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>vigie::workforce::DistributionChart</name>
    <message>
        <source>Distribution of the declared workers by follow-up category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SI: %1, SIA: %2, SIR: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::workforce::DuplicatesDialog</name>
    <message>
        <source>Birth name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Born on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INS status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merged on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Merge into this worker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo the merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity vigilance — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What shows it is the same person (required), e.g. identity document seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identities that may be the same person as &lt;b&gt;%1&lt;/b&gt;: same NIR, same birth name, first name and birth date (accents, case and hyphens ignored), or names that sound alike with the same birth date. Compare the traits before merging; if they are different people, simply close this window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identities merged into this worker (a merge can be undone):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No likely duplicate of this worker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merged: the employments, visits and requests of that identity now belong to this worker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Merge undone: the two identities are separate again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::workforce::WorkerFollowUpPanel</name>
    <message>
        <source>Change the &amp;category…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Likely &amp;duplicates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employments and follow-up categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The occupational physician sets the category in force, with a reason (Ctrl+Shift+C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity vigilance: likely duplicates, merges and their undo (Ctrl+Shift+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Physician's decision: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not computed (employment recorded before the declarations)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No employment recorded.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n employment(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>vigie::workforce::WorkerSearchModel</name>
    <message>
        <source>Birth name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Used name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INS status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vigie::workforce::WorkerSearchPage</name>
    <message>
        <source>Workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth or used name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search workers by birth or used name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workers found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in: sign in to search workers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the beginning of a birth or used name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No worker found</source>
        <translation type="unfinished" />
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
