#include "scheduling/ui/TeamProtocolDialog.h"

#include "security/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie::scheduling {

namespace {

// The four intervals: the law's maximum and its article, in the order of the boxes.
struct Interval {
    std::optional<int> Protocol::*member;
    int legalMonths;
    const char* article;
};
const Interval kIntervals[4] = {
    {&Protocol::siRenewalMonths, 60, "R4624-16"},
    {&Protocol::siaRenewalMonths, 36, "R4624-17"},
    {&Protocol::sirRenewalMonths, 48, "R4624-28"},
    {&Protocol::sirIntermediateMonths, 24, "R4624-28"},
};

} // namespace

TeamProtocolDialog::TeamProtocolDialog(security::Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Team protocol"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The team physician may set shorter intervals than the law for the periodic visits, never longer. "
                                "Leave \"law\" to keep the legal maximum."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_team = new QComboBox(this);
    form->addRow(tr("&Team:"), m_team);
    const QString labels[4] = {tr("VIP renewal, individual follow-up (SI):"), tr("VIP renewal, adapted follow-up (SIA):"),
                               tr("EMA renewal, reinforced follow-up (SIR):"), tr("Intermediate visit (SIR):")};
    for (int i = 0; i < 4; ++i) {
        auto* box = new QSpinBox(this);
        box->setRange(0, kIntervals[i].legalMonths);
        box->setSpecialValueText(tr("law (%1 months)").arg(kIntervals[i].legalMonths));
        box->setSuffix(tr(" months"));
        box->setToolTip(tr("At most %1 months (%2)").arg(kIntervals[i].legalMonths).arg(QLatin1String(kIntervals[i].article)));
        m_boxes[i] = box;
        form->addRow(labels[i], box);
    }
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Reference of the written protocol, reasons"));
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);

    m_signed = new QLabel(this);
    m_signed->setStyleSheet(QStringLiteral("QLabel { color:#4a5563; }"));
    layout->addWidget(m_signed);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setToolTip(tr("Save the protocol (Ctrl+S)"));
    m_withdraw = buttons->addButton(tr("&Withdraw the protocol"), QDialogButtonBox::ResetRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { withdraw(); });
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, [this] { save(); });
    connect(m_team, &QComboBox::currentIndexChanged, this, &TeamProtocolDialog::showTeam);
    load();
}

void TeamProtocolDialog::load()
{
    const QString current = m_team->currentData().toString();
    auto teams = ProtocolStore::ofMyTeams(m_session);
    if (!teams) {
        showError(teams.error().message);
        return;
    }
    m_teams = teams.value();
    const QSignalBlocker block(m_team);
    m_team->clear();
    for (const auto& t : std::as_const(m_teams))
        m_team->addItem(t.teamName, t.teamId);
    m_team->setCurrentIndex(std::max(0, m_team->findData(current)));
    showTeam(m_team->currentIndex());
}

void TeamProtocolDialog::showTeam(int index)
{
    const bool valid = index >= 0 && index < m_teams.size();
    const ProtocolStore::TeamProtocolView* team = valid ? &m_teams.at(index) : nullptr;
    for (int i = 0; i < 4; ++i) {
        const std::optional<int> months = team && team->protocol ? team->protocol->protocol.*kIntervals[i].member : std::nullopt;
        m_boxes[i]->setValue(months.value_or(0));
        m_boxes[i]->setEnabled(team && team->mayChange);
    }
    m_note->setText(team && team->protocol ? team->protocol->note : QString());
    m_note->setEnabled(team && team->mayChange);
    m_save->setEnabled(team && team->mayChange);
    m_withdraw->setEnabled(team && team->mayChange && team->protocol.has_value());
    if (!team)
        m_signed->setText(tr("You plan for no team."));
    else if (team->protocol)
        m_signed->setText(tr("Protocol signed on %1.").arg(team->protocol->signedOn.toString(QStringLiteral("dd/MM/yyyy"))));
    else
        m_signed->setText(tr("No protocol: the legal maxima apply."));
    m_status->clear();
    if (team && !team->mayChange) {
        m_status->setStyleSheet(QStringLiteral("QLabel { color:#4a5563; }"));
        m_status->setText(tr("Only the team physician changes the protocol."));
    }
}

bool TeamProtocolDialog::save()
{
    const int index = m_team->currentIndex();
    if (index < 0 || index >= m_teams.size())
        return false;
    Protocol protocol;
    for (int i = 0; i < 4; ++i)
        if (m_boxes[i]->value() > 0)
            protocol.*kIntervals[i].member = m_boxes[i]->value();
    if (auto s = ProtocolStore::set(m_session, m_teams.at(index).teamId, protocol, m_note->text()); !s) {
        showError(s.error().message);
        return false;
    }
    load();
    m_status->setStyleSheet(QStringLiteral("QLabel { color:#1b5e20; }"));
    m_status->setText(tr("Protocol saved: the planning uses it from now on."));
    return true;
}

bool TeamProtocolDialog::withdraw()
{
    const int index = m_team->currentIndex();
    if (index < 0 || index >= m_teams.size())
        return false;
    if (auto s = ProtocolStore::withdraw(m_session, m_teams.at(index).teamId); !s) {
        showError(s.error().message);
        return false;
    }
    load();
    m_status->setStyleSheet(QStringLiteral("QLabel { color:#1b5e20; }"));
    m_status->setText(tr("Protocol withdrawn: the legal maxima apply."));
    return true;
}

void TeamProtocolDialog::showError(const QString& message)
{
    m_status->setStyleSheet(QStringLiteral("QLabel { color:#b00020; }"));
    m_status->setText(message);
}

} // namespace vigie::scheduling
