#include "membership/Member.h"

#include "core/Siret.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vigie::membership {
using core::ErrorCode;
using core::Status;

namespace {
Status invalid(const QString& message) { return Status::fail(ErrorCode::Invalid, message); }
} // namespace

QString statusCode(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Active: return QStringLiteral("active");
    case MemberStatus::Suspended: return QStringLiteral("suspended");
    case MemberStatus::Left: return QStringLiteral("left");
    }
    return {};
}

std::optional<MemberStatus> statusFromCode(const QString& code)
{
    for (MemberStatus s : allStatuses())
        if (statusCode(s) == code)
            return s;
    return std::nullopt;
}

QString statusTitle(MemberStatus status)
{
    switch (status) {
    case MemberStatus::Active: return QCoreApplication::translate("vigie::membership", "Active");
    case MemberStatus::Suspended: return QCoreApplication::translate("vigie::membership", "Suspended");
    //: The member has left the service (membership ended)
    case MemberStatus::Left: return QCoreApplication::translate("vigie::membership", "Left");
    }
    return {};
}

QList<MemberStatus> allStatuses() { return {MemberStatus::Active, MemberStatus::Suspended, MemberStatus::Left}; }

QString contactRoleCode(ContactRole role)
{
    switch (role) {
    case ContactRole::Employer: return QStringLiteral("employer");
    case ContactRole::Hr: return QStringLiteral("hr");
    case ContactRole::PreventionReferent: return QStringLiteral("prevention_referent");
    case ContactRole::Billing: return QStringLiteral("billing");
    case ContactRole::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<ContactRole> contactRoleFromCode(const QString& code)
{
    for (ContactRole r : allContactRoles())
        if (contactRoleCode(r) == code)
            return r;
    return std::nullopt;
}

QString contactRoleTitle(ContactRole role)
{
    switch (role) {
    case ContactRole::Employer: return QCoreApplication::translate("vigie::membership", "Employer");
    case ContactRole::Hr: return QCoreApplication::translate("vigie::membership", "Human resources");
    //: The worker designated to deal with occupational risk prevention (salarié désigné compétent, L4644-1)
    case ContactRole::PreventionReferent: return QCoreApplication::translate("vigie::membership", "Prevention referent");
    case ContactRole::Billing: return QCoreApplication::translate("vigie::membership", "Billing");
    case ContactRole::Other: return QCoreApplication::translate("vigie::membership", "Other");
    }
    return {};
}

QList<ContactRole> allContactRoles()
{
    return {ContactRole::Employer, ContactRole::Hr, ContactRole::PreventionReferent, ContactRole::Billing,
            ContactRole::Other};
}

QString Member::siren() const { return digitsOf(siret).left(9); }

QString digitsOf(const QString& text)
{
    QString out;
    for (QChar c : text)
        if (!c.isSpace())
            out.append(c);
    return out;
}

QString formatSiret(const QString& siret)
{
    const QString digits = digitsOf(siret);
    if (digits.size() != 14)
        return siret;
    return QStringLiteral("%1 %2 %3 %4").arg(digits.mid(0, 3), digits.mid(3, 3), digits.mid(6, 3), digits.mid(9, 5));
}

QString formatSiren(const QString& siren)
{
    const QString digits = digitsOf(siren);
    if (digits.size() != 9)
        return siren;
    return QStringLiteral("%1 %2 %3").arg(digits.mid(0, 3), digits.mid(3, 3), digits.mid(6, 3));
}

Status validateIdentifiers(const QString& siren, const QString& siret)
{
    if (Status s = core::validateSiren(siren); !s)
        return s;
    if (Status s = core::validateSiret(siret); !s)
        return s;
    if (digitsOf(siret).left(9) != digitsOf(siren))
        return invalid(QCoreApplication::translate(
                           "vigie::membership",
                           "The SIRET %1 does not belong to the enterprise with SIREN %2: a SIRET begins with its SIREN")
                           .arg(formatSiret(siret), formatSiren(siren)));
    return {};
}

Status validateAddress(const Address& address, const QStringList& communePostalCodes)
{
    if (address.street.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("vigie::membership", "The address needs a number and street"));
    if (address.communeInsee.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("vigie::membership", "Choose the commune from the list"));
    static const QRegularExpression insee(QStringLiteral("^(\\d{5}|2[AB]\\d{3})$"));
    if (!insee.match(address.communeInsee).hasMatch() || communePostalCodes.isEmpty())
        return invalid(QCoreApplication::translate("vigie::membership", "Unknown commune: %1").arg(address.communeInsee));
    static const QRegularExpression postal(QStringLiteral("^\\d{5}$"));
    const QString code = address.postalCode.trimmed();
    if (!postal.match(code).hasMatch())
        return invalid(QCoreApplication::translate("vigie::membership", "Invalid postal code \"%1\": a French postal code has 5 digits")
                           .arg(code));
    if (!communePostalCodes.contains(code))
        return invalid(QCoreApplication::translate("vigie::membership",
                                                   "The postal code %1 is not one of %2's (%3)")
                           .arg(code, address.city.isEmpty() ? address.communeInsee : address.city,
                                communePostalCodes.join(QStringLiteral(", "))));
    return {};
}

QString normalisePhone(const QString& phone)
{
    QString digits;
    QString t = phone.trimmed();
    bool international = false;
    if (t.startsWith(QLatin1Char('+'))) {
        international = true;
        t.remove(0, 1);
    }
    for (QChar c : t) {
        if (c.isDigit())
            digits.append(c);
        else if (c != QLatin1Char(' ') && c != QLatin1Char('.') && c != QLatin1Char('-') && c != QChar(0x00A0))
            return {};
    }
    if (international) {
        if (!digits.startsWith(QLatin1String("33")) || digits.size() != 11)
            return {};
        digits = QLatin1Char('0') + digits.mid(2);
    }
    if (digits.size() != 10 || !digits.startsWith(QLatin1Char('0')) || digits.at(1) == QLatin1Char('0'))
        return {};
    return QStringLiteral("%1 %2 %3 %4 %5").arg(digits.mid(0, 2), digits.mid(2, 2), digits.mid(4, 2), digits.mid(6, 2),
                                                digits.mid(8, 2));
}

Status validateContact(const Contact& contact)
{
    if (contact.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("vigie::membership", "A contact needs a name"));
    if (contact.phone.trimmed().isEmpty() && contact.email.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("vigie::membership", "Give a phone number or an e-mail address for %1")
                           .arg(contact.name.trimmed()));
    if (!contact.phone.trimmed().isEmpty() && normalisePhone(contact.phone).isEmpty())
        return invalid(QCoreApplication::translate("vigie::membership",
                                                   "Invalid phone number \"%1\": 10 digits starting with 0, or +33")
                           .arg(contact.phone.trimmed()));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!contact.email.trimmed().isEmpty() && !email.match(contact.email.trimmed()).hasMatch())
        return invalid(QCoreApplication::translate("vigie::membership", "Invalid e-mail address \"%1\"").arg(contact.email.trimmed()));
    return {};
}

Status validateMember(const Member& member, const QDate& today)
{
    const QString siret = digitsOf(member.siret);
    if (Status s = validateIdentifiers(siret.left(9), siret); !s)
        return s;
    if (member.enterpriseName.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("vigie::membership", "The enterprise needs a name"));
    if (member.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("vigie::membership", "The establishment needs a name"));
    if (member.naf.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("vigie::membership", "Choose the establishment's NAF code"));
    if (!member.memberSince.isValid())
        return invalid(QCoreApplication::translate("vigie::membership", "The membership date is required"));
    if (member.memberSince > today)
        return invalid(QCoreApplication::translate("vigie::membership", "The membership date %1 is in the future")
                           .arg(QLocale().toString(member.memberSince, QLocale::ShortFormat)));
    if (member.statusSince.isValid() && member.statusSince < member.memberSince)
        return invalid(QCoreApplication::translate("vigie::membership", "The status date %1 is before the membership date %2")
                           .arg(QLocale().toString(member.statusSince, QLocale::ShortFormat),
                                QLocale().toString(member.memberSince, QLocale::ShortFormat)));
    if (member.statusSince.isValid() && member.statusSince > today)
        return invalid(QCoreApplication::translate("vigie::membership", "The status date %1 is in the future")
                           .arg(QLocale().toString(member.statusSince, QLocale::ShortFormat)));
    if (member.memberNumber.size() > 32)
        return invalid(QCoreApplication::translate("vigie::membership", "The member number \"%1\" is too long (32 characters at most)")
                           .arg(member.memberNumber));
    for (const Contact& c : member.contacts)
        if (Status s = validateContact(c); !s)
            return s;
    return {};
}

Status checkStatusChange(const Member& current, MemberStatus next, const QDate& since, const QDate& today)
{
    if (next == current.status)
        return invalid(QCoreApplication::translate("vigie::membership", "The member is already in the status \"%1\"")
                           .arg(statusTitle(next)));
    if (!since.isValid())
        return invalid(QCoreApplication::translate("vigie::membership", "The date of the new status is required"));
    if (since > today)
        return invalid(QCoreApplication::translate("vigie::membership", "The status date %1 is in the future")
                           .arg(QLocale().toString(since, QLocale::ShortFormat)));
    if (current.memberSince.isValid() && since < current.memberSince)
        return invalid(QCoreApplication::translate("vigie::membership", "The status date %1 is before the membership date %2")
                           .arg(QLocale().toString(since, QLocale::ShortFormat),
                                QLocale().toString(current.memberSince, QLocale::ShortFormat)));
    const QDate currentSince = current.statusSince.isValid() ? current.statusSince : current.memberSince;
    if (currentSince.isValid() && since < currentSince)
        return invalid(QCoreApplication::translate("vigie::membership", "The status date %1 is before the current status' date %2")
                           .arg(QLocale().toString(since, QLocale::ShortFormat),
                                QLocale().toString(currentSince, QLocale::ShortFormat)));
    return {};
}

QString nextMemberNumber(const QString& last)
{
    static const QRegularExpression shape(QStringLiteral("^([A-Z]*)(\\d+)$"));
    const auto m = shape.match(last);
    if (!m.hasMatch())
        return QStringLiteral("A000001");
    const QString digits = m.captured(2);
    return m.captured(1) + QStringLiteral("%1").arg(digits.toLongLong() + 1, int(digits.size()), 10, QLatin1Char('0'));
}

} // namespace vigie::membership
