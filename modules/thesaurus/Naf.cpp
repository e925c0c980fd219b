#include "thesaurus/Naf.h"

#include "thesaurus/CodeSystem.h"
#include "thesaurus/Shipped.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace vigie::thesaurus {

namespace {

struct NafIndex {
    QHash<QString, QString> labels;   // every code -> French label
    QHash<QString, QString> levels;   // every code -> level
};

const NafIndex& index()
{
    static const NafIndex built = [] {
        NafIndex idx;
        const ShippedSystem* naf = Shipped::find(QStringLiteral("naf"));
        if (!naf)
            return idx;
        auto bytes = Shipped::fileOf(*naf);
        if (!bytes)
            return idx;
        const ParsedCodeSystem parsed = parseCodeSystem(bytes.value());
        for (const CodeEntry& e : parsed.file.entries) {
            idx.labels.insert(e.code, e.labelFr);
            idx.levels.insert(e.code, e.level);
        }
        return idx;
    }();
    return built;
}

} // namespace

QString Naf::normalise(const QString& value)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{2})\\.?(\\d{2})([A-Za-z])$"));
    const auto m = shape.match(value.trimmed());
    if (!m.hasMatch())
        return {};
    return m.captured(1) + QLatin1Char('.') + m.captured(2) + m.captured(3).toUpper();
}

core::Status Naf::validate(const QString& value)
{
    const QString code = normalise(value);
    if (code.isEmpty())
        return core::Status::fail(core::ErrorCode::Invalid,
                                  QCoreApplication::translate("vigie::thesaurus", "\"%1\" is not a NAF code: two digits, an optional dot, two digits "
                                                                                 "and a letter are expected, e.g. 62.01Z")
                                      .arg(value));
    if (index().labels.isEmpty())
        return core::Status::fail(core::ErrorCode::Storage,
                                  QCoreApplication::translate("vigie::thesaurus", "The NAF reference file is missing from this build of Vigie"));
    if (index().levels.value(code) != QLatin1String("subclass"))
        return core::Status::fail(core::ErrorCode::Invalid,
                                  QCoreApplication::translate("vigie::thesaurus", "%1 is not a sub-class of NAF Rev. 2").arg(code));
    return {};
}

QString Naf::label(const QString& code)
{
    const QString normalised = normalise(code);
    return index().labels.value(normalised.isEmpty() ? code.trimmed() : normalised);
}

} // namespace vigie::thesaurus
