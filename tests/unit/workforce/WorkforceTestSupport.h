#pragma once
// Shared by the workforce suites: a real encrypted database with the shipped code systems loaded,
// accounts for the roles the tests use, two teams with one establishment each, and sessions on it
// without the Argon2id cost of signing in. The loaded template is made once per process and copied.

#include "TestSupport.h"

#include "core/Clock.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "thesaurus/ThesaurusStore.h"
#include "workforce/Declaration.h"

#include <QFile>
#include <QSqlQuery>

#include <memory>

namespace vigie::test {

// Tuesday 24 November 2026, 09:30 UTC: the day of every test.
inline const QDateTime WorkforceNow = QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);

// Valid SIRETs of SIREN 732829320 (written out: a namespace-scope call into core would run before
// core's own statics are initialised).
inline const QString SiretA = QStringLiteral("73282932000017"); // team A
inline const QString SiretB = QStringLiteral("73282932000025"); // team B

struct WorkforceTemplate {
    TempDatabase db;
    core::ManualClock clock{WorkforceNow};
    QString error;

    WorkforceTemplate()
    {
        security::Session session(std::move(db.db), db.key,
                                  security::Account{QStringLiteral("acc-admin"), QStringLiteral("admin"),
                                                    QStringLiteral("Alice Admin"), security::Role::Admin, {}, true},
                                  clock);
        if (auto s = thesaurus::ThesaurusStore::ensureShipped(session); !s) {
            error = s.error().message;
            return;
        }
        const QString script = QStringLiteral(
            "INSERT INTO accounts(id, login, display_name, role, created_at, hlc, updated_by) VALUES "
            "('acc-admin', 'admin', 'Alice Admin', 'admin', '2026-01-01', '0', 'test'),"
            "('acc-medecin', 'medecin', 'Dr Claire Fontaine', 'physician', '2026-01-01', '0', 'test'),"
            "('acc-medecin2', 'medecin2', 'Dr Olivier Garnier', 'physician', '2026-01-01', '0', 'test'),"
            "('acc-infirmier', 'infirmier', 'Julien Roux', 'nurse', '2026-01-01', '0', 'test'),"
            "('acc-planif', 'planif', 'Marc Petit', 'planner', '2026-01-01', '0', 'test'),"
            "('acc-directeur', 'directeur', 'Isabelle Lefevre', 'director', '2026-01-01', '0', 'test');"
            "INSERT INTO enterprises(id, siren, name, hlc, updated_by) VALUES ('ent', '732829320', 'Atelier Test', '0', 'test');"
            "INSERT INTO establishments(id, enterprise_id, siret, name, name_fold, naf, hlc, updated_by) VALUES "
            "('est-a', 'ent', '%1', 'Atelier Nord', 'atelier nord', '25.62A', '0', 'test'),"
            "('est-b', 'ent', '%2', 'Atelier Sud', 'atelier sud', '25.62A', '0', 'test');"
            "INSERT INTO teams(id, name, physician_id, hlc, updated_by) VALUES "
            "('team-a', 'Equipe A', 'acc-medecin', '0', 'test'), ('team-b', 'Equipe B', 'acc-medecin2', '0', 'test');"
            "INSERT INTO team_members(id, team_id, account_id, hlc, updated_by) VALUES "
            "('tm-1', 'team-a', 'acc-infirmier', '0', 'test'), ('tm-2', 'team-a', 'acc-planif', '0', 'test');"
            "INSERT INTO team_establishments(id, team_id, establishment_id, hlc, updated_by) VALUES "
            "('te-a', 'team-a', 'est-a', '0', 'test'), ('te-b', 'team-b', 'est-b', '0', 'test');")
                                   .arg(SiretA, SiretB);
        if (auto s = session.db().execScript(script); !s) {
            error = s.error().message;
            return;
        }
        (void)session.db().execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    static const WorkforceTemplate& get()
    {
        static const WorkforceTemplate t;
        return t;
    }
};

// A copy of the template, opened with sessions for the roles a test needs.
struct WorkforceDb {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("workforce.db"));
    storage::SecretKey key;
    core::ManualClock clock{WorkforceNow};

    WorkforceDb()
    {
        const WorkforceTemplate& t = WorkforceTemplate::get();
        if (!t.error.isEmpty())
            qFatal("cannot prepare the workforce template: %s", qPrintable(t.error));
        key = t.db.key;
        if (!QFile::copy(t.db.path, path))
            qFatal("cannot copy the template database");
    }

    std::unique_ptr<security::Session> session(const QString& login = QStringLiteral("medecin"))
    {
        static const QList<QPair<QString, security::Role>> roles{
            {QStringLiteral("admin"), security::Role::Admin},         {QStringLiteral("medecin"), security::Role::Physician},
            {QStringLiteral("medecin2"), security::Role::Physician},  {QStringLiteral("infirmier"), security::Role::Nurse},
            {QStringLiteral("planif"), security::Role::Planner},      {QStringLiteral("directeur"), security::Role::Director}};
        security::Role role = security::Role::Planner;
        for (const auto& [l, r] : roles)
            if (l == login)
                role = r;
        auto db = storage::Database::open(path, key);
        if (!db)
            qFatal("cannot open the test database: %s", qPrintable(db.error().message));
        return std::make_unique<security::Session>(std::move(db.value()), key,
                                                   security::Account{QStringLiteral("acc-") + login, login, login, role, {}, true},
                                                   clock);
    }
};

inline qint64 count(security::Session& s, const QString& table, const QString& where = QStringLiteral("1"))
{
    return scalar(s.db(), QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where)).toLongLong();
}

// The business tables a declaration writes, and the outbox: their row counts.
inline QList<qint64> footprint(security::Session& s)
{
    QList<qint64> out;
    for (const char* t : {"workers", "employments", "employment_exposures", "workforce_declarations", "declaration_lines",
                          "visit_requests", "worker_merges", "_outbox"})
        out << count(s, QString::fromLatin1(t));
    return out;
}

inline QString lastAudit(security::Session& s)
{
    return scalar(s.db(), QStringLiteral("SELECT action || ' ' || resource || ' ' || outcome || ' ' || detail FROM _audit "
                                         "ORDER BY seq DESC LIMIT 1"))
        .toString();
}

// A CSV declaration from rows of `;`-separated text under the standard header.
inline const char* DeclarationHeader =
    "birth_name;first_names;birth_date;sex;nir;post_title;contract_type;start_date;end_date;night_work;exposures;identity";

inline QList<workforce::RawLine> linesOf(const QStringList& rows)
{
    QByteArray csv = QByteArray(DeclarationHeader) + '\n';
    for (const QString& r : rows)
        csv += r.toUtf8() + '\n';
    const workforce::CsvDeclaration parsed = workforce::readDeclarationCsv(csv);
    if (!parsed.problems.isEmpty())
        qFatal("bad test CSV: line %d: %s", parsed.problems.first().line, qPrintable(parsed.problems.first().message));
    return parsed.lines;
}

} // namespace vigie::test
