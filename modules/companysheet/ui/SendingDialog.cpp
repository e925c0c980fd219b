#include "companysheet/ui/SendingDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace vigie::companysheet {

SendingDialog::SendingDialog(security::Session& session, const QString& establishmentId, int number, QWidget* parent)
    : QDialog(parent), m_session(session), m_establishmentId(establishmentId), m_number(number)
{
    setWindowTitle(tr("Sent to the employer — version %1").arg(number));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    const QDate today = session.clock().today();
    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("sentOn"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today); // recorded once sent
    form->addRow(tr("Sent &on"), m_date);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (Channel c : allChannels())
        m_channel->addItem(channelTitle(c), channelCode(c));
    form->addRow(tr("&By"), m_channel);
    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(QStringLiteral("recipient"));
    m_recipient->setPlaceholderText(tr("The employer or the person it went to"));
    form->addRow(tr("Re&cipient"), m_recipient);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b42318;"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SendingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SendingDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, m_message, &QLabel::clear);
    resize(460, sizeHint().height());
}

QString SendingDialog::message() const { return m_message->text(); }

void SendingDialog::accept()
{
    const auto channel = channelFromCode(m_channel->currentData().toString());
    if (!channel)
        return;
    if (core::Status s = CompanySheetStore::recordSending(m_session, m_establishmentId, m_number, m_date->date(), *channel,
                                                          m_recipient->text().trimmed());
        !s) {
        m_message->setText(s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace vigie::companysheet
