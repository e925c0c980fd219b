#include "membership/Invoice.h"

#include "core/Siret.h"

#include <QCoreApplication>

namespace vigie::membership {

namespace {
QString str(const QJsonObject& o, const char* key) { return o.value(QLatin1String(key)).toString(); }
} // namespace

QJsonObject ServiceIdentity::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},       {QStringLiteral("legal_form"), legalForm},
                       {QStringLiteral("street"), street},   {QStringLiteral("postal_code"), postalCode},
                       {QStringLiteral("city"), city},       {QStringLiteral("siret"), siret},
                       {QStringLiteral("vat_number"), vatNumber}, {QStringLiteral("vat_exemption"), vatExemption},
                       {QStringLiteral("payment_days"), paymentDays}, {QStringLiteral("iban"), iban},
                       {QStringLiteral("bic"), bic},         {QStringLiteral("phone"), phone},
                       {QStringLiteral("email"), email},     {QStringLiteral("website"), website}};
}

ServiceIdentity ServiceIdentity::fromJson(const QJsonObject& o)
{
    ServiceIdentity s;
    s.name = str(o, "name");
    s.legalForm = str(o, "legal_form");
    s.street = str(o, "street");
    s.postalCode = str(o, "postal_code");
    s.city = str(o, "city");
    s.siret = str(o, "siret");
    s.vatNumber = str(o, "vat_number");
    s.vatExemption = str(o, "vat_exemption");
    s.paymentDays = o.value(QStringLiteral("payment_days")).toInt(30);
    s.iban = str(o, "iban");
    s.bic = str(o, "bic");
    s.phone = str(o, "phone");
    s.email = str(o, "email");
    s.website = str(o, "website");
    return s;
}

core::Status validateServiceIdentity(const ServiceIdentity& s)
{
    using core::ErrorCode;
    using core::Status;
    if (s.name.trimmed().isEmpty())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::membership", "The service needs a name"));
    if (s.street.trimmed().isEmpty() || s.postalCode.trimmed().isEmpty() || s.city.trimmed().isEmpty())
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::membership", "The service's address needs a street, a postal code and a city"));
    if (Status v = core::validateSiret(s.siret); !v)
        return v;
    if (s.paymentDays < 0 || s.paymentDays > MaxPaymentDays)
        return Status::fail(ErrorCode::Invalid,
                            QCoreApplication::translate("vigie::membership",
                                                        "Invalid payment period: %1 days (from 0 to 60 days after the invoice date, L441-10)")
                                .arg(s.paymentDays));
    return {};
}

QJsonObject Buyer::toJson() const
{
    return QJsonObject{{QStringLiteral("enterprise_name"), enterpriseName},
                       {QStringLiteral("establishment_name"), establishmentName},
                       {QStringLiteral("siret"), siret},
                       {QStringLiteral("member_number"), memberNumber},
                       {QStringLiteral("street"), street},
                       {QStringLiteral("extra"), extra},
                       {QStringLiteral("postal_code"), postalCode},
                       {QStringLiteral("city"), city}};
}

Buyer Buyer::fromJson(const QJsonObject& o)
{
    Buyer b;
    b.enterpriseName = str(o, "enterprise_name");
    b.establishmentName = str(o, "establishment_name");
    b.siret = str(o, "siret");
    b.memberNumber = str(o, "member_number");
    b.street = str(o, "street");
    b.extra = str(o, "extra");
    b.postalCode = str(o, "postal_code");
    b.city = str(o, "city");
    return b;
}

} // namespace vigie::membership
