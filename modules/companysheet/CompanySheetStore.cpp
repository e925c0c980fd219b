#include "companysheet/CompanySheetStore.h"

#include "companysheet/SheetDocument.h"
#include "companysheet/SheetPlan.h"
#include "core/Clock.h"
#include "membership/EstablishmentStore.h"
#include "membership/MembershipFormStore.h"
#include "security/AccessPolicy.h"
#include "security/PolicyStore.h"
#include "security/Role.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "thesaurus/ThesaurusStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace vigie::companysheet {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;
using security::Session;

QString channelCode(Channel channel)
{
    switch (channel) {
    case Channel::Post: return QStringLiteral("post");
    case Channel::RegisteredPost: return QStringLiteral("registered_post");
    case Channel::Email: return QStringLiteral("email");
    case Channel::Hand: return QStringLiteral("hand");
    case Channel::Portal: return QStringLiteral("portal");
    }
    return {};
}

std::optional<Channel> channelFromCode(const QString& code)
{
    for (Channel c : allChannels())
        if (channelCode(c) == code)
            return c;
    return std::nullopt;
}

QString channelTitle(Channel channel)
{
    switch (channel) {
    case Channel::Post: return QCoreApplication::translate("vigie::companysheet", "Post");
    case Channel::RegisteredPost: return QCoreApplication::translate("vigie::companysheet", "Registered post");
    case Channel::Email: return QCoreApplication::translate("vigie::companysheet", "E-mail");
    case Channel::Hand: return QCoreApplication::translate("vigie::companysheet", "Handed over");
    case Channel::Portal: return QCoreApplication::translate("vigie::companysheet", "Members' portal");
    }
    return {};
}

QList<Channel> allChannels() { return {Channel::Post, Channel::RegisteredPost, Channel::Email, Channel::Hand, Channel::Portal}; }

namespace {
const QString Resource = QStringLiteral("companysheet");

using storage::sqlFailure; // a failed query as a storage error (storage/Database.h)

Status audited(Session& session, const QString& action, const QString& detail)
{
    return session.audit(storage::AuditEvent{{}, {}, action, Resource, {}, 0, QStringLiteral("allowed"), detail});
}

Error refused(Session& session, const QString& action, const QString& reason, const QString& message)
{
    return storage::auditedRefusal(session.audit(storage::AuditEvent{{}, {}, action, Resource, {}, 0, QStringLiteral("denied"),
                                                                     QStringLiteral("reason=%1").arg(reason)}),
                                   Error{ErrorCode::Denied, message});
}

Status requireModule(Session& session)
{
    return security::PolicyStore::requireModule(session, security::Module::CompanySheets);
}

// Writing the sheet is the multidisciplinary team's (R4624-46); interns and assistants prepare drafts.
bool mayValidate(security::Role role)
{
    using security::Role;
    return role == Role::Physician || role == Role::CollaboratorPhysician || role == Role::Nurse || role == Role::Iprp;
}

QString nowText(Session& session) { return session.clock().nowUtc().toString(Qt::ISODateWithMs); }
QDateTime utc(const QVariant& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.toUTC();
}

// The latest version of an establishment, or none.
struct Head {
    QString id;
    int number = 0;
    QString hash = GenesisHash;
    QByteArray content;
};

Result<Head> headOf(Session& session, const QString& establishmentId)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, number, hash, content FROM companysheet_versions WHERE establishment_id = ? AND deleted = 0 "
                             "ORDER BY number DESC LIMIT 1"));
    q.addBindValue(establishmentId);
    if (!q.exec())
        return sqlFailure(q);
    Head h;
    if (q.next())
        h = Head{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toByteArray()};
    return h;
}

Result<SheetContent> contentOfVersionId(Session& session, const QString& versionId)
{
    if (versionId.isEmpty())
        return SheetContent();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT content FROM companysheet_versions WHERE id = ?"));
    q.addBindValue(versionId);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::companysheet", "Unknown company sheet version")};
    return SheetContent::fromJson(q.value(0).toByteArray());
}

const QString VersionColumns = QStringLiteral(
    "SELECT v.id, v.establishment_id, v.number, v.author_id, v.author_name, v.validated_at, b.number, v.merged, v.hash, v.content "
    "FROM companysheet_versions v LEFT JOIN companysheet_versions b ON b.id = v.based_on_id ");

VersionInfo versionInfoOf(const QSqlQuery& q)
{
    VersionInfo v;
    v.id = q.value(0).toString();
    v.establishmentId = q.value(1).toString();
    v.number = q.value(2).toInt();
    v.authorId = q.value(3).toString();
    v.authorName = q.value(4).toString();
    v.validatedAt = utc(q.value(5));
    v.basedOnNumber = q.value(6).toInt();
    v.merged = q.value(7).toInt() == 1;
    v.hash = q.value(8).toString();
    return v;
}

Status loadSendings(Session& session, VersionInfo& v)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.sent_on, s.channel, s.recipient, s.recorded_at, coalesce(a.display_name, s.recorded_by) "
                             "FROM companysheet_sendings s LEFT JOIN accounts a ON a.id = s.recorded_by "
                             "WHERE s.version_id = ? AND s.deleted = 0 ORDER BY s.sent_on, s.recorded_at"));
    q.addBindValue(v.id);
    if (!q.exec())
        return sqlFailure(q);
    while (q.next())
        v.sendings << Sending{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                              channelFromCode(q.value(1).toString()).value_or(Channel::Post), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString()};
    return {};
}

// The version `number` (0: latest) of the establishment, without rights checks.
Result<Version> readVersion(Session& session, const QString& establishmentId, int number)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    if (number > 0) {
        q.prepare(VersionColumns + QStringLiteral("WHERE v.establishment_id = ? AND v.number = ? AND v.deleted = 0"));
        q.addBindValue(establishmentId);
        q.addBindValue(number);
    } else {
        q.prepare(VersionColumns + QStringLiteral("WHERE v.establishment_id = ? AND v.deleted = 0 ORDER BY v.number DESC LIMIT 1"));
        q.addBindValue(establishmentId);
    }
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return Error{ErrorCode::Invalid,
                     number > 0 ? QCoreApplication::translate("vigie::companysheet", "This establishment has no company sheet version %1").arg(number)
                                : QCoreApplication::translate("vigie::companysheet", "This establishment has no validated company sheet")};
    Version v;
    v.info = versionInfoOf(q);
    auto content = SheetContent::fromJson(q.value(9).toByteArray());
    if (!content)
        return content.error();
    v.content = content.value();
    q.finish();
    if (Status s = loadSendings(session, v.info); !s)
        return s.error();
    return v;
}

struct DraftRow {
    Draft draft;
    QString status;
    QString headVersionId;
};

Result<DraftRow> readDraft(Session& session, const QString& draftId)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.id, d.establishment_id, d.author_id, coalesce(a.display_name, d.author_id), sv.number, hv.number, "
                             "d.created_at, d.updated_at, d.content, d.status, d.head_version_id "
                             "FROM companysheet_drafts d LEFT JOIN accounts a ON a.id = d.author_id "
                             "LEFT JOIN companysheet_versions sv ON sv.id = d.source_version_id "
                             "LEFT JOIN companysheet_versions hv ON hv.id = d.head_version_id "
                             "WHERE d.id = ? AND d.deleted = 0"));
    q.addBindValue(draftId);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::companysheet", "Unknown company sheet draft: %1").arg(draftId)};
    DraftRow r;
    r.draft.info = DraftInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toInt(), q.value(5).toInt(), utc(q.value(6)), utc(q.value(7))};
    auto content = SheetContent::fromJson(q.value(8).toByteArray());
    if (!content)
        return content.error();
    r.draft.content = content.value();
    r.status = q.value(9).toString();
    r.headVersionId = q.value(10).toString();
    return r;
}

// The signed-in user's own open draft, in reach; refusals audited.
Result<DraftRow> ownOpenDraft(Session& session, const QString& draftId, const QString& action)
{
    if (Status s = requireModule(session); !s)
        return s.error();
    auto row = readDraft(session, draftId);
    if (!row)
        return row.error();
    if (row.value().draft.info.authorId != session.account().id)
        return refused(session, action, QStringLiteral("owner"),
                       QCoreApplication::translate("vigie::companysheet", "Access refused: this draft belongs to %1")
                           .arg(row.value().draft.info.authorName));
    if (row.value().status != QLatin1String("open"))
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::companysheet", "This draft is no longer open (it was validated or abandoned)")};
    if (auto m = membership::EstablishmentStore::load(session, row.value().draft.info.establishmentId); !m)
        return m.error();
    return row;
}

Result<WorkforceFacts> workforceFacts(Session& session, const QString& establishmentId)
{
    const QString today = session.clock().today().toString(Qt::ISODate);
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT m.worker_id, upper(m.contract_type), w.sex, x.exposure_code FROM employments m "
                             "JOIN workers w ON w.id = m.worker_id "
                             "LEFT JOIN employment_exposures x ON x.employment_id = m.id AND x.deleted = 0 "
                             "WHERE m.establishment_id = ? AND m.deleted = 0 AND m.start_date <= ? "
                             "AND (m.end_date IS NULL OR m.end_date = '' OR m.end_date >= ?)"));
    q.addBindValue(establishmentId);
    q.addBindValue(today);
    q.addBindValue(today);
    if (!q.exec())
        return sqlFailure(q);
    QHash<QString, QString> sexByWorker;
    QHash<QString, QSet<QString>> workersByContract;
    QHash<QString, std::array<QSet<QString>, 4>> exposed; // code → workers by contract column
    QStringList codes;
    while (q.next()) {
        const QString worker = q.value(0).toString();
        const QString contract = q.value(1).toString();
        sexByWorker.insert(worker, q.value(2).toString());
        workersByContract[contract].insert(worker);
        const QString code = q.value(3).toString();
        if (!code.isEmpty()) {
            if (!exposed.contains(code))
                codes << code;
            exposed[code][size_t(contractColumn(contract))].insert(worker);
        }
    }
    WorkforceFacts w;
    w.headcount = int(sexByWorker.size());
    for (auto it = workersByContract.begin(); it != workersByContract.end(); ++it)
        w.byContract.insert(it.key(), int(it.value().size()));
    for (const QString& sex : std::as_const(sexByWorker)) {
        if (sex == QLatin1String("F"))
            ++w.women;
        else if (sex == QLatin1String("M"))
            ++w.men;
    }
    for (const QString& code : std::as_const(codes)) {
        const auto& by = exposed.value(code);
        ExposureEntry e{code, {}, int(by[0].size()), int(by[1].size()), int(by[2].size()), int(by[3].size()), {}};
        auto found = thesaurus::ThesaurusStore::find(session, QStringLiteral("exposure"), code);
        if (found && found.value())
            e.label = found.value()->labelFr;
        w.exposures << e;
    }
    return w;
}

Result<QStringList> teamMembers(Session& session, const QString& teamId)
{
    QStringList out;
    if (teamId.isEmpty())
        return out;
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.display_name, a.role, 0 FROM teams t JOIN accounts a ON a.id = t.physician_id WHERE t.id = ? "
                             "UNION ALL SELECT a.display_name, a.role, 1 FROM team_members m JOIN accounts a ON a.id = m.account_id "
                             "WHERE m.team_id = ? AND m.deleted = 0 AND a.active = 1 ORDER BY 3, 1"));
    q.addBindValue(teamId);
    q.addBindValue(teamId);
    if (!q.exec())
        return sqlFailure(q);
    while (q.next()) {
        const auto role = security::roleFromCode(q.value(1).toString());
        // The multidisciplinary team: the company-sheet roles (planners and others are not part of it).
        if (!role || !security::AccessPolicy::canUseModule(*role, security::Module::CompanySheets).allowed)
            continue;
        const QString line = role ? QStringLiteral("%1 (%2)").arg(q.value(0).toString(), security::roleTitle(*role)) : q.value(0).toString();
        if (!out.contains(line))
            out << line;
    }
    return out;
}
} // namespace

Result<membership::Member> CompanySheetStore::establishment(Session& session, const QString& establishmentId)
{
    if (Status s = requireModule(session); !s)
        return s.error();
    return membership::EstablishmentStore::load(session, establishmentId);
}

Result<membership::Member> CompanySheetStore::establishmentBySiret(Session& session, const QString& siret)
{
    if (Status s = requireModule(session); !s)
        return s.error();
    auto found = membership::EstablishmentStore::findBySiret(session, siret);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::companysheet", "Unknown establishment: SIRET %1").arg(siret)};
    return *found.value();
}

Result<PrefillFacts> CompanySheetStore::prefillFacts(Session& session, const QString& establishmentId)
{
    auto member = establishment(session, establishmentId);
    if (!member)
        return member.error();
    PrefillFacts f;
    f.member = member.value();
    auto team = teamMembers(session, f.member.teamId);
    if (!team)
        return team.error();
    f.teamMembers = team.value();
    for (membership::ContactRole role : {membership::ContactRole::Employer, membership::ContactRole::PreventionReferent,
                                         membership::ContactRole::Hr})
        for (const membership::Contact& c : f.member.contacts)
            if (f.contactName.isEmpty() && c.role == role)
                f.contactName = c.name;
    auto form = membership::MembershipFormStore::latest(session, establishmentId);
    if (!form)
        return form.error();
    if (form.value() && form.value()->scoreTenths()) {
        f.preventionScoreTenths = form.value()->scoreTenths();
        f.preventionScoreDate = form.value()->date;
    }
    QSqlQuery d(session.db().sql());
    d.setForwardOnly(true);
    d.prepare(QStringLiteral("SELECT sir_count, year FROM workforce_declarations WHERE establishment_id = ? AND status = 'accepted' "
                             "AND deleted = 0 ORDER BY year DESC LIMIT 1"));
    d.addBindValue(establishmentId);
    if (!d.exec())
        return sqlFailure(d);
    if (d.next()) {
        f.sirDeclared = d.value(0).toInt();
        f.declarationYear = d.value(1).toInt();
    }
    d.finish();
    auto workforce = workforceFacts(session, establishmentId);
    if (!workforce)
        return workforce.error();
    if (workforce.value().headcount > 0)
        f.workforce = workforce.value();
    return f;
}

Result<Draft> CompanySheetStore::startDraft(Session& session, const QString& establishmentId, int fromNumber)
{
    auto facts = prefillFacts(session, establishmentId); // module and reach checked there
    if (!facts)
        return facts.error();
    auto head = headOf(session, establishmentId);
    if (!head)
        return head.error();
    std::optional<SheetContent> previous;
    QString sourceId;
    int sourceNumber = 0;
    if (fromNumber > 0 || head.value().number > 0) {
        auto source = readVersion(session, establishmentId, fromNumber);
        if (!source)
            return source.error();
        previous = source.value().content;
        sourceId = source.value().info.id;
        sourceNumber = source.value().info.number;
    }
    Draft draft;
    draft.content = prefill(facts.value(), previous);
    const QString now = nowText(session);
    draft.info = DraftInfo{session.newId(), establishmentId, session.account().id, session.account().displayName, sourceNumber,
                           head.value().number, utc(now), utc(now)};
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("INSERT INTO companysheet_drafts(id, establishment_id, author_id, source_version_id, head_version_id, "
                             "content, created_at, updated_at, hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant null(QMetaType(QMetaType::QString));
    q.addBindValue(draft.info.id);
    q.addBindValue(establishmentId);
    q.addBindValue(session.account().id);
    q.addBindValue(sourceId.isEmpty() ? null : QVariant(sourceId));
    q.addBindValue(head.value().id.isEmpty() ? null : QVariant(head.value().id));
    q.addBindValue(QString::fromUtf8(draft.content.canonicalJson()));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    if (!q.exec())
        return sqlFailure(q);
    if (Status s = audited(session, QStringLiteral("draft.start"),
                           QStringLiteral("establishment=%1 draft=%2 from=%3").arg(establishmentId, draft.info.id).arg(sourceNumber));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return draft;
}

Result<QList<DraftInfo>> CompanySheetStore::openDrafts(Session& session, const QString& establishmentId)
{
    if (auto m = establishment(session, establishmentId); !m)
        return m.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT d.id, d.establishment_id, d.author_id, coalesce(a.display_name, d.author_id), sv.number, hv.number, "
                             "d.created_at, d.updated_at FROM companysheet_drafts d LEFT JOIN accounts a ON a.id = d.author_id "
                             "LEFT JOIN companysheet_versions sv ON sv.id = d.source_version_id "
                             "LEFT JOIN companysheet_versions hv ON hv.id = d.head_version_id "
                             "WHERE d.establishment_id = ? AND d.status = 'open' AND d.deleted = 0 ORDER BY d.created_at"));
    q.addBindValue(establishmentId);
    if (!q.exec())
        return sqlFailure(q);
    QList<DraftInfo> out;
    while (q.next())
        out << DraftInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toInt(), q.value(5).toInt(), utc(q.value(6)), utc(q.value(7))};
    return out;
}

Result<Draft> CompanySheetStore::loadDraft(Session& session, const QString& draftId)
{
    auto row = ownOpenDraft(session, draftId, QStringLiteral("read"));
    if (!row)
        return row.error();
    return row.value().draft;
}

Status CompanySheetStore::saveDraft(Session& session, const QString& draftId, const SheetContent& content)
{
    auto row = ownOpenDraft(session, draftId, QStringLiteral("write"));
    if (!row)
        return row.error();
    // Re-read through the plan's checks: nothing outside it is ever stored.
    auto checked = SheetContent::fromJson(content.canonicalJson());
    if (!checked)
        return checked.error();
    // Exposures are codes of the exposure thesaurus; a label left empty takes the thesaurus' one.
    QList<ExposureEntry> exposures = checked.value().exposures();
    for (ExposureEntry& e : exposures) {
        auto code = thesaurus::ThesaurusStore::find(session, QStringLiteral("exposure"), e.code);
        if (!code)
            return code.error();
        if (!code.value())
            return Status::fail(ErrorCode::Invalid,
                                QCoreApplication::translate("vigie::companysheet", "Unknown exposure code: %1 (see the exposure thesaurus)").arg(e.code));
        if (e.label.isEmpty())
            e.label = code.value()->labelFr;
    }
    checked.value().setExposures(exposures);
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("UPDATE companysheet_drafts SET content = ?, updated_at = ?, row_version = row_version + 1, hlc = ?, "
                             "updated_by = ? WHERE id = ? AND status = 'open'"));
    q.addBindValue(QString::fromUtf8(checked.value().canonicalJson()));
    q.addBindValue(nowText(session));
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    q.addBindValue(draftId);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Status CompanySheetStore::abandonDraft(Session& session, const QString& draftId)
{
    auto row = ownOpenDraft(session, draftId, QStringLiteral("write"));
    if (!row)
        return row.error();
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("UPDATE companysheet_drafts SET status = 'abandoned', updated_at = ?, row_version = row_version + 1, "
                             "hlc = ?, updated_by = ? WHERE id = ?"));
    q.addBindValue(nowText(session));
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    q.addBindValue(draftId);
    if (!q.exec())
        return sqlFailure(q);
    if (Status s = audited(session, QStringLiteral("draft.abandon"), QStringLiteral("draft=%1").arg(draftId)); !s)
        return s;
    return tx.commit();
}

Result<ValidationOutcome> CompanySheetStore::validate(Session& session, const QString& draftId)
{
    if (Status s = requireModule(session); !s)
        return s.error();
    if (!mayValidate(session.account().role))
        return refused(session, QStringLiteral("validate"), QStringLiteral("role"),
                       QCoreApplication::translate("vigie::companysheet",
                                                   "Access refused: your role (%1) prepares company sheets but does not validate them")
                           .arg(security::roleTitle(session.account().role)));
    // Checked before the transaction, so that a refusal's audit record is not rolled back with it.
    auto row = ownOpenDraft(session, draftId, QStringLiteral("validate"));
    if (!row)
        return row.error();
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    const Draft& draft = row.value().draft;
    const QString establishmentId = draft.info.establishmentId;
    auto head = headOf(session, establishmentId);
    if (!head)
        return head.error();

    ValidationOutcome outcome;
    SheetContent content = draft.content;
    bool merged = false;
    if (head.value().id != row.value().headVersionId) {
        // Another version was validated since this draft was started: merge by section.
        auto base = contentOfVersionId(session, row.value().headVersionId);
        if (!base)
            return base.error();
        auto theirs = SheetContent::fromJson(head.value().content);
        if (!theirs)
            return theirs.error();
        outcome.merge = mergeBySection(base.value(), draft.content, theirs.value());
        outcome.theirsNumber = head.value().number;
        if (!outcome.merge.clean()) {
            tx.rollback();
            if (Status a = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("validate"), Resource, {}, 0, QStringLiteral("conflict"),
                                                             QStringLiteral("draft=%1 sections=%2").arg(draftId, outcome.merge.conflicts.join(QLatin1Char(',')))});
                !a)
                return a.error();
            return outcome;
        }
        content = outcome.merge.merged;
        merged = true;
    }

    const int number = head.value().number + 1;
    const QString validatedAt = session.clock().nowUtc().toUTC().toString(Qt::ISODate);
    const QByteArray json = content.canonicalJson();
    const QString hash = versionHash(head.value().hash, establishmentId, number, session.account().id, validatedAt, json);
    const QString versionId = session.newId();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("INSERT INTO companysheet_versions(id, establishment_id, number, author_id, author_name, validated_at, "
                             "based_on_id, merged, content, prev_hash, hash, hlc, updated_by) "
                             "SELECT ?, ?, ?, ?, ?, ?, source_version_id, ?, ?, ?, ?, ?, ? FROM companysheet_drafts WHERE id = ?"));
    q.addBindValue(versionId);
    q.addBindValue(establishmentId);
    q.addBindValue(number);
    q.addBindValue(session.account().id);
    q.addBindValue(session.account().displayName);
    q.addBindValue(validatedAt);
    q.addBindValue(merged ? 1 : 0);
    q.addBindValue(QString::fromUtf8(json));
    q.addBindValue(head.value().hash);
    q.addBindValue(hash);
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    q.addBindValue(draftId);
    if (!q.exec())
        return sqlFailure(q);
    QSqlQuery d(session.db().sql());
    d.prepare(QStringLiteral("UPDATE companysheet_drafts SET status = 'validated', version_id = ?, content = ?, updated_at = ?, "
                             "row_version = row_version + 1, hlc = ?, updated_by = ? WHERE id = ?"));
    d.addBindValue(versionId);
    d.addBindValue(QString::fromUtf8(json));
    d.addBindValue(nowText(session));
    d.addBindValue(session.nextHlc());
    d.addBindValue(session.account().id);
    d.addBindValue(draftId);
    if (!d.exec())
        return sqlFailure(d);
    if (Status s = audited(session, QStringLiteral("validate"),
                           QStringLiteral("establishment=%1 version=%2 number=%3 hash=%4").arg(establishmentId, versionId).arg(number).arg(hash));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    auto version = readVersion(session, establishmentId, number);
    if (!version)
        return version.error();
    outcome.version = version.value().info;
    return outcome;
}

Result<Draft> CompanySheetStore::resolve(Session& session, const QString& draftId, const QMap<QString, Side>& choices)
{
    auto row = ownOpenDraft(session, draftId, QStringLiteral("write"));
    if (!row)
        return row.error();
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    Draft draft = row.value().draft;
    auto head = headOf(session, draft.info.establishmentId);
    if (!head)
        return head.error();
    if (head.value().id == row.value().headVersionId)
        return draft; // nothing was validated meanwhile
    auto base = contentOfVersionId(session, row.value().headVersionId);
    if (!base)
        return base.error();
    auto theirs = SheetContent::fromJson(head.value().content);
    if (!theirs)
        return theirs.error();
    const MergeResult merge = mergeBySection(base.value(), draft.content, theirs.value());
    auto resolved = companysheet::resolve(merge, draft.content, theirs.value(), choices);
    if (!resolved)
        return resolved.error();
    draft.content = resolved.value();
    draft.info.headNumber = head.value().number;
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("UPDATE companysheet_drafts SET content = ?, head_version_id = ?, updated_at = ?, "
                             "row_version = row_version + 1, hlc = ?, updated_by = ? WHERE id = ?"));
    q.addBindValue(QString::fromUtf8(draft.content.canonicalJson()));
    q.addBindValue(head.value().id);
    q.addBindValue(nowText(session));
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    q.addBindValue(draftId);
    if (!q.exec())
        return sqlFailure(q);
    QStringList chosen;
    for (auto it = choices.begin(); it != choices.end(); ++it)
        if (merge.conflicts.contains(it.key()))
            chosen << it.key() + (it.value() == Side::Ours ? QStringLiteral(":ours") : QStringLiteral(":theirs"));
    if (Status s = audited(session, QStringLiteral("draft.resolve"),
                           QStringLiteral("draft=%1 onto=%2 choices=%3").arg(draftId).arg(head.value().number).arg(chosen.join(QLatin1Char(','))));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return draft;
}

Result<QList<VersionInfo>> CompanySheetStore::history(Session& session, const QString& establishmentId)
{
    if (auto m = establishment(session, establishmentId); !m)
        return m.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(VersionColumns + QStringLiteral("WHERE v.establishment_id = ? AND v.deleted = 0 ORDER BY v.number"));
    q.addBindValue(establishmentId);
    if (!q.exec())
        return sqlFailure(q);
    QList<VersionInfo> out;
    while (q.next())
        out << versionInfoOf(q);
    q.finish();
    for (VersionInfo& v : out)
        if (Status s = loadSendings(session, v); !s)
            return s.error();
    return out;
}

Result<Version> CompanySheetStore::version(Session& session, const QString& establishmentId, int number)
{
    if (auto m = establishment(session, establishmentId); !m)
        return m.error();
    auto v = readVersion(session, establishmentId, number);
    if (!v)
        return v;
    if (Status s = audited(session, QStringLiteral("read"), QStringLiteral("establishment=%1 number=%2").arg(establishmentId).arg(v.value().info.number)); !s)
        return s.error();
    return v;
}

Status CompanySheetStore::recordSending(Session& session, const QString& establishmentId, int number, const QDate& sentOn,
                                        Channel channel, const QString& recipient)
{
    if (auto m = establishment(session, establishmentId); !m)
        return m.error();
    auto v = readVersion(session, establishmentId, number);
    if (!v)
        return v.error();
    const QDate validatedOn = core::Clock::parisDate(v.value().info.validatedAt);
    if (!sentOn.isValid() || sentOn > session.clock().today() || sentOn < validatedOn)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::companysheet",
                                                        "The date of sending must lie between the validation (%1) and today")
                                .arg(validatedOn.toString(QStringLiteral("dd/MM/yyyy"))));
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("INSERT INTO companysheet_sendings(id, version_id, sent_on, channel, recipient, recorded_at, recorded_by, "
                             "hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(session.newId());
    q.addBindValue(v.value().info.id);
    q.addBindValue(sentOn.toString(Qt::ISODate));
    q.addBindValue(channelCode(channel));
    q.addBindValue(recipient.trimmed());
    q.addBindValue(nowText(session));
    q.addBindValue(session.account().id);
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    if (!q.exec())
        return sqlFailure(q);
    if (Status s = audited(session, QStringLiteral("send"),
                           QStringLiteral("establishment=%1 number=%2 channel=%3").arg(establishmentId).arg(number).arg(channelCode(channel)));
        !s)
        return s;
    return tx.commit();
}

Result<ChainCheck> CompanySheetStore::verify(Session& session, const QString& establishmentId)
{
    if (auto m = establishment(session, establishmentId); !m)
        return m.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, establishment_id, number, author_id, validated_at, content, prev_hash, hash "
                             "FROM companysheet_versions WHERE establishment_id = ? AND deleted = 0"));
    q.addBindValue(establishmentId);
    if (!q.exec())
        return sqlFailure(q);
    QList<StoredVersion> versions;
    while (q.next())
        versions << StoredVersion{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
                                  q.value(4).toString(), q.value(5).toString().toUtf8(), q.value(6).toString(), q.value(7).toString()};
    q.finish();
    const ChainCheck check = verifyChain(versions);
    if (Status s = audited(session, QStringLiteral("verify"),
                           QStringLiteral("establishment=%1 versions=%2 intact=%3 first_broken=%4")
                               .arg(establishmentId)
                               .arg(check.versions)
                               .arg(check.intact ? 1 : 0)
                               .arg(check.firstBroken));
        !s)
        return s.error();
    return check;
}

Result<int> CompanySheetStore::renewalYears(Session& session)
{
    if (session.account().role != security::Role::Admin)
        if (Status s = requireModule(session); !s)
            return s.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT renewal_years FROM companysheet_settings WHERE deleted = 0 ORDER BY id LIMIT 1")))
        return sqlFailure(q);
    return q.next() ? q.value(0).toInt() : DefaultRenewalYears;
}

Status CompanySheetStore::setRenewalYears(Session& session, int years)
{
    if (session.account().role != security::Role::Admin)
        return refused(session, QStringLiteral("settings"), QStringLiteral("role"),
                       QCoreApplication::translate("vigie::companysheet", "Access refused: only the administrator changes the company sheets' settings"));
    if (years < 1 || years > 10)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::companysheet", "The renewal delay must be from 1 to 10 years (%1 given)").arg(years));
    storage::Transaction tx(session.db());
    if (!tx.active())
        return tx.beginError();
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("UPDATE companysheet_settings SET renewal_years = ?, row_version = row_version + 1, hlc = ?, updated_by = ? "
                             "WHERE deleted = 0"));
    q.addBindValue(years);
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    if (!q.exec())
        return sqlFailure(q);
    if (q.numRowsAffected() == 0) {
        QSqlQuery i(session.db().sql());
        i.prepare(QStringLiteral("INSERT INTO companysheet_settings(id, renewal_years, hlc, updated_by) VALUES (?, ?, ?, ?)"));
        i.addBindValue(session.newId());
        i.addBindValue(years);
        i.addBindValue(session.nextHlc());
        i.addBindValue(session.account().id);
        if (!i.exec())
            return sqlFailure(i);
    }
    if (Status s = audited(session, QStringLiteral("settings"), QStringLiteral("renewal_years=%1").arg(years)); !s)
        return s;
    return tx.commit();
}

Result<QList<DueSheet>> CompanySheetStore::due(Session& session, int renewalYears, int horizonDays)
{
    if (Status s = requireModule(session); !s)
        return s.error();
    auto reachable = membership::EstablishmentStore::list(session, 10000000);
    if (!reachable)
        return reachable.error();
    QSet<QString> ids;
    for (const auto& e : reachable.value())
        ids.insert(e.id);
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT e.id, e.siret, e.name, e.member_since, e.status, t.id, t.name, v.number, v.validated_at FROM establishments e "
            "LEFT JOIN teams t ON t.id = (SELECT te.team_id FROM team_establishments te JOIN teams tt ON tt.id = te.team_id "
            "  WHERE te.establishment_id = e.id AND te.deleted = 0 AND tt.deleted = 0 ORDER BY tt.name LIMIT 1) "
            "LEFT JOIN companysheet_versions v ON v.id = (SELECT id FROM companysheet_versions WHERE establishment_id = e.id "
            "  AND deleted = 0 ORDER BY number DESC LIMIT 1) "
            "WHERE e.deleted = 0")))
        return sqlFailure(q);
    QList<SheetDeadlineFacts> facts;
    while (q.next()) {
        if (!ids.contains(q.value(0).toString()))
            continue;
        SheetDeadlineFacts f;
        f.establishmentId = q.value(0).toString();
        f.siret = q.value(1).toString();
        f.name = q.value(2).toString();
        f.memberSince = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        f.active = q.value(4).toString() == QLatin1String("active");
        f.teamId = q.value(5).toString();
        f.teamName = q.value(6).toString();
        f.lastNumber = q.value(7).toInt();
        if (!q.value(8).isNull())
            f.lastValidated = core::Clock::parisDate(utc(q.value(8)));
        facts << f;
    }
    return dueSheets(facts, session.clock().today(), renewalYears, horizonDays);
}

Result<SheetDocumentData> CompanySheetStore::documentData(Session& session, const QString& establishmentId, int number)
{
    auto member = establishment(session, establishmentId);
    if (!member)
        return member.error();
    auto v = readVersion(session, establishmentId, number);
    if (!v)
        return v.error();
    SheetDocumentData d;
    d.member = member.value();
    d.number = v.value().info.number;
    d.validatedAt = v.value().info.validatedAt;
    d.authorName = v.value().info.authorName;
    d.hash = v.value().info.hash;
    d.content = v.value().content;
    d.createdOn = core::Clock::parisDate(d.validatedAt);
    if (d.number > 1) {
        auto first = readVersion(session, establishmentId, 1);
        if (!first)
            return first.error();
        d.createdOn = core::Clock::parisDate(first.value().info.validatedAt);
    }
    // The service's public identity, printed on every document it sends (not membership data).
    QSqlQuery s(session.db().sql());
    s.setForwardOnly(true);
    if (!s.exec(QStringLiteral("SELECT name, legal_form, street, postal_code, city, siret, phone, email FROM service_identity "
                               "WHERE deleted = 0 ORDER BY id LIMIT 1")))
        return sqlFailure(s);
    if (s.next()) {
        d.service.name = s.value(0).toString();
        d.service.legalForm = s.value(1).toString();
        d.service.street = s.value(2).toString();
        d.service.postalCode = s.value(3).toString();
        d.service.city = s.value(4).toString();
        d.service.siret = s.value(5).toString();
        d.service.phone = s.value(6).toString();
        d.service.email = s.value(7).toString();
    }
    s.finish();
    if (Status st = audited(session, QStringLiteral("export"), QStringLiteral("establishment=%1 number=%2").arg(establishmentId).arg(d.number)); !st)
        return st.error();
    return d;
}

} // namespace vigie::companysheet
