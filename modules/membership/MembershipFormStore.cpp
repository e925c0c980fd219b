#include "membership/MembershipFormStore.h"

#include "membership/ContributionStore.h"
#include "membership/EstablishmentStore.h"
#include "membership/StoreSupport.h"
#include "thesaurus/Naf.h"
#include "thesaurus/ThesaurusStore.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace vigie::membership {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;
using namespace detail;

Result<QString> MembershipFormStore::save(security::Session& session, const MembershipForm& input)
{
    if (Status s = requireMembership(session); !s)
        return s.error();
    MembershipForm form = input;
    if (Status s = validateMembershipForm(form, session.clock().today()); !s)
        return s.error();
    auto member = EstablishmentStore::load(session, form.establishmentId);
    if (!member)
        return member.error();
    form.risks.removeDuplicates();
    for (const QString& code : std::as_const(form.risks)) {
        auto found = thesaurus::ThesaurusStore::find(session, QStringLiteral("exposure"), code);
        if (!found)
            return found.error();
        if (!found.value() || !found.value()->selectable || found.value()->retired())
            return Error{ErrorCode::Invalid,
                         QCoreApplication::translate("vigie::membership", "Unknown risk %1: choose it from the exposure thesaurus").arg(code)};
    }
    const int score = form.scoreTenths().value_or(0);
    form.id = session.newId();
    storage::Transaction tx(session.db());
    if (!tx.active())
        return Error{ErrorCode::Storage, QCoreApplication::translate("vigie::membership", "The database is busy")};
    QSqlQuery q(session.db().sql());
    q.prepare(QStringLiteral("INSERT INTO membership_forms(id, establishment_id, form_date, estimated_si, estimated_sia, "
                             "estimated_sir, q1, q2, q3, q4, q5, q6, score_tenths, notes, recorded_at, hlc, updated_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(form.id);
    q.addBindValue(form.establishmentId);
    q.addBindValue(isoDate(form.date));
    q.addBindValue(form.estimatedSi);
    q.addBindValue(form.estimatedSia);
    q.addBindValue(form.estimatedSir);
    for (const auto& a : form.answers)
        q.addBindValue(a.value_or(false) ? 1 : 0);
    q.addBindValue(score);
    q.addBindValue(form.notes.trimmed());
    q.addBindValue(nowText(session));
    q.addBindValue(session.nextHlc());
    q.addBindValue(session.account().id);
    if (Status s = exec(q); !s)
        return s.error();
    for (const QString& code : std::as_const(form.risks)) {
        QSqlQuery r(session.db().sql());
        r.prepare(QStringLiteral("INSERT INTO membership_form_risks(id, form_id, code, hlc, updated_by) VALUES (?, ?, ?, ?, ?)"));
        for (const QString& v : {session.newId(), form.id, code, session.nextHlc(), session.account().id})
            r.addBindValue(v);
        if (Status s = exec(r); !s)
            return s.error();
    }
    if (Status s = audited(session, QStringLiteral("create"), QStringLiteral("membership_form"),
                           QStringLiteral("form=%1 establishment=%2 score=%3").arg(form.id, form.establishmentId).arg(score));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return form.id;
}

Result<std::optional<MembershipForm>> MembershipFormStore::latest(security::Session& session, const QString& establishmentId)
{
    // Reading the form is reading the member: the same reach.
    if (auto member = EstablishmentStore::load(session, establishmentId); !member)
        return member.error();
    QSqlQuery q(session.db().sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, form_date, estimated_si, estimated_sia, estimated_sir, q1, q2, q3, q4, q5, q6, notes "
                             "FROM membership_forms WHERE establishment_id = ? AND deleted = 0 "
                             "ORDER BY form_date DESC, recorded_at DESC LIMIT 1"));
    q.addBindValue(establishmentId);
    if (!q.exec())
        return sqlFailure(q);
    if (!q.next())
        return std::optional<MembershipForm>();
    MembershipForm f;
    f.id = q.value(0).toString();
    f.establishmentId = establishmentId;
    f.date = dateOf(q.value(1));
    f.estimatedSi = q.value(2).toInt();
    f.estimatedSia = q.value(3).toInt();
    f.estimatedSir = q.value(4).toInt();
    for (int i = 0; i < PreventionQuestionCount; ++i)
        f.answers[size_t(i)] = q.value(5 + i).toInt() == 1;
    f.notes = q.value(11).toString();
    q.finish();
    QSqlQuery r(session.db().sql());
    r.setForwardOnly(true);
    r.prepare(QStringLiteral("SELECT code FROM membership_form_risks WHERE form_id = ? AND deleted = 0 ORDER BY rowid"));
    r.addBindValue(f.id);
    if (!r.exec())
        return sqlFailure(r);
    while (r.next())
        f.risks << r.value(0).toString();
    return std::optional<MembershipForm>(f);
}

Result<WelcomeSheetData> MembershipFormStore::welcomeSheetData(security::Session& session, const QString& establishmentId)
{
    auto member = EstablishmentStore::load(session, establishmentId);
    if (!member)
        return member.error();
    WelcomeSheetData d;
    d.member = member.value();
    d.printedOn = session.clock().today();
    if (auto naf = thesaurus::ThesaurusStore::find(session, QStringLiteral("naf"), d.member.naf); naf && naf.value())
        d.nafLabel = naf.value()->labelFr;
    auto form = latest(session, establishmentId);
    if (!form)
        return form.error();
    d.form = form.value();
    if (d.form)
        for (const QString& code : std::as_const(d.form->risks)) {
            auto risk = thesaurus::ThesaurusStore::find(session, QStringLiteral("exposure"), code);
            d.riskLabels << (risk && risk.value() ? risk.value()->labelFr : code);
        }
    auto service = ContributionStore::serviceIdentity(session);
    if (!service)
        return service.error();
    if (service.value())
        d.service = *service.value();
    auto year = ContributionStore::year(session, d.printedOn.year());
    if (!year)
        return year.error();
    d.contribution = year.value();
    auto prices = ContributionStore::priceList(session, true);
    if (!prices)
        return prices.error();
    d.priceList = prices.value();
    if (Status s = session.audit(storage::AuditEvent{{}, {}, QStringLiteral("print"), QStringLiteral("welcome_sheet"), {}, 0,
                                                     QStringLiteral("allowed"), QStringLiteral("establishment=%1").arg(establishmentId)});
        !s)
        return s.error();
    return d;
}

} // namespace vigie::membership
