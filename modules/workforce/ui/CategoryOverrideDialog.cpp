#include "workforce/ui/CategoryOverrideDialog.h"

#include "security/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie::workforce {

CategoryOverrideDialog::CategoryOverrideDialog(security::Session& session, const EmploymentFollowUp& employment, QWidget* parent)
    : QDialog(parent),
      m_session(session),
      m_employment(employment),
      m_category(new QComboBox(this)),
      m_reason(new QPlainTextEdit(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("categoryOverrideDialog"));
    setWindowTitle(tr("Follow-up category"));

    const QString computed = employment.computed ? categoryCode(*employment.computed) : tr("not computed");
    auto* post = new QLabel(tr("<b>%1</b> — %2").arg(employment.postTitle.toHtmlEscaped(), employment.establishmentName.toHtmlEscaped()), this);
    auto* computedLabel = new QLabel(employment.reason.isEmpty() ? computed
                                                                 : tr("%1 (%2)").arg(computed, employment.reason),
                                     this);
    computedLabel->setWordWrap(true);

    m_category->setObjectName(QStringLiteral("overrideCategory"));
    m_category->addItem(tr("Computed category (%1)").arg(computed), QString());
    for (Category c : {Category::Si, Category::Sia, Category::Sir})
        m_category->addItem(categoryCode(c), categoryCode(c));
    m_category->setCurrentIndex(employment.override ? m_category->findData(categoryCode(*employment.override)) : 0);

    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why the category in force differs from the computation (required)"));
    m_reason->setMaximumHeight(m_reason->fontMetrics().height() * 6);

    m_error->setObjectName(QStringLiteral("overrideError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color:#b00020; }"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Post:"), post);
    form->addRow(tr("Computed:"), computedLabel);
    if (employment.override)
        form->addRow(tr("In force:"), new QLabel(tr("%1, decided on %2: %3")
                                                     .arg(categoryCode(*employment.override),
                                                          QLocale().toString(QDateTime::fromString(employment.overrideAt, Qt::ISODateWithMs).toLocalTime().date(),
                                                                             QLocale::ShortFormat),
                                                          employment.overrideReason),
                                                 this));
    auto* categoryLabel = new QLabel(tr("&Category in force:"), this);
    categoryLabel->setBuddy(m_category);
    form->addRow(categoryLabel, m_category);
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &CategoryOverrideDialog::updateButtons);
    connect(m_category, &QComboBox::currentIndexChanged, this, &CategoryOverrideDialog::updateButtons);
    m_category->setFocus();
    updateButtons();
    resize(sizeHint().expandedTo(QSize(m_reason->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40, 0)));
}

void CategoryOverrideDialog::updateButtons()
{
    const QString chosen = m_category->currentData().toString();
    const QString current = m_employment.override ? categoryCode(*m_employment.override) : QString();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_reason->toPlainText().trimmed().isEmpty() && chosen != current);
}

bool CategoryOverrideDialog::save()
{
    const QString chosen = m_category->currentData().toString();
    const QString reason = m_reason->toPlainText();
    const core::Status s = chosen.isEmpty()
                               ? EmploymentStore::clearOverride(m_session, m_employment.employmentId, reason)
                               : EmploymentStore::overrideCategory(m_session, m_employment.employmentId,
                                                                   *categoryFromCode(chosen), reason);
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        return false;
    }
    return true;
}

} // namespace vigie::workforce
