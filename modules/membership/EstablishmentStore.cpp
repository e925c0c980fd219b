#include "membership/EstablishmentStore.h"

#include "core/TextFold.h"
#include "membership/StoreSupport.h"
#include "security/PolicyStore.h"
#include "security/TeamStore.h"
#include "storage/AuditTrail.h"
#include "thesaurus/Naf.h"
#include "thesaurus/ThesaurusStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace vigie::membership {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;
using namespace detail;

namespace {

Result<QList<EstablishmentSummary>> run(QSqlQuery& q)
{
    if (!q.exec())
        return Error{ErrorCode::Storage, storage::sqlErrorText(q)};
    QList<EstablishmentSummary> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString()});
    return out;
}
const QString Columns = QStringLiteral("SELECT id, siret, name, city, naf FROM establishments ");

// Who sees which establishments: the membership roles and the administrator (who assigns them to
// teams) see all; the other professionals of the records see their teams' establishments; directors
// (aggregates only) and the others none. The scope is a JSON array of team ids, or null for all.
core::Result<QVariant> scopeFor(security::Session& session)
{
    const security::Role role = session.account().role;
    if (role == security::Role::Admin ||
        security::AccessPolicy::canUseModule(role, security::Module::Membership).allowed)
        return QVariant(QMetaType(QMetaType::QString));
    if (security::AccessPolicy::canUseModule(role, security::Module::Records).allowed) {
        auto teams = security::PolicyStore::reachableTeams(session);
        if (!teams)
            return teams.error();
        return QVariant(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(teams.value())).toJson(QJsonDocument::Compact)));
    }
    return storage::auditedRefusal(session.audit(storage::AuditEvent{{}, {}, QStringLiteral("list"), QStringLiteral("establishment"), {}, 0,
                                                                     QStringLiteral("denied"), QStringLiteral("reason=role")}),
                                   Error{ErrorCode::Denied, QCoreApplication::translate("vigie::membership", "Access refused: your role does not give access to the establishments' list")});
}

const QString InScope = QStringLiteral(
    "(? IS NULL OR id IN (SELECT establishment_id FROM team_establishments WHERE deleted = 0 "
    "AND team_id IN (SELECT value FROM json_each(?)))) ");

// The establishment is in the user's reach (scopeFor); a refusal is audited.
Status requireInScope(security::Session& session, const QString& establishmentId, const QString& siret)
{
    auto scope = scopeFor(session);
    if (!scope)
        return scope.error();
    if (scope.value().isNull())
        return {};
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM establishments WHERE id = ? AND ") + InScope);
    q.addBindValue(establishmentId);
    q.addBindValue(scope.value());
    q.addBindValue(scope.value());
    if (!q.exec())
        return sqlFailure(q);
    if (q.next())
        return {};
    return refused(session, QStringLiteral("read"), QStringLiteral("establishment"),
                   QCoreApplication::translate("vigie::membership", "Access refused: the establishment %1 is not followed by your team")
                       .arg(formatSiret(siret)),
                   QStringLiteral("team"));
}

QString yearStart(int year) { return QDate(year, 1, 1).toString(Qt::ISODate); }
QString yearEnd(int year) { return QDate(year, 12, 31).toString(Qt::ISODate); }

const QString WorkersOfYear = QStringLiteral(
    "(SELECT count(DISTINCT m.worker_id) FROM employments m WHERE m.establishment_id = e.id AND m.deleted = 0 "
    "AND m.start_date <= ? AND (m.end_date IS NULL OR m.end_date = '' OR m.end_date >= ?))");

// Reads the establishment `id` (no rights check: the callers made it).
Result<std::optional<Member>> read(security::Session& session, const QString& where, const QString& key)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT e.id, e.enterprise_id, e.siret, e.name, e.naf, e.address, e.address_extra, e.postal_code, "
                  "e.commune_insee, e.city, e.member_number, e.member_since, e.status, e.status_since, n.name, n.legal_form "
                  "FROM establishments e JOIN enterprises n ON n.id = e.enterprise_id WHERE e.deleted = 0 AND ") +
              where);
    q.addBindValue(key);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<Member>();
    Member m;
    m.id = q.value(0).toString();
    m.enterpriseId = q.value(1).toString();
    m.siret = q.value(2).toString();
    m.name = q.value(3).toString();
    m.naf = q.value(4).toString();
    m.address = Address{q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                        q.value(9).toString()};
    m.memberNumber = q.value(10).toString();
    m.memberSince = dateOf(q.value(11));
    m.status = statusFromCode(q.value(12).toString()).value_or(MemberStatus::Active);
    m.statusSince = dateOf(q.value(13));
    if (!m.statusSince.isValid())
        m.statusSince = m.memberSince;
    m.enterpriseName = q.value(14).toString();
    m.legalForm = q.value(15).toString();
    q.finish();

    QSqlQuery c(session.db().sql());
    c.setForwardOnly(true);
    c.prepare(QStringLiteral("SELECT id, role, name, phone, email FROM establishment_contacts "
                             "WHERE establishment_id = ? AND deleted = 0 ORDER BY position, name"));
    c.addBindValue(m.id);
    if (!c.exec())
        return sqlFailure(c);
    while (c.next())
        m.contacts.append(Contact{c.value(0).toString(), contactRoleFromCode(c.value(1).toString()).value_or(ContactRole::Other),
                                  c.value(2).toString(), c.value(3).toString(), c.value(4).toString()});

    QSqlQuery h(session.db().sql());
    h.setForwardOnly(true);
    h.prepare(QStringLiteral("SELECT status, since, note FROM establishment_status_history "
                             "WHERE establishment_id = ? AND deleted = 0 ORDER BY since, recorded_at"));
    h.addBindValue(m.id);
    if (!h.exec())
        return sqlFailure(h);
    while (h.next())
        m.history.append(StatusEntry{statusFromCode(h.value(0).toString()).value_or(MemberStatus::Active),
                                     dateOf(h.value(1)), h.value(2).toString()});
    if (m.history.isEmpty() && m.memberSince.isValid()) // members recorded before the history existed
        m.history.append(StatusEntry{m.status, m.statusSince, {}});

    QSqlQuery t(session.db().sql());
    t.setForwardOnly(true);
    t.prepare(QStringLiteral("SELECT t.id, t.name FROM team_establishments te JOIN teams t ON t.id = te.team_id "
                             "WHERE te.establishment_id = ? AND te.deleted = 0 AND t.deleted = 0 ORDER BY t.name LIMIT 1"));
    t.addBindValue(m.id);
    if (!t.exec())
        return sqlFailure(t);
    if (t.next()) {
        m.teamId = t.value(0).toString();
        m.teamName = t.value(1).toString();
    }
    return std::optional<Member>(m);
}

Status insertHistory(security::Session& session, const QString& establishmentId, MemberStatus status, const QDate& since,
                     const QString& note)
{
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("INSERT INTO establishment_status_history(id, establishment_id, status, since, note, recorded_at, "
                             "hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QString& v : {session.newId(), establishmentId, statusCode(status), isoDate(since), note.trimmed(),
                             nowText(session), session.nextHlc(), session.account().id})
        q.addBindValue(v);
    return exec(q);
}

Result<QString> allocateMemberNumber(security::Session& session)
{
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT member_number FROM establishments WHERE member_number GLOB 'A[0-9]*' "
                               "ORDER BY length(member_number) DESC, member_number DESC LIMIT 1")))
        return sqlFailure(q);
    return nextMemberNumber(q.next() ? q.value(0).toString() : QString());
}

// The enterprise with the member's SIREN, created or brought up to date; its id.
Result<QString> upsertEnterprise(security::Session& session, const Member& m)
{
    QSqlQuery f(session.db().sql());
    f.setForwardOnly(true);
    f.prepare(QStringLiteral("SELECT id FROM enterprises WHERE siren = ?"));
    f.addBindValue(m.siren());
    if (!f.exec())
        return sqlFailure(f);
    if (f.next()) {
        const QString id = f.value(0).toString();
        f.finish();
        QSqlQuery u(session.db().sql());
        u.prepare(QStringLiteral("UPDATE enterprises SET name = ?, legal_form = ?, deleted = 0, row_version = row_version + 1, "
                                 "hlc = ?, updated_by = ? WHERE id = ? AND (name <> ? OR legal_form IS NOT ? OR deleted <> 0)"));
        const QVariant legal = m.legalForm.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(m.legalForm.trimmed());
        u.addBindValue(m.enterpriseName.trimmed());
        u.addBindValue(legal);
        u.addBindValue(session.nextHlc());
        u.addBindValue(session.account().id);
        u.addBindValue(id);
        u.addBindValue(m.enterpriseName.trimmed());
        u.addBindValue(legal);
        if (Status s = exec(u); !s)
            return s.error();
        return id;
    }
    const QString id = session.newId();
    QSqlQuery i(session.db().sql());
    i.prepare(QStringLiteral("INSERT INTO enterprises(id, siren, name, legal_form, hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?)"));
    i.addBindValue(id);
    i.addBindValue(m.siren());
    i.addBindValue(m.enterpriseName.trimmed());
    i.addBindValue(m.legalForm.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(m.legalForm.trimmed()));
    i.addBindValue(session.nextHlc());
    i.addBindValue(session.account().id);
    if (Status s = exec(i); !s)
        return s.error();
    return id;
}

Status saveContacts(security::Session& session, const QString& establishmentId, const QList<Contact>& contacts)
{
    QSet<QString> existing;
    {
        QSqlQuery q(session.db().sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM establishment_contacts WHERE establishment_id = ? AND deleted = 0"));
        q.addBindValue(establishmentId);
        if (!q.exec())
            return Status(sqlFailure(q));
        while (q.next())
            existing.insert(q.value(0).toString());
    }
    QSet<QString> kept;
    int position = 0;
    for (const Contact& c : contacts) {
        const QString phone = c.phone.trimmed().isEmpty() ? QString() : normalisePhone(c.phone);
        QSqlQuery q(session.db().sql());
        if (!c.id.isEmpty() && existing.contains(c.id)) {
            kept.insert(c.id);
            q.prepare(QStringLiteral("UPDATE establishment_contacts SET role = ?, name = ?, phone = ?, email = ?, position = ?, "
                                     "row_version = row_version + 1, hlc = ?, updated_by = ? WHERE id = ? AND "
                                     "(role <> ? OR name <> ? OR phone <> ? OR email <> ? OR position <> ?)"));
            q.addBindValue(contactRoleCode(c.role));
            q.addBindValue(c.name.trimmed());
            q.addBindValue(phone);
            q.addBindValue(c.email.trimmed());
            q.addBindValue(position);
            q.addBindValue(session.nextHlc());
            q.addBindValue(session.account().id);
            q.addBindValue(c.id);
            q.addBindValue(contactRoleCode(c.role));
            q.addBindValue(c.name.trimmed());
            q.addBindValue(phone);
            q.addBindValue(c.email.trimmed());
            q.addBindValue(position);
        } else {
            q.prepare(QStringLiteral("INSERT INTO establishment_contacts(id, establishment_id, role, name, phone, email, position, "
                                     "hlc, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(session.newId());
            q.addBindValue(establishmentId);
            q.addBindValue(contactRoleCode(c.role));
            q.addBindValue(c.name.trimmed());
            q.addBindValue(phone);
            q.addBindValue(c.email.trimmed());
            q.addBindValue(position);
            q.addBindValue(session.nextHlc());
            q.addBindValue(session.account().id);
        }
        if (Status s = exec(q); !s)
            return s;
        ++position;
    }
    for (const QString& id : existing) {
        if (kept.contains(id))
            continue;
        QSqlQuery d(session.db().sql());
        d.prepare(QStringLiteral("UPDATE establishment_contacts SET deleted = 1, row_version = row_version + 1, hlc = ?, "
                                 "updated_by = ? WHERE id = ?"));
        d.addBindValue(session.nextHlc());
        d.addBindValue(session.account().id);
        d.addBindValue(id);
        if (Status s = exec(d); !s)
            return s;
    }
    return {};
}

// The NAF code as stored ("62.01Z"), checked against the thesaurus; `previous` may stay even if retired.
Result<QString> checkedNaf(security::Session& session, const QString& naf, const QString& previous)
{
    const QString code = thesaurus::Naf::normalise(naf);
    if (code.isEmpty())
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("vigie::membership", "Invalid NAF code \"%1\": a sub-class such as 62.01Z is expected")
                         .arg(naf.trimmed())};
    auto found = thesaurus::ThesaurusStore::find(session, QStringLiteral("naf"), code);
    if (!found)
        return found.error();
    if (!found.value() || !found.value()->selectable || (found.value()->retired() && code != previous))
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("vigie::membership", "Unknown NAF code %1: choose a sub-class from the NAF list").arg(code)};
    return code;
}
} // namespace

Result<QList<EstablishmentSummary>> EstablishmentStore::list(security::Session& session, int limit)
{
    if (limit < 1)
        return Error{ErrorCode::Usage, QCoreApplication::translate("vigie::membership", "Invalid limit: %1").arg(limit)};
    auto scope = scopeFor(session);
    if (!scope)
        return scope.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(Columns + QStringLiteral("WHERE deleted = 0 AND ") + InScope + QStringLiteral("ORDER BY name_fold, siret LIMIT ?"));
    q.addBindValue(scope.value());
    q.addBindValue(scope.value());
    q.addBindValue(limit);
    return run(q);
}

Result<QList<EstablishmentSummary>> EstablishmentStore::findByName(security::Session& session, const QString& text,
                                                                   int limit)
{
    const QString prefix = core::foldForSearch(text);
    if (prefix.isEmpty())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::membership", "Type at least one letter of the name")};
    auto scope = scopeFor(session);
    if (!scope)
        return scope.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(Columns + QStringLiteral("WHERE name_fold >= ? AND name_fold < ? AND deleted = 0 AND ") + InScope +
              QStringLiteral("ORDER BY name_fold, siret LIMIT ?"));
    q.addBindValue(prefix);
    q.addBindValue(core::prefixUpperBound(prefix));
    q.addBindValue(scope.value());
    q.addBindValue(scope.value());
    q.addBindValue(limit);
    return run(q);
}

Result<Member> EstablishmentStore::load(security::Session& session, const QString& establishmentId)
{
    auto found = read(session, QStringLiteral("e.id = ?"), establishmentId);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::membership", "Unknown establishment: %1").arg(establishmentId)};
    if (Status s = requireInScope(session, establishmentId, found.value()->siret); !s)
        return s.error();
    return *found.value();
}

Result<std::optional<Member>> EstablishmentStore::findBySiret(security::Session& session, const QString& siret)
{
    auto found = read(session, QStringLiteral("e.siret = ?"), digitsOf(siret));
    if (!found)
        return found.error();
    if (found.value()) {
        if (Status s = requireInScope(session, found.value()->id, found.value()->siret); !s)
            return s.error();
    } else if (auto scope = scopeFor(session); !scope) {
        return scope.error(); // a role without access learns nothing, found or not
    }
    return found;
}

Result<std::optional<EstablishmentStore::CommuneInfo>> EstablishmentStore::commune(security::Session& session,
                                                                                   const QString& inseeCode)
{
    auto found = thesaurus::ThesaurusStore::find(session, QStringLiteral("commune"), inseeCode.trimmed());
    if (!found)
        return found.error();
    if (!found.value() || !found.value()->selectable || found.value()->retired())
        return std::optional<CommuneInfo>();
    const thesaurus::Code& c = *found.value();
    return std::optional<CommuneInfo>(CommuneInfo{
        c.code, c.labelFr,
        c.attributes.value(QStringLiteral("postal_codes")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)});
}

Result<QString> EstablishmentStore::save(security::Session& session, const Member& input)
{
    if (Status s = requireMembership(session); !s)
        return s.error();
    Member m = input;
    m.siret = digitsOf(m.siret);
    m.address.postalCode = m.address.postalCode.trimmed();
    m.address.communeInsee = m.address.communeInsee.trimmed();
    if (Status s = validateMember(m, session.clock().today()); !s)
        return s.error();

    std::optional<Member> previous;
    if (!m.id.isEmpty()) {
        auto found = read(session, QStringLiteral("e.id = ?"), m.id);
        if (!found)
            return found.error();
        if (!found.value())
            return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::membership", "Unknown establishment: %1").arg(m.id)};
        previous = found.value();
    }
    // The thesaurus first: it may load its shipped codes, in its own transaction.
    auto naf = checkedNaf(session, m.naf, previous ? previous->naf : QString());
    if (!naf)
        return naf.error();
    m.naf = naf.value();
    auto commune = EstablishmentStore::commune(session, m.address.communeInsee);
    if (!commune)
        return commune.error();
    if (commune.value())
        m.address.city = commune.value()->name;
    if (Status s = validateAddress(m.address, commune.value() ? commune.value()->postalCodes : QStringList()); !s)
        return s.error();
    if (previous && m.status != previous->status) {
        if (Status s = checkStatusChange(*previous, m.status, m.statusSince, session.clock().today()); !s)
            return s.error();
    }

    storage::Transaction tx(session.db());
    if (!tx.active())
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::membership", "The database is busy")};
    auto enterpriseId = upsertEnterprise(session, m);
    if (!enterpriseId)
        return enterpriseId.error();
    m.enterpriseId = enterpriseId.value();
    const bool creating = !previous.has_value();
    if (creating) {
        m.id = session.newId();
        if (m.memberNumber.trimmed().isEmpty()) {
            auto number = allocateMemberNumber(session);
            if (!number)
                return number.error();
            m.memberNumber = number.value();
        }
        if (!m.statusSince.isValid())
            m.statusSince = m.memberSince;
    }
    QSqlQuery q(session.db().sql());
    if (creating)
        q.prepare(QStringLiteral("INSERT INTO establishments(enterprise_id, siret, name, name_fold, naf, address, address_extra, "
                                 "postal_code, commune_insee, city, member_number, member_since, status, status_since, hlc, "
                                 "updated_by, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral("UPDATE establishments SET enterprise_id = ?, siret = ?, name = ?, name_fold = ?, naf = ?, "
                                 "address = ?, address_extra = ?, postal_code = ?, commune_insee = ?, city = ?, member_number = ?, "
                                 "member_since = ?, status = ?, status_since = ?, hlc = ?, updated_by = ?, "
                                 "row_version = row_version + 1 WHERE id = ?"));
    const QDate statusSince = creating || m.status != previous->status ? m.statusSince : previous->statusSince;
    q.addBindValue(m.enterpriseId);
    q.addBindValue(m.siret);
    q.addBindValue(m.name.trimmed());
    q.addBindValue(core::foldForSearch(m.name));
    q.addBindValue(m.naf);
    q.addBindValue(m.address.street.trimmed());
    q.addBindValue(m.address.extra.trimmed());
    q.addBindValue(m.address.postalCode);
    q.addBindValue(m.address.communeInsee);
    q.addBindValue(m.address.city);
    q.addBindValue(m.memberNumber.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(m.memberNumber.trimmed()));
    q.addBindValue(isoDate(m.memberSince));
    q.addBindValue(statusCode(m.status));
    q.addBindValue(nullableDate(statusSince));
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    q.addBindValue(m.id);
    if (!q.exec()) {
        if (isUniqueViolation(q)) {
            const QString text = storage::sqlErrorText(q);
            if (text.contains(QLatin1String("member_number")))
                return Error{ErrorCode::Invalid,
                             QCoreApplication::translate("vigie::membership", "The member number %1 is already used").arg(m.memberNumber.trimmed())};
            return Error{ErrorCode::Invalid,
                         QCoreApplication::translate("vigie::membership", "An establishment with SIRET %1 already exists").arg(formatSiret(m.siret))};
        }
        return sqlFailure(q);
    }
    if (creating || m.status != previous->status)
        if (Status s = insertHistory(session, m.id, m.status, statusSince, {}); !s)
            return s.error();
    if (Status s = saveContacts(session, m.id, m.contacts); !s)
        return s.error();
    if (Status s = audited(session, creating ? QStringLiteral("create") : QStringLiteral("write"), QStringLiteral("establishment"),
                           QStringLiteral("establishment=%1 siret=%2").arg(m.id, m.siret));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return m.id;
}

Status EstablishmentStore::changeStatus(security::Session& session, const QString& establishmentId, MemberStatus status,
                                        const QDate& since, const QString& note)
{
    if (Status s = requireMembership(session); !s)
        return s;
    auto found = read(session, QStringLiteral("e.id = ?"), establishmentId);
    if (!found)
        return found.error();
    if (!found.value())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::membership", "Unknown establishment: %1").arg(establishmentId));
    if (Status s = checkStatusChange(*found.value(), status, since, session.clock().today()); !s)
        return s;
    storage::Transaction tx(session.db());
    if (!tx.active())
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::membership", "The database is busy"));
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("UPDATE establishments SET status = ?, status_since = ?, row_version = row_version + 1, hlc = ?, "
                             "updated_by = ? WHERE id = ?"));
    q.addBindValue(statusCode(status));
    q.addBindValue(isoDate(since));
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    q.addBindValue(establishmentId);
    Status s = exec(q);
    if (s)
        s = insertHistory(session, establishmentId, status, since, note);
    if (s)
        s = audited(session, QStringLiteral("status"), QStringLiteral("establishment"),
                    QStringLiteral("establishment=%1 status=%2").arg(establishmentId, statusCode(status)));
    return s ? tx.commit() : s;
}

Status EstablishmentStore::assignTeam(security::Session& session, const QString& establishmentId, const QString& teamId)
{
    if (Status s = requireAdministration(session); !s)
        return s;
    storage::Transaction tx(session.db());
    if (!tx.active())
        return Status::fail(ErrorCode::Storage, QCoreApplication::translate("vigie::membership", "The database is busy"));
    {
        QSqlQuery e(session.db().sql());
        e.setForwardOnly(true);
        e.prepare(QStringLiteral("SELECT 1 FROM establishments WHERE id = ? AND deleted = 0"));
        e.addBindValue(establishmentId);
        if (!e.exec())
            return sqlFailure(e);
        if (!e.next())
            return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::membership", "Unknown establishment: %1").arg(establishmentId));
    }
    if (!teamId.isEmpty()) {
        QSqlQuery t(session.db().sql());
        t.setForwardOnly(true);
        t.prepare(QStringLiteral("SELECT 1 FROM teams WHERE id = ? AND deleted = 0"));
        t.addBindValue(teamId);
        if (!t.exec())
            return sqlFailure(t);
        if (!t.next())
            return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::membership", "Unknown team: %1").arg(teamId));
    }
    QSqlQuery off(session.db().sql());
    off.prepare(QStringLiteral("UPDATE team_establishments SET deleted = 1, row_version = row_version + 1, hlc = ?, updated_by = ? "
                               "WHERE establishment_id = ? AND team_id <> ? AND deleted = 0"));
    off.addBindValue(session.nextHlc());
    off.addBindValue(session.account().id);
    off.addBindValue(establishmentId);
    off.addBindValue(teamId);
    if (Status s = exec(off); !s)
        return s;
    if (!teamId.isEmpty()) {
        QSqlQuery on(session.db().sql());
        on.prepare(QStringLiteral("UPDATE team_establishments SET deleted = 0, row_version = row_version + 1, hlc = ?, updated_by = ? "
                                  "WHERE establishment_id = ? AND team_id = ? AND deleted = 1"));
        on.addBindValue(session.nextHlc());
        on.addBindValue(session.account().id);
        on.addBindValue(establishmentId);
        on.addBindValue(teamId);
        if (Status s = exec(on); !s)
            return s;
        QSqlQuery add(session.db().sql());
        add.prepare(QStringLiteral("INSERT INTO team_establishments(id, team_id, establishment_id, hlc, updated_by) "
                                   "SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM team_establishments "
                                   "WHERE establishment_id = ? AND team_id = ?)"));
        for (const QString& v : {session.newId(), teamId, establishmentId, session.nextHlc(), session.account().id,
                                 establishmentId, teamId})
            add.addBindValue(v);
        if (Status s = exec(add); !s)
            return s;
    }
    Status s = audited(session, QStringLiteral("team.establishment"), QStringLiteral("team"),
                       QStringLiteral("establishment=%1 team=%2").arg(establishmentId, teamId));
    return s ? tx.commit() : s;
}

Result<QList<TeamChoice>> EstablishmentStore::teams(security::Session& session)
{
    auto teams = security::TeamStore::list(session);
    if (!teams)
        return teams.error();
    QList<TeamChoice> out;
    for (const security::Team& t : teams.value())
        out.append({t.id, t.name});
    return out;
}

Result<EnterpriseView> EstablishmentStore::enterprise(security::Session& session, const QString& siren, int year)
{
    auto scope = scopeFor(session);
    if (!scope)
        return scope.error();
    EnterpriseView view;
    view.year = year;
    {
        QSqlQuery q(session.db().sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, siren, name, legal_form FROM enterprises WHERE siren = ? AND deleted = 0"));
        q.addBindValue(digitsOf(siren));
        if (!q.exec())
            return sqlFailure(q);
        if (!q.next())
            return Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::membership", "Unknown enterprise: SIREN %1").arg(formatSiren(siren))};
        view.id = q.value(0).toString();
        view.siren = q.value(1).toString();
        view.name = q.value(2).toString();
        view.legalForm = q.value(3).toString();
    }
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.id, e.siret, e.name, e.city, e.naf, e.member_number, e.status, "
                             "coalesce(e.status_since, e.member_since), ") +
              WorkersOfYear + QStringLiteral(" FROM establishments e WHERE e.enterprise_id = ? AND e.deleted = 0 AND ") + InScope +
              QStringLiteral("ORDER BY e.siret"));
    q.addBindValue(yearEnd(year));
    q.addBindValue(yearStart(year));
    q.addBindValue(view.id);
    q.addBindValue(scope.value());
    q.addBindValue(scope.value());
    if (!q.exec())
        return sqlFailure(q);
    while (q.next()) {
        EstablishmentOverview o{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                q.value(4).toString(), q.value(5).toString(),
                                statusFromCode(q.value(6).toString()).value_or(MemberStatus::Active), dateOf(q.value(7)),
                                q.value(8).toInt()};
        view.workers += o.workers;
        view.establishments.append(o);
    }
    if (view.establishments.isEmpty() && !scope.value().isNull())
        return refused(session, QStringLiteral("read"), QStringLiteral("enterprise"),
                       QCoreApplication::translate("vigie::membership", "Access refused: no establishment of the enterprise %1 is followed by your team")
                           .arg(formatSiren(siren)),
                       QStringLiteral("team"));
    return view;
}

Result<int> EstablishmentStore::workersFollowed(security::Session& session, const QString& establishmentId, int year)
{
    if (Status s = requireInScope(session, establishmentId, establishmentId); !s)
        return s.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + WorkersOfYear + QStringLiteral(" FROM establishments e WHERE e.id = ?"));
    q.addBindValue(yearEnd(year));
    q.addBindValue(yearStart(year));
    q.addBindValue(establishmentId);
    if (!q.exec())
        return sqlFailure(q);
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace vigie::membership
