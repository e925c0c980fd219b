#include "thesaurus/ThesaurusStore.h"

#include "core/TextFold.h"
#include "security/AccessPolicy.h"
#include "storage/AuditTrail.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlQuery>
#include <QVariant>

namespace vigie::thesaurus {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {

using storage::sqlFailure; // a failed query as a storage error (storage/Database.h)

// Connections whose shipped systems are known to be current (connection names are never reused).
QMutex readyMutex;
QSet<QString> readyConnections;

bool isReady(const QSqlDatabase& db)
{
    QMutexLocker lock(&readyMutex);
    return readyConnections.contains(db.connectionName());
}

void markReady(const QSqlDatabase& db)
{
    QMutexLocker lock(&readyMutex);
    readyConnections.insert(db.connectionName());
}

QString searchTextOf(const CodeEntry& e)
{
    QStringList parts{codeKey(e.code), core::foldForSearch(e.labelFr)};
    for (const QString& more : {e.labelEn, e.keywords})
        if (!more.isEmpty())
            parts << core::foldForSearch(more);
    return parts.join(QLatin1Char(' '));
}

QString jsonArrayOf(const QStringList& values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

QString attributesJson(const QMap<QString, QString>& attributes)
{
    QJsonObject o;
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// Some drivers bind a null QString as SQL NULL (Qt's QSQLITE), others as '': NOT NULL text columns
// always get a non-null string.
QString notNull(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }

QVariant textOrNull(const QString& s) { return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s); }

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QString quotedIdentifier(const QString& identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

struct Reference {
    QString table;
    QString column;
    bool caseInsensitive = false;
};

// The declared referencing columns of `system` that exist in this database.
Result<QList<Reference>> referencesOf(QSqlDatabase db, const QString& system)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.table_name, r.column_name, r.case_insensitive FROM code_references r "
                             "WHERE r.system = ? AND EXISTS (SELECT 1 FROM pragma_table_info(r.table_name) p "
                             "WHERE p.name = r.column_name) ORDER BY r.table_name, r.column_name"));
    q.addBindValue(system);
    if (!q.exec())
        return sqlFailure(q);
    QList<Reference> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() == 1});
    return out;
}

bool usedIn(const QSet<QString>& used, const QString& code) { return used.contains(code) || used.contains(code.toUpper()); }

// What the FTS branch of the search matches: the system's token and every word typed, as a prefix.
QString matchExpression(const QString& sysToken, const QString& folded)
{
    QString expr = QStringLiteral("sys_token : ") + sysToken;
    for (const QString& word : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString w = word;
        w.replace(QLatin1Char('"'), QLatin1String("\"\""));
        expr += QStringLiteral(" AND search_text : \"") + w + QStringLiteral("\"*");
    }
    return expr;
}

const QString CodeColumns = QStringLiteral(
    "c.code, c.parent, c.level, c.label_fr, c.label_en, c.flags, c.selectable, c.keywords, c.attributes, "
    "c.valid_from, c.valid_to, c.since_version, c.retired_in");

Code codeFrom(const QSqlQuery& q, int first, const QString& system)
{
    Code c;
    c.system = system;
    c.code = q.value(first).toString();
    c.parent = q.value(first + 1).toString();
    c.level = q.value(first + 2).toString();
    c.labelFr = q.value(first + 3).toString();
    c.labelEn = q.value(first + 4).toString();
    c.flags = q.value(first + 5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    c.selectable = q.value(first + 6).toInt() == 1;
    c.keywords = q.value(first + 7).toString();
    c.attributes = QJsonDocument::fromJson(q.value(first + 8).toString().toUtf8()).object();
    c.validFrom = q.value(first + 9).toString();
    c.validTo = q.value(first + 10).toString();
    c.sinceVersion = q.value(first + 11).toString();
    c.retiredIn = q.value(first + 12).toString();
    return c;
}

// Branch filters, repeated in each branch so that every LIMIT counts only rows that may be shown.
const QString Filters = QStringLiteral(" AND (? = 1 OR retired_in IS NULL) AND (? = 0 OR selectable = 1)");

// Four branches, each an index range or an FTS match with its own LIMIT, merged by rank: the cost
// depends on the page size, not on how many of the 35,000 communes share a prefix. A code found by
// several branches keeps its best rank (SQLite takes the bare column k from the row of min(rank)).
const QString SearchSqlText =
    QStringLiteral("SELECT m.best, ") + CodeColumns + QStringLiteral(" FROM (SELECT id, min(rank) AS best, k FROM (") +
    QStringLiteral("SELECT id, 0 AS rank, '' AS k FROM codes WHERE system_id = ? AND code_key = ?") + Filters +
    QStringLiteral(" UNION ALL SELECT * FROM (SELECT id, 1, code_key FROM codes WHERE system_id = ? AND code_key > ? "
                   "AND code_key < ?") + Filters + QStringLiteral(" ORDER BY code_key LIMIT ?)") +
    QStringLiteral(" UNION ALL SELECT * FROM (SELECT id, 2, label_fold FROM codes WHERE system_id = ? AND label_fold >= ? "
                   "AND label_fold < ?") + Filters + QStringLiteral(" ORDER BY label_fold LIMIT ?)") +
    QStringLiteral(" UNION ALL SELECT * FROM (SELECT codes.id, 3, printf('%012d', codes_fts.rowid) FROM codes_fts "
                   "JOIN codes ON codes.id = codes_fts.rowid WHERE codes_fts MATCH ?") + Filters +
    QStringLiteral(" ORDER BY codes_fts.rowid LIMIT ?)) GROUP BY id) m JOIN codes c ON c.id = m.id "
                   "ORDER BY m.best, m.k LIMIT ?");

} // namespace

// ----- SQL layer ---------------------------------------------------------------------------------

Result<std::optional<int>> ThesaurusStore::Sql::systemId(QSqlDatabase db, const QString& system)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM code_systems WHERE system = ?"));
    q.addBindValue(system);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<int>();
    return std::optional<int>(q.value(0).toInt());
}

Result<QSet<QString>> ThesaurusStore::Sql::usedCodes(QSqlDatabase db, const QString& system)
{
    auto refs = referencesOf(db, system);
    if (!refs)
        return refs.error();
    QSet<QString> used;
    for (const Reference& r : refs.value()) {
        // Identifiers come from code_references, written by migrations, and were checked above against
        // the schema (pragma_table_info): they are quoted, never taken from input.
        const QString column = quotedIdentifier(r.column);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE %3 IS NOT NULL")
                        .arg(r.caseInsensitive ? QStringLiteral("upper(%1)").arg(column) : column,
                             quotedIdentifier(r.table), column)))
            return sqlFailure(q);
        while (q.next())
            used.insert(q.value(0).toString());
    }
    return used;
}

Result<QList<ShippedSystem>> ThesaurusStore::Sql::pendingShipped(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT system, version, origin FROM code_systems")))
        return sqlFailure(q);
    QHash<QString, QPair<QString, QString>> loaded;
    while (q.next())
        loaded.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString()});
    QList<ShippedSystem> pending;
    for (const ShippedSystem& s : Shipped::systems()) {
        const auto it = loaded.constFind(s.meta.system);
        if (it == loaded.constEnd() || (it->second == QLatin1String("shipped") && it->first != s.meta.version))
            pending.append(s);
    }
    return pending;
}

Result<LoadReport> ThesaurusStore::Sql::loadVersion(QSqlDatabase db, const SystemMeta& meta, const CodeSystemFile& file,
                                                    const QString& loadedAt, const QString& loadedBy)
{
    LoadReport report{meta.system, meta.version, int(file.entries.size()), 0, 0, 0};
    auto existing = systemId(db, meta.system);
    if (!existing)
        return existing.error();
    int sid = 0;
    QSqlQuery q(db);
    if (existing.value()) {
        sid = *existing.value();
        q.prepare(QStringLiteral("UPDATE code_systems SET version = ?, origin = ?, title_fr = ?, title_en = ?, source = ?, "
                                 "licence = ?, attribution = ?, loaded_at = ?, loaded_by = ? WHERE id = ?"));
        for (const QString& v : {meta.version, meta.origin, meta.titleFr, meta.titleEn, meta.source, meta.licence,
                                 meta.attribution, loadedAt, loadedBy})
            q.addBindValue(notNull(v));
        q.addBindValue(sid);
        if (!q.exec())
            return sqlFailure(q);
    } else {
        q.prepare(QStringLiteral("INSERT INTO code_systems(system, version, origin, title_fr, title_en, source, licence, "
                                 "attribution, sys_token, loaded_at, loaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QString& v : {meta.system, meta.version, meta.origin, meta.titleFr, meta.titleEn, meta.source,
                                 meta.licence, meta.attribution, QStringLiteral("new:") + meta.system, loadedAt, loadedBy})
            q.addBindValue(notNull(v));
        if (!q.exec())
            return sqlFailure(q);
        sid = q.lastInsertId().toInt();
        QSqlQuery token(db);
        token.prepare(QStringLiteral("UPDATE code_systems SET sys_token = 's' || id WHERE id = ?"));
        token.addBindValue(sid);
        if (!token.exec())
            return sqlFailure(token);
    }
    QString sysToken;
    {
        QSqlQuery t(db);
        t.prepare(QStringLiteral("SELECT sys_token FROM code_systems WHERE id = ?"));
        t.addBindValue(sid);
        if (!t.exec() || !t.next())
            return sqlFailure(t);
        sysToken = t.value(0).toString();
    }

    // What the system held before: first version of each code, and whether it was retired.
    struct Before {
        QString since;
        bool retired = false;
    };
    QHash<QString, Before> before;
    {
        QSqlQuery old(db);
        old.setForwardOnly(true);
        old.prepare(QStringLiteral("SELECT code, since_version, retired_in FROM codes WHERE system_id = ?"));
        old.addBindValue(sid);
        if (!old.exec())
            return sqlFailure(old);
        while (old.next())
            before.insert(old.value(0).toString(), {old.value(1).toString(), !old.value(2).isNull()});
    }
    QSet<QString> incoming;
    for (const CodeEntry& e : file.entries)
        incoming.insert(e.code);
    QStringList absent;
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        if (!incoming.contains(it.key()))
            absent << it.key();
    QStringList kept; // absent but used by records: retired, never deleted
    if (!absent.isEmpty()) {
        auto used = usedCodes(db, meta.system);
        if (!used)
            return used.error();
        for (const QString& code : absent) {
            if (usedIn(used.value(), code)) {
                kept << code;
                if (!before.value(code).retired)
                    ++report.retired;
            } else {
                ++report.deleted;
            }
        }
    }

    // Every other row is rewritten in the file's order (the FTS triggers follow).
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM codes WHERE system_id = ? AND code NOT IN (SELECT value FROM json_each(?))"));
    del.addBindValue(sid);
    del.addBindValue(jsonArrayOf(kept));
    if (!del.exec())
        return sqlFailure(del);
    if (!kept.isEmpty()) {
        QSqlQuery retire(db);
        retire.prepare(QStringLiteral("UPDATE codes SET retired_in = coalesce(retired_in, ?), retired_at = coalesce(retired_at, ?) "
                                      "WHERE system_id = ? AND code IN (SELECT value FROM json_each(?))"));
        retire.addBindValue(meta.version);
        retire.addBindValue(loadedAt.left(10));
        retire.addBindValue(sid);
        retire.addBindValue(jsonArrayOf(kept));
        if (!retire.exec())
            return sqlFailure(retire);
    }
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO codes(system_id, code, code_key, parent, level, label_fr, label_en, label_fold, "
                               "flags, selectable, keywords, attributes, valid_from, valid_to, since_version, sys_token, "
                               "search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const CodeEntry& e : file.entries) {
        const auto was = before.constFind(e.code);
        if (was == before.constEnd() || was->retired)
            ++report.added;
        ins.addBindValue(sid);
        ins.addBindValue(e.code);
        ins.addBindValue(codeKey(e.code));
        ins.addBindValue(textOrNull(e.parent));
        ins.addBindValue(notNull(e.level));
        ins.addBindValue(e.labelFr);
        ins.addBindValue(notNull(e.labelEn));
        ins.addBindValue(core::foldForSearch(e.labelFr));
        ins.addBindValue(notNull(e.flags.join(QLatin1Char(' '))));
        ins.addBindValue(e.selectable() ? 1 : 0);
        ins.addBindValue(notNull(e.keywords));
        ins.addBindValue(attributesJson(e.attributes));
        ins.addBindValue(dateOrNull(e.validFrom));
        ins.addBindValue(dateOrNull(e.validTo));
        ins.addBindValue(notNull(was == before.constEnd() ? meta.version : was->since));
        ins.addBindValue(sysToken);
        ins.addBindValue(searchTextOf(e));
        if (!ins.exec())
            return sqlFailure(ins);
    }
    QSqlQuery version(db);
    version.prepare(QStringLiteral("INSERT OR REPLACE INTO code_system_versions(system, version, origin, loaded_at, loaded_by, "
                                   "codes, added, retired, deleted, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : {QVariant(meta.system), QVariant(meta.version), QVariant(meta.origin), QVariant(loadedAt),
                              QVariant(loadedBy), QVariant(report.codes), QVariant(report.added), QVariant(report.retired),
                              QVariant(report.deleted), QVariant(file.sha256)})
        version.addBindValue(v);
    if (!version.exec())
        return sqlFailure(version);
    return report;
}

Result<QList<SearchHit>> ThesaurusStore::Sql::search(QSqlDatabase db, int systemId, const QString& text,
                                                     const SearchOptions& options)
{
    QList<SearchHit> hits;
    const QString folded = core::foldForSearch(text);
    if (folded.isEmpty())
        return hits;
    QString key = folded;
    key.remove(QLatin1Char(' '));
    QString system;
    QString sysToken;
    {
        QSqlQuery s(db);
        s.prepare(QStringLiteral("SELECT system, sys_token FROM code_systems WHERE id = ?"));
        s.addBindValue(systemId);
        if (!s.exec())
            return sqlFailure(s);
        if (!s.next())
            return hits;
        system = s.value(0).toString();
        sysToken = s.value(1).toString();
    }
    const int limit = options.limit;
    const auto filters = [&](QSqlQuery& q) {
        q.addBindValue(options.includeRetired ? 1 : 0);
        q.addBindValue(options.selectableOnly ? 1 : 0);
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(SearchSqlText))
        return sqlFailure(q);
    q.addBindValue(systemId); // exact code
    q.addBindValue(key);
    filters(q);
    q.addBindValue(systemId); // code prefix
    q.addBindValue(key);
    q.addBindValue(core::prefixUpperBound(key));
    filters(q);
    q.addBindValue(limit);
    q.addBindValue(systemId); // label prefix
    q.addBindValue(folded);
    q.addBindValue(core::prefixUpperBound(folded));
    filters(q);
    q.addBindValue(limit);
    q.addBindValue(matchExpression(sysToken, folded)); // words
    filters(q);
    q.addBindValue(limit);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlFailure(q);
    while (q.next()) {
        SearchHit h;
        h.match = Match(q.value(0).toInt());
        h.code = codeFrom(q, 1, system);
        hits.append(std::move(h));
    }

    // The hierarchy of each hit, each ancestor read once.
    QHash<QString, std::optional<Ancestor>> ancestors;
    QHash<QString, QString> parentOf;
    QSqlQuery up(db);
    up.setForwardOnly(true);
    up.prepare(QStringLiteral("SELECT parent, label_fr, label_en FROM codes WHERE system_id = ? AND code = ?"));
    for (SearchHit& h : hits) {
        QString at = h.code.parent;
        for (int depth = 0; !at.isEmpty() && depth < 32; ++depth) {
            if (!ancestors.contains(at)) {
                up.addBindValue(systemId);
                up.addBindValue(at);
                if (!up.exec())
                    return sqlFailure(up);
                if (up.next()) {
                    ancestors.insert(at, Ancestor{at, up.value(1).toString(), up.value(2).toString()});
                    parentOf.insert(at, up.value(0).toString());
                } else {
                    ancestors.insert(at, std::nullopt);
                }
                up.finish();
            }
            const auto& a = ancestors.value(at);
            if (!a)
                break;
            h.hierarchy.prepend(*a);
            at = parentOf.value(at);
        }
    }
    return hits;
}

Result<std::optional<Code>> ThesaurusStore::Sql::find(QSqlDatabase db, int systemId, const QString& code)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.system, ") + CodeColumns +
              QStringLiteral(" FROM codes c JOIN code_systems s ON s.id = c.system_id WHERE c.system_id = ? AND c.code = ?"));
    q.addBindValue(systemId);
    q.addBindValue(code.trimmed());
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<Code>();
    return std::optional<Code>(codeFrom(q, 1, q.value(0).toString()));
}

// ----- Stores ------------------------------------------------------------------------------------

namespace {

QString nowText(security::Session& session) { return session.clock().nowUtc().toString(Qt::ISODateWithMs); }

Result<int> requireSystem(security::Session& session, const QString& system)
{
    auto id = ThesaurusStore::Sql::systemId(session.db().sql(), system);
    if (!id)
        return id.error();
    if (!id.value())
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("vigie::thesaurus", "Unknown code system \"%1\" (vigie-cli thesaurus list shows them)")
                         .arg(system)};
    return *id.value();
}

} // namespace

Status ThesaurusStore::ensureShipped(security::Session& session)
{
    QSqlDatabase db = session.db().sql();
    if (isReady(db))
        return {};
    auto pending = Sql::pendingShipped(db);
    if (!pending)
        return pending.error();
    if (!pending.value().isEmpty()) {
        storage::Transaction tx(session.db());
        if (!tx.active())
            return Status::fail(ErrorCode::Storage,
                                QCoreApplication::translate("vigie::thesaurus", "Unable to load the reference data (database busy?)"));
        pending = Sql::pendingShipped(db); // again, under the write lock: another process may have loaded them
        if (!pending)
            return pending.error();
        const QString at = nowText(session);
        for (const ShippedSystem& s : pending.value()) {
            auto bytes = Shipped::fileOf(s);
            if (!bytes)
                return bytes.error();
            const ParsedCodeSystem parsed = parseCodeSystem(bytes.value());
            if (!parsed.ok())
                return Status::fail(ErrorCode::Storage,
                                    QCoreApplication::translate("vigie::thesaurus", "The shipped file %1 is invalid, line %2: %3")
                                        .arg(s.file)
                                        .arg(parsed.errorLine)
                                        .arg(parsed.error));
            auto report = Sql::loadVersion(db, s.meta, parsed.file, at, session.account().login);
            if (!report)
                return report.error();
            if (Status a = session.audit(storage::AuditEvent{
                    {}, {}, QStringLiteral("load"), QStringLiteral("thesaurus.") + s.meta.system, {}, 0,
                    QStringLiteral("success"),
                    QStringLiteral("version=%1 origin=shipped codes=%2 added=%3 retired=%4 deleted=%5")
                        .arg(s.meta.version)
                        .arg(report.value().codes)
                        .arg(report.value().added)
                        .arg(report.value().retired)
                        .arg(report.value().deleted)});
                !a)
                return a;
        }
        if (Status c = tx.commit(); !c)
            return c;
    }
    markReady(db);
    return {};
}

Result<QList<SystemSummary>> ThesaurusStore::listSystems(security::Session& session)
{
    if (Status s = ensureShipped(session); !s)
        return s.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT s.system, s.version, s.origin, s.title_fr, s.title_en, s.source, s.licence, s.attribution, "
            "s.loaded_at, s.loaded_by, "
            "(SELECT count(*) FROM codes c WHERE c.system_id = s.id AND c.retired_in IS NULL), "
            "(SELECT count(*) FROM codes c WHERE c.system_id = s.id AND c.retired_in IS NOT NULL) "
            "FROM code_systems s ORDER BY s.system")))
        return sqlFailure(q);
    QList<SystemSummary> out;
    while (q.next()) {
        SystemSummary s;
        s.meta = SystemMeta{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
        s.loadedAt = q.value(8).toString();
        s.loadedBy = q.value(9).toString();
        s.codes = q.value(10).toInt();
        s.retired = q.value(11).toInt();
        out.append(s);
    }
    return out;
}

Result<QList<SearchHit>> ThesaurusStore::search(security::Session& session, const QString& system, const QString& text,
                                                const SearchOptions& options)
{
    if (options.limit < 1 || options.limit > MaxLimit)
        return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::thesaurus", "Invalid number of results: %1 (1 to %2)")
                                           .arg(options.limit)
                                           .arg(MaxLimit)};
    if (core::foldForSearch(text).isEmpty())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::thesaurus", "Type at least one letter or digit")};
    if (Status s = ensureShipped(session); !s)
        return s.error();
    auto id = requireSystem(session, system);
    if (!id)
        return id.error();
    return Sql::search(session.db().sql(), id.value(), text, options);
}

Result<std::optional<Code>> ThesaurusStore::find(security::Session& session, const QString& system, const QString& code)
{
    if (Status s = ensureShipped(session); !s)
        return s.error();
    auto id = requireSystem(session, system);
    if (!id)
        return id.error();
    return Sql::find(session.db().sql(), id.value(), code);
}

Result<bool> ThesaurusStore::isUsed(storage::Database& db, const QString& system, const QString& code)
{
    auto refs = referencesOf(db.sql(), system);
    if (!refs)
        return refs.error();
    for (const Reference& r : refs.value()) {
        const QString column = quotedIdentifier(r.column);
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        // Identifiers checked against the schema (referencesOf), the code bound.
        q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 LIMIT 1")
                      .arg(quotedIdentifier(r.table),
                           r.caseInsensitive ? QStringLiteral("upper(%1) = upper(?)").arg(column)
                                             : QStringLiteral("%1 = ?").arg(column)));
        q.addBindValue(code);
        if (!q.exec())
            return sqlFailure(q);
        if (q.next())
            return true;
    }
    return false;
}

Result<LoadReport> ThesaurusStore::importFile(security::Session& session, const QString& system, const QString& version,
                                              const QString& path, const QString& title)
{
    const QString shownSystem = isValidSystemId(system) ? system : QStringLiteral("?");
    const auto audit = [&](const QString& outcome, const QString& detail) {
        return session.audit(storage::AuditEvent{{}, {}, QStringLiteral("import"), QStringLiteral("thesaurus.") + shownSystem,
                                                 {}, 0, outcome, detail});
    };
    // 1. Rights first: a refusal says nothing about the file and is audited.
    const security::Decision decision =
        security::AccessPolicy::canUseModule(session.account().role, security::Module::Administration);
    if (!decision.allowed) {
        if (Status a = audit(QStringLiteral("denied"), QStringLiteral("reason=module")); !a)
            return a.error();
        return Error{ErrorCode::Denied,
                     QCoreApplication::translate("vigie::thesaurus", "Access refused: only an administrator may import a code system")};
    }
    // 2. The request.
    if (!isValidSystemId(system))
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("vigie::thesaurus", "Invalid code system name \"%1\": a lower-case letter, then lower-case "
                                                                     "letters, digits or '_' (2 to 32 characters)")
                         .arg(system)};
    if (!isValidVersion(version))
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("vigie::thesaurus", "Invalid version \"%1\": 1 to 32 printable characters").arg(version)};
    if (Status s = ensureShipped(session); !s)
        return s.error();
    const auto refuse = [&](const QString& reason, const QString& message) -> Result<LoadReport> {
        if (Status a = audit(QStringLiteral("failure"), QStringLiteral("version=%1 reason=%2").arg(version, reason)); !a)
            return a.error();
        return Error{ErrorCode::Invalid, message};
    };
    if (Shipped::find(system))
        return refuse(QStringLiteral("shipped"),
                      QCoreApplication::translate("vigie::thesaurus", "The code system \"%1\" is shipped with Vigie and upgraded with it; "
                                                                      "import your file under another name")
                          .arg(system));
    QSqlDatabase db = session.db().sql();
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT loaded_at FROM code_system_versions WHERE system = ? AND version = ?"));
        q.addBindValue(system);
        q.addBindValue(version);
        if (!q.exec())
            return sqlFailure(q);
        if (q.next())
            return refuse(QStringLiteral("version"),
                          QCoreApplication::translate("vigie::thesaurus", "Version %1 of \"%2\" was already loaded on %3")
                              .arg(version, system, q.value(0).toString().left(10)));
    }
    // 3. The file, whole, before anything is written.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return refuse(QStringLiteral("unreadable"),
                      QCoreApplication::translate("vigie::thesaurus", "Unable to read the file %1").arg(path));
    if (f.size() > MaxImportBytes)
        return refuse(QStringLiteral("size"),
                      QCoreApplication::translate("vigie::thesaurus", "The file %1 is larger than %2 MiB")
                          .arg(path)
                          .arg(MaxImportBytes / (1024 * 1024)));
    const ParsedCodeSystem parsed = parseCodeSystem(f.readAll());
    if (!parsed.ok())
        return refuse(QStringLiteral("line%1").arg(parsed.errorLine),
                      QCoreApplication::translate("vigie::thesaurus", "%1, line %2: %3")
                          .arg(QFileInfo(path).fileName())
                          .arg(parsed.errorLine)
                          .arg(parsed.error));
    // 4. One transaction: the codes, the version record and the audit record, or nothing.
    SystemMeta meta{system, version, QStringLiteral("imported"), title, QString(), QFileInfo(path).fileName(), QString(), QString()};
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT title_fr, title_en, licence, attribution FROM code_systems WHERE system = ?"));
        q.addBindValue(system);
        if (!q.exec())
            return sqlFailure(q);
        if (q.next()) {
            if (meta.titleFr.isEmpty())
                meta.titleFr = q.value(0).toString();
            meta.titleEn = q.value(1).toString();
            meta.licence = q.value(2).toString();
            meta.attribution = q.value(3).toString();
        }
    }
    if (meta.titleFr.isEmpty())
        meta.titleFr = system;
    storage::Transaction tx(session.db());
    if (!tx.active())
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::thesaurus", "Unable to start the import (database busy?)")};
    auto report = Sql::loadVersion(db, meta, parsed.file, nowText(session), session.account().login);
    if (!report)
        return report.error();
    if (Status a = audit(QStringLiteral("success"), QStringLiteral("version=%1 codes=%2 added=%3 retired=%4 deleted=%5 sha256=%6")
                                                         .arg(version)
                                                         .arg(report.value().codes)
                                                         .arg(report.value().added)
                                                         .arg(report.value().retired)
                                                         .arg(report.value().deleted)
                                                         .arg(parsed.file.sha256));
        !a)
        return a.error();
    if (Status c = tx.commit(); !c)
        return c.error();
    return report;
}

} // namespace vigie::thesaurus
