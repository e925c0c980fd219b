#pragma once
// Workforce declarations in the database (issue 5 parts 5–6): a declaration of an establishment for a
// year, typed in the declaration page or imported from CSV (Declaration.h documents the columns).
//
// All or nothing, in ONE transaction: every line is checked (Declaration.h checkLine), every identity
// is looked up among the existing workers (identity vigilance, IdentityStore.h), and only when no line
// has an error is anything written — workers, employments with their exposures and categories, the
// declaration with its lines (an immutable JSON snapshot, see the migration), the visit requests of the
// arrivals — together with the audit record. A
// file with errors is refused with every error listed by line and column, and the database is left
// as it was (the refusal itself is audited). A dry run does all of it, reports the same, writes nothing
// (and audits that it ran).
//
// Identities (identity vigilance, before saving):
//   - a line with the NIR and the traits of an existing worker IS that worker;
//   - a line with the traits (folded) of a worker already employed in the establishment IS that worker
//     (the same people are declared again every year);
//   - otherwise a likely duplicate (same NIR with other traits, same traits elsewhere, names that sound
//     alike) refuses the line until the `identity` column answers: "new" keeps the person apart (a new
//     identity, attribute HOMA when the traits are the same), or the id of the existing worker merges
//     with it — the line's identity is saved then merged into that worker (IdentityStore::merge: audited,
//     reversible with undoMerge);
//   - two lines of the file with the same NIR or the same traits are one person with several posts;
//     two lines whose names only sound alike must be corrected or answered "new".
//
// Employments: a line of an existing worker whose employment in the establishment starts the same day
// updates it (post, contract, end, night work, apprentice, exposures, computed category — a physician's
// override stays in force); any other line creates an employment.
//
// Arrivals and visit requests: the arrivals are the workers declared this year and not in the previous
// year's accepted declaration (without one: those whose start falls in the declared year). Each
// arrival's active employments get an open visit request (table visit_requests, reason 'arrival') for
// the initial visit the follow-up rules give on the day of the declaration — kind VIP or EMA, deadline,
// performer and article from scheduling::initialVisit; a physician's override of the category sets the
// kind (EMA before assignment for SIR, VIP otherwise). An employment that already has an open arrival
// request gets no second one.
//
// Departures: the workers of the previous year's accepted declaration who are not declared now have
// left. Their employments in the establishment still open on the closing date end on it, and their
// open visit requests there are cancelled (planned appointments are scheduling's to cancel). The
// closing date is the day before the declaration, but no later than 31 December of the declared year
// (a late declaration of a past year must not keep people employed into the next one), and never
// before the employment's own start. A dry run counts what it would close.
//
// Rights: the Membership or Planning module (AccessPolicy::canUseModule) and an establishment assigned
// to one of the account's teams. Refusals are audited and give ErrorCode::Denied.

#include "core/Result.h"
#include "scheduling/Codes.h"
#include "security/Session.h"
#include "workforce/Declaration.h"
#include "workforce/IdentityStore.h"
#include "workforce/WriteContext.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace vigie::workforce {

struct EstablishmentRef {
    QString id;
    QString siret;
    QString name;
    QString status; // active, suspended, left
};

enum class Resolution {
    New,        // a new identity
    Existing,   // an existing worker (same NIR and traits, or same traits in this establishment)
    SameAsLine, // the same person as an earlier line of the declaration
    Merge,      // answered "this is worker X": the line's identity is merged into X
};

struct LineResult {
    int line = 0;
    QString name;                 // "DUPONT Marie", for people
    QString workerId;             // the worker the line is recorded as (in a dry run, would be)
    QString employmentId;
    Resolution resolution = Resolution::New;
    int sameAsLine = 0;           // SameAsLine: that line
    QString mergedIdentityId;     // Merge: the identity made from the line, merged into workerId
    bool keptApart = false;       // answered "new" to likely duplicates
    bool employmentUpdated = false;
    Category category = Category::Si; // in force (a physician's override stays)
    QString reason;
    bool arrival = false;
    QList<DuplicateCandidate> duplicates; // likely duplicates found among existing workers
};

struct PlannedVisitRequest {
    QString workerId;
    QString employmentId;
    scheduling::VisitKind kind = scheduling::VisitKind::Vip;
    QDate dueBy;
    scheduling::Performer performer = scheduling::Performer::HealthPro;
    QString basis;
};

struct DeclarationReport {
    QString establishmentId;
    QString siret;
    QString establishmentName;
    int year = 0;
    bool dryRun = false;
    bool accepted = false;               // written (never in a dry run)
    QList<Problem> problems;             // sorted; errors refuse the declaration
    QList<LineResult> lines;
    Distribution distribution;
    YearDiff diff;
    QHash<QString, QString> names;       // worker id → "NAME First", for the diff
    QList<PlannedVisitRequest> visitRequests;
    int workersCreated = 0;
    int workersMatched = 0;
    int employmentsCreated = 0;
    int employmentsUpdated = 0;
    int merges = 0;
    int employmentsClosed = 0;           // departures' employments ended (dry run: that would be)
    int requestsCancelled = 0;           // their open visit requests cancelled
    QDate closingDate;                   // the end date given to those employments
    QString declarationId;
    int version = 0;

    int errorCount() const;
    int warningCount() const;
    bool hasErrors() const { return errorCount() > 0; }
};

struct DeclarationRequest {
    QString siret;
    int year = 0;
    QList<RawLine> lines;
    QList<Problem> readProblems;      // from readDeclarationCsv
    QString source = QStringLiteral("form"); // form or csv
    QString fileName;
    QString fileSha256;
    bool dryRun = false;
};

namespace DeclarationStore {
inline constexpr int MinYear = 2000;
inline constexpr int MaxYear = 2100;

// The establishments the account may declare for (its teams'), by name.
core::Result<QList<EstablishmentRef>> establishments(security::Session& session);
// What checkLine needs for these lines, from the thesaurus (loaded first if needed).
core::Result<Catalog> catalogFor(security::Session& session, const QList<RawLine>& lines);
// One exposure of the thesaurus, for the guidance of the page; nullopt when unknown.
core::Result<std::optional<ExposureInfo>> exposure(security::Session& session, const QString& code);
// Checks and, unless it is a dry run or a line has an error, records the declaration.
core::Result<DeclarationReport> submit(security::Session& session, const DeclarationRequest& request);
// Reads FILE (CSV, Declaration.h) and submits it.
core::Result<DeclarationReport> importFile(security::Session& session, const QString& siret, int year,
                                           const QString& path, bool dryRun);

// The SQL layer, on any connection carrying the schema. No rights, no audit, no transaction: the
// caller holds one around run(), commits it when the report has no error and is not a dry run, and
// rolls it back otherwise.
namespace Sql {
// While it lives, a larger page cache for a large declaration (more than BulkLines lines): its
// transaction then keeps the index pages it dirties in memory instead of spilling them to the WAL
// mid-transaction (each spill is an extra encryption of the page, and often a second write of it).
// The previous size comes back on destruction.
class BulkCache
{
public:
    static constexpr int BulkLines = 2000;
    static constexpr int BulkCacheKib = 256 * 1024;
    BulkCache(QSqlDatabase db, qsizetype lines);
    ~BulkCache();
    BulkCache(const BulkCache&) = delete;
    BulkCache& operator=(const BulkCache&) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = 0; // PRAGMA cache_size before; 0 when unchanged
};
core::Result<std::optional<EstablishmentRef>> establishmentBySiret(QSqlDatabase db, const QString& siret);
core::Result<DeclarationReport> run(QSqlDatabase db, const WriteContext& context, const Catalog& catalog,
                                    const EstablishmentRef& establishment, const DeclarationRequest& request);
} // namespace Sql
} // namespace DeclarationStore

} // namespace vigie::workforce
