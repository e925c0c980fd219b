#include "DemoActions.h"

#include "companysheet/CompanySheetStore.h"
#include "core/Clock.h"
#include "prevention/ActionStore.h"
#include "security/SignIn.h"
#include "storage/Database.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace vigie::cli {
using core::Status;

namespace {

struct Planned {
    const char* code;
    const char* title;
    int participants;
    int named;
    bool withPhysician;
};
// One per code of the thesaurus (2026.1); only the codes still missing are recorded.
constexpr Planned Actions[] = {
    {"COMPANY_SHEET", "Visite de l'établissement pour la mise à jour de la fiche d'entreprise", 2, 0, false},
    {"POST_STUDY", "Étude du poste de cariste", 1, 1, true},
    {"WORK_CONDITIONS_STUDY", "Étude des conditions de travail de l'équipe de nuit", 6, 2, true},
    {"MEASUREMENT", "Sonométrie de l'atelier de découpe", 0, 0, false},
    {"CHEMICAL_RISK_ASSESSMENT", "Évaluation du risque chimique : inventaire des produits et fiches de données de sécurité", 3, 0, false},
    {"ERGONOMIC_STUDY", "Étude ergonomique des postes de conditionnement", 4, 2, false},
    {"PSYCHOSOCIAL_STUDY", "Diagnostic des risques psychosociaux du service client", 14, 0, false},
    {"DUERP_SUPPORT", "Aide à la mise à jour du document unique", 2, 0, false},
    {"ADVICE", "Conseil sur l'éclairage des bureaux", 1, 0, false},
    {"AWARENESS", "Sensibilisation aux gestes et postures", 10, 3, false},
    {"CSE_MEETING", "Réunion de la CSSCT : bilan annuel", 8, 0, true},
    {"ACCIDENT_INVESTIGATION", "Enquête après la chute d'un préparateur de commandes", 3, 1, true},
    {"PREVENTION_PROJECT", "Conception du nouvel entrepôt : circulation et quais", 4, 0, false},
    {"FIRST_AID_ORGANISATION", "Organisation des secours et formation des sauveteurs secouristes", 9, 2, false},
    {"AFP_SEASONAL", "Accueil et prévention des saisonniers", 12, 3, false},
    {"PDP_COLLECTIVE", "Information collective sur le maintien en emploi", 15, 0, true},
    {"VACCINATION_CAMPAIGN", "Campagne de vaccination antigrippale", 25, 4, true},
};

QString ascii(const QString& text)
{
    QString folded = text.normalized(QString::NormalizationForm_KD);
    QString out;
    for (const QChar c : std::as_const(folded))
        if (c.unicode() < 128 && c != QLatin1Char('(') && c != QLatin1Char(')') && c != QLatin1Char('\\'))
            out += c;
    return out;
}

} // namespace

QByteArray demoPdf(const QStringList& lines)
{
    QByteArray stream = "BT /F1 12 Tf 72 770 Td 16 TL\n";
    for (const QString& line : lines)
        stream += "(" + ascii(line).toLatin1() + ") '\n";
    stream += "ET\n";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(stream.size()) + " >>\nstream\n" + stream + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

Status populateDemoActions(const QString& databasePath, const QString& password, const QStringList& sirets, const QDate& today)
{
    if (sirets.isEmpty())
        return {};
    core::ManualClock clock(QDateTime(today, QTime(9, 0), Qt::UTC));
    auto signedIn = security::signIn(databasePath, QStringLiteral("iprp"), password, clock);
    if (!signedIn)
        return signedIn.error();
    security::Session& s = *signedIn.value();
    QSet<QString> present;
    {
        QSqlQuery q(s.db().sql());
        if (!q.exec(QStringLiteral("SELECT DISTINCT code FROM workplace_actions WHERE deleted = 0")))
            return core::Error{core::ErrorCode::Storage, storage::sqlErrorText(q)};
        while (q.next())
            present.insert(q.value(0).toString());
    }
    int index = 0;
    for (const Planned& p : Actions) {
        if (present.contains(QLatin1String(p.code)) || !prevention::isActionCode(QLatin1String(p.code)))
            continue;
        // Spread over team A's establishments (after the first six, which the indicators part uses).
        const QString siret = sirets.at((6 + 3 * index) % sirets.size());
        auto member = companysheet::CompanySheetStore::establishmentBySiret(s, siret);
        if (!member)
            return member.error();
        const QString establishment = member.value().id;
        prevention::WorkplaceAction a;
        a.establishmentId = establishment;
        a.code = QLatin1String(p.code);
        a.kind = prevention::familyOf(a.code);
        a.date = today.addDays(-(12 + 23 * index));
        a.title = QString::fromUtf8(p.title);
        a.professionals = {QStringLiteral("iprp")};
        if (p.withPhysician)
            a.professionals << QStringLiteral("medecin");
        QSqlQuery w(s.db().sql());
        w.prepare(QStringLiteral("SELECT DISTINCT worker_id FROM employments WHERE establishment_id = ? AND deleted = 0 AND start_date <= ? "
                                 "AND (end_date IS NULL OR end_date >= ?) ORDER BY worker_id LIMIT ?"));
        w.addBindValue(establishment);
        w.addBindValue(a.date.toString(Qt::ISODate));
        w.addBindValue(a.date.toString(Qt::ISODate));
        w.addBindValue(p.named);
        if (!w.exec())
            return core::Error{core::ErrorCode::Storage, storage::sqlErrorText(w)};
        while (w.next())
            a.participantWorkers << w.value(0).toString();
        a.participants = std::max<int>(p.participants, int(a.participantWorkers.size()));
        a.notes = QStringLiteral("Compte rendu remis à l'employeur ; suites à revoir lors de la prochaine visite.");
        auto versions = companysheet::CompanySheetStore::history(s, establishment);
        if (!versions)
            return versions.error();
        for (const companysheet::VersionInfo& v : versions.value())
            a.sheetVersion = std::max(a.sheetVersion, v.number);
        auto report = prevention::reportOf(QStringLiteral("compte-rendu-%1.pdf").arg(QString::fromLatin1(p.code).toLower()),
                                           demoPdf({QStringLiteral("Compte rendu d'action en milieu de travail"), a.title,
                                                    member.value().name, a.date.toString(QStringLiteral("dd/MM/yyyy")),
                                                    QStringLiteral("Constats, preconisations et suites convenues avec l'employeur.")}));
        if (!report)
            return report.error();
        if (auto r = prevention::ActionStore::record(s, a, report.value()); !r)
            return r.error();
        ++index;
    }
    return {};
}

} // namespace vigie::cli
