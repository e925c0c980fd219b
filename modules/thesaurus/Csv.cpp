#include "thesaurus/Csv.h"

#include <QCoreApplication>

namespace vigie::thesaurus {

namespace {

// The line (1-based) of the first byte of `bytes` that is not well-formed UTF-8 (RFC 3629: no overlong
// form, no surrogate, nothing above U+10FFFF), or 0 when all are.
int firstInvalidUtf8Line(const QByteArray& bytes)
{
    int line = 1;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c == '\n')
                ++line;
            ++i;
            continue;
        }
        int extra = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF)
            extra = 1;
        else if (c == 0xE0)
            extra = 2, lo = 0xA0;
        else if (c >= 0xE1 && c <= 0xEC)
            extra = 2;
        else if (c == 0xED)
            extra = 2, hi = 0x9F;
        else if (c >= 0xEE && c <= 0xEF)
            extra = 2;
        else if (c == 0xF0)
            extra = 3, lo = 0x90;
        else if (c >= 0xF1 && c <= 0xF3)
            extra = 3;
        else if (c == 0xF4)
            extra = 3, hi = 0x8F;
        else
            return line;
        if (i + extra >= n) // the sequence is cut by the end of the file
            return line;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char b = p[i + k];
            if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
                return line;
        }
        i += extra + 1;
    }
    return 0;
}

bool isBlank(const QStringList& fields) { return fields.size() == 1 && fields.first().trimmed().isEmpty(); }

} // namespace

CsvTable parseCsv(const QByteArray& input)
{
    CsvTable table;
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (const int bad = firstInvalidUtf8Line(bytes)) {
        table.errorLine = bad;
        table.error = QCoreApplication::translate("vigie::thesaurus", "the text is not valid UTF-8");
        return table;
    }
    const QString text = QString::fromUtf8(bytes);

    int line = 1;
    CsvRecord current{1, {}};
    QString field;
    bool quoted = false;      // inside a quoted field
    bool wasQuoted = false;   // the current field was quoted (only a separator or a line end may follow)
    int quoteLine = 0;
    const qsizetype n = text.size();
    auto endRecord = [&] {
        current.fields << field;
        if (!isBlank(current.fields))
            table.records << current;
        current = CsvRecord{line, {}};
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u',') {
            current.fields << field;
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            continue; // the \n that follows ends the record
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted) {
                table.errorLine = line;
                table.error = QCoreApplication::translate("vigie::thesaurus",
                                                          "a double quote inside a field that does not start with one "
                                                          "(write the field in quotes and double the inner quote)");
                return table;
            }
            quoted = true;
            quoteLine = line;
        } else if (c == u'\r') {
            table.errorLine = line;
            table.error = QCoreApplication::translate("vigie::thesaurus", "a carriage return outside a line end");
            return table;
        } else {
            if (wasQuoted) {
                table.errorLine = line;
                table.error = QCoreApplication::translate("vigie::thesaurus",
                                                          "text after the closing double quote of a field");
                return table;
            }
            field += c;
        }
    }
    if (quoted) {
        table.errorLine = quoteLine;
        table.error = QCoreApplication::translate("vigie::thesaurus", "a double quote opened on this line is never closed");
        return table;
    }
    if (!field.isEmpty() || wasQuoted || !current.fields.isEmpty())
        endRecord();
    return table;
}

} // namespace vigie::thesaurus
