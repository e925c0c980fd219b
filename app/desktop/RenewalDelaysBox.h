#pragma once
// The service's delays on the administrator's settings page (issue 19 item 3): the renewal delays of
// the periodic visits (RenewalSettingsStore, within the law's bounds), the company sheets' renewal
// (CompanySheetStore::setRenewalYears) and the interval between two primary-prevention actions
// (PrimaryPreventionStore, offer §3.2.3). Saved together; a value out of bounds is refused with a
// message naming it, and nothing is written.

#include <QGroupBox>

#include <array>

class QLabel;
class QSpinBox;

namespace vigie::security {
class Session;
}

namespace vigie::desktop {

class RenewalDelaysBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit RenewalDelaysBox(security::Session& session, QWidget* parent = nullptr);

    void reload();
    bool save();

    QSpinBox* renewalBox(int index) const { return m_renewal.at(size_t(index)); } // RenewalDelay order
    QSpinBox* sheetYearsBox() const { return m_sheetYears; }
    QSpinBox* preventionYearsBox() const { return m_preventionYears; }
    QLabel* message() const { return m_message; }

private:
    void say(const QString& text, bool error);

    security::Session& m_session;
    std::array<QSpinBox*, 4> m_renewal{};
    QSpinBox* m_sheetYears = nullptr;
    QSpinBox* m_preventionYears = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace vigie::desktop
