#pragma once
// The global search (Ctrl+K): one field, results as you type in one group per search provider the
// role may use (workers, establishments, ...). The popup only calls the providers the registry gives
// for the role — it never asks a store the role may not use, so no expected refusal is audited.
//
// Keyboard: type; Down goes to the results, Up on the first result back to the field; Enter opens the
// current result (from the field: the first one); Escape closes. Closing forgets the text and the rows.

#include "ui/ModuleRegistry.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace vigie::security {
class Session;
}

namespace vigie::ui {

class IdentityBanner;

class GlobalSearchPopup : public QDialog
{
    Q_OBJECT

public:
    static constexpr int DebounceMsecs = 200;
    static constexpr int LimitPerGroup = 8;

    // `session` must outlive the popup.
    GlobalSearchPopup(security::Session& session, QList<SearchProvider> providers, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_field; }
    QTreeWidget* resultTree() const { return m_tree; }
    IdentityBanner* banner() const { return m_banner; }
    QLabel* statusLabel() const { return m_status; }
    const QList<SearchProvider>& providers() const { return m_providers; }

    // Runs the pending search now (tests, Enter).
    void searchNow();
    // Hits shown for a provider id (empty when the group is absent).
    QList<SearchHit> hits(const QString& providerId) const;
    QStringList groupIds() const; // groups currently shown, in order
    // Opens the hit of the current row (or the first hit): emits hitActivated and closes.
    bool activateCurrent();
    // Forgets the text, the rows and the banner (closing, idle lock).
    void clearResults();

signals:
    void hitActivated(const vigie::ui::SearchHit& hit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showCurrent();
    const SearchHit* hitOf(const QTreeWidgetItem* item) const;
    QTreeWidgetItem* firstHitItem() const;
    QList<QTreeWidgetItem*> hitItems() const; // in display order, group headers left out

    security::Session& m_session;
    QList<SearchProvider> m_providers;
    QLineEdit* m_field;
    QTreeWidget* m_tree;
    IdentityBanner* m_banner;
    QLabel* m_status;
    QTimer* m_debounce;
    QString m_query;
    QList<QList<SearchHit>> m_hits; // per provider, same order as m_providers
};

} // namespace vigie::ui
