#include "dmst/VisitDocument.h"

#include "dmst/InsDataMatrix.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace vigie::dmst {
using core::ErrorCode;
using core::Status;

namespace {


QString d(const QDate& date) { return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }
QString t(const QTime& time) { return time.isValid() ? time.toString(QStringLiteral("HH'h'mm")) : QString(); }
QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString multiline(const QString& s) { return esc(s.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>")); }
QString date(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); }

const QString Style = QStringLiteral(
    "body { font-family: 'DejaVu Sans'; font-size: 9pt; color: #1f2933; }"
    "h1 { font-size: 14pt; color: #12355b; margin-top: 4px; margin-bottom: 2px; }"
    "h2 { font-size: 10pt; color: #12355b; margin-top: 12px; margin-bottom: 4px; }"
    "p { margin-top: 2px; margin-bottom: 4px; }"
    "td { vertical-align: top; padding: 2px; }"
    ".label { color: #4a5563; }"
    ".small { font-size: 7.5pt; color: #4a5563; }"
    ".service { font-size: 8pt; font-weight: bold; color: #12355b; letter-spacing: 1px; }"
    ".box { background-color: #f3f6f9; }");

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td class=\"label\" width=\"34%\">%1</td><td>%2</td></tr>").arg(esc(label), value);
}

QString checkbox(bool checked) { return checked ? QStringLiteral("\u2612") : QStringLiteral("\u2610"); }

QString yesNoSince(bool yes, const QDate& since)
{
    if (!yes)
        return checkbox(false) + QLatin1Char(' ') + esc(QCoreApplication::translate("vigie::dmst", "Yes")) + QStringLiteral("&nbsp;&nbsp;") +
               checkbox(true) + QLatin1Char(' ') + esc(QCoreApplication::translate("vigie::dmst", "No"));
    QString text = checkbox(true) + QLatin1Char(' ') +
                   esc(since.isValid() ? QCoreApplication::translate("vigie::dmst", "Yes (since %1)").arg(d(since))
                                       : QCoreApplication::translate("vigie::dmst", "Yes"));
    return text + QStringLiteral("&nbsp;&nbsp;") + checkbox(false) + QLatin1Char(' ') + esc(QCoreApplication::translate("vigie::dmst", "No"));
}

QString basisOf(DocumentKind k)
{
    switch (k) {
    case DocumentKind::Attestation: return QStringLiteral("L4624-1");
    case DocumentKind::Aptitude: return QStringLiteral("L4624-2");
    case DocumentKind::Inaptitude: return QStringLiteral("L4624-4");
    case DocumentKind::Adjustment: return QStringLiteral("L4624-3");
    case DocumentKind::PreventionOrder: return {}; // part of the service's offer, no article of its own
    }
    return {};
}

QString sexWord(const QString& code)
{
    if (code == QLatin1String("M"))
        return QCoreApplication::translate("vigie::dmst", "Male");
    if (code == QLatin1String("F"))
        return QCoreApplication::translate("vigie::dmst", "Female");
    return QCoreApplication::translate("vigie::dmst", "Undetermined");
}

QString visitLine(const QDate& day, const QTime& arrival, const QTime& departure)
{
    QString s = d(day);
    if (arrival.isValid() || departure.isValid())
        s += QStringLiteral(" — ") + QCoreApplication::translate("vigie::dmst", "arrival %1, departure %2").arg(t(arrival), t(departure));
    return s;
}

} // namespace

QString documentKindCode(DocumentKind k)
{
    switch (k) {
    case DocumentKind::Attestation: return QStringLiteral("attestation");
    case DocumentKind::Aptitude: return QStringLiteral("aptitude");
    case DocumentKind::Inaptitude: return QStringLiteral("inaptitude");
    case DocumentKind::Adjustment: return QStringLiteral("adjustment");
    case DocumentKind::PreventionOrder: return QStringLiteral("prevention_order");
    }
    return {};
}

std::optional<DocumentKind> documentKindFromCode(const QString& code)
{
    for (DocumentKind k : {DocumentKind::Attestation, DocumentKind::Aptitude, DocumentKind::Inaptitude, DocumentKind::Adjustment,
                           DocumentKind::PreventionOrder})
        if (documentKindCode(k) == code)
            return k;
    return std::nullopt;
}

QString documentKindTitle(DocumentKind k)
{
    switch (k) {
    case DocumentKind::Attestation: return QCoreApplication::translate("vigie::dmst", "Individual health follow-up certificate");
    case DocumentKind::Aptitude: return QCoreApplication::translate("vigie::dmst", "Fitness opinion");
    case DocumentKind::Inaptitude: return QCoreApplication::translate("vigie::dmst", "Unfitness opinion");
    case DocumentKind::Adjustment: return QCoreApplication::translate("vigie::dmst", "Proposal of individual adjustment measures");
    case DocumentKind::PreventionOrder: return QCoreApplication::translate("vigie::dmst", "Prevention order");
    }
    return {};
}

security::Action signingAction(DocumentKind k)
{
    switch (k) {
    case DocumentKind::Attestation:
    case DocumentKind::PreventionOrder: return security::Action::Write;
    case DocumentKind::Aptitude:
    case DocumentKind::Inaptitude:
    case DocumentKind::Adjustment: return security::Action::Sign;
    }
    return security::Action::Sign;
}

QJsonObject DocumentContent::toJson() const
{
    const auto ds = [](const QDate& v) { return v.isValid() ? v.toString(Qt::ISODate) : QString(); };
    const auto ts = [](const QTime& v) { return v.isValid() ? v.toString(QStringLiteral("HH:mm")) : QString(); };
    return QJsonObject{
        {QStringLiteral("serviceName"), serviceName}, {QStringLiteral("serviceAddress"), serviceAddress},
        {QStringLiteral("serviceContact"), serviceContact}, {QStringLiteral("enterpriseName"), enterpriseName},
        {QStringLiteral("establishmentName"), establishmentName}, {QStringLiteral("establishmentAddress"), establishmentAddress},
        {QStringLiteral("siret"), siret}, {QStringLiteral("referentPhysician"), referentPhysician},
        {QStringLiteral("birthName"), birthName}, {QStringLiteral("birthFirstNames"), birthFirstNames},
        {QStringLiteral("usedName"), usedName}, {QStringLiteral("birthDate"), ds(birthDate)}, {QStringLiteral("sex"), sex},
        {QStringLiteral("insMatricule"), insMatricule}, {QStringLiteral("insNature"), insNature}, {QStringLiteral("insOid"), insOid},
        {QStringLiteral("birthPlaceCog"), birthPlaceCog},
        {QStringLiteral("birthPlace"), birthPlace}, {QStringLiteral("posts"), QJsonArray::fromStringList(posts)},
        {QStringLiteral("sir"), sir}, {QStringLiteral("sirSince"), ds(sirSince)}, {QStringLiteral("measures"), measures},
        {QStringLiteral("measuresSince"), ds(measuresSince)}, {QStringLiteral("visitDate"), ds(visitDate)},
        {QStringLiteral("arrival"), ts(arrival)}, {QStringLiteral("departure"), ts(departure)},
        {QStringLiteral("visitKind"), visitKind}, {QStringLiteral("visitKindLabel"), visitKindLabel},
        {QStringLiteral("visitBasis"), visitBasis}, {QStringLiteral("conclusion"), conclusion},
        {QStringLiteral("fitness"), fitness}, {QStringLiteral("nextVisitOn"), ds(nextVisitOn)},
        {QStringLiteral("measureLabels"), QJsonArray::fromStringList(measureLabels)},
        {QStringLiteral("postStudyOn"), ds(postStudyOn)}, {QStringLiteral("conditionsStudyOn"), ds(conditionsStudyOn)},
        {QStringLiteral("employerExchangeOn"), ds(employerExchangeOn)},
        {QStringLiteral("companySheetUpdatedOn"), ds(companySheetUpdatedOn)}, {QStringLiteral("secondVisitOn"), ds(secondVisitOn)},
        {QStringLiteral("secondArrival"), ts(secondArrival)}, {QStringLiteral("secondDeparture"), ts(secondDeparture)},
        {QStringLiteral("exemptHarmful"), exemptHarmful}, {QStringLiteral("exemptNoRedeployment"), exemptNoRedeployment},
        {QStringLiteral("risks"), risks}, {QStringLiteral("advice"), advice}, {QStringLiteral("healthIssues"), healthIssues},
        {QStringLiteral("contact"), contact}, {QStringLiteral("signerName"), signerName}, {QStringLiteral("signerTitle"), signerTitle},
        {QStringLiteral("issuedOn"), ds(issuedOn)}, {QStringLiteral("supersedesIssuedOn"), ds(supersedesIssuedOn)}};
}

DocumentContent DocumentContent::fromJson(const QJsonObject& o)
{
    const auto dt = [&o](const char* key) { return QDate::fromString(date(o, key), Qt::ISODate); };
    const auto tm = [&o](const char* key) { return QTime::fromString(date(o, key), QStringLiteral("HH:mm")); };
    const auto str = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
    const auto list = [&o](const char* key) {
        QStringList out;
        for (const QJsonValue& v : o.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    DocumentContent c;
    c.serviceName = str("serviceName");
    c.serviceAddress = str("serviceAddress");
    c.serviceContact = str("serviceContact");
    c.enterpriseName = str("enterpriseName");
    c.establishmentName = str("establishmentName");
    c.establishmentAddress = str("establishmentAddress");
    c.siret = str("siret");
    c.referentPhysician = str("referentPhysician");
    c.birthName = str("birthName");
    c.birthFirstNames = str("birthFirstNames");
    c.usedName = str("usedName");
    c.birthDate = dt("birthDate");
    c.sex = str("sex");
    c.insMatricule = str("insMatricule");
    c.insNature = str("insNature");
    c.insOid = str("insOid");
    c.birthPlaceCog = str("birthPlaceCog");
    c.birthPlace = str("birthPlace");
    c.posts = list("posts");
    c.sir = o.value(QStringLiteral("sir")).toBool();
    c.sirSince = dt("sirSince");
    c.measures = o.value(QStringLiteral("measures")).toBool();
    c.measuresSince = dt("measuresSince");
    c.visitDate = dt("visitDate");
    c.arrival = tm("arrival");
    c.departure = tm("departure");
    c.visitKind = str("visitKind");
    c.visitKindLabel = str("visitKindLabel");
    c.visitBasis = str("visitBasis");
    c.conclusion = str("conclusion");
    c.fitness = str("fitness");
    c.nextVisitOn = dt("nextVisitOn");
    c.measureLabels = list("measureLabels");
    c.postStudyOn = dt("postStudyOn");
    c.conditionsStudyOn = dt("conditionsStudyOn");
    c.employerExchangeOn = dt("employerExchangeOn");
    c.companySheetUpdatedOn = dt("companySheetUpdatedOn");
    c.secondVisitOn = dt("secondVisitOn");
    c.secondArrival = tm("secondArrival");
    c.secondDeparture = tm("secondDeparture");
    c.exemptHarmful = o.value(QStringLiteral("exemptHarmful")).toBool();
    c.exemptNoRedeployment = o.value(QStringLiteral("exemptNoRedeployment")).toBool();
    c.risks = str("risks");
    c.advice = str("advice");
    c.healthIssues = str("healthIssues");
    c.contact = str("contact");
    c.signerName = str("signerName");
    c.signerTitle = str("signerTitle");
    c.issuedOn = dt("issuedOn");
    c.supersedesIssuedOn = dt("supersedesIssuedOn");
    return c;
}

QString fitnessCode(Fitness f)
{
    switch (f) {
    case Fitness::Fit: return QStringLiteral("fit");
    case Fitness::FitWithAdjustments: return QStringLiteral("fit_adjusted");
    case Fitness::Unfit: return QStringLiteral("unfit");
    }
    return {};
}

std::optional<Fitness> fitnessFromCode(const QString& code)
{
    for (Fitness f : {Fitness::Fit, Fitness::FitWithAdjustments, Fitness::Unfit})
        if (fitnessCode(f) == code)
            return f;
    return std::nullopt;
}

QString fitnessText(Fitness f)
{
    switch (f) {
    case Fitness::Fit: return QCoreApplication::translate("vigie::dmst", "Fit for the post");
    case Fitness::FitWithAdjustments:
        return QCoreApplication::translate("vigie::dmst", "Fit for the post with the adjustment measures proposed (L4624-3)");
    case Fitness::Unfit: return QCoreApplication::translate("vigie::dmst", "Unfit for the post");
    }
    return {};
}

QList<Fitness> fitnessChoices(DocumentKind k)
{
    switch (k) {
    case DocumentKind::Aptitude: return {Fitness::Fit, Fitness::FitWithAdjustments};
    case DocumentKind::Inaptitude: return {Fitness::Unfit};
    default: return {};
    }
}

bool meantForEmployer(DocumentKind k) { return k != DocumentKind::PreventionOrder; }

DocumentContent withoutUndueContent(DocumentKind kind, DocumentContent c)
{
    if (kind != DocumentKind::PreventionOrder) {
        c.risks.clear();
        c.advice.clear();
        c.healthIssues.clear();
        c.contact.clear();
    }
    if (kind == DocumentKind::Attestation || kind == DocumentKind::Aptitude)
        c.conclusion.clear();
    if (kind != DocumentKind::Adjustment)
        c.measureLabels.clear();
    if (const auto f = fitnessFromCode(c.fitness); !f || !fitnessChoices(kind).contains(*f))
        c.fitness.clear();
    if (kind == DocumentKind::Inaptitude)
        c.fitness = fitnessCode(Fitness::Unfit);
    if (kind != DocumentKind::Attestation && kind != DocumentKind::Aptitude)
        c.nextVisitOn = QDate();
    if (kind != DocumentKind::Inaptitude) {
        c.postStudyOn = c.conditionsStudyOn = c.employerExchangeOn = c.secondVisitOn = QDate();
        c.secondArrival = c.secondDeparture = QTime();
        c.exemptHarmful = c.exemptNoRedeployment = false;
    }
    return c;
}

Status checkIssuable(DocumentKind kind, const QString& visitKind, bool sirWorker, bool byPhysician)
{
    if ((kind == DocumentKind::Aptitude || kind == DocumentKind::Inaptitude) && !byPhysician)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::dmst", "An avis follows only a visit done by the médecin du travail (R4623-14 II): "
                                                                       "this visit was not"));
    if (visitKind == QLatin1String("PRE_RETURN") && kind != DocumentKind::PreventionOrder && kind != DocumentKind::Adjustment)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::dmst", "No attestation nor avis is issued after a pre-return visit (R4624-30)"));
    if (kind == DocumentKind::Aptitude && !sirWorker)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::dmst", "An avis d'aptitude is issued only to a worker under reinforced "
                                                                       "follow-up (SIR, L4624-2); give the attestation de suivi instead"));
    return {};
}

Status checkComplete(DocumentKind kind, const DocumentContent& c)
{
    const auto missing = [](const QString& what) {
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst", "Required before signing: %1").arg(what));
    };
    if (!c.visitDate.isValid())
        return missing(QCoreApplication::translate("vigie::dmst", "the date of the visit"));
    switch (kind) {
    case DocumentKind::Inaptitude:
        if (!c.postStudyOn.isValid())
            return missing(QCoreApplication::translate("vigie::dmst", "the date of the post study (R4624-42 2°)"));
        if (!c.conditionsStudyOn.isValid())
            return missing(QCoreApplication::translate("vigie::dmst", "the date of the study of the working conditions (R4624-42 3°)"));
        if (!c.employerExchangeOn.isValid())
            return missing(QCoreApplication::translate("vigie::dmst", "the date of the exchange with the employer (R4624-42 4°)"));
        if (c.conclusion.trimmed().isEmpty())
            return missing(QCoreApplication::translate("vigie::dmst", "the conclusions and indications on redeployment (L4624-4)"));
        if (c.secondVisitOn.isValid() && c.secondVisitOn > c.visitDate.addDays(15))
            return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::dmst",
                                                                                "The second examination must take place within 15 days of the "
                                                                                "first (R4624-42): %1 is too late")
                                                        .arg(d(c.secondVisitOn)));
        break;
    case DocumentKind::Aptitude:
        if (!fitnessFromCode(c.fitness) || !fitnessChoices(kind).contains(*fitnessFromCode(c.fitness)))
            return missing(QCoreApplication::translate("vigie::dmst", "the decision: fit, or fit with adjustment measures"));
        break;
    case DocumentKind::Adjustment:
        if (c.measureLabels.isEmpty() && c.conclusion.trimmed().isEmpty())
            return missing(QCoreApplication::translate("vigie::dmst", "at least one measure"));
        break;
    case DocumentKind::PreventionOrder:
        if (c.risks.trimmed().isEmpty() || c.advice.trimmed().isEmpty())
            return missing(QCoreApplication::translate("vigie::dmst", "the main risks of the post and the prevention advice"));
        break;
    case DocumentKind::Attestation: break;
    }
    return {};
}

QString appealMention()
{
    return QCoreApplication::translate(
        "vigie::dmst",
        "Means and delay of appeal: the worker or the employer may contest the elements of a medical nature justifying this "
        "opinion, proposal or conclusion before the conseil de prud'hommes ruling under the accelerated procedure on the merits, "
        "within fifteen days of its notification (articles L4624-7 and R4624-45 of the Code du travail). The employer informs "
        "the occupational physician of the appeal.");
}

membership::PrintableDocument printable(DocumentKind kind, const DocumentContent& content, const QString& documentId)
{
    // What the kind must not carry is never printed, whatever the content holds (a document meant for
    // the employer keeps the medical secret).
    const DocumentContent c = withoutUndueContent(kind, content);
    const QString title = documentKindTitle(kind);
    QString b;
    b += QStringLiteral("<p class=\"service\">%1</p>")
             .arg(esc(QCoreApplication::translate("vigie::dmst", "OCCUPATIONAL HEALTH AND PREVENTION SERVICE")));
    b += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"55%\"><b>%1</b><br>%2<br><span class=\"small\">%3</span></td>"
                        "<td width=\"45%\" align=\"right\"><h1>%4</h1><span class=\"small\">%5</span></td></tr></table>")
             .arg(esc(c.serviceName), esc(c.serviceAddress), esc(c.serviceContact), esc(title),
                  basisOf(kind).isEmpty() ? QString()
                                          : esc(QCoreApplication::translate("vigie::dmst", "Article %1 of the Code du travail").arg(basisOf(kind))));
    if (c.supersedesIssuedOn.isValid())
        b += QStringLiteral("<p><b>%1</b></p>")
                 .arg(esc(QCoreApplication::translate("vigie::dmst", "This document cancels and replaces the one issued on %1").arg(d(c.supersedesIssuedOn))));

    b += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\">").arg(esc(QCoreApplication::translate("vigie::dmst", "Company")));
    b += row(QCoreApplication::translate("vigie::dmst", "Company"), esc(c.enterpriseName));
    if (!c.establishmentName.isEmpty() && c.establishmentName != c.enterpriseName)
        b += row(QCoreApplication::translate("vigie::dmst", "Establishment"), esc(c.establishmentName));
    b += row(QCoreApplication::translate("vigie::dmst", "Address"), esc(c.establishmentAddress));
    b += row(QCoreApplication::translate("vigie::dmst", "SIRET"), esc(c.siret));
    b += row(QCoreApplication::translate("vigie::dmst", "Referent occupational physician"), esc(c.referentPhysician));
    b += QStringLiteral("</table>");

    // INS-05: the matricule is in the content only for a qualified identity (DocumentStore), and so is
    // its DataMatrix; a trait the format cannot carry leaves the text alone.
    QByteArray insSymbol;
    if (!c.insMatricule.isEmpty())
        if (auto symbol = insDataMatrixContent(InsTraits{QStringLiteral("QUAL"), c.insMatricule, c.insOid, c.birthFirstNames, c.birthName,
                                                          c.sex, c.birthDate, c.birthPlaceCog});
            symbol)
            insSymbol = symbol.value();
    b += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("vigie::dmst", "Worker")));
    if (!insSymbol.isEmpty())
        b += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td>");
    b += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    b += row(QCoreApplication::translate("vigie::dmst", "Birth name"), QStringLiteral("<b>%1</b>").arg(esc(c.birthName.toUpper())));
    b += row(QCoreApplication::translate("vigie::dmst", "Birth first names"), esc(c.birthFirstNames));
    if (!c.usedName.isEmpty())
        b += row(QCoreApplication::translate("vigie::dmst", "Used name"), esc(c.usedName));
    b += row(QCoreApplication::translate("vigie::dmst", "Date of birth"), esc(d(c.birthDate)));
    b += row(QCoreApplication::translate("vigie::dmst", "Sex"), esc(sexWord(c.sex)));
    b += row(QCoreApplication::translate("vigie::dmst", "Place of birth"), esc(c.birthPlace));
    b += row(QCoreApplication::translate("vigie::dmst", "INS matricule (NIR or NIA)"),
             c.insMatricule.isEmpty() ? esc(QCoreApplication::translate("vigie::dmst", "identity not qualified: INS not printed"))
                                      : QStringLiteral("%1 (%2)").arg(esc(c.insMatricule), esc(c.insNature)));
    b += QStringLiteral("</table>");
    if (!insSymbol.isEmpty())
        //: The caption under the INS DataMatrix on printed documents
        b += QStringLiteral("</td><td width=\"120\" align=\"center\"><img src=\"%1\" width=\"96\" height=\"96\"><br><span class=\"small\">%2</span>"
                            "</td></tr></table>")
                 .arg(InsDataMatrixKey, esc(QCoreApplication::translate("vigie::dmst", "INS to scan")));

    b += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\">").arg(esc(QCoreApplication::translate("vigie::dmst", "Work post")));
    b += row(c.posts.size() > 1 ? QCoreApplication::translate("vigie::dmst", "Jobs") : QCoreApplication::translate("vigie::dmst", "Post title"),
             esc(c.posts.mid(0, 3).join(QStringLiteral(" ; "))));
    b += row(QCoreApplication::translate("vigie::dmst", "Individual measures (L4624-3)"), yesNoSince(c.measures, c.measuresSince));
    b += row(QCoreApplication::translate("vigie::dmst", "Reinforced follow-up (L4624-2)"), yesNoSince(c.sir, c.sirSince));
    b += QStringLiteral("</table>");

    b += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\">").arg(esc(QCoreApplication::translate("vigie::dmst", "Visit")));
    b += row(kind == DocumentKind::Inaptitude ? QCoreApplication::translate("vigie::dmst", "First examination")
                                              : QCoreApplication::translate("vigie::dmst", "Date of the visit"),
             esc(visitLine(c.visitDate, c.arrival, c.departure)));
    b += row(QCoreApplication::translate("vigie::dmst", "Type of visit"),
             esc(c.visitBasis.isEmpty() ? c.visitKindLabel : QStringLiteral("%1 (%2)").arg(c.visitKindLabel, c.visitBasis)));
    b += QStringLiteral("</table>");

    switch (kind) {
    case DocumentKind::Attestation:
        b += QStringLiteral("<h2>%1</h2><p>%2</p>")
                 .arg(esc(QCoreApplication::translate("vigie::dmst", "Attestation")),
                      esc(QCoreApplication::translate("vigie::dmst", "The worker named above attended the visit on the date shown. "
                                                                     "This attestation carries no medical information.")));
        if (c.nextVisitOn.isValid())
            b += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("vigie::dmst", "Next visit: at the latest on %1").arg(d(c.nextVisitOn))));
        break;
    case DocumentKind::Aptitude: {
        b += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("vigie::dmst", "Opinion")));
        const auto chosen = fitnessFromCode(c.fitness);
        for (Fitness f : fitnessChoices(kind))
            b += QStringLiteral("<p>%1 %2</p>").arg(checkbox(chosen == f), esc(fitnessText(f)));
        b += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
        b += row(QCoreApplication::translate("vigie::dmst", "Post"), esc(c.posts.mid(0, 3).join(QStringLiteral(" ; "))));
        b += row(QCoreApplication::translate("vigie::dmst", "Next visit"),
                 esc(c.nextVisitOn.isValid() ? QCoreApplication::translate("vigie::dmst", "at the latest on %1").arg(d(c.nextVisitOn))
                                             : QCoreApplication::translate("vigie::dmst", "according to the follow-up's periodicity")));
        b += QStringLiteral("</table>");
        break;
    }
    case DocumentKind::Inaptitude:
        b += QStringLiteral("<h2>%1</h2><p>%2 %3</p>")
                 .arg(esc(QCoreApplication::translate("vigie::dmst", "Opinion")), checkbox(true),
                      esc(QCoreApplication::translate("vigie::dmst", "Unfit for the post: %1").arg(c.posts.mid(0, 3).join(QStringLiteral(" ; ")))));
        b += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\">")
                 .arg(esc(QCoreApplication::translate("vigie::dmst", "Steps taken before the opinion (R4624-42)")));
        b += row(QCoreApplication::translate("vigie::dmst", "Post study"), esc(d(c.postStudyOn)));
        b += row(QCoreApplication::translate("vigie::dmst", "Study of the working conditions"), esc(d(c.conditionsStudyOn)));
        b += row(QCoreApplication::translate("vigie::dmst", "Exchange with the employer"), esc(d(c.employerExchangeOn)));
        b += row(QCoreApplication::translate("vigie::dmst", "Company sheet last updated"),
                 esc(c.companySheetUpdatedOn.isValid() ? d(c.companySheetUpdatedOn)
                                                       : QCoreApplication::translate("vigie::dmst", "no company sheet on record")));
        b += row(QCoreApplication::translate("vigie::dmst", "Second examination"),
                 esc(c.secondVisitOn.isValid() ? visitLine(c.secondVisitOn, c.secondArrival, c.secondDeparture)
                                               : QCoreApplication::translate("vigie::dmst", "none")));
        b += QStringLiteral("</table>");
        b += QStringLiteral("<h2>%1</h2><p>%2</p>")
                 .arg(esc(QCoreApplication::translate("vigie::dmst", "Conclusions and indications on redeployment")), multiline(c.conclusion));
        b += QStringLiteral("<p>%1 %2</p><p>%3 %4</p>")
                 .arg(checkbox(c.exemptHarmful),
                      esc(QCoreApplication::translate("vigie::dmst", "Any continued employment of the worker would be seriously harmful to his health")),
                      checkbox(c.exemptNoRedeployment),
                      esc(QCoreApplication::translate("vigie::dmst", "The worker's state of health rules out any redeployment in employment")));
        break;
    case DocumentKind::Adjustment:
        b += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("vigie::dmst", "Measures proposed")));
        if (!c.measureLabels.isEmpty()) {
            b += QStringLiteral("<ul>");
            for (const QString& m : c.measureLabels)
                b += QStringLiteral("<li>%1</li>").arg(esc(m));
            b += QStringLiteral("</ul>");
        }
        if (!c.conclusion.trimmed().isEmpty())
            b += QStringLiteral("<p>%1</p>").arg(multiline(c.conclusion));
        break;
    case DocumentKind::PreventionOrder:
        b += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(QCoreApplication::translate("vigie::dmst", "Main risks of the post")), multiline(c.risks));
        b += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(QCoreApplication::translate("vigie::dmst", "Prevention advice")), multiline(c.advice));
        if (!c.healthIssues.trimmed().isEmpty())
            b += QStringLiteral("<h2>%1</h2><p>%2</p>")
                     .arg(esc(QCoreApplication::translate("vigie::dmst", "Health issues linked to the post")), multiline(c.healthIssues));
        if (!c.conclusion.trimmed().isEmpty())
            b += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(esc(QCoreApplication::translate("vigie::dmst", "Conclusion")), multiline(c.conclusion));
        b += QStringLiteral("<h2>%1</h2><p><b>%2</b><br>%3<br>%4</p>")
                 .arg(esc(QCoreApplication::translate("vigie::dmst", "How to reach the service's professionals")), esc(c.serviceName),
                      esc(c.serviceAddress), multiline(c.contact.isEmpty() ? c.serviceContact : c.contact));
        break;
    }

    if (kind == DocumentKind::Aptitude || kind == DocumentKind::Inaptitude || kind == DocumentKind::Adjustment)
        b += QStringLiteral("<table width=\"100%\" class=\"box\" cellpadding=\"6\"><tr><td class=\"small\">%1</td></tr></table>").arg(esc(appealMention()));

    b += QStringLiteral("<h2>%1</h2><table width=\"100%\" cellspacing=\"0\"><tr><td width=\"50%\">%2<br><b>%3</b><br>%4<br><br>%5</td>")
             .arg(esc(QCoreApplication::translate("vigie::dmst", "Signature")),
                  esc(QCoreApplication::translate("vigie::dmst", "Issued on %1").arg(d(c.issuedOn))), esc(c.signerName), esc(c.signerTitle),
                  esc(QCoreApplication::translate("vigie::dmst", "Signature:")));
    if (kind != DocumentKind::Attestation)
        b += QStringLiteral("<td width=\"50%\">%1<br><br>%2<br><br>%3</td>")
                 .arg(esc(QCoreApplication::translate("vigie::dmst", "The worker")),
                      esc(QCoreApplication::translate("vigie::dmst", "Handed over on: ____ / ____ / ________")),
                      esc(QCoreApplication::translate("vigie::dmst", "Signature:")));
    b += QStringLiteral("</tr></table>");

    membership::PrintableDocument doc;
    doc.title = title;
    if (!insSymbol.isEmpty())
        doc.dataMatrices.insert(InsDataMatrixKey, insSymbol);
    doc.html = QStringLiteral("<html><head><style>") + Style + QStringLiteral("</style></head><body>") + b + QStringLiteral("</body></html>");
    doc.headerLeft = c.serviceName;
    doc.headerRight = QStringLiteral("%1 — %2 %3").arg(title, c.birthName.toUpper(), c.birthFirstNames.section(QLatin1Char(' '), 0, 0));
    doc.footer = QCoreApplication::translate("vigie::dmst", "Medical secrecy · document %1").arg(documentId);
    return doc;
}

} // namespace vigie::dmst
