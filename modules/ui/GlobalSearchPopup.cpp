#include "ui/GlobalSearchPopup.h"

#include "security/Session.h"
#include "ui/IdentityBanner.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigie::ui {
namespace {
constexpr int ProviderRole = Qt::UserRole + 1;
constexpr int HitRole = Qt::UserRole + 2;

bool isEnter(const QKeyEvent* e)
{
    return e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter;
}
} // namespace

GlobalSearchPopup::GlobalSearchPopup(security::Session& session, QList<SearchProvider> providers, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_providers(std::move(providers)),
      m_field(new QLineEdit(this)),
      m_tree(new QTreeWidget(this)),
      m_banner(new IdentityBanner(this)),
      m_status(new QLabel(this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("globalSearchPopup"));
    setWindowTitle(tr("Search"));
    setModal(false);

    QStringList groups;
    for (const SearchProvider& p : m_providers)
        groups << p.groupTitle.toLower();
    m_field->setObjectName(QStringLiteral("globalSearchField"));
    m_field->setPlaceholderText(m_providers.isEmpty() ? tr("Nothing to search for your role")
                                                      : tr("Search %1…").arg(groups.join(tr(" and "))));
    m_field->setAccessibleName(tr("Global search"));
    m_field->setClearButtonEnabled(true);
    m_field->setEnabled(!m_providers.isEmpty());
    QFont big = m_field->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_field->setFont(big);
    m_field->setMinimumHeight(m_field->fontMetrics().height() + 16);
    m_field->installEventFilter(this);

    m_tree->setObjectName(QStringLiteral("globalSearchResults"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAccessibleName(tr("Search results"));
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, m_tree->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 26);
    m_tree->installEventFilter(this);

    m_status->setObjectName(QStringLiteral("globalSearchStatus"));
    m_status->setStyleSheet(QStringLiteral("color:#4a5563;"));
    m_banner->setVisible(false);

    auto* hint = new QLabel(tr("↑↓ to choose · Enter to open · Esc to close"), this);
    hint->setStyleSheet(QStringLiteral("color:#5b6776;"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 14, 14, 10);
    layout->setSpacing(8);
    layout->addWidget(m_field);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_banner);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(hint);
    layout->addLayout(bottom);

    setFocusProxy(m_field);
    setTabOrder(m_field, m_tree);
    resize(820, 500);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMsecs);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &GlobalSearchPopup::searchNow);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &GlobalSearchPopup::showCurrent);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (hitOf(item))
            activateCurrent();
    });
    clearResults();
}

void GlobalSearchPopup::searchNow()
{
    m_debounce->stop();
    const QString text = m_field->text();
    if (text == m_query)
        return;
    m_query = text;
    m_tree->clear();
    m_hits.clear();
    m_banner->clear();
    m_banner->setVisible(false);
    int total = 0;
    QStringList problems;
    for (int i = 0; i < m_providers.size(); ++i) {
        QList<SearchHit> hits;
        if (!text.trimmed().isEmpty()) {
            auto found = m_providers.at(i).search(m_session, text, LimitPerGroup);
            if (found)
                hits = found.value();
            else if (found.error().code != core::ErrorCode::Denied && found.error().code != core::ErrorCode::Invalid)
                problems << found.error().message; // a real failure is said; an expected refusal is not
        }
        m_hits.append(hits);
        if (hits.isEmpty())
            continue;
        auto* group = new QTreeWidgetItem(m_tree, {m_providers.at(i).groupTitle});
        group->setFlags(Qt::ItemIsEnabled);
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setForeground(0, QColor(0x2f, 0x4a, 0x6d));
        group->setData(0, ProviderRole, -1);
        for (int h = 0; h < hits.size(); ++h) {
            auto* item = new QTreeWidgetItem(group, {hits.at(h).text, hits.at(h).detail});
            item->setData(0, ProviderRole, i);
            item->setData(0, HitRole, h);
            item->setToolTip(0, hits.at(h).text);
        }
        total += hits.size();
    }
    m_tree->expandAll();
    if (QTreeWidgetItem* first = firstHitItem())
        m_tree->setCurrentItem(first);
    if (!problems.isEmpty())
        m_status->setText(problems.join(QLatin1Char(' ')));
    else if (text.trimmed().isEmpty())
        m_status->setText(tr("Type the beginning of a name."));
    else if (total == 0)
        m_status->setText(tr("No result"));
    else
        m_status->setText(tr("%n result(s)", nullptr, total));
}

QList<SearchHit> GlobalSearchPopup::hits(const QString& providerId) const
{
    for (int i = 0; i < m_providers.size() && i < m_hits.size(); ++i)
        if (m_providers.at(i).id == providerId)
            return m_hits.at(i);
    return {};
}

QStringList GlobalSearchPopup::groupIds() const
{
    QStringList ids;
    for (int i = 0; i < m_providers.size() && i < m_hits.size(); ++i)
        if (!m_hits.at(i).isEmpty())
            ids << m_providers.at(i).id;
    return ids;
}

const SearchHit* GlobalSearchPopup::hitOf(const QTreeWidgetItem* item) const
{
    if (!item)
        return nullptr;
    const int p = item->data(0, ProviderRole).toInt();
    if (p < 0 || p >= m_hits.size() || !item->data(0, HitRole).isValid())
        return nullptr;
    const int h = item->data(0, HitRole).toInt();
    return h >= 0 && h < m_hits.at(p).size() ? &m_hits.at(p).at(h) : nullptr;
}

QTreeWidgetItem* GlobalSearchPopup::firstHitItem() const
{
    const QList<QTreeWidgetItem*> items = hitItems();
    return items.isEmpty() ? nullptr : items.first();
}

QList<QTreeWidgetItem*> GlobalSearchPopup::hitItems() const
{
    QList<QTreeWidgetItem*> out;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g)
        for (int c = 0; c < m_tree->topLevelItem(g)->childCount(); ++c)
            out << m_tree->topLevelItem(g)->child(c);
    return out;
}

void GlobalSearchPopup::showCurrent()
{
    const SearchHit* hit = hitOf(m_tree->currentItem());
    if (hit && hit->identity) {
        m_banner->setIdentity(*hit->identity, m_session.clock().today());
        m_banner->setVisible(true);
    } else {
        m_banner->clear();
        m_banner->setVisible(false);
    }
}

bool GlobalSearchPopup::activateCurrent()
{
    searchNow();
    const SearchHit* hit = hitOf(m_tree->currentItem());
    if (!hit)
        hit = hitOf(firstHitItem());
    if (!hit)
        return false;
    const SearchHit chosen = *hit; // copied: closing clears the rows
    hide();
    emit hitActivated(chosen);
    return true;
}

void GlobalSearchPopup::clearResults()
{
    m_debounce->stop();
    m_field->blockSignals(true);
    m_field->clear();
    m_field->blockSignals(false);
    m_query.clear();
    m_tree->clear();
    m_hits.clear();
    m_banner->clear();
    m_banner->setVisible(false);
    m_status->setText(m_providers.isEmpty() ? tr("Your role has nothing to search here.")
                                            : tr("Type the beginning of a name."));
}

void GlobalSearchPopup::hideEvent(QHideEvent* event)
{
    clearResults(); // nothing found stays in memory or on screen once closed
    QDialog::hideEvent(event);
}

bool GlobalSearchPopup::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool plain = (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) == Qt::NoModifier;
    if (watched == m_field) {
        if (plain && isEnter(key)) {
            activateCurrent();
            return true;
        }
        if (plain && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)) {
            searchNow();
            if (QTreeWidgetItem* item = m_tree->currentItem() ? m_tree->currentItem() : firstHitItem()) {
                m_tree->setFocus(Qt::TabFocusReason);
                m_tree->setCurrentItem(item);
            }
            return true;
        }
    } else if (watched == m_tree) {
        if (plain && isEnter(key)) {
            activateCurrent();
            return true;
        }
        if (plain && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            // Moves from hit to hit, over the group headers; Up from the first hit returns to the field.
            const QList<QTreeWidgetItem*> items = hitItems();
            const int at = int(items.indexOf(m_tree->currentItem()));
            const int next = at + (key->key() == Qt::Key_Down ? 1 : -1);
            if (next < 0)
                m_field->setFocus(Qt::BacktabFocusReason);
            else if (next < items.size())
                m_tree->setCurrentItem(items.at(next));
            return true;
        }
        const QString text = key->text();
        if (plain && !text.isEmpty() && text.at(0).isPrint() && key->key() != Qt::Key_Space) {
            m_field->setFocus(Qt::OtherFocusReason);
            m_field->insert(text);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace vigie::ui
