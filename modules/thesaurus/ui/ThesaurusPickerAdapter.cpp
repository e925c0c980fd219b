#include "thesaurus/ui/ThesaurusPickerAdapter.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace vigie::thesaurus {
namespace {
bool english() { return QLocale().language() == QLocale::English; }
} // namespace

StoreCodeProvider::StoreCodeProvider(security::Session& session, QString system, bool selectableOnly)
    : m_session(session), m_system(std::move(system)), m_selectableOnly(selectableOnly)
{
}

ui::CodeChoice StoreCodeProvider::choiceOf(const Code& code, const QList<Ancestor>& hierarchy, bool exact, bool inEnglish)
{
    ui::CodeChoice c;
    c.code = code.code;
    c.label = code.label(inEnglish);
    for (const Ancestor& a : hierarchy)
        c.hierarchy << a.code + QLatin1Char(' ') + (inEnglish && !a.labelEn.isEmpty() ? a.labelEn : a.labelFr);
    c.detail = code.attributes.value(QStringLiteral("postal_codes")).toString();
    c.exactCode = exact;
    c.retired = code.retired();
    return c;
}

core::Result<QList<ui::CodeChoice>> StoreCodeProvider::search(const QString& text, int limit)
{
    SearchOptions options;
    options.limit = limit;
    options.selectableOnly = m_selectableOnly;
    auto hits = ThesaurusStore::search(m_session, m_system, text, options);
    if (!hits)
        return hits.error();
    QList<ui::CodeChoice> out;
    const bool en = english();
    for (const SearchHit& h : hits.value())
        out << choiceOf(h.code, h.hierarchy, h.match == Match::ExactCode, en);
    // A postal code typed (five digits): the commune or arrondissement it designates alone comes first
    // — 69002 is Lyon 2e before Aigueperse, whose INSEE code it also is; where no commune has it as its
    // only postal code (42100), the commune with that INSEE code stays first.
    static const QRegularExpression postalCode(QStringLiteral("^\\d{5}$"));
    const QString typed = text.trimmed();
    if (postalCode.match(typed).hasMatch())
        std::stable_partition(out.begin(), out.end(), [&typed](const ui::CodeChoice& c) { return c.detail == typed; });
    return out;
}

std::optional<ui::CodeChoice> StoreCodeProvider::lookup(const QString& code)
{
    auto found = ThesaurusStore::find(m_session, m_system, code);
    if (!found || !found.value())
        return std::nullopt;
    const Code& c = *found.value();
    // The hierarchy of one code: walk up through find(), a handful of indexed reads.
    QList<Ancestor> hierarchy;
    QString up = c.parent;
    for (int depth = 0; !up.isEmpty() && depth < 32; ++depth) {
        auto parent = ThesaurusStore::find(m_session, m_system, up);
        if (!parent || !parent.value())
            break;
        hierarchy.prepend(Ancestor{parent.value()->code, parent.value()->labelFr, parent.value()->labelEn});
        up = parent.value()->parent;
    }
    return choiceOf(c, hierarchy, false, english());
}

ui::ThesaurusPicker* makePicker(security::Session& session, const QString& system, QWidget* parent, bool selectableOnly)
{
    auto* picker = new ui::ThesaurusPicker(parent);
    picker->setRecentScope(session.account().id);
    picker->setProvider(std::make_shared<StoreCodeProvider>(session, system, selectableOnly));
    return picker;
}

} // namespace vigie::thesaurus
