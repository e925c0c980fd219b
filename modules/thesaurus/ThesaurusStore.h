#pragma once
// Code systems in the database (migration 0004): the shipped systems loaded at first use and upgraded
// in place when Vigie ships a new version, the search every coded field uses, and the import of a
// service's own files (TEP, PCS) as new versions.
//
// Rights: reference data is read by anyone signed in (no audit: it is not personal data); importing is
// an administration act (the `admin` role, as AccessPolicy::canUseModule(Module::Administration)),
// audited, refusals included.
//
// Versions: a system holds one version at a time. Loading a new version rewrites the system's codes in
// the file's order; a code absent from the new version is kept, marked retired (retired_in = the new
// version), when a record uses it, and removed otherwise. "Used" means stored in one of the columns
// declared in `code_references` (see 0004_thesaurus.sql: each module inserts its own referencing columns
// in the migration that creates them); isUsed() and usedCodes() read that table.
//
// Search: exact code first (the code typed with or without its dots), then codes starting with what
// was typed, then labels starting with it, then codes whose words (labels, keywords) start with each
// word typed — accents, case, ligatures (œ, æ) and hyphens ignored (core::foldForSearch on both sides,
// FTS5 unicode61 remove_diacritics 2). Retired and abstract codes are left out unless asked for.

#include "core/Result.h"
#include "security/Session.h"
#include "thesaurus/CodeSystem.h"
#include "thesaurus/Shipped.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace vigie::thesaurus {

struct SystemSummary {
    SystemMeta meta;
    QString loadedAt;
    QString loadedBy;
    int codes = 0;    // in force
    int retired = 0;  // kept because records use them
};

// A code as stored.
struct Code {
    QString system;
    QString code;
    QString parent;
    QString level;
    QString labelFr;
    QString labelEn;
    QStringList flags;
    QString keywords;
    QJsonObject attributes;
    QString validFrom;
    QString validTo;
    QString sinceVersion;
    QString retiredIn;   // empty: in force
    bool selectable = true;

    bool retired() const { return !retiredIn.isEmpty(); }
    // The English label when asked for and known, else the French one.
    QString label(bool english = false) const { return english && !labelEn.isEmpty() ? labelEn : labelFr; }
};

struct Ancestor {
    QString code;
    QString labelFr;
    QString labelEn;
};

enum class Match { ExactCode = 0, CodePrefix = 1, LabelPrefix = 2, Words = 3 };

struct SearchHit {
    Code code;
    QList<Ancestor> hierarchy; // from the root down to the parent
    Match match = Match::Words;
};

struct SearchOptions {
    int limit = 20;
    bool includeRetired = false;  // retired codes (to show a value recorded long ago)
    bool selectableOnly = false;  // leave out grouping nodes (flag `abstract`), e.g. NAF sections
};

struct LoadReport {
    QString system;
    QString version;
    int codes = 0;    // in the file
    int added = 0;    // not in force before
    int retired = 0;  // newly retired: absent from the file, used by records
    int deleted = 0;  // absent from the file and unused
};

namespace ThesaurusStore {
inline constexpr int MaxLimit = 500;
inline constexpr qint64 MaxImportBytes = 64 * 1024 * 1024;

// Loads the shipped systems missing from the database and upgrades those whose shipped version
// changed (one transaction; each load audited). A system imported under a shipped name is left as is.
// Called by every function below; cheap once done for a connection.
core::Status ensureShipped(security::Session& session);

core::Result<QList<SystemSummary>> listSystems(security::Session& session);
core::Result<QList<SearchHit>> search(security::Session& session, const QString& system, const QString& text,
                                      const SearchOptions& options = {});
// The code as stored, retired or not; nullopt when the system has no such code.
core::Result<std::optional<Code>> find(security::Session& session, const QString& system, const QString& code);
// Administrator only. Loads `path` (code-system file format, CodeSystem.h) as version `version` of
// `system`, new or imported before; refuses a shipped system's name and a version loaded before. A bad
// file is refused with its line number and nothing is loaded (one transaction). Audited.
core::Result<LoadReport> importFile(security::Session& session, const QString& system, const QString& version,
                                    const QString& path, const QString& title = {});

// Whether a record uses `code` of `system` (code_references). For stores that need to know before
// offering to change a code; the upgrade uses usedCodes.
core::Result<bool> isUsed(storage::Database& db, const QString& system, const QString& code);

// The SQL layer, on any SQLite connection carrying the 0004 schema: the stores above call it with
// the encrypted database, the benchmark also with plain SQLite. No rights, no audit, no transaction:
// the caller holds one around loadVersion and loadShipped.
namespace Sql {
core::Result<std::optional<int>> systemId(QSqlDatabase db, const QString& system);
core::Result<QSet<QString>> usedCodes(QSqlDatabase db, const QString& system);
core::Result<LoadReport> loadVersion(QSqlDatabase db, const SystemMeta& meta, const CodeSystemFile& file,
                                     const QString& loadedAt, const QString& loadedBy);
// Shipped systems to load or upgrade on this database (empty when all are current).
core::Result<QList<ShippedSystem>> pendingShipped(QSqlDatabase db);
core::Result<QList<SearchHit>> search(QSqlDatabase db, int systemId, const QString& text, const SearchOptions& options);
core::Result<std::optional<Code>> find(QSqlDatabase db, int systemId, const QString& code);
} // namespace Sql
} // namespace ThesaurusStore

} // namespace vigie::thesaurus
