#include "sync/ui/EnrolDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace vigie::sync {

EnrolDialog::EnrolDialog(QString databasePath, QString login, const core::Clock& clock, QWidget* parent, FingerprintStep fingerprint,
                         EnrolStep enrol)
    : QDialog(parent),
      m_path(std::move(databasePath)),
      m_login(std::move(login)),
      m_clock(clock),
      m_fingerprintStep(fingerprint ? std::move(fingerprint) : FingerprintStep(&presentedFingerprint)),
      m_enrolStep(enrol ? std::move(enrol) : EnrolStep([this](const EnrolRequest& r) { return enrolDevice(r, m_clock); })),
      m_server(new QLineEdit(this)),
      m_check(new QPushButton(tr("&Check the server"), this)),
      m_fingerprint(new QLabel(this)),
      m_confirm(new QCheckBox(tr("This is the &fingerprint the server's administrator gave me"), this)),
      m_password(new QLineEdit(this)),
      m_enrol(new QPushButton(tr("&Enrol this workstation"), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("enrolDialog"));
    setWindowTitle(tr("Enrol this workstation"));
    auto* intro = new QLabel(tr("Enrolled, this workstation shares its work with the service's server and receives what its "
                                "user may hold. Ask the server's administrator for its address and the fingerprint of its certificate."),
                             this);
    intro->setWordWrap(true);
    m_server->setPlaceholderText(QStringLiteral("https://serveur.service.fr:8443"));
    m_server->setObjectName(QStringLiteral("enrolServer"));
    m_fingerprint->setObjectName(QStringLiteral("enrolFingerprint"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("enrolPassword"));
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("enrolMessage"));
    auto* loginLabel = new QLabel(m_login, this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(QString(), m_check);
    form->addRow(tr("Fingerprint:"), m_fingerprint);
    form->addRow(QString(), m_confirm);
    form->addRow(tr("Login:"), loginLabel);
    form->addRow(tr("&Password:"), m_password);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_enrol, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_fingerprint->setText(tr("(check the server first)"));
    connect(m_check, &QPushButton::clicked, this, &EnrolDialog::checkServer);
    connect(m_server, &QLineEdit::returnPressed, this, &EnrolDialog::checkServer);
    connect(m_server, &QLineEdit::textEdited, this, [this] {
        m_presented.clear(); // another address: its fingerprint must be checked again
        m_confirm->setChecked(false);
        m_fingerprint->setText(tr("(check the server first)"));
        updateButtons();
    });
    connect(m_confirm, &QCheckBox::toggled, this, &EnrolDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &EnrolDialog::updateButtons);
    connect(m_enrol, &QPushButton::clicked, this, &EnrolDialog::enrol);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
    resize(560, sizeHint().height());
}

QString EnrolDialog::grouped(const QString& fingerprint)
{
    QStringList groups;
    for (qsizetype i = 0; i < fingerprint.size(); i += 4)
        groups << fingerprint.mid(i, 4);
    return groups.join(QLatin1Char(' '));
}

void EnrolDialog::showError(const QString& text)
{
    m_message->setStyleSheet(QStringLiteral("color:#b91c1c;"));
    m_message->setText(text);
}

void EnrolDialog::updateButtons()
{
    m_confirm->setEnabled(!m_presented.isEmpty());
    m_enrol->setEnabled(!m_presented.isEmpty() && m_confirm->isChecked() && !m_password->text().isEmpty());
}

void EnrolDialog::checkServer()
{
    const QString url = m_server->text().trimmed();
    if (!url.startsWith(QLatin1String("https://"))) {
        showError(tr("The server's address starts with https:// (got \"%1\")").arg(url));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto presented = m_fingerprintStep(url);
    QApplication::restoreOverrideCursor();
    m_confirm->setChecked(false);
    if (!presented) {
        m_presented.clear();
        m_fingerprint->setText(tr("(check the server first)"));
        showError(presented.error().message);
    } else {
        m_presented = presented.value();
        m_fingerprint->setText(grouped(m_presented));
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Compare this fingerprint with the administrator's, group by group, before confirming."));
        m_confirm->setFocus();
    }
    updateButtons();
}

void EnrolDialog::enrol()
{
    if (!m_enrol->isEnabled())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto enrolled = m_enrolStep(EnrolRequest{m_path, m_server->text().trimmed(), m_presented, m_login, m_password->text(),
                                             QSysInfo::machineHostName()});
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!enrolled) {
        showError(enrolled.error().message);
        return;
    }
    m_enrolment = enrolled.value();
    accept();
}

} // namespace vigie::sync
