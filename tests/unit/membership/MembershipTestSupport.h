#pragma once
// Shared by the membership suites: an encrypted database with the shipped code systems loaded (made
// once per process, copied for each test), sessions for any role without the cost of signing in, and
// helpers that add accounts, workers and employments the way the other modules store them.

#include "TestSupport.h"

#include "core/Clock.h"
#include "core/Siret.h"
#include "membership/EstablishmentStore.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "thesaurus/ThesaurusStore.h"

#include <QFile>
#include <QSqlQuery>

#include <memory>

namespace vigie::test {

// Thursday 15 January 2026, 09:30 UTC: the tests' "now".
inline const QDateTime MembershipNow = QDateTime(QDate(2026, 1, 15), QTime(9, 30), Qt::UTC);

struct MembershipTemplate {
    TempDatabase db;
    core::ManualClock clock{MembershipNow};
    QString error;

    MembershipTemplate()
    {
        security::Session session(std::move(db.db), db.key,
                                  security::Account{QStringLiteral("acc-admin"), QStringLiteral("admin"),
                                                    QStringLiteral("Alice Admin"), security::Role::Admin, {}, true},
                                  clock);
        if (auto s = thesaurus::ThesaurusStore::ensureShipped(session); !s)
            error = s.error().message;
        (void)session.db().execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    static const MembershipTemplate& get()
    {
        static const MembershipTemplate t;
        return t;
    }
};

// A copy of the template; every session opens its own connection on it.
struct MembershipDb {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("membership.db"));
    storage::SecretKey key;
    core::ManualClock clock{MembershipNow};

    MembershipDb()
    {
        const MembershipTemplate& t = MembershipTemplate::get();
        if (!t.error.isEmpty())
            qFatal("cannot load the shipped code systems: %s", qPrintable(t.error));
        key = t.db.key;
        if (!QFile::copy(t.db.path, path))
            qFatal("cannot copy the template database");
    }

    std::unique_ptr<security::Session> session(security::Role role, const QString& login)
    {
        auto db = storage::Database::open(path, key);
        if (!db)
            qFatal("cannot open the test database: %s", qPrintable(db.error().message));
        return std::make_unique<security::Session>(
            std::move(db.value()), key, security::Account{QStringLiteral("acc-") + login, login, login, role, {}, true}, clock);
    }
};

inline bool exec(security::Session& s, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(s.db().sql());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    const bool ok = q.exec();
    if (!ok)
        qWarning("%s: %s", qPrintable(sql), qPrintable(storage::sqlErrorText(q)));
    return ok;
}

inline QVariant value(security::Session& s, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(s.db().sql());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

// An account row (for teams, which refer to accounts by login).
inline bool addAccount(security::Session& s, const QString& login, const QString& role)
{
    return exec(s,
                QStringLiteral("INSERT INTO accounts(id, login, display_name, role, created_at, hlc, updated_by) "
                               "VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z', '0', 'test')"),
                {QStringLiteral("acc-") + login, login, login, role});
}

// `count` workers employed at the establishment from `start` (to `end`, if given).
inline bool addWorkers(security::Session& s, const QString& establishmentId, int count, const QString& start,
                       const QString& end = {})
{
    for (int i = 0; i < count; ++i) {
        const QString worker = s.newId();
        if (!exec(s,
                  QStringLiteral("INSERT INTO workers(id, birth_name, birth_first_names, first_birth_first_name, birth_date, sex, "
                                 "birth_name_fold, hlc, updated_by) VALUES (?, 'MARTIN', 'Léa', 'Léa', '1990-04-02', 'F', 'martin', "
                                 "'0', 'test')"),
                  {worker}))
            return false;
        if (!exec(s,
                  QStringLiteral("INSERT INTO employments(id, worker_id, establishment_id, post_title, contract_type, start_date, "
                                 "end_date, hlc, updated_by) VALUES (?, ?, ?, 'Agent', 'CDI', ?, ?, '0', 'test')"),
                  {s.newId(), worker, establishmentId, start, end.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(end)}))
            return false;
    }
    return true;
}

// A valid SIRET in the SIREN `siren` with the establishment number `nic4` (4 digits before the key).
inline QString siretOf(const QString& siren, int nic4)
{
    return core::luhnCompleteSiret(siren + QStringLiteral("%1").arg(nic4, 4, 10, QLatin1Char('0')));
}

// A member ready to save: Paris 11e, NAF 62.01Z, one contact.
inline membership::Member sampleMember(const QString& siret, const QString& name = QStringLiteral("Atelier Dupont"))
{
    membership::Member m;
    m.siret = siret;
    m.enterpriseName = QStringLiteral("Dupont et Fils");
    m.legalForm = QStringLiteral("SARL");
    m.name = name;
    m.naf = QStringLiteral("6201Z");
    m.address = membership::Address{QStringLiteral("12 rue de la Roquette"), {}, QStringLiteral("75011"), QStringLiteral("75056"), {}};
    m.memberSince = QDate(2024, 3, 1);
    m.contacts = {membership::Contact{{}, membership::ContactRole::Employer, QStringLiteral("Jeanne Dupont"),
                                      QStringLiteral("01 43 55 12 34"), QStringLiteral("jeanne@dupont.example")}};
    return m;
}

inline qint64 auditCount(security::Session& s, const QString& outcome, const QString& resource)
{
    return value(s, QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = ? AND resource = ?"), {outcome, resource}).toLongLong();
}

} // namespace vigie::test
