#include "scheduling/ui/VisitRequestDialog.h"

#include "scheduling/Convocation.h"
#include "security/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace vigie::scheduling {

namespace {
QString dateText(QDate d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }
} // namespace

VisitRequestDialog::VisitRequestDialog(security::Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("New visit request"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("First letters of the birth name"));
    m_posts = new QListWidget(this);
    m_posts->setMinimumHeight(160);
    m_posts->setWordWrap(true);
    m_posts->setAlternatingRowColors(true);
    m_origin = new QComboBox(this);
    m_origin->addItem(tr("The company"), int(RequestOrigin::Company));
    m_origin->addItem(tr("The worker"), int(RequestOrigin::Worker));
    m_origin->addItem(tr("The occupational physician"), int(RequestOrigin::Physician));
    m_motive = new QComboBox(this);
    m_motive->addItem(tr("Hiring"), int(RequestMotive::Hiring));
    m_motive->addItem(tr("Return to work"), int(RequestMotive::Return));
    m_motive->addItem(tr("On request"), int(RequestMotive::OnRequest));
    m_motive->addItem(tr("Pre-return (during the leave)"), int(RequestMotive::PreReturn));
    const QDate today = session.clock().today();
    m_requestedOn = new QDateEdit(today, this);
    m_returnDate = new QDateEdit(today, this);
    for (QDateEdit* e : {m_requestedOn, m_returnDate}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    }
    m_physician = new QCheckBox(tr("The worker asks to see the occupational &physician"), this);
    m_tele = new QCheckBox(tr("The worker &consents to a tele-consultation"), this);
    form->addRow(tr("&Worker"), m_name);
    form->addRow(tr("P&ost"), m_posts);
    form->addRow(tr("Asked &by"), m_origin);
    form->addRow(tr("&Reason"), m_motive);
    form->addRow(tr("Request &date"), m_requestedOn);
    form->addRow(tr("Return-to-work da&te"), m_returnDate);
    form->addRow(QString(), m_physician);
    form->addRow(QString(), m_tele);
    layout->addLayout(form);
    m_deadline = new QLabel(this);
    m_deadline->setWordWrap(true);
    m_deadline->setMinimumHeight(48);
    m_deadline->setFrameShape(QFrame::StyledPanel);
    m_deadline->setMargin(6);
    layout->addWidget(m_deadline);
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save the request (Ctrl+S)"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_save->setDefault(true);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, [this] { searchPosts(); });
    // Enter in the name field goes to the posts: the first one is already selected.
    connect(m_name, &QLineEdit::returnPressed, this, [this] { m_posts->setFocus(); });
    connect(m_posts, &QListWidget::currentRowChanged, this, [this] { updateDeadline(); });
    connect(m_origin, &QComboBox::currentIndexChanged, this, [this] { updateDeadline(); });
    connect(m_motive, &QComboBox::currentIndexChanged, this, [this] { updateDeadline(); });
    connect(m_requestedOn, &QDateEdit::dateChanged, this, [this] { updateDeadline(); });
    connect(m_returnDate, &QDateEdit::dateChanged, this, [this] { updateDeadline(); });
    connect(m_physician, &QCheckBox::toggled, this, [this] { updateDeadline(); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, [this] { save(); });
    m_motive->setCurrentIndex(2);
    searchPosts();
    resize(680, 600);
}

void VisitRequestDialog::setOrigin(RequestOrigin origin) { m_origin->setCurrentIndex(m_origin->findData(int(origin))); }
void VisitRequestDialog::setMotive(RequestMotive motive) { m_motive->setCurrentIndex(m_motive->findData(int(motive))); }

void VisitRequestDialog::searchPosts()
{
    m_posts->clear();
    m_found.clear();
    // One more than shown: a list cut short says so (issue 19: never silently capped).
    constexpr int Shown = 50;
    auto posts = VisitRequestStore::posts(m_session, m_name->text(), Shown + 1);
    if (!posts) {
        m_deadline->setText(QStringLiteral("<span style=\"color:#a40000\">%1</span>").arg(posts.error().message.toHtmlEscaped()));
        return;
    }
    m_found = posts.value();
    const bool more = m_found.size() > Shown;
    if (more)
        m_found.resize(Shown);
    for (const RequestablePost& p : std::as_const(m_found)) {
        const QString period = p.end ? tr("from %1 to %2").arg(dateText(p.start), dateText(*p.end)) : tr("since %1").arg(dateText(p.start));
        m_posts->addItem(tr("%1 (born %2)\n%3 — %4, %5").arg(p.workerName, dateText(p.birthDate), p.postTitle, p.establishmentName, period));
    }
    if (more) {
        auto* notice = new QListWidgetItem(tr("The first %1 posts are shown, and there are more: type the first letters of the name to narrow").arg(Shown),
                                           m_posts);
        notice->setFlags(Qt::NoItemFlags);
    }
    if (!m_found.isEmpty())
        m_posts->setCurrentRow(0);
    updateDeadline();
}

NewVisitRequest VisitRequestDialog::request() const
{
    NewVisitRequest r;
    const int row = m_posts->currentRow();
    if (row >= 0 && row < m_found.size()) {
        r.workerId = m_found.at(row).workerId;
        r.employmentId = m_found.at(row).employmentId;
    }
    r.origin = RequestOrigin(m_origin->currentData().toInt());
    r.motive = RequestMotive(m_motive->currentData().toInt());
    r.requestedOn = m_requestedOn->date();
    if (r.motive == RequestMotive::Return)
        r.returnDate = m_returnDate->date();
    r.physicianWanted = r.motive == RequestMotive::OnRequest && m_physician->isChecked();
    r.teleconsultation = m_tele->isChecked();
    return r;
}

void VisitRequestDialog::updateDeadline()
{
    const NewVisitRequest r = request();
    m_returnDate->setEnabled(r.motive == RequestMotive::Return);
    m_physician->setEnabled(r.motive == RequestMotive::OnRequest && r.origin == RequestOrigin::Worker);
    if (r.workerId.isEmpty()) {
        m_deadline->setText(tr("Choose the worker and the post."));
        m_save->setEnabled(false);
        return;
    }
    auto deadline = VisitRequestStore::preview(m_session, r);
    if (!deadline) {
        m_deadline->setText(QStringLiteral("<span style=\"color:#a40000\">%1</span>").arg(tr("Refused: %1").arg(deadline.error().message).toHtmlEscaped()));
        m_save->setEnabled(false);
        return;
    }
    const RequestDeadline& d = deadline.value();
    const QString window = d.earliest ? tr("from %1 to %2").arg(dateText(*d.earliest), dateText(d.latest)) : tr("by %1").arg(dateText(d.latest));
    const QString who = d.performer == Performer::Mt ? tr("with the occupational physician") : tr("with a health professional of the team");
    const QString basis = d.statutory ? tr("regulatory deadline, %1").arg(d.basis)
                                      : tr("no deadline in the law (%1): the service's target of %2 days").arg(d.basis).arg(ServiceTargetDays);
    m_deadline->setText(tr("<b>%1</b> %2, %3 — %4").arg(visitTitle(d.kind).toHtmlEscaped(), window, who, basis.toHtmlEscaped()));
    m_save->setEnabled(true);
}

bool VisitRequestDialog::save()
{
    const NewVisitRequest r = request();
    if (r.workerId.isEmpty()) {
        m_deadline->setText(QStringLiteral("<span style=\"color:#a40000\">%1</span>").arg(tr("Choose the worker and the post.")));
        return false;
    }
    auto id = VisitRequestStore::record(m_session, r);
    if (!id) {
        m_deadline->setText(QStringLiteral("<span style=\"color:#a40000\">%1</span>").arg(tr("Refused: %1").arg(id.error().message).toHtmlEscaped()));
        return false;
    }
    m_recordedId = id.value();
    accept();
    return true;
}

} // namespace vigie::scheduling
