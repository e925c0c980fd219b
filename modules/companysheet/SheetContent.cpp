#include "companysheet/SheetContent.h"

#include "companysheet/SheetPlan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace vigie::companysheet {
using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {
constexpr int MaxCount = 1000000;

Error invalid(const QString& message) { return Error{ErrorCode::Invalid, message}; }

QString fieldName(const QString& section, const QString& field) { return section + QLatin1Char('.') + field; }

// A JSON number that is a whole number in range.
std::optional<int> countOf(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > MaxCount || d != double(int(d)))
        return std::nullopt;
    return int(d);
}

Result<QJsonValue> normalisedExposures(const QString& section, const QString& field, const QJsonValue& value)
{
    if (!value.isArray())
        return invalid(QCoreApplication::translate("vigie::companysheet", "The field %1 expects a list of exposures").arg(fieldName(section, field)));
    QList<ExposureEntry> entries;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject o = item.toObject();
        ExposureEntry e;
        e.code = o.value(QLatin1String("code")).toString().trimmed().toUpper();
        e.label = o.value(QLatin1String("label")).toString().trimmed();
        e.measures = o.value(QLatin1String("measures")).toString().trimmed();
        if (!item.isObject() || e.code.isEmpty())
            return invalid(QCoreApplication::translate("vigie::companysheet", "An exposure of %1 has no code").arg(fieldName(section, field)));
        for (const auto& [key, target] : {std::pair{"cdi", &e.cdi}, std::pair{"cdd", &e.cdd},
                                          std::pair{"interim", &e.interim}, std::pair{"other", &e.other}}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined() || v.isNull())
                continue;
            const auto n = countOf(v);
            if (!n)
                return invalid(QCoreApplication::translate("vigie::companysheet", "The exposure %1 has an invalid number of workers (%2)")
                                   .arg(e.code, QLatin1String(key)));
            *target = *n;
        }
        for (const QString& k : o.keys())
            if (k != QLatin1String("code") && k != QLatin1String("label") && k != QLatin1String("measures") &&
                k != QLatin1String("cdi") && k != QLatin1String("cdd") && k != QLatin1String("interim") && k != QLatin1String("other"))
                return invalid(QCoreApplication::translate("vigie::companysheet", "The exposure %1 has an unknown item: %2").arg(e.code, k));
        entries << e;
    }
    std::sort(entries.begin(), entries.end(), [](const ExposureEntry& a, const ExposureEntry& b) { return a.code < b.code; });
    for (qsizetype i = 1; i < entries.size(); ++i)
        if (entries.at(i).code == entries.at(i - 1).code)
            return invalid(QCoreApplication::translate("vigie::companysheet", "The exposure %1 is listed twice").arg(entries.at(i).code));
    return exposuresToJson(entries);
}
} // namespace

Result<QJsonValue> normalisedValue(const QString& section, const QString& field, const QJsonValue& value)
{
    const FieldDef* def = companysheet::field(section, field);
    if (!def)
        return invalid(QCoreApplication::translate("vigie::companysheet", "Unknown field of the company sheet: %1").arg(fieldName(section, field)));
    if (value.isNull() || value.isUndefined())
        return QJsonValue(QJsonValue::Null);
    switch (def->kind) {
    case FieldKind::Text:
    case FieldKind::Paragraph: {
        if (!value.isString())
            return invalid(QCoreApplication::translate("vigie::companysheet", "The field %1 expects text").arg(fieldName(section, field)));
        QString text = value.toString();
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        text = text.trimmed();
        if (def->kind == FieldKind::Text)
            text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }
    case FieldKind::Count: {
        const auto n = countOf(value);
        if (!n)
            return invalid(QCoreApplication::translate("vigie::companysheet", "The field %1 expects a whole number from 0").arg(fieldName(section, field)));
        return QJsonValue(*n);
    }
    case FieldKind::YesNo:
        if (!value.isBool())
            return invalid(QCoreApplication::translate("vigie::companysheet", "The field %1 expects yes or no").arg(fieldName(section, field)));
        return value;
    case FieldKind::Date: {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        if (!value.isString() || !d.isValid())
            return invalid(QCoreApplication::translate("vigie::companysheet", "The field %1 expects a date").arg(fieldName(section, field)));
        return QJsonValue(d.toString(Qt::ISODate));
    }
    case FieldKind::Exposures: {
        auto v = normalisedExposures(section, field, value);
        if (!v)
            return v;
        return v.value().toArray().isEmpty() ? QJsonValue(QJsonValue::Null) : v.value();
    }
    }
    return QJsonValue(QJsonValue::Null);
}

Result<SheetContent> SheetContent::fromObject(const QJsonObject& object)
{
    SheetContent c;
    for (auto s = object.begin(); s != object.end(); ++s) {
        if (!section(s.key()))
            return invalid(QCoreApplication::translate("vigie::companysheet", "Unknown section of the company sheet: %1").arg(s.key()));
        if (!s.value().isObject())
            return invalid(QCoreApplication::translate("vigie::companysheet", "The section %1 is not a set of fields").arg(s.key()));
        const QJsonObject fields = s.value().toObject();
        for (auto f = fields.begin(); f != fields.end(); ++f)
            if (Status st = c.set(s.key(), f.key(), f.value()); !st)
                return st.error();
    }
    return c;
}

Result<SheetContent> SheetContent::fromJson(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QCoreApplication::translate("vigie::companysheet", "The company sheet's content is not a JSON object (%1)").arg(error.errorString()));
    return fromObject(doc.object());
}

QByteArray SheetContent::canonicalJson() const { return QJsonDocument(m_sections).toJson(QJsonDocument::Compact); }

QJsonValue SheetContent::value(const QString& section, const QString& field) const
{
    return m_sections.value(section).toObject().value(field);
}

QString SheetContent::text(const QString& section, const QString& field) const
{
    return displayValue(section, field, value(section, field));
}

Status SheetContent::set(const QString& section, const QString& field, const QJsonValue& value)
{
    auto v = normalisedValue(section, field, value);
    if (!v)
        return v.error();
    QJsonObject fields = m_sections.value(section).toObject();
    if (v.value().isNull())
        fields.remove(field);
    else
        fields.insert(field, v.value());
    setSection(section, fields);
    return {};
}

Status SheetContent::setText(const QString& section, const QString& field, const QString& text)
{
    const FieldDef* def = companysheet::field(section, field);
    if (!def)
        return invalid(QCoreApplication::translate("vigie::companysheet", "Unknown field of the company sheet: %1").arg(fieldName(section, field)));
    const QString t = text.trimmed();
    if (t.isEmpty())
        return set(section, field, QJsonValue(QJsonValue::Null));
    switch (def->kind) {
    case FieldKind::Count: {
        bool ok = false;
        const int n = t.toInt(&ok);
        if (!ok)
            return invalid(QCoreApplication::translate("vigie::companysheet", "The field %1 expects a whole number from 0").arg(fieldName(section, field)));
        return set(section, field, QJsonValue(n));
    }
    case FieldKind::YesNo: {
        const QString l = t.toLower();
        if (l == QLatin1String("oui") || l == QLatin1String("yes") || l == QLatin1String("1") || l == QLatin1String("o"))
            return set(section, field, QJsonValue(true));
        if (l == QLatin1String("non") || l == QLatin1String("no") || l == QLatin1String("0") || l == QLatin1String("n"))
            return set(section, field, QJsonValue(false));
        return invalid(QCoreApplication::translate("vigie::companysheet", "The field %1 expects yes or no").arg(fieldName(section, field)));
    }
    case FieldKind::Date: {
        QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            d = QDate::fromString(t, QStringLiteral("dd/MM/yyyy"));
        if (!d.isValid())
            return invalid(QCoreApplication::translate("vigie::companysheet", "The field %1 expects a date").arg(fieldName(section, field)));
        return set(section, field, QJsonValue(d.toString(Qt::ISODate)));
    }
    case FieldKind::Exposures: {
        const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8());
        if (!doc.isArray())
            return invalid(QCoreApplication::translate("vigie::companysheet", "The field %1 expects a list of exposures").arg(fieldName(section, field)));
        return set(section, field, doc.array());
    }
    case FieldKind::Text:
    case FieldKind::Paragraph:
        break;
    }
    return set(section, field, QJsonValue(text));
}

void SheetContent::setSection(const QString& section, const QJsonObject& fields)
{
    if (fields.isEmpty())
        m_sections.remove(section);
    else
        m_sections.insert(section, fields);
}

QList<ExposureEntry> SheetContent::exposures() const
{
    return exposuresFromJson(value(Sections::Exposures, QStringLiteral("exposures")));
}

void SheetContent::setExposures(const QList<ExposureEntry>& entries)
{
    (void)set(Sections::Exposures, QStringLiteral("exposures"), exposuresToJson(entries));
}

QList<ExposureEntry> exposuresFromJson(const QJsonValue& value)
{
    QList<ExposureEntry> out;
    for (const QJsonValue& item : value.toArray()) {
        const QJsonObject o = item.toObject();
        out << ExposureEntry{o.value(QLatin1String("code")).toString(), o.value(QLatin1String("label")).toString(),
                             o.value(QLatin1String("cdi")).toInt(),  o.value(QLatin1String("cdd")).toInt(),
                             o.value(QLatin1String("interim")).toInt(), o.value(QLatin1String("other")).toInt(),
                             o.value(QLatin1String("measures")).toString()};
    }
    return out;
}

QJsonValue exposuresToJson(QList<ExposureEntry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const ExposureEntry& a, const ExposureEntry& b) { return a.code < b.code; });
    QJsonArray array;
    for (const ExposureEntry& e : entries) {
        QJsonObject o{{QStringLiteral("code"), e.code.trimmed().toUpper()},
                      {QStringLiteral("cdi"), e.cdi},
                      {QStringLiteral("cdd"), e.cdd},
                      {QStringLiteral("interim"), e.interim},
                      {QStringLiteral("other"), e.other}};
        if (!e.label.trimmed().isEmpty())
            o.insert(QStringLiteral("label"), e.label.trimmed());
        if (!e.measures.trimmed().isEmpty())
            o.insert(QStringLiteral("measures"), e.measures.trimmed());
        array.append(o);
    }
    return array;
}

QString exposureLine(const ExposureEntry& e)
{
    QString line = e.label.isEmpty() ? e.code : QStringLiteral("%1 (%2)").arg(e.label, e.code);
    line += QStringLiteral(" : ") +
            QCoreApplication::translate("vigie::companysheet", "%1 CDI, %2 CDD, %3 temporary, %4 other — %5 exposed")
                .arg(e.cdi)
                .arg(e.cdd)
                .arg(e.interim)
                .arg(e.other)
                .arg(e.total());
    if (!e.measures.isEmpty())
        line += QStringLiteral(" — ") + e.measures;
    return line;
}

QString displayValue(const QString& section, const QString& field, const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    const FieldDef* def = companysheet::field(section, field);
    const FieldKind kind = def ? def->kind : FieldKind::Text;
    switch (kind) {
    case FieldKind::Count: return QString::number(value.toInt());
    case FieldKind::YesNo:
        return value.toBool() ? QCoreApplication::translate("vigie::companysheet", "yes")
                              : QCoreApplication::translate("vigie::companysheet", "no");
    case FieldKind::Date: return QDate::fromString(value.toString(), Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy"));
    case FieldKind::Exposures: {
        QStringList lines;
        for (const ExposureEntry& e : exposuresFromJson(value))
            lines << exposureLine(e);
        return lines.join(QLatin1Char('\n'));
    }
    case FieldKind::Text:
    case FieldKind::Paragraph: break;
    }
    return value.toString();
}

} // namespace vigie::companysheet
