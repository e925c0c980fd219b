#include "DemoIndicators.h"

#include "companysheet/CompanySheetStore.h"
#include "prevention/ActionRequestStore.h"
#include "prevention/ActionStore.h"
#include "reports/SurveyStore.h"
#include "security/SignIn.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace vigie::cli {
using core::Status;

namespace {
// Up to `n` workers employed at the establishment today (read-only: demo code choosing participants).
QStringList workersAt(security::Session& s, const QString& establishmentId, const QDate& today, int n)
{
    QSqlQuery q(s.db().sql());
    q.prepare(QStringLiteral("SELECT DISTINCT worker_id FROM employments WHERE establishment_id = ? AND deleted = 0 AND start_date <= ?"
                             " AND (end_date IS NULL OR end_date >= ?) ORDER BY worker_id LIMIT ?"));
    q.addBindValue(establishmentId);
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(n);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}
} // namespace

Status populateDemoIndicators(const QString& databasePath, const QString& password, const QStringList& sirets, const QDate& today)
{
    core::ManualClock clock(QDateTime(today, QTime(9, 0), Qt::UTC));
    auto iprp = security::signIn(databasePath, QStringLiteral("iprp"), password, clock);
    if (!iprp)
        return iprp.error();
    security::Session& s = *iprp.value();
    struct Planned {
        const char* code;
        int daysAgo;
        const char* title;
        int named;
    };
    const Planned planned[] = {
        {"DUERP_SUPPORT", 120, "Accompagnement à la mise à jour du document unique", 0},
        {"ERGONOMIC_STUDY", 75, "Étude ergonomique des postes de conditionnement", 3},
        {"AFP_SEASONAL", 300, "Accueil et prévention des saisonniers", 6},
        {"ADVICE", 30, "Conseil sur l'aménagement d'un poste", 1},
    };
    QStringList allWorkers;
    for (int i = 0; i < std::min<qsizetype>(sirets.size(), 6); ++i) {
        auto member = companysheet::CompanySheetStore::establishmentBySiret(s, sirets.at(i));
        if (!member)
            return member.error();
        const QString establishment = member.value().id;
        const QStringList workers = workersAt(s, establishment, today, 8);
        allWorkers << workers;
        for (const Planned& p : planned) {
            prevention::ActionRequest request;
            request.establishmentId = establishment;
            request.requestedOn = today.addDays(-(p.daysAgo + 10 + 9 * i));
            request.code = QString::fromLatin1(p.code);
            request.subject = QString::fromUtf8(p.title);
            request.requester = QStringLiteral("Direction");
            auto requestId = prevention::ActionRequestStore::record(s, request);
            if (!requestId)
                return requestId.error();
            prevention::WorkplaceAction a;
            a.establishmentId = establishment;
            a.code = QString::fromLatin1(p.code);
            a.date = today.addDays(-(p.daysAgo + 2 * i));
            a.title = QString::fromUtf8(p.title);
            a.participantWorkers = workers.mid(0, p.named);
            a.participants = std::max<int>(int(a.participantWorkers.size()), 2);
            a.professionals = {QStringLiteral("iprp")};
            auto id = prevention::ActionStore::record(s, a);
            if (!id)
                return id.error();
            if (i % 3 != 2) // a third of them still waiting for their answer's record
                if (Status st = prevention::ActionRequestStore::answer(s, requestId.value(), id.value()); !st)
                    return st;
        }
    }
    iprp.value().reset();

    auto director = security::signIn(databasePath, QStringLiteral("directeur"), password, clock);
    if (!director)
        return director.error();
    QList<reports::SatisfactionAnswer> answers;
    for (int i = 0; i < 40; ++i)
        answers << reports::SatisfactionAnswer{i % 2 ? QStringLiteral("membership_information") : QStringLiteral("membership_interface"),
                                               today.addDays(-(3 + 8 * i)), 1 + (i * 7 + 3) % 5, {}};
    if (auto n = reports::SurveyStore::recordAnswers(*director.value(), answers, QStringLiteral("demo-enquete.csv")); !n)
        return n.error();
    director.value().reset();

    auto physician = security::signIn(databasePath, QStringLiteral("medecin"), password, clock);
    if (!physician)
        return physician.error();
    for (int i = 0; i < allWorkers.size(); i += 7)
        if (Status st = reports::SurveyStore::noteLongTermCondition(*physician.value(), allWorkers.at(i), today.addDays(-(40 + i))); !st)
            return st;
    return {};
}

} // namespace vigie::cli
