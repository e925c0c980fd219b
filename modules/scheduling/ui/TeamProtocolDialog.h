#pragma once
// The team's medical protocol (issue 6 part 1): the periodicities of the periodic visits, which the
// team's physician may shorten below the law's maxima (R4624-16 SI ≤ 60 months, R4624-17 SIA ≤ 36,
// R4624-28 SIR renewal ≤ 48 and intermediate visit ≤ 24). Everyone who plans for the team reads it;
// only its physician changes or withdraws it (the store refuses and audits anyone else). Keyboard:
// Ctrl+S saves, Escape closes.

#include "scheduling/ProtocolStore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace vigie::security {
class Session;
}

namespace vigie::scheduling {

class TeamProtocolDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamProtocolDialog(security::Session& session, QWidget* parent = nullptr);

    // 0 in a box: the legal maximum (no shorter interval).
    QSpinBox* siBox() const { return m_boxes[0]; }
    QSpinBox* siaBox() const { return m_boxes[1]; }
    QSpinBox* sirBox() const { return m_boxes[2]; }
    QSpinBox* intermediateBox() const { return m_boxes[3]; }
    QComboBox* teamBox() const { return m_team; }
    QLineEdit* noteEdit() const { return m_note; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* withdrawButton() const { return m_withdraw; }
    QLabel* statusLabel() const { return m_status; }

    bool save();
    bool withdraw();

private:
    void load();
    void showTeam(int index);
    void showError(const QString& message);

    security::Session& m_session;
    QList<ProtocolStore::TeamProtocolView> m_teams;
    QComboBox* m_team = nullptr;
    QSpinBox* m_boxes[4] = {};
    QLineEdit* m_note = nullptr;
    QLabel* m_signed = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_withdraw = nullptr;
};

} // namespace vigie::scheduling
