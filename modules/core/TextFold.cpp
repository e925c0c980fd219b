#include "core/TextFold.h"

namespace vigie::core {

namespace {

// Output buffer that turns any run of separators into a single space, and never starts with one.
class Folder {
public:
    explicit Folder(qsizetype capacity) { m_out.reserve(capacity); }

    void separator() { m_pendingSpace = !m_out.isEmpty(); }
    void put(QChar c)
    {
        flush();
        m_out.append(c);
    }
    void put(char32_t cp)
    {
        flush();
        if (QChar::requiresSurrogates(cp)) {
            m_out.append(QChar(QChar::highSurrogate(cp)));
            m_out.append(QChar(QChar::lowSurrogate(cp)));
        } else {
            m_out.append(QChar(char16_t(cp)));
        }
    }
    void put(const char* ascii)
    {
        flush();
        m_out.append(QLatin1String(ascii));
    }
    QString take() { return std::move(m_out); } // trailing separator never written: trimmed

private:
    void flush()
    {
        if (m_pendingSpace)
            m_out.append(u' ');
        m_pendingSpace = false;
    }

    QString m_out;
    bool m_pendingSpace = false;
};

// Most names are plain ASCII: no normalisation, no Unicode tables.
QString foldAscii(const QString& text)
{
    Folder f(text.size());
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c >= u'a' && c <= u'z')
            f.put(qc);
        else if (c >= u'A' && c <= u'Z')
            f.put(QChar(char16_t(c + (u'a' - u'A'))));
        else if (c >= u'0' && c <= u'9')
            f.put(qc);
        else
            f.separator();
    }
    return f.take();
}

// Letters that NFD does not decompose but a French user types without the mark or as two letters.
const char* expansion(char32_t cp)
{
    switch (cp) {
    case U'œ': case U'Œ': return "oe";
    case U'æ': case U'Æ': return "ae";
    case U'ß': case U'ẞ': return "ss";
    case U'ø': case U'Ø': return "o";
    case U'đ': case U'Đ': return "d";
    case U'ł': case U'Ł': return "l";
    case U'ı': return "i";
    default: return nullptr;
    }
}

QString foldUnicode(const QString& text)
{
    // NFD splits "é" into "e" + U+0301 so the mark can be dropped.
    const QString nfd = text.normalized(QString::NormalizationForm_D);
    Folder f(nfd.size());
    const qsizetype n = nfd.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t cp = nfd[i].unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < n && nfd[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(nfd[i], nfd[i + 1]);
            ++i;
        }

        if (cp < 0x80) {
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9'))
                f.put(char32_t(cp));
            else if (cp >= 'A' && cp <= 'Z')
                f.put(char32_t(cp + ('a' - 'A')));
            else
                f.separator();
            continue;
        }
        if (cp == 0x02BC || cp == 0x02BB) { // modifier-letter apostrophes, typed as "’"
            f.separator();
            continue;
        }
        if (const char* e = expansion(cp)) {
            f.put(e);
            continue;
        }
        switch (QChar::category(cp)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            break; // the accent itself: dropped, without splitting the word
        case QChar::Letter_Uppercase:
        case QChar::Letter_Lowercase:
        case QChar::Letter_Titlecase:
        case QChar::Letter_Modifier:
        case QChar::Letter_Other:
        case QChar::Number_DecimalDigit:
        case QChar::Number_Letter:
        case QChar::Number_Other:
            f.put(QChar::toLower(cp));
            break;
        default:
            f.separator(); // punctuation (’ « » – …), symbols, every kind of space
            break;
        }
    }
    return f.take();
}

bool isAscii(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

QString foldForSearch(const QString& text)
{
    return isAscii(text) ? foldAscii(text) : foldUnicode(text);
}

QString prefixUpperBound(const QString& folded)
{
    QString upper = folded;
    while (!upper.isEmpty()) {
        // Work on the last code point, not the last UTF-16 unit, so a surrogate pair stays valid.
        qsizetype last = upper.size() - 1;
        char32_t cp = upper[last].unicode();
        if (upper[last].isLowSurrogate() && last > 0 && upper[last - 1].isHighSurrogate()) {
            --last;
            cp = QChar::surrogateToUcs4(upper[last], upper[last + 1]);
        }
        upper.truncate(last);
        if (cp == 0x10FFFF)
            continue; // no greater code point: carry to the previous character
        ++cp;
        if (cp == 0xD800)
            cp = 0xE000; // skip the surrogate range, which is not made of characters
        if (QChar::requiresSurrogates(cp)) {
            upper.append(QChar(QChar::highSurrogate(cp)));
            upper.append(QChar(QChar::lowSurrogate(cp)));
        } else {
            upper.append(QChar(char16_t(cp)));
        }
        return upper;
    }
    return {};
}

} // namespace vigie::core
