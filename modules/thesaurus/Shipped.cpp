#include "thesaurus/Shipped.h"

#include "thesaurus/Csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace vigie::thesaurus {

namespace {

QList<ShippedSystem> readManifest()
{
    QList<ShippedSystem> out;
    QFile f(QStringLiteral(":/thesaurus/systems.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const CsvTable table = parseCsv(f.readAll());
    if (!table.ok() || table.records.isEmpty())
        return out;
    QHash<QString, int> col;
    for (int i = 0; i < table.records.first().fields.size(); ++i)
        col.insert(table.records.first().fields.at(i), i);
    for (qsizetype k = 1; k < table.records.size(); ++k) {
        const QStringList& r = table.records.at(k).fields;
        const auto v = [&](const char* name) { return r.value(col.value(QLatin1String(name), -1)); };
        ShippedSystem s;
        s.meta = SystemMeta{v("system"), v("version"), QStringLiteral("shipped"), v("title_fr"), v("title_en"),
                            v("source"), v("licence"), v("attribution")};
        s.file = v("file");
        out.append(s);
    }
    return out;
}

} // namespace

const QList<ShippedSystem>& Shipped::systems()
{
    static const QList<ShippedSystem> all = readManifest();
    return all;
}

const ShippedSystem* Shipped::find(const QString& system)
{
    for (const ShippedSystem& s : systems())
        if (s.meta.system == system)
            return &s;
    return nullptr;
}

core::Result<QByteArray> Shipped::fileOf(const ShippedSystem& system)
{
    QFile f(QStringLiteral(":/thesaurus/") + system.file);
    if (!f.open(QIODevice::ReadOnly))
        return core::Result<QByteArray>::fail(core::ErrorCode::Storage,
                                              QCoreApplication::translate("vigie::thesaurus", "The reference file %1 is missing from this build of Vigie")
                                                  .arg(system.file));
    return f.readAll();
}

} // namespace vigie::thesaurus
