#include "scheduling/DueJsonWriter.h"

#include "scheduling/Dates.h"

namespace vigie::scheduling {

namespace {

QByteArray dateOrNull(const std::optional<QDate>& date)
{
    return date ? jsonString(isoText(*date)) : QByteArrayLiteral("null");
}

QByteArray entry(const DueVisit& d)
{
    const QByteArray indent = "      ";
    QByteArray out = "    {\n";
    out += indent + "\"worker\": " + jsonString(d.worker) + ",\n";
    out += indent + "\"employment\": " + (d.employment ? jsonString(*d.employment) : QByteArrayLiteral("null")) + ",\n";
    out += indent + "\"kind\": " + jsonString(codeOf(d.kind)) + ",\n";
    out += indent + "\"earliest\": " + dateOrNull(d.earliest) + ",\n";
    out += indent + "\"latest\": " + jsonString(isoText(d.latest)) + ",\n";
    out += indent + "\"performer\": " + jsonString(codeOf(d.performer)) + ",\n";
    out += indent + "\"overdue\": " + (d.overdue ? "true" : "false") + ",\n";
    out += indent + "\"basis\": " + jsonString(d.basis) + "\n";
    out += "    }";
    return out;
}

} // namespace

QByteArray jsonString(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += "\\u00" + QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
    return out;
}

QByteArray dueToJson(QDate today, const QList<DueVisit>& due)
{
    QByteArray out = "{\n  \"today\": " + jsonString(isoText(today)) + ",\n  \"due\": ";
    if (due.isEmpty()) {
        out += "[]";
    } else {
        out += "[\n";
        for (qsizetype i = 0; i < due.size(); ++i) {
            out += entry(due.at(i));
            out += i + 1 < due.size() ? ",\n" : "\n";
        }
        out += "  ]";
    }
    out += "\n}";
    return out;
}

} // namespace vigie::scheduling
