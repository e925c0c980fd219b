#include "dmst/InsDataMatrix.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vigie::dmst {
using core::Error;
using core::ErrorCode;
using core::Result;

namespace {
constexpr char GroupSeparator = '\x1d';
constexpr int OidMax = 20;
constexpr int NameMax = 100;

Error invalid(const QString& message) { return Error{ErrorCode::Invalid, message}; }

// A variable-length field: closed by <GS> when shorter than its maximum.
QByteArray variable(const char* id, const QString& value, int max)
{
    QByteArray out = QByteArray(id) + value.toLatin1();
    if (value.size() < max)
        out += GroupSeparator;
    return out;
}
} // namespace

QString insiName(const QString& name)
{
    QString s = name;
    s.replace(QChar(0x0152), QStringLiteral("OE")).replace(QChar(0x0153), QStringLiteral("oe"));
    s.replace(QChar(0x00C6), QStringLiteral("AE")).replace(QChar(0x00E6), QStringLiteral("ae"));
    s = s.normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : s) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out += c.toUpper();
    }
    return out.simplified();
}

Result<QByteArray> insDataMatrixContent(const InsTraits& t)
{
    if (t.insStatus != QLatin1String("QUAL"))
        return invalid(QCoreApplication::translate("vigie::dmst", "The identity is not qualified (status %1): no INS DataMatrix").arg(t.insStatus));
    static const QRegularExpression matricule(QStringLiteral("^[0-9]{6}[0-9AB][0-9]{8}$"));
    if (!matricule.match(t.matricule).hasMatch())
        return invalid(QCoreApplication::translate("vigie::dmst", "The INS matricule %1 is not 15 characters").arg(t.matricule));
    static const QRegularExpression oid(QStringLiteral("^[0-9]+(\\.[0-9]+)+$"));
    if (!oid.match(t.oid).hasMatch() || t.oid.size() > OidMax)
        return invalid(QCoreApplication::translate("vigie::dmst", "The INS OID %1 is not valid").arg(t.oid));
    const QString firstNames = insiName(t.birthFirstNames);
    const QString birthName = insiName(t.birthName);
    static const QRegularExpression profile(QStringLiteral("^[A-Z]([A-Z' -]*[A-Z])?$"));
    if (!profile.match(firstNames).hasMatch() || firstNames.size() > NameMax)
        return invalid(QCoreApplication::translate("vigie::dmst", "The birth first names %1 cannot be encoded in the INS DataMatrix").arg(t.birthFirstNames));
    if (!profile.match(birthName).hasMatch() || birthName.size() > NameMax)
        return invalid(QCoreApplication::translate("vigie::dmst", "The birth name %1 cannot be encoded in the INS DataMatrix").arg(t.birthName));
    if (t.sex != QLatin1String("F") && t.sex != QLatin1String("M"))
        return invalid(QCoreApplication::translate("vigie::dmst", "The sex %1 cannot be encoded in the INS DataMatrix (F or M)").arg(t.sex));
    if (!t.birthDate.isValid())
        return invalid(QCoreApplication::translate("vigie::dmst", "The birth date is missing: no INS DataMatrix"));
    static const QRegularExpression cog(QStringLiteral("^[0-9][0-9AB][0-9]{3}$"));
    if (!t.birthPlaceCog.isEmpty() && !cog.match(t.birthPlaceCog).hasMatch())
        return invalid(QCoreApplication::translate("vigie::dmst", "The birthplace code %1 is not an INSEE code").arg(t.birthPlaceCog));

    QByteArray out = QByteArrayLiteral("IS01") + QByteArray(22, '0');
    out += QByteArrayLiteral("S1") + t.matricule.toLatin1();
    out += variable("S2", t.oid, OidMax);
    out += variable("S3", firstNames, NameMax);
    out += variable("S4", birthName, NameMax);
    out += QByteArrayLiteral("S5") + t.sex.toLatin1();
    out += QByteArrayLiteral("S6") + t.birthDate.toString(QStringLiteral("dd-MM-yyyy")).toLatin1();
    if (!t.birthPlaceCog.isEmpty())
        out += QByteArrayLiteral("S7") + t.birthPlaceCog.toLatin1();
    return out;
}

} // namespace vigie::dmst
