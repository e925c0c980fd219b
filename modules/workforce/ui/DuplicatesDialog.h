#pragma once
// Identity vigilance on a recorded worker (issue 5 part 6; INS-08): the likely duplicates found by the
// same keys as on entry (same NIR, same folded traits, close phonetic forms), and the merges in force
// into this worker. A person decides: merge a candidate into this worker (reason required; audited by
// the store), leave them apart (close the dialog), or undo an earlier merge.

#include "workforce/WorkerVigilance.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace vigie::security {
class Session;
}

namespace vigie::workforce {

class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    DuplicatesDialog(security::Session& session, const QString& workerId, const QString& workerName, QWidget* parent = nullptr);

    QTableWidget* candidateTable() const { return m_candidates; }
    QTableWidget* mergeTable() const { return m_merges; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QLabel* messageLabel() const { return m_message; }
    // Merges the selected candidate into this worker; false (with the message shown) when refused.
    bool mergeSelected();
    // Undoes the selected merge in force.
    bool undoSelected();
    // Reloads both lists from the stores.
    void reload();
    bool changed() const { return m_changed; }

private:
    void showMessage(const QString& text, bool error);
    void updateButtons();

    security::Session& m_session;
    QString m_workerId;
    QList<DuplicateCandidate> m_found;
    QList<WorkerVigilance::MergeInForce> m_inForce;
    QTableWidget* m_candidates;
    QTableWidget* m_merges;
    QLineEdit* m_reason;
    QPushButton* m_merge;
    QPushButton* m_undo;
    QLabel* m_message;
    bool m_changed = false;
};

} // namespace vigie::workforce
