#pragma once
// Enrolling this workstation from the desktop (issue 14 item 5): the server's address, the
// fingerprint it presents shown in groups of four for a person to compare with the one its
// administrator printed, then the user's password, checked by the server. Nothing is enrolled before
// the person confirms the fingerprint. The network steps can be replaced (tests).

#include "core/Clock.h"
#include "core/Result.h"
#include "sync/Enrolment.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vigie::sync {

class EnrolDialog : public QDialog
{
    Q_OBJECT

public:
    using FingerprintStep = std::function<core::Result<QString>(const QString& url)>;
    using EnrolStep = std::function<core::Result<Enrolment>(const EnrolRequest& request)>;

    // `login` is the signed-in user's; the database at `databasePath` is the one enrolled.
    EnrolDialog(QString databasePath, QString login, const core::Clock& clock, QWidget* parent = nullptr,
                FingerprintStep fingerprint = {}, EnrolStep enrol = {});

    // Spaced for reading aloud: "ab12 cd34 …".
    static QString grouped(const QString& fingerprint);

    QLineEdit* serverField() const { return m_server; }
    QPushButton* checkButton() const { return m_check; }
    QLabel* fingerprintLabel() const { return m_fingerprint; }
    QCheckBox* confirmBox() const { return m_confirm; }
    QLineEdit* passwordField() const { return m_password; }
    QPushButton* enrolButton() const { return m_enrol; }
    QLabel* messageLabel() const { return m_message; }
    const Enrolment& enrolment() const { return m_enrolment; }

public slots:
    void checkServer();
    void enrol();

private:
    void showError(const QString& text);
    void updateButtons();

    QString m_path;
    QString m_login;
    const core::Clock& m_clock;
    FingerprintStep m_fingerprintStep;
    EnrolStep m_enrolStep;
    QString m_presented;
    Enrolment m_enrolment;
    QLineEdit* m_server;
    QPushButton* m_check;
    QLabel* m_fingerprint;
    QCheckBox* m_confirm;
    QLineEdit* m_password;
    QPushButton* m_enrol;
    QLabel* m_message;
};

} // namespace vigie::sync
