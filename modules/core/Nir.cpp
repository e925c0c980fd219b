#include "core/Nir.h"

#include <QCoreApplication>

namespace vigie::core {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitsValue(QStringView s)
{
    int v = 0;
    for (QChar c : s)
        v = v * 10 + (c.unicode() - u'0');
    return v;
}

// The 13-digit number used for the key, or -1 if `body` is not 13 valid characters.
// Corsica (2A/2B since 1976) has letters in the département; for the key only, INSEE replaces
// 2A by 19 and 2B by 18.
qint64 keyNumber(QStringView body)
{
    if (body.size() != 13)
        return -1;
    qint64 n = 0;
    for (int i = 0; i < 13; ++i) {
        QChar c = body[i];
        if (i == 6 && body[5] == u'2' && (c == u'A' || c == u'B')) {
            n = (n - 2) * 10 + (c == u'A' ? 19 : 18); // drop the '2' just added, put "19"/"18"
            continue;
        }
        if (!isDigit(c))
            return -1;
        n = n * 10 + (c.unicode() - u'0');
    }
    return n;
}

Status invalid(const QString& shown, const QString& reason)
{
    //: %1 is the NIR as "1 85 05 78 006 084 36", %2 one of the reasons below
    return Status::fail(ErrorCode::Invalid,
                        QCoreApplication::translate("vigie::core", "NIR %1: %2").arg(shown, reason));
}

} // namespace

QString normalizeNir(const QString& nir)
{
    QString out;
    out.reserve(15);
    for (QChar c : nir) {
        if (c.isSpace())
            continue;
        out.append(c == u'a' ? QChar(u'A') : c == u'b' ? QChar(u'B') : c);
    }
    return out;
}

QString formatNir(const QString& nir)
{
    const QString n = normalizeNir(nir);
    if (n.size() != 15)
        return n;
    static constexpr int groups[] = {1, 2, 2, 2, 3, 3, 2};
    QString out;
    out.reserve(21);
    int pos = 0;
    for (int len : groups) {
        if (pos > 0)
            out.append(u' ');
        out.append(QStringView(n).mid(pos, len));
        pos += len;
    }
    return out;
}

QString nirKey(const QString& first13)
{
    const qint64 n = keyNumber(normalizeNir(first13));
    if (n < 0)
        return {};
    return QStringLiteral("%1").arg(97 - n % 97, 2, 10, QLatin1Char('0'));
}

Status validateNir(const QString& nir)
{
    const QString n = normalizeNir(nir);
    const QString shown = formatNir(nir);
    if (n.isEmpty())
        return Status::fail(ErrorCode::Invalid, QCoreApplication::translate("vigie::core", "NIR is empty"));
    if (n.size() != 15) {
        return invalid(shown, QCoreApplication::translate(
                                  "vigie::core", "must have 15 characters (13 + a 2-digit key), found %1")
                                  .arg(n.size()));
    }

    for (int i = 0; i < 15; ++i) {
        const bool corsica = (i == 6 && n[5] == u'2' && (n[6] == u'A' || n[6] == u'B'));
        if (!isDigit(n[i]) && !corsica) {
            return invalid(shown, QCoreApplication::translate(
                                      "vigie::core", "character \"%1\" at position %2 is not allowed "
                                                     "(only digits, and 2A or 2B as département)")
                                      .arg(n[i])
                                      .arg(i + 1));
        }
    }

    // 1 man, 2 woman; 7 and 8 are used for temporary numbers (domain-rules.md §10.1).
    const QChar sex = n[0];
    if (sex != u'1' && sex != u'2' && sex != u'7' && sex != u'8') {
        return invalid(shown, QCoreApplication::translate(
                                  "vigie::core", "first digit %1 is not a valid sex code (1, 2, 7 or 8)")
                                  .arg(sex));
    }

    // 01–12 normally; INSEE uses 20–42 and 50–99 when the birth month is unknown.
    const int month = digitsValue(QStringView(n).mid(3, 2));
    if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) {
        return invalid(shown, QCoreApplication::translate(
                                  "vigie::core", "month %1 is not valid (01 to 12, or 20 to 42 and "
                                                 "50 to 99 when unknown)")
                                  .arg(n.mid(3, 2)));
    }

    if (QStringView(n).mid(10, 3) == u"000") {
        return invalid(shown, QCoreApplication::translate(
                                  "vigie::core", "order number 000 is not valid (001 to 999)"));
    }

    const int key = digitsValue(QStringView(n).mid(13, 2));
    const QString expected = nirKey(n.left(13));
    if (key != expected.toInt()) {
        return invalid(shown, QCoreApplication::translate(
                                  "vigie::core", "key %1 does not match (expected %2)")
                                  .arg(n.mid(13, 2), expected));
    }
    return {};
}

} // namespace vigie::core
