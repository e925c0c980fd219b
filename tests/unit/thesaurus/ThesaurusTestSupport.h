#pragma once
// Shared by the thesaurus suites: real encrypted databases (TempDatabase) with the shipped code
// systems loaded, and sessions on them for any role, without the Argon2id cost of signing in.

#include "TestSupport.h"

#include "core/Clock.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "thesaurus/ThesaurusStore.h"

#include <QFile>

#include <memory>

namespace vigie::test {

inline const QDateTime ThesaurusNow = QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC);

// An encrypted database file with every shipped system loaded, made once per test process and copied
// for each test that writes (loading the 37,000 codes takes a second or two).
struct LoadedTemplate {
    TempDatabase db;
    core::ManualClock clock{ThesaurusNow};
    QString error;

    LoadedTemplate()
    {
        security::Session session(std::move(db.db), db.key,
                                  security::Account{QStringLiteral("acc-admin"), QStringLiteral("admin"),
                                                    QStringLiteral("Alice Admin"), security::Role::Admin, {}, true},
                                  clock);
        if (auto s = thesaurus::ThesaurusStore::ensureShipped(session); !s)
            error = s.error().message;
        (void)session.db().execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    static const LoadedTemplate& get()
    {
        static const LoadedTemplate t;
        return t;
    }
};

// A copy of the loaded template, opened with sessions for the roles a test needs.
struct ThesaurusDb {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("thesaurus.db"));
    storage::SecretKey key;
    core::ManualClock clock{ThesaurusNow};

    ThesaurusDb()
    {
        const LoadedTemplate& t = LoadedTemplate::get();
        if (!t.error.isEmpty())
            qFatal("cannot load the shipped code systems: %s", qPrintable(t.error));
        key = t.db.key;
        if (!QFile::copy(t.db.path, path))
            qFatal("cannot copy the template database");
    }

    std::unique_ptr<security::Session> session(security::Role role = security::Role::Admin,
                                               const QString& login = QStringLiteral("admin"))
    {
        auto db = storage::Database::open(path, key);
        if (!db)
            qFatal("cannot open the test database: %s", qPrintable(db.error().message));
        return std::make_unique<security::Session>(
            std::move(db.value()), key,
            security::Account{QStringLiteral("acc-") + login, login, login, role, {}, true}, clock);
    }
};

inline QByteArray csv(const char* text) { return QByteArray(text); }

inline QString writeTemp(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

} // namespace vigie::test
