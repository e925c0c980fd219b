#include "dmst/Record.h"

#include <QCoreApplication>

namespace vigie::dmst {
using core::ErrorCode;
using core::Status;

namespace {
Status invalid(const QString& message) { return Status::fail(ErrorCode::Invalid, message); }
} // namespace

QString partTitle(int part)
{
    switch (part) {
    case Part::Identity: return QCoreApplication::translate("vigie::dmst", "1° Identity and administrative data");
    case Part::Exposures: return QCoreApplication::translate("vigie::dmst", "2° Work history and exposures");
    case Part::Health: return QCoreApplication::translate("vigie::dmst", "3° Health data from visits");
    case Part::Correspondence: return QCoreApplication::translate("vigie::dmst", "4° Correspondence between health professionals");
    case Part::Documents: return QCoreApplication::translate("vigie::dmst", "5° Attestations, avis, proposals and information given");
    case Part::Rights: return QCoreApplication::translate("vigie::dmst", "6° Information on access rights");
    case Part::Consents: return QCoreApplication::translate("vigie::dmst", "7° Consents and oppositions");
    }
    return {};
}

QString identityDocumentCode(IdentityDocument d)
{
    switch (d) {
    case IdentityDocument::Passport: return QStringLiteral("passport");
    case IdentityDocument::IdCard: return QStringLiteral("id_card");
    case IdentityDocument::ResidencePermit: return QStringLiteral("residence_permit");
    case IdentityDocument::BirthCertificate: return QStringLiteral("birth_certificate");
    }
    return {};
}

std::optional<IdentityDocument> identityDocumentFromCode(const QString& code)
{
    for (IdentityDocument d : {IdentityDocument::Passport, IdentityDocument::IdCard, IdentityDocument::ResidencePermit,
                               IdentityDocument::BirthCertificate})
        if (identityDocumentCode(d) == code)
            return d;
    return std::nullopt;
}

QString identityDocumentText(IdentityDocument d)
{
    switch (d) {
    case IdentityDocument::Passport: return QCoreApplication::translate("vigie::dmst", "Passport");
    case IdentityDocument::IdCard: return QCoreApplication::translate("vigie::dmst", "National identity card");
    case IdentityDocument::ResidencePermit: return QCoreApplication::translate("vigie::dmst", "Residence permit");
    case IdentityDocument::BirthCertificate: return QCoreApplication::translate("vigie::dmst", "Birth certificate with a photo health card");
    }
    return {};
}

Status checkInsStatus(const QString& status, const InsFacts& facts)
{
    static const QStringList known{QStringLiteral("PROV"), QStringLiteral("RECUP"), QStringLiteral("VALI"), QStringLiteral("QUAL")};
    if (!known.contains(status))
        return invalid(QCoreApplication::translate("vigie::dmst", "Unknown identity status \"%1\"").arg(status));
    const bool doubtful = facts.attributes.contains(QStringLiteral("DOUT")) || facts.attributes.contains(QStringLiteral("FICT"));
    if (doubtful && status != QLatin1String("PROV"))
        return invalid(QCoreApplication::translate("vigie::dmst",
                                                   "A doubtful or fictitious identity stays provisional (status %1 refused)").arg(status));
    if ((status == QLatin1String("VALI") || status == QLatin1String("QUAL")) && !facts.identityChecked)
        return invalid(QCoreApplication::translate("vigie::dmst",
                                                   "Status %1 needs an identity check on a high-trust document recorded first").arg(status));
    if ((status == QLatin1String("RECUP") || status == QLatin1String("QUAL")) && !facts.hasMatricule)
        return invalid(QCoreApplication::translate("vigie::dmst",
                                                   "Status %1 needs the INS matricule and OID returned by the INSi service").arg(status));
    return {};
}

Status checkWorkHistory(const WorkHistoryEntry& e)
{
    if (e.employer.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("vigie::dmst", "The employer is missing"));
    if (e.post.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("vigie::dmst", "The post is missing"));
    if (!e.start.isValid())
        return invalid(QCoreApplication::translate("vigie::dmst", "The start date is missing"));
    if (e.end.isValid() && e.end < e.start)
        return invalid(QCoreApplication::translate("vigie::dmst", "The end date %1 is before the start date %2")
                           .arg(e.end.toString(Qt::ISODate), e.start.toString(Qt::ISODate)));
    return {};
}

QString intensityCode(Intensity i)
{
    switch (i) {
    case Intensity::Low: return QStringLiteral("low");
    case Intensity::Medium: return QStringLiteral("medium");
    case Intensity::High: return QStringLiteral("high");
    case Intensity::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

std::optional<Intensity> intensityFromCode(const QString& code)
{
    for (Intensity i : {Intensity::Low, Intensity::Medium, Intensity::High, Intensity::Unknown})
        if (intensityCode(i) == code)
            return i;
    return std::nullopt;
}

QString intensityText(Intensity i)
{
    switch (i) {
    case Intensity::Low: return QCoreApplication::translate("vigie::dmst", "low");
    case Intensity::Medium: return QCoreApplication::translate("vigie::dmst", "medium");
    case Intensity::High: return QCoreApplication::translate("vigie::dmst", "high");
    case Intensity::Unknown: return QCoreApplication::translate("vigie::dmst", "not assessed");
    }
    return {};
}

QString exposureSourceCode(ExposureSource s)
{
    return s == ExposureSource::Company ? QStringLiteral("company") : QStringLiteral("physician");
}

std::optional<ExposureSource> exposureSourceFromCode(const QString& code)
{
    for (ExposureSource s : {ExposureSource::Physician, ExposureSource::Company})
        if (exposureSourceCode(s) == code)
            return s;
    return std::nullopt;
}

QString exposureSourceText(ExposureSource s)
{
    return s == ExposureSource::Company ? QCoreApplication::translate("vigie::dmst", "declared by the company")
                                        : QCoreApplication::translate("vigie::dmst", "observed by the physician");
}

Status checkExposure(const Exposure& e)
{
    if (e.code.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("vigie::dmst", "The exposure code is missing"));
    if (!e.start.isValid())
        return invalid(QCoreApplication::translate("vigie::dmst", "The start date is missing"));
    if (e.end.isValid() && e.end < e.start)
        return invalid(QCoreApplication::translate("vigie::dmst", "The end date %1 is before the start date %2")
                           .arg(e.end.toString(Qt::ISODate), e.start.toString(Qt::ISODate)));
    return {};
}

QString retentionRegimeOf(const QStringList& flags, const QString& sirRisk)
{
    if (sirRisk == QLatin1String("IONISING_RADIATION"))
        return QStringLiteral("R4451-83");
    if (flags.contains(QStringLiteral("cmr")))
        return QStringLiteral("R4412-55");
    if (sirRisk == QLatin1String("BIO_3_4"))
        return QStringLiteral("R4426-9");
    return {};
}

Status checkCorrespondence(const Correspondence& c)
{
    if (c.correspondent.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("vigie::dmst", "The correspondent is missing"));
    if (c.subject.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("vigie::dmst", "The subject is missing"));
    if (!c.dated.isValid())
        return invalid(QCoreApplication::translate("vigie::dmst", "The date is missing"));
    if (!c.attachment.isEmpty() && !c.attachment.startsWith("%PDF-"))
        return invalid(QCoreApplication::translate("vigie::dmst", "The attached file %1 is not a PDF").arg(c.attachmentName));
    if (c.attachment.size() > MaxAttachmentBytes)
        return invalid(QCoreApplication::translate("vigie::dmst", "The attached file %1 is larger than 10 MiB").arg(c.attachmentName));
    return {};
}

QString informationMeansCode(InformationMeans m)
{
    switch (m) {
    case InformationMeans::Paper: return QStringLiteral("paper");
    case InformationMeans::Electronic: return QStringLiteral("electronic");
    case InformationMeans::Oral: return QStringLiteral("oral");
    }
    return {};
}

std::optional<InformationMeans> informationMeansFromCode(const QString& code)
{
    for (InformationMeans m : {InformationMeans::Paper, InformationMeans::Electronic, InformationMeans::Oral})
        if (informationMeansCode(m) == code)
            return m;
    return std::nullopt;
}

QString informationMeansText(InformationMeans m)
{
    switch (m) {
    case InformationMeans::Paper: return QCoreApplication::translate("vigie::dmst", "on paper");
    case InformationMeans::Electronic: return QCoreApplication::translate("vigie::dmst", "electronically");
    case InformationMeans::Oral: return QCoreApplication::translate("vigie::dmst", "orally");
    }
    return {};
}

QString consentKindCode(ConsentKind k)
{
    switch (k) {
    case ConsentKind::TelehealthConsent: return QStringLiteral("telehealth_consent");
    case ConsentKind::OppositionTeam: return QStringLiteral("opposition_team");
    case ConsentKind::OppositionOtherServices: return QStringLiteral("opposition_other_services");
    case ConsentKind::OppositionDmp: return QStringLiteral("opposition_dmp");
    }
    return {};
}

std::optional<ConsentKind> consentKindFromCode(const QString& code)
{
    for (ConsentKind k : {ConsentKind::TelehealthConsent, ConsentKind::OppositionTeam, ConsentKind::OppositionOtherServices,
                          ConsentKind::OppositionDmp})
        if (consentKindCode(k) == code)
            return k;
    return std::nullopt;
}

QString consentKindText(ConsentKind k)
{
    switch (k) {
    case ConsentKind::TelehealthConsent: return QCoreApplication::translate("vigie::dmst", "Consent to teleconsultation (L4624-1)");
    case ConsentKind::OppositionTeam:
        return QCoreApplication::translate("vigie::dmst", "Objects to access by the professionals under the physician's authority (L4624-8)");
    case ConsentKind::OppositionOtherServices:
        return QCoreApplication::translate("vigie::dmst", "Objects to access to records held by other services (R4624-45-6 2°)");
    case ConsentKind::OppositionDmp: return QCoreApplication::translate("vigie::dmst", "Refuses the physician access to the DMP (L4624-8-1)");
    }
    return {};
}

} // namespace vigie::dmst
