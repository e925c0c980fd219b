#include "dmst/RecordExport.h"

#include "dmst/InsDataMatrix.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

namespace vigie::dmst {

QDate RecordSnapshot::oldestData() const
{
    QDate oldest;
    const auto consider = [&oldest](const QDate& d) {
        if (d.isValid() && (!oldest.isValid() || d < oldest))
            oldest = d;
    };
    if (header)
        consider(header->createdOn);
    for (const auto& e : workHistory)
        consider(e.start);
    for (const auto& e : exposures)
        consider(e.start);
    for (const auto& c : consultations)
        consider(c.visitDate);
    for (const auto& c : correspondence)
        consider(c.dated);
    for (const auto& d : documents)
        consider(d.issuedOn);
    for (const auto& r : rights)
        consider(r.informedOn);
    for (const auto& c : consents)
        consider(c.givenOn);
    return oldest;
}

namespace {

// Stable urn:uuid for a resource made from a row (the same export twice gives the same ids).
QString urn(const QString& kind, const QString& id)
{
    const QByteArray h = QCryptographicHash::hash((kind + QLatin1Char(':') + id).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("urn:uuid:%1-%2-5%3-a%4-%5")
        .arg(QString::fromLatin1(h.mid(0, 8)), QString::fromLatin1(h.mid(8, 4)), QString::fromLatin1(h.mid(13, 3)),
             QString::fromLatin1(h.mid(17, 3)), QString::fromLatin1(h.mid(20, 12)));
}

QJsonObject entry(const QString& fullUrl, const QJsonObject& resource)
{
    return QJsonObject{{QStringLiteral("fullUrl"), fullUrl}, {QStringLiteral("resource"), resource}};
}

QJsonObject ref(const QString& fullUrl) { return QJsonObject{{QStringLiteral("reference"), fullUrl}}; }

QJsonObject loinc(const QString& code, const QString& display)
{
    return QJsonObject{{QStringLiteral("coding"), QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("http://loinc.org")},
                                                                          {QStringLiteral("code"), code},
                                                                          {QStringLiteral("display"), display}}}},
                       {QStringLiteral("text"), display}};
}

QJsonObject quantity(double value, const QString& unit)
{
    return QJsonObject{{QStringLiteral("value"), value}, {QStringLiteral("unit"), unit},
                       {QStringLiteral("system"), QStringLiteral("http://unitsofmeasure.org")}, {QStringLiteral("code"), unit}};
}

QJsonArray category(const QString& code)
{
    return QJsonArray{QJsonObject{{QStringLiteral("coding"),
                                   QJsonArray{QJsonObject{{QStringLiteral("system"),
                                                           QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category")},
                                                          {QStringLiteral("code"), code}}}}}};
}

QString gender(const QString& sex)
{
    if (sex == QLatin1String("M"))
        return QStringLiteral("male");
    if (sex == QLatin1String("F"))
        return QStringLiteral("female");
    return QStringLiteral("unknown");
}

QString at(const QDate& d, const QTime& t)
{
    if (!t.isValid())
        return d.toString(Qt::ISODate);
    return QDateTime(d, t, Qt::LocalTime).toString(Qt::ISODate); // local civil time of the visit, as recorded
}

QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString multiline(const QString& s) { return esc(s.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>")); }
QString d(const QDate& date) { return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—"); }

QJsonObject coding(const QString& system, const QString& code, const QString& display = {})
{
    QJsonObject c{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        c.insert(QStringLiteral("display"), display);
    return c;
}

QJsonObject codeableConcept(const QJsonObject& c, const QString& text = {})
{
    QJsonObject o{{QStringLiteral("coding"), QJsonArray{c}}};
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    return o;
}

// The article each consent or opposition of part 7° rests on (its FHIR policyRule).
QString consentArticle(ConsentKind k)
{
    switch (k) {
    case ConsentKind::TelehealthConsent: return QStringLiteral("L4624-1");
    case ConsentKind::OppositionTeam: return QStringLiteral("L4624-8");
    case ConsentKind::OppositionOtherServices: return QStringLiteral("R4624-45-6");
    case ConsentKind::OppositionDmp: return QStringLiteral("L4624-8-1");
    }
    return {};
}

// Parts 6° and 7° as FHIR R4 Consent resources (status, scope, category, patient, dateTime,
// policyRule — ppc-1 wants a policy or a rule —, provision). 6°: the worker was informed of his rights
// (a "permit" provision: nothing is refused); 7°: a consent permits, an opposition denies; a withdrawn
// one is "inactive", with the provision's period ending on the withdrawal.
QJsonObject rightsConsent(const RightsInformation& r, const QString& patientUrl)
{
    const QString text = QCoreApplication::translate("vigie::dmst", "Informed of his rights on the record, %1").arg(informationMeansText(r.means));
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("Consent")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("scope"), codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/consentscope"), QStringLiteral("patient-privacy"),
                                                 QStringLiteral("Privacy Consent")))},
        {QStringLiteral("category"), QJsonArray{codeableConcept(coding(QStringLiteral("urn:vigie:dmst-part"), QStringLiteral("6"),
                                                               QStringLiteral("Information on access rights")),
                                                        partTitle(Part::Rights))}},
        {QStringLiteral("patient"), ref(patientUrl)},
        {QStringLiteral("dateTime"), r.informedOn.toString(Qt::ISODate)},
        {QStringLiteral("policyRule"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Code du travail R4624-45-6")}}},
        {QStringLiteral("provision"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("permit")},
                     {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), r.informedOn.toString(Qt::ISODate)}}},
                     {QStringLiteral("code"), QJsonArray{codeableConcept(coding(QStringLiteral("urn:vigie:rights-information"), informationMeansCode(r.means)),
                                                                 text)}}}}};
}

QJsonObject consentResource(const Consent& c, const QString& patientUrl)
{
    const bool opposition = c.kind != ConsentKind::TelehealthConsent;
    QJsonObject period{{QStringLiteral("start"), c.givenOn.toString(Qt::ISODate)}};
    if (c.withdrawnOn.isValid())
        period.insert(QStringLiteral("end"), c.withdrawnOn.toString(Qt::ISODate));
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("Consent")},
        {QStringLiteral("status"), c.withdrawnOn.isValid() ? QStringLiteral("inactive") : QStringLiteral("active")},
        {QStringLiteral("scope"), opposition ? codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/consentscope"),
                                                              QStringLiteral("patient-privacy"), QStringLiteral("Privacy Consent")))
                                             : codeableConcept(coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/consentscope"),
                                                              QStringLiteral("treatment"), QStringLiteral("Treatment")))},
        {QStringLiteral("category"), QJsonArray{codeableConcept(coding(QStringLiteral("http://loinc.org"), QStringLiteral("59284-0"), QStringLiteral("Patient Consent")),
                                                        partTitle(Part::Consents))}},
        {QStringLiteral("patient"), ref(patientUrl)},
        {QStringLiteral("dateTime"), c.givenOn.toString(Qt::ISODate)},
        {QStringLiteral("policyRule"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Code du travail %1").arg(consentArticle(c.kind))}}},
        {QStringLiteral("provision"),
         QJsonObject{{QStringLiteral("type"), opposition ? QStringLiteral("deny") : QStringLiteral("permit")},
                     {QStringLiteral("period"), period},
                     {QStringLiteral("code"),
                      QJsonArray{codeableConcept(coding(QStringLiteral("urn:vigie:consent-kind"), consentKindCode(c.kind)), consentKindText(c.kind))}}}}};
}

} // namespace

QJsonObject fhirBundle(const RecordSnapshot& s, const ExportRequestInfo& request)
{
    QJsonArray entries;
    const QString patientUrl = urn(QStringLiteral("Patient"), s.worker.id);

    QJsonArray identifiers;
    if (s.worker.insStatus == QLatin1String("QUAL") && !s.worker.insMatricule.isEmpty() && !s.worker.insOid.isEmpty())
        identifiers.append(QJsonObject{
            {QStringLiteral("use"), QStringLiteral("official")},
            {QStringLiteral("type"), QJsonObject{{QStringLiteral("coding"),
                                                  QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:oid:1.2.250.1.213.1.1.4.322")},
                                                                         {QStringLiteral("code"), QStringLiteral("INS-NIR")}}}}}},
            {QStringLiteral("system"), QStringLiteral("urn:oid:") + s.worker.insOid},
            {QStringLiteral("value"), s.worker.insMatricule}});
    identifiers.append(QJsonObject{{QStringLiteral("use"), QStringLiteral("secondary")},
                                   {QStringLiteral("system"), QStringLiteral("urn:vigie:worker")},
                                   {QStringLiteral("value"), s.worker.id}});
    QJsonArray names{QJsonObject{{QStringLiteral("use"), QStringLiteral("official")},
                                 {QStringLiteral("family"), s.worker.birthName},
                                 {QStringLiteral("given"), QJsonArray::fromStringList(s.worker.birthFirstNames.split(QLatin1Char(' '), Qt::SkipEmptyParts))}}};
    if (!s.worker.usedName.isEmpty())
        names.append(QJsonObject{{QStringLiteral("use"), QStringLiteral("usual")}, {QStringLiteral("family"), s.worker.usedName}});
    QJsonObject patient{{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                        {QStringLiteral("identifier"), identifiers},
                        {QStringLiteral("name"), names},
                        {QStringLiteral("gender"), gender(s.worker.sex)},
                        {QStringLiteral("birthDate"), s.worker.birthDate.toString(Qt::ISODate)}};
    if (!s.worker.birthPlaceCog.isEmpty())
        patient.insert(QStringLiteral("extension"),
                       QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("http://hl7.org/fhir/StructureDefinition/patient-birthPlace")},
                                              {QStringLiteral("valueAddress"),
                                               QJsonObject{{QStringLiteral("extension"),
                                                            QJsonArray{QJsonObject{
                                                                {QStringLiteral("url"), QStringLiteral("https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-address-insee-code")},
                                                                {QStringLiteral("valueCoding"),
                                                                 QJsonObject{{QStringLiteral("system"), QStringLiteral("https://mos.esante.gouv.fr/NOS/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM")},
                                                                             {QStringLiteral("code"), s.worker.birthPlaceCog}}}}}}}}}});
    if (s.header && !s.header->attendingDoctor.isEmpty())
        patient.insert(QStringLiteral("generalPractitioner"),
                       QJsonArray{QJsonObject{{QStringLiteral("display"), s.header->attendingDoctor}}});
    entries.append(entry(patientUrl, patient));

    for (const WorkHistoryEntry& w : s.workHistory) {
        QJsonObject period{{QStringLiteral("start"), w.start.toString(Qt::ISODate)}};
        if (w.end.isValid())
            period.insert(QStringLiteral("end"), w.end.toString(Qt::ISODate));
        entries.append(entry(urn(QStringLiteral("WorkHistory"), w.id),
                             QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Observation")},
                                         {QStringLiteral("status"), QStringLiteral("final")},
                                         {QStringLiteral("category"), category(QStringLiteral("social-history"))},
                                         {QStringLiteral("code"), loinc(QStringLiteral("11341-5"), QStringLiteral("History of Occupation"))},
                                         {QStringLiteral("subject"), ref(patientUrl)},
                                         {QStringLiteral("effectivePeriod"), period},
                                         {QStringLiteral("valueString"),
                                          QStringLiteral("%1 — %2%3").arg(w.employer, w.post, w.naf.isEmpty() ? QString() : QStringLiteral(" (NAF %1)").arg(w.naf))}}));
    }
    for (const Exposure& e : s.exposures) {
        QJsonObject period{{QStringLiteral("start"), e.start.toString(Qt::ISODate)}};
        if (e.end.isValid())
            period.insert(QStringLiteral("end"), e.end.toString(Qt::ISODate));
        QJsonObject obs{{QStringLiteral("resourceType"), QStringLiteral("Observation")},
                        {QStringLiteral("status"), QStringLiteral("final")},
                        {QStringLiteral("category"), category(QStringLiteral("social-history"))},
                        {QStringLiteral("code"), QJsonObject{{QStringLiteral("coding"),
                                                              QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:vigie:thesaurus:exposure")},
                                                                                     {QStringLiteral("code"), e.code},
                                                                                     {QStringLiteral("display"), e.label}}}},
                                                             {QStringLiteral("text"), e.label.isEmpty() ? e.code : e.label}}},
                        {QStringLiteral("subject"), ref(patientUrl)},
                        {QStringLiteral("effectivePeriod"), period},
                        {QStringLiteral("valueString"), intensityCode(e.intensity)}};
        entries.append(entry(urn(QStringLiteral("Exposure"), e.id), obs));
    }

    for (const Consultation& c : s.consultations) {
        const QString encounterUrl = urn(QStringLiteral("Encounter"), c.id);
        QJsonObject period{{QStringLiteral("start"), at(c.visitDate, c.arrival)}};
        if (c.departure.isValid())
            period.insert(QStringLiteral("end"), at(c.visitDate, c.departure));
        QJsonObject encounter{{QStringLiteral("resourceType"), QStringLiteral("Encounter")},
                              {QStringLiteral("status"), QStringLiteral("finished")},
                              {QStringLiteral("class"), QJsonObject{{QStringLiteral("system"), QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode")},
                                                                   {QStringLiteral("code"), QStringLiteral("AMB")}}},
                              {QStringLiteral("type"), QJsonArray{QJsonObject{{QStringLiteral("coding"),
                                                                               QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:vigie:thesaurus:visit_kind")},
                                                                                                      {QStringLiteral("code"), c.kind}}}},
                                                                              {QStringLiteral("text"), c.kind}}}},
                              {QStringLiteral("subject"), ref(patientUrl)},
                              {QStringLiteral("period"), period}};
        if (!c.reason.isEmpty())
            encounter.insert(QStringLiteral("reasonCode"), QJsonArray{QJsonObject{{QStringLiteral("text"), c.reason}}});
        if (!c.supersedes.isEmpty())
            encounter.insert(QStringLiteral("partOf"), ref(urn(QStringLiteral("Encounter"), c.supersedes)));
        entries.append(entry(encounterUrl, encounter));

        const auto observation = [&](const QString& key, const QJsonObject& code, const QString& valueKey, const QJsonValue& value) {
            QJsonObject o{{QStringLiteral("resourceType"), QStringLiteral("Observation")},
                          {QStringLiteral("status"), QStringLiteral("final")},
                          {QStringLiteral("category"), category(QStringLiteral("vital-signs"))},
                          {QStringLiteral("code"), code},
                          {QStringLiteral("subject"), ref(patientUrl)},
                          {QStringLiteral("encounter"), ref(encounterUrl)},
                          {QStringLiteral("effectiveDateTime"), c.visitDate.toString(Qt::ISODate)}};
            o.insert(valueKey, value);
            entries.append(entry(urn(key, c.id), o));
        };
        if (c.weightKg)
            observation(QStringLiteral("weight"), loinc(QStringLiteral("29463-7"), QStringLiteral("Body weight")), QStringLiteral("valueQuantity"),
                        quantity(*c.weightKg, QStringLiteral("kg")));
        if (c.heightCm)
            observation(QStringLiteral("height"), loinc(QStringLiteral("8302-2"), QStringLiteral("Body height")), QStringLiteral("valueQuantity"),
                        quantity(*c.heightCm, QStringLiteral("cm")));
        if (auto bmi = bodyMassIndex(c.weightKg, c.heightCm))
            observation(QStringLiteral("bmi"), loinc(QStringLiteral("39156-5"), QStringLiteral("Body mass index (BMI) [Ratio]")),
                        QStringLiteral("valueQuantity"), quantity(*bmi, QStringLiteral("kg/m2")));
        if (c.systolic && c.diastolic) {
            QJsonObject o{{QStringLiteral("resourceType"), QStringLiteral("Observation")},
                          {QStringLiteral("status"), QStringLiteral("final")},
                          {QStringLiteral("category"), category(QStringLiteral("vital-signs"))},
                          {QStringLiteral("code"), loinc(QStringLiteral("85354-9"), QStringLiteral("Blood pressure panel"))},
                          {QStringLiteral("subject"), ref(patientUrl)},
                          {QStringLiteral("encounter"), ref(encounterUrl)},
                          {QStringLiteral("effectiveDateTime"), c.visitDate.toString(Qt::ISODate)},
                          {QStringLiteral("component"),
                           QJsonArray{QJsonObject{{QStringLiteral("code"), loinc(QStringLiteral("8480-6"), QStringLiteral("Systolic blood pressure"))},
                                                  {QStringLiteral("valueQuantity"), quantity(*c.systolic, QStringLiteral("mm[Hg]"))}},
                                      QJsonObject{{QStringLiteral("code"), loinc(QStringLiteral("8462-4"), QStringLiteral("Diastolic blood pressure"))},
                                                  {QStringLiteral("valueQuantity"), quantity(*c.diastolic, QStringLiteral("mm[Hg]"))}}}}};
            entries.append(entry(urn(QStringLiteral("bp"), c.id), o));
        }
        const auto text = [&](const QString& key, const QString& label, const QString& value) {
            if (!value.trimmed().isEmpty())
                observation(key, QJsonObject{{QStringLiteral("text"), label}}, QStringLiteral("valueString"), value);
        };
        text(QStringLiteral("vision"), QStringLiteral("Vision"), c.vision);
        text(QStringLiteral("hearing"), QStringLiteral("Hearing"), c.hearing);
        text(QStringLiteral("urine"), QStringLiteral("Urine test strip"), c.urine);
        text(QStringLiteral("exam"), QStringLiteral("Clinical examination"), c.examination);
        text(QStringLiteral("interview"), QStringLiteral("Interview"), c.interview);
        text(QStringLiteral("prescribed"), QStringLiteral("Complementary examinations prescribed"), c.examsPrescribed);
        text(QStringLiteral("results"), QStringLiteral("Complementary examination results"), c.examsResults);
        text(QStringLiteral("conclusion"), QStringLiteral("Conclusion"), c.conclusion);
        int n = 0;
        for (const QString& line : c.problems.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.trimmed().isEmpty())
                continue;
            entries.append(entry(urn(QStringLiteral("Condition%1").arg(n++), c.id),
                                 QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Condition")},
                                             {QStringLiteral("code"), QJsonObject{{QStringLiteral("text"), line.trimmed()}}},
                                             {QStringLiteral("subject"), ref(patientUrl)},
                                             {QStringLiteral("encounter"), ref(encounterUrl)},
                                             {QStringLiteral("recordedDate"), c.visitDate.toString(Qt::ISODate)}}));
        }
    }

    for (const StoredDocument& doc : s.documents) {
        QJsonObject r{{QStringLiteral("resourceType"), QStringLiteral("DocumentReference")},
                      {QStringLiteral("status"), doc.supersededBy.isEmpty() ? QStringLiteral("current") : QStringLiteral("superseded")},
                      {QStringLiteral("type"), QJsonObject{{QStringLiteral("coding"),
                                                            QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:vigie:dmst:document")},
                                                                                   {QStringLiteral("code"), documentKindCode(doc.kind)}}}},
                                                           {QStringLiteral("text"), documentKindTitle(doc.kind)}}},
                      {QStringLiteral("subject"), ref(patientUrl)},
                      {QStringLiteral("date"), doc.signedAt},
                      {QStringLiteral("content"),
                       QJsonArray{QJsonObject{{QStringLiteral("attachment"),
                                               QJsonObject{{QStringLiteral("contentType"), QStringLiteral("text/html")},
                                                           {QStringLiteral("title"), documentKindTitle(doc.kind)},
                                                           {QStringLiteral("data"), QString::fromLatin1(doc.html.toUtf8().toBase64())}}}}}}};
        if (!doc.consultationId.isEmpty())
            r.insert(QStringLiteral("context"),
                     QJsonObject{{QStringLiteral("encounter"), QJsonArray{ref(urn(QStringLiteral("Encounter"), doc.consultationId))}}});
        entries.append(entry(urn(QStringLiteral("DocumentReference"), doc.id), r));
    }
    for (const Correspondence& c : s.correspondence) {
        const QString text = c.subject + QStringLiteral("\n\n") + c.body;
        entries.append(entry(urn(QStringLiteral("Correspondence"), c.id),
                             QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("DocumentReference")},
                                         {QStringLiteral("status"), QStringLiteral("current")},
                                         {QStringLiteral("type"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Correspondence")}}},
                                         {QStringLiteral("subject"), ref(patientUrl)},
                                         {QStringLiteral("date"), c.dated.toString(Qt::ISODate)},
                                         {QStringLiteral("description"), c.subject},
                                         {QStringLiteral("content"),
                                          QJsonArray{QJsonObject{{QStringLiteral("attachment"),
                                                                  QJsonObject{{QStringLiteral("contentType"), QStringLiteral("text/plain")},
                                                                              {QStringLiteral("title"), c.correspondent},
                                                                              {QStringLiteral("data"), QString::fromLatin1(text.toUtf8().toBase64())}}}}}}}));
    }

    for (const RightsInformation& r : s.rights)
        entries.append(entry(urn(QStringLiteral("Rights"), r.id), rightsConsent(r, patientUrl)));
    for (const Consent& c : s.consents)
        entries.append(entry(urn(QStringLiteral("Consent"), c.id), consentResource(c, patientUrl)));

    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                       {QStringLiteral("type"), QStringLiteral("collection")},
                       {QStringLiteral("timestamp"), request.generatedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("meta"), QJsonObject{{QStringLiteral("tag"),
                                                             QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:vigie:access-request")},
                                                                                    {QStringLiteral("code"), request.requestedOn.toString(Qt::ISODate)},
                                                                                    {QStringLiteral("display"),
                                                                                     QStringLiteral("due %1").arg(request.dueOn.toString(Qt::ISODate))}}}}}},
                       {QStringLiteral("entry"), entries}};
}

membership::PrintableDocument recordDocument(const RecordSnapshot& s, const ExportRequestInfo& request)
{
    QString b;
    const auto h2 = [&b](const QString& text) { b += QStringLiteral("<h2>%1</h2>").arg(esc(text)); };
    const auto none = [&b]() { b += QStringLiteral("<p class=\"label\">%1</p>").arg(esc(QCoreApplication::translate("vigie::dmst", "Nothing recorded."))); };
    b += QStringLiteral("<h1>%1</h1>").arg(esc(QCoreApplication::translate("vigie::dmst", "Copy of the occupational health record")));
    b += QStringLiteral("<p>%1</p>")
             .arg(esc(QCoreApplication::translate("vigie::dmst", "Request of %1 — legal due date %2 — produced on %3 (personal notes of the "
                                                                 "physicians are not part of the record communicated)")
                          .arg(d(request.requestedOn), d(request.dueOn), d(request.generatedAt.date()))));

    h2(partTitle(Part::Identity));
    b += QStringLiteral("<p><b>%1</b> %2 — %3 — %4</p>")
             .arg(esc(s.worker.birthName.toUpper()), esc(s.worker.birthFirstNames), esc(d(s.worker.birthDate)), esc(s.worker.sex));
    // The INS DataMatrix goes with the printed INS (INS-05: qualified identity only).
    QByteArray insSymbol;
    if (s.worker.insStatus == QLatin1String("QUAL") && !s.worker.insMatricule.isEmpty()) {
        b += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("vigie::dmst", "INS matricule %1 (qualified identity)").arg(s.worker.insMatricule)));
        if (auto content = insDataMatrixContent(InsTraits{s.worker.insStatus, s.worker.insMatricule, s.worker.insOid, s.worker.birthFirstNames,
                                                          s.worker.birthName, s.worker.sex, s.worker.birthDate, s.worker.birthPlaceCog});
            content) {
            insSymbol = content.value();
            b += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"0\"><tr><td><img src=\"%1\" width=\"96\" height=\"96\"></td>"
                                "<td valign=\"middle\">&nbsp;&nbsp;%2</td></tr></table>")
                     .arg(InsDataMatrixKey, esc(QCoreApplication::translate("vigie::dmst", "INS to scan")));
        }
    } else
        b += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("vigie::dmst", "Identity status: %1").arg(s.worker.insStatus)));
    if (s.header) {
        if (!s.header->healthInsurance.isEmpty())
            b += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("vigie::dmst", "Health insurance: %1").arg(s.header->healthInsurance)));
        if (!s.header->attendingDoctor.isEmpty())
            b += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("vigie::dmst", "Attending doctor: %1 %2")
                                                       .arg(s.header->attendingDoctor, s.header->attendingContact)));
        if (!s.header->medicoAdminNotes.isEmpty())
            b += QStringLiteral("<p>%1</p>").arg(multiline(s.header->medicoAdminNotes));
    }
    for (const IdentityCheck& c : s.identityChecks)
        b += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("vigie::dmst", "Identity checked on %1 (%2)")
                                                   .arg(d(c.checkedOn), identityDocumentText(c.document))));

    h2(partTitle(Part::Exposures));
    if (s.workHistory.isEmpty() && s.exposures.isEmpty())
        none();
    for (const WorkHistoryEntry& w : s.workHistory)
        b += QStringLiteral("<p>%1 – %2 : <b>%3</b>, %4%5</p>")
                 .arg(esc(d(w.start)), esc(w.end.isValid() ? d(w.end) : QCoreApplication::translate("vigie::dmst", "today")), esc(w.post),
                      esc(w.employer), w.naf.isEmpty() ? QString() : esc(QStringLiteral(" (NAF %1)").arg(w.naf)));
    for (const Exposure& e : s.exposures)
        b += QStringLiteral("<p>%1 – %2 : %3 [%4], %5%6</p>")
                 .arg(esc(d(e.start)), esc(e.end.isValid() ? d(e.end) : QCoreApplication::translate("vigie::dmst", "ongoing")),
                      esc(e.label.isEmpty() ? e.code : e.label), esc(e.code),
                      esc(QCoreApplication::translate("vigie::dmst", "intensity %1").arg(intensityText(e.intensity))),
                      e.prevention.isEmpty() ? QString() : QStringLiteral(" — ") + esc(e.prevention));

    h2(partTitle(Part::Health));
    if (s.consultations.isEmpty())
        none();
    for (const Consultation& c : s.consultations) {
        b += QStringLiteral("<h3>%1 — %2%3</h3>")
                 .arg(esc(d(c.visitDate)), esc(c.kind), c.supersedes.isEmpty() ? QString() : esc(QCoreApplication::translate("vigie::dmst", " (correction)")));
        QStringList measures;
        if (c.weightKg)
            measures << QCoreApplication::translate("vigie::dmst", "weight %1 kg").arg(*c.weightKg);
        if (c.heightCm)
            measures << QCoreApplication::translate("vigie::dmst", "height %1 cm").arg(*c.heightCm);
        if (auto bmi = bodyMassIndex(c.weightKg, c.heightCm))
            measures << QCoreApplication::translate("vigie::dmst", "BMI %1").arg(*bmi);
        if (c.systolic && c.diastolic)
            measures << QCoreApplication::translate("vigie::dmst", "blood pressure %1/%2 mmHg").arg(*c.systolic).arg(*c.diastolic);
        const auto para = [&b](const QString& label, const QString& value) {
            if (!value.trimmed().isEmpty())
                b += QStringLiteral("<p><i>%1</i> %2</p>").arg(esc(label), multiline(value));
        };
        para(QCoreApplication::translate("vigie::dmst", "Reason:"), c.reason);
        para(QCoreApplication::translate("vigie::dmst", "Interview:"), c.interview);
        para(QCoreApplication::translate("vigie::dmst", "Measures:"), measures.join(QStringLiteral(", ")));
        para(QCoreApplication::translate("vigie::dmst", "Vision:"), c.vision);
        para(QCoreApplication::translate("vigie::dmst", "Hearing:"), c.hearing);
        para(QCoreApplication::translate("vigie::dmst", "Urine:"), c.urine);
        para(QCoreApplication::translate("vigie::dmst", "Examination:"), c.examination);
        para(QCoreApplication::translate("vigie::dmst", "Health problems:"), c.problems);
        para(QCoreApplication::translate("vigie::dmst", "Examinations prescribed:"), c.examsPrescribed);
        para(QCoreApplication::translate("vigie::dmst", "Results:"), c.examsResults);
        if (c.orientation != Orientation::None)
            para(QCoreApplication::translate("vigie::dmst", "Referral:"), orientationText(c.orientation) + QLatin1Char(' ') + c.orientationNote);
        para(QCoreApplication::translate("vigie::dmst", "Conclusion:"), c.conclusion);
    }

    h2(partTitle(Part::Correspondence));
    if (s.correspondence.isEmpty())
        none();
    for (const Correspondence& c : s.correspondence)
        b += QStringLiteral("<p>%1 — %2 %3 : <b>%4</b><br>%5</p>")
                 .arg(esc(d(c.dated)),
                      esc(c.received ? QCoreApplication::translate("vigie::dmst", "from") : QCoreApplication::translate("vigie::dmst", "to")),
                      esc(c.correspondent), esc(c.subject), multiline(c.body));

    h2(partTitle(Part::Documents));
    if (s.documents.isEmpty())
        none();
    for (const StoredDocument& doc : s.documents)
        b += QStringLiteral("<p>%1 — %2%3</p>")
                 .arg(esc(d(doc.issuedOn)), esc(documentKindTitle(doc.kind)),
                      doc.supersededBy.isEmpty() ? QString() : esc(QCoreApplication::translate("vigie::dmst", " (superseded by a correction)")));

    h2(partTitle(Part::Rights));
    if (s.rights.isEmpty())
        none();
    for (const RightsInformation& r : s.rights)
        b += QStringLiteral("<p>%1</p>").arg(esc(QCoreApplication::translate("vigie::dmst", "Informed of his rights on %1, %2")
                                                   .arg(d(r.informedOn), informationMeansText(r.means))));

    h2(partTitle(Part::Consents));
    if (s.consents.isEmpty())
        none();
    for (const Consent& c : s.consents)
        b += QStringLiteral("<p>%1 — %2%3</p>")
                 .arg(esc(d(c.givenOn)), esc(consentKindText(c.kind)),
                      c.withdrawnOn.isValid() ? esc(QCoreApplication::translate("vigie::dmst", " (withdrawn on %1)").arg(d(c.withdrawnOn))) : QString());

    membership::PrintableDocument doc;
    doc.title = QCoreApplication::translate("vigie::dmst", "Copy of the occupational health record");
    if (!insSymbol.isEmpty())
        doc.dataMatrices.insert(InsDataMatrixKey, insSymbol);
    doc.html = QStringLiteral("<html><head><style>body { font-family: 'DejaVu Sans'; font-size: 9pt; } h1 { font-size: 15pt; color: #12355b; } "
                              "h2 { font-size: 11pt; color: #12355b; margin-top: 14px; } h3 { font-size: 9.5pt; margin-top: 8px; } "
                              ".label { color: #4a5563; }</style></head><body>") +
               b + QStringLiteral("</body></html>");
    doc.headerLeft = QCoreApplication::translate("vigie::dmst", "Occupational health record");
    doc.headerRight = QStringLiteral("%1 %2 — %3").arg(s.worker.birthName.toUpper(), s.worker.birthFirstNames.section(QLatin1Char(' '), 0, 0), d(s.worker.birthDate));
    doc.footer = QCoreApplication::translate("vigie::dmst", "Covered by medical secrecy — communicated to the worker at his request (R4624-45-8)");
    return doc;
}

} // namespace vigie::dmst
