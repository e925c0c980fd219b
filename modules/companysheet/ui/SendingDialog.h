#pragma once
// "Sent to the employer" recorded from the company-sheet page (issue 19 item 6; until now only
// `vigie-cli companysheet send`): the day it went, how (post, registered post, e-mail, by hand,
// portal) and to whom, for one validated version. Through CompanySheetStore::recordSending, the CLI's
// call: the date between the validation and today, audited. A refusal stays in the dialog.

#include "companysheet/CompanySheetStore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace vigie::companysheet {

class SendingDialog : public QDialog
{
    Q_OBJECT
public:
    SendingDialog(security::Session& session, const QString& establishmentId, int number, QWidget* parent = nullptr);

    void accept() override;
    QString message() const;

private:
    security::Session& m_session;
    QString m_establishmentId;
    int m_number = 0;
    QDateEdit* m_date = nullptr;
    QComboBox* m_channel = nullptr;
    QLineEdit* m_recipient = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace vigie::companysheet
