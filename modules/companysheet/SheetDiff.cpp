#include "companysheet/SheetDiff.h"

#include "companysheet/SheetPlan.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace vigie::companysheet {

namespace {
QStringList exposureDetails(const QJsonValue& before, const QJsonValue& after)
{
    QHash<QString, ExposureEntry> was;
    for (const ExposureEntry& e : exposuresFromJson(before))
        was.insert(e.code, e);
    QStringList out;
    QSet<QString> seen;
    for (const ExposureEntry& e : exposuresFromJson(after)) {
        seen.insert(e.code);
        if (!was.contains(e.code))
            out << QCoreApplication::translate("vigie::companysheet", "added: %1").arg(exposureLine(e));
        else if (!(was.value(e.code) == e))
            out << QCoreApplication::translate("vigie::companysheet", "changed: %1 → %2").arg(exposureLine(was.value(e.code)), exposureLine(e));
    }
    for (const ExposureEntry& e : exposuresFromJson(before))
        if (!seen.contains(e.code))
            out << QCoreApplication::translate("vigie::companysheet", "removed: %1").arg(exposureLine(e));
    return out;
}
} // namespace

QList<SectionChanges> diff(const SheetContent& before, const SheetContent& after)
{
    QList<SectionChanges> out;
    for (const SectionDef& s : sections()) {
        SectionChanges changes{s.key, {}};
        for (const FieldDef& f : s.fields) {
            const QJsonValue a = before.value(s.key, f.key);
            const QJsonValue b = after.value(s.key, f.key);
            if (a == b)
                continue;
            FieldChange c{s.key, f.key, a.isUndefined() ? QJsonValue(QJsonValue::Null) : a,
                          b.isUndefined() ? QJsonValue(QJsonValue::Null) : b, {}};
            if (f.kind == FieldKind::Exposures)
                c.details = exposureDetails(a, b);
            changes.fields << c;
        }
        if (!changes.fields.isEmpty())
            out << changes;
    }
    return out;
}

QStringList changedSections(const SheetContent& before, const SheetContent& after)
{
    QStringList out;
    for (const SectionDef& s : sections())
        if (before.sectionObject(s.key) != after.sectionObject(s.key))
            out << s.key;
    return out;
}

MergeResult mergeBySection(const SheetContent& base, const SheetContent& ours, const SheetContent& theirs)
{
    MergeResult r;
    r.merged = theirs;
    for (const SectionDef& s : sections()) {
        const QJsonObject b = base.sectionObject(s.key);
        const QJsonObject o = ours.sectionObject(s.key);
        const QJsonObject t = theirs.sectionObject(s.key);
        const bool oursChanged = o != b;
        const bool theirsChanged = t != b;
        if (oursChanged && !theirsChanged) {
            r.merged.setSection(s.key, o);
            r.fromOurs << s.key;
        } else if (theirsChanged && !oursChanged) {
            r.fromTheirs << s.key;
        } else if (oursChanged && theirsChanged) {
            if (o == t)
                r.fromTheirs << s.key; // the same change on both sides
            else
                r.conflicts << s.key;
        }
    }
    return r;
}

core::Result<SheetContent> resolve(const MergeResult& merge, const SheetContent& ours, const SheetContent& theirs,
                                   const QMap<QString, Side>& choices)
{
    SheetContent out = merge.merged;
    for (const QString& key : merge.conflicts) {
        if (!choices.contains(key)) {
            const SectionDef* s = section(key);
            return core::Error{core::ErrorCode::Invalid,
                               QCoreApplication::translate("vigie::companysheet",
                                                           "The section \"%1\" was changed in both versions: choose which one to keep")
                                   .arg(s ? s->title() : key)};
        }
        out.setSection(key, (choices.value(key) == Side::Ours ? ours : theirs).sectionObject(key));
    }
    return out;
}

} // namespace vigie::companysheet
