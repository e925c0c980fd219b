#include "core/Siret.h"

#include <QCoreApplication>

namespace vigie::core {

namespace {

const QLatin1String kLaPosteSiren("356000000");
const QLatin1String kLaPosteHeadOffice("35600000000048");
const QLatin1String kLaPosteHeadOfficeBody("3560000000004"); // its first 13 digits

// Digits only, spaces dropped; empty if anything else is found.
QString digitsOnly(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.isSpace())
            continue;
        if (c < u'0' || c > u'9')
            return {};
        out.append(c);
    }
    return out;
}

// Luhn sum: from the right, every second digit is doubled, minus 9 when above 9.
int luhnSum(QStringView digits)
{
    int sum = 0;
    bool twice = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int d = it->unicode() - u'0';
        if (twice && (d *= 2) > 9)
            d -= 9;
        sum += d;
        twice = !twice;
    }
    return sum;
}

int digitSum(QStringView digits)
{
    int sum = 0;
    for (QChar c : digits)
        sum += c.unicode() - u'0';
    return sum;
}

Status checkFormat(const QString& input, const QString& digits, qsizetype length, const char* kind)
{
    if (digits.size() == length)
        return {};
    //: %1 is "SIREN" or "SIRET", %2 the number as entered, %3 the expected number of digits
    return Status::fail(ErrorCode::Invalid,
                        QCoreApplication::translate("vigie::core", "%1 %2: must have exactly %3 digits")
                            .arg(QLatin1String(kind), input.trimmed())
                            .arg(length));
}

Status keyMismatch(const char* kind, const QString& digits)
{
    //: %1 is "SIREN" or "SIRET", %2 the number
    return Status::fail(ErrorCode::Invalid,
                        QCoreApplication::translate("vigie::core", "%1 %2: the check digit does not match "
                                                                   "(probably a typing error)")
                            .arg(QLatin1String(kind), digits));
}

} // namespace

Status validateSiren(const QString& siren)
{
    const QString d = digitsOnly(siren);
    if (Status s = checkFormat(siren, d, 9, "SIREN"); !s)
        return s;
    if (luhnSum(d) % 10 != 0)
        return keyMismatch("SIREN", d);
    return {};
}

Status validateSiret(const QString& siret)
{
    const QString d = digitsOnly(siret);
    if (Status s = checkFormat(siret, d, 14, "SIRET"); !s)
        return s;
    if (d.startsWith(kLaPosteSiren) && d != kLaPosteHeadOffice) {
        if (digitSum(d) % 5 != 0) {
            return Status::fail(ErrorCode::Invalid,
                                QCoreApplication::translate("vigie::core",
                                                            "SIRET %1: for La Poste (SIREN 356000000) "
                                                            "the sum of the 14 digits must be a "
                                                            "multiple of 5, it is %2")
                                    .arg(d)
                                    .arg(digitSum(d)));
        }
        return {};
    }
    if (luhnSum(d) % 10 != 0)
        return keyMismatch("SIRET", d);
    return {};
}

namespace {

// The digit that makes `body` + digit pass Luhn: the appended digit is not doubled, and every digit
// of `body` moves one place left, so compute the sum as if a 0 were already appended.
QChar luhnDigit(const QString& body)
{
    const int sum = luhnSum(QString(body).append(QLatin1Char('0')));
    return QChar(u'0' + (10 - sum % 10) % 10);
}

} // namespace

QString luhnCompleteSiren(const QString& first8)
{
    const QString d = digitsOnly(first8);
    if (d.size() != 8)
        return {};
    return d + luhnDigit(d);
}

QString luhnCompleteSiret(const QString& first13)
{
    const QString d = digitsOnly(first13);
    if (d.size() != 13)
        return {};
    if (d.startsWith(kLaPosteSiren) && d != kLaPosteHeadOfficeBody) {
        // Smallest digit making the digit sum a multiple of 5, as validateSiret expects.
        return d + QChar(u'0' + (5 - digitSum(d) % 5) % 5);
    }
    return d + luhnDigit(d);
}

} // namespace vigie::core
