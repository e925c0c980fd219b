#include "workforce/WorkerLookup.h"

#include "core/TextFold.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace vigie::workforce::WorkerLookup {

std::optional<QDate> birthDateOf(const QString& text)
{
    const QString t = text.trimmed();
    for (const QString& format : {QStringLiteral("d/M/yyyy"), QStringLiteral("dd/MM/yyyy"), QStringLiteral("yyyy-MM-dd"), QStringLiteral("ddMMyyyy"),
                                  QStringLiteral("d.M.yyyy")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

core::Result<Page> find(security::Session& session, const QString& text, int limit, int offset)
{
    Page page;
    if (const auto born = birthDateOf(text)) {
        auto found = WorkerStore::findByBirthDate(session, *born, limit + 1, offset);
        if (!found)
            return found.error();
        page.workers = found.value();
        page.more = page.workers.size() > limit;
        page.workers = page.workers.mid(0, limit);
        return page;
    }
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = text.trimmed().split(spaces, Qt::SkipEmptyParts);
    if (words.size() <= 1) {
        auto found = WorkerStore::findByName(session, text, limit + 1, offset);
        if (!found)
            return found.error();
        page.workers = found.value();
        page.more = page.workers.size() > limit;
        page.workers = page.workers.mid(0, limit);
        return page;
    }
    // Two words or more: the name is the first word or the last, the first name the others.
    QList<WorkerSummary> all;
    QSet<QString> seen;
    const QList<QPair<QString, QString>> orders{{words.first(), words.mid(1).join(QLatin1Char(' '))},
                                                {words.last(), words.mid(0, words.size() - 1).join(QLatin1Char(' '))}};
    for (const auto& [name, first] : orders) {
        auto found = WorkerStore::findByName(session, name, NameCandidates);
        if (!found)
            return found.error();
        const QString firstFold = core::foldForSearch(first);
        for (const WorkerSummary& w : found.value())
            if (core::foldForSearch(w.firstBirthFirstName).startsWith(firstFold) && !seen.contains(w.id)) {
                seen.insert(w.id);
                all << w;
            }
    }
    std::sort(all.begin(), all.end(), [](const WorkerSummary& a, const WorkerSummary& b) {
        const QString ka = core::foldForSearch(a.birthName) + QLatin1Char(' ') + core::foldForSearch(a.firstBirthFirstName);
        const QString kb = core::foldForSearch(b.birthName) + QLatin1Char(' ') + core::foldForSearch(b.firstBirthFirstName);
        return ka == kb ? a.id < b.id : ka < kb;
    });
    page.more = all.size() > offset + limit;
    page.workers = all.mid(offset, limit);
    return page;
}

} // namespace vigie::workforce::WorkerLookup
