#include "ui/ThesaurusPicker.h"

#include <QFrame>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigie::ui {
namespace {

constexpr int RowRole = Qt::UserRole + 1;

QString displayOf(const CodeChoice& c) { return c.code + QStringLiteral(" — ") + c.label; }

} // namespace

ThesaurusPicker::ThesaurusPicker(QWidget* parent)
    : QWidget(parent),
      m_field(new QLineEdit(this)),
      m_popup(new QFrame(nullptr, Qt::Tool | Qt::FramelessWindowHint | Qt::WindowDoesNotAcceptFocus)),
      m_list(new QTreeWidget(m_popup)),
      m_status(new QLabel(m_popup)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("thesaurusPicker"));
    setFocusProxy(m_field);
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field);

    m_field->setObjectName(QStringLiteral("thesaurusPickerField"));
    m_field->setPlaceholderText(tr("Type a code or words of its label"));
    m_field->setAccessibleName(tr("Code"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);

    // The list never takes the focus: the keyboard stays in the field, which drives the list.
    m_popup->setObjectName(QStringLiteral("thesaurusPickerPopup"));
    m_popup->setAttribute(Qt::WA_ShowWithoutActivating);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_list->setObjectName(QStringLiteral("thesaurusPickerList"));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setColumnCount(3);
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Matching codes"));
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_status->setObjectName(QStringLiteral("thesaurusPickerStatus"));
    m_status->setStyleSheet(QStringLiteral("color:#4a5563;"));
    auto* hint = new QLabel(tr("↑↓ to choose · Enter to confirm · Esc to cancel"), m_popup);
    hint->setStyleSheet(QStringLiteral("color:#5b6776;"));
    auto* popupLayout = new QVBoxLayout(m_popup);
    popupLayout->setContentsMargins(4, 4, 4, 4);
    popupLayout->setSpacing(2);
    popupLayout->addWidget(m_list, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(hint);
    popupLayout->addLayout(bottom);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMsecs);
    connect(m_field, &QLineEdit::textEdited, this, &ThesaurusPicker::onEdited);
    connect(m_debounce, &QTimer::timeout, this, &ThesaurusPicker::searchNow);
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        choose(item->data(0, RowRole).toInt());
    });
}

ThesaurusPicker::~ThesaurusPicker() { delete m_popup; }

void ThesaurusPicker::setProvider(std::shared_ptr<CodeProvider> provider)
{
    m_provider = std::move(provider);
    setCode(m_code);
}

void ThesaurusPicker::setRecentScope(const QString& userId) { m_scope = userId; }

void ThesaurusPicker::setCode(const QString& code)
{
    const bool changed = code != m_code;
    m_code = code;
    m_current.reset();
    if (!code.isEmpty() && m_provider)
        m_current = m_provider->lookup(code);
    showValue();
    if (changed)
        emit codeChanged(m_code);
}

void ThesaurusPicker::showValue()
{
    m_debounce->stop();
    if (m_code.isEmpty())
        m_field->clear();
    else
        m_field->setText(m_current ? displayOf(*m_current) : m_code);
    m_field->setToolTip(m_current ? m_current->hierarchy.join(QStringLiteral(" › ")) : QString());
    m_searched = QString();
}

bool ThesaurusPicker::isPopupVisible() const { return m_popup->isVisible(); }

QStringList ThesaurusPicker::shownCodes() const
{
    QStringList out;
    for (const CodeChoice& c : m_choices)
        out << c.code;
    return out;
}

QString ThesaurusPicker::settingsKey() const
{
    const QString system = m_provider ? m_provider->systemId() : QString();
    return QStringLiteral("thesaurus/recent/%1/%2").arg(m_scope.isEmpty() ? QStringLiteral("default") : m_scope, system);
}

QStringList ThesaurusPicker::recentCodes() const { return QSettings().value(settingsKey()).toStringList(); }

void ThesaurusPicker::remember(const QString& code)
{
    QStringList recent = recentCodes();
    recent.removeAll(code);
    recent.prepend(code);
    QSettings().setValue(settingsKey(), recent.mid(0, MaxRecent));
}

void ThesaurusPicker::onEdited()
{
    m_searched = QString();
    if (m_field->text().trimmed().isEmpty()) {
        m_debounce->stop();
        showRecent();
        return;
    }
    m_debounce->start();
}

void ThesaurusPicker::searchNow()
{
    m_debounce->stop();
    if (!m_provider)
        return;
    const QString text = m_field->text().trimmed();
    if (text.isEmpty()) {
        showRecent();
        return;
    }
    if (!m_searched.isNull() && text == m_searched)
        return;
    m_searched = text;
    auto found = m_provider->search(text, MaxResults);
    if (!found) {
        showChoices({}, found.error().message);
        return;
    }
    // Exact code first, then the codes this user used recently (most recent first), then the others.
    const QStringList recent = recentCodes();
    QList<CodeChoice> exact, recentHits, others;
    for (const CodeChoice& c : found.value()) {
        if (c.exactCode)
            exact << c;
        else if (recent.contains(c.code))
            recentHits << c;
        else
            others << c;
    }
    std::stable_sort(recentHits.begin(), recentHits.end(), [&](const CodeChoice& a, const CodeChoice& b) {
        return recent.indexOf(a.code) < recent.indexOf(b.code);
    });
    const QList<CodeChoice> ordered = exact + recentHits + others;
    showChoices(ordered, ordered.isEmpty() ? tr("No code found") : tr("%n code(s)", nullptr, int(ordered.size())));
}

void ThesaurusPicker::showRecent()
{
    QList<CodeChoice> choices;
    if (m_provider)
        for (const QString& code : recentCodes())
            if (auto c = m_provider->lookup(code); c && !c->retired)
                choices << *c;
    showChoices(choices, choices.isEmpty() ? tr("Type a code or words of its label") : tr("Recently used"));
}

void ThesaurusPicker::showChoices(const QList<CodeChoice>& choices, const QString& status)
{
    m_choices = choices;
    m_list->clear();
    const QStringList recent = recentCodes();
    for (int i = 0; i < choices.size(); ++i) {
        const CodeChoice& c = choices.at(i);
        QString path = c.hierarchy.join(QStringLiteral(" › "));
        if (!c.detail.isEmpty())
            path = path.isEmpty() ? c.detail : path + QStringLiteral(" · ") + c.detail;
        auto* item = new QTreeWidgetItem(m_list, {c.code, c.label, path});
        item->setData(0, RowRole, i);
        item->setToolTip(1, c.label);
        item->setToolTip(2, path);
        item->setForeground(2, QColor(0x5b, 0x67, 0x76));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        if (recent.contains(c.code))
            item->setToolTip(0, tr("Recently used"));
        if (c.retired) {
            item->setToolTip(0, tr("No longer in force"));
            item->setForeground(1, QColor(0x80, 0x80, 0x80));
        }
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_status->setText(status);
    showPopup();
}

void ThesaurusPicker::showPopup()
{
    if (!m_field->isVisible())
        return;
    const QPoint below = m_field->mapToGlobal(QPoint(0, m_field->height()));
    int width = std::max(m_field->width(), 560);
    if (const QScreen* screen = m_field->screen())
        width = std::min(width, screen->availableGeometry().width());
    const int rows = std::clamp(m_list->topLevelItemCount(), 1, 10);
    const int rowHeight = m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : m_field->fontMetrics().height() + 6;
    m_popup->setGeometry(below.x(), below.y(), width, rows * rowHeight + m_status->sizeHint().height() + 16);
    m_list->setColumnWidth(1, width / 2);
    m_popup->show();
    m_popup->raise();
}

void ThesaurusPicker::hidePopup() { m_popup->hide(); }

void ThesaurusPicker::choose(int row)
{
    if (row < 0 || row >= m_choices.size())
        return;
    const CodeChoice chosen = m_choices.at(row);
    hidePopup();
    remember(chosen.code);
    const bool changed = chosen.code != m_code;
    m_code = chosen.code;
    m_current = chosen;
    showValue();
    if (changed)
        emit codeChanged(m_code);
    emit codeChosen(m_code);
}

void ThesaurusPicker::moveCurrent(int delta)
{
    const int count = m_list->topLevelItemCount();
    if (count == 0)
        return;
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    m_list->setCurrentItem(m_list->topLevelItem(std::clamp(row + delta, 0, count - 1)));
}

void ThesaurusPicker::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (isPopupVisible())
        showPopup();
}

void ThesaurusPicker::hideEvent(QHideEvent* event)
{
    hidePopup(); // the list is a window of its own: it must not outlive the field on screen
    QWidget::hideEvent(event);
}

bool ThesaurusPicker::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_field)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::FocusIn) {
        QTimer::singleShot(0, m_field, &QLineEdit::selectAll); // typing replaces the value shown
    } else if (event->type() == QEvent::FocusOut) {
        hidePopup();
        // Leaving the field: an emptied field clears the value; any other unconfirmed text is dropped.
        if (m_field->text().trimmed().isEmpty() && !m_code.isEmpty())
            setCode({});
        else
            showValue();
    } else if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool plain = (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier)) == Qt::NoModifier;
        if (!plain)
            return false;
        const int current = m_list->currentItem() ? m_list->currentItem()->data(0, RowRole).toInt() : -1;
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            if (!isPopupVisible()) {
                if (m_field->text().trimmed().isEmpty() || m_field->text() == (m_current ? displayOf(*m_current) : m_code))
                    showRecent();
                else {
                    m_searched = QString();
                    searchNow();
                }
            } else {
                const int page = 9;
                moveCurrent(key->key() == Qt::Key_Down ? 1 : key->key() == Qt::Key_Up ? -1
                                                        : key->key() == Qt::Key_PageDown ? page : -page);
            }
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_debounce->isActive() || (m_searched.isNull() && !m_field->text().trimmed().isEmpty() &&
                                           m_field->text() != (m_current ? displayOf(*m_current) : m_code))) {
                searchNow();
                choose(0);
                return true;
            }
            if (isPopupVisible() && current >= 0) {
                choose(current);
                return true;
            }
            return false;
        case Qt::Key_Tab:
            if (isPopupVisible() && current >= 0 && !m_debounce->isActive())
                choose(current);
            return false; // the focus moves on
        case Qt::Key_Escape:
            if (isPopupVisible() || m_field->text() != (m_current ? displayOf(*m_current) : m_code)) {
                hidePopup();
                showValue();
                return true;
            }
            return false;
        default:
            break;
        }
    }
    return false;
}

} // namespace vigie::ui
