#include "ui/IdentityBanner.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace vigie::ui {
namespace {

const QColor CaptionColor(0x5b, 0x67, 0x76);

// "<caption> value" with the caption in grey; the value is escaped (names come from the database).
QString field(const QString& caption, const QString& value)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;<b>%3</b>")
        .arg(CaptionColor.name(), caption.toHtmlEscaped(), value.toHtmlEscaped());
}
} // namespace

InsStatus insStatusFromCode(const QString& code)
{
    if (code == QLatin1String("PROV"))
        return InsStatus::Provisional;
    if (code == QLatin1String("RECUP"))
        return InsStatus::Recovered;
    if (code == QLatin1String("VALI"))
        return InsStatus::Validated;
    if (code == QLatin1String("QUAL"))
        return InsStatus::Qualified;
    return InsStatus::Unknown;
}

QString insStatusText(InsStatus status)
{
    switch (status) {
    case InsStatus::Provisional:
        return QCoreApplication::translate("vigie::ui", "Provisional identity");
    case InsStatus::Recovered:
        return QCoreApplication::translate("vigie::ui", "Recovered identity");
    case InsStatus::Validated:
        return QCoreApplication::translate("vigie::ui", "Validated identity");
    case InsStatus::Qualified:
        return QCoreApplication::translate("vigie::ui", "Qualified identity");
    case InsStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("vigie::ui", "Unknown identity status");
}

QColor insStatusColor(InsStatus status)
{
    // Dark enough for white bold text (contrast ≥ 4.5:1) and distinct from each other.
    switch (status) {
    case InsStatus::Provisional:
        return QColor(0x61, 0x6b, 0x76); // grey
    case InsStatus::Recovered:
        return QColor(0x15, 0x65, 0xc0); // blue
    case InsStatus::Validated:
        return QColor(0xb5, 0x47, 0x08); // orange
    case InsStatus::Qualified:
        return QColor(0x1b, 0x7a, 0x3a); // green
    case InsStatus::Unknown:
        break;
    }
    return QColor(0x8a, 0x1c, 0x1c); // dark red: an identity whose status is not understood
}

QString sexText(const QString& code)
{
    if (code == QLatin1String("M"))
        return QCoreApplication::translate("vigie::ui", "Male", "sex");
    if (code == QLatin1String("F"))
        return QCoreApplication::translate("vigie::ui", "Female", "sex");
    if (code == QLatin1String("U"))
        return QCoreApplication::translate("vigie::ui", "Undetermined", "sex");
    return code;
}

int ageInYears(const QDate& birth, const QDate& on)
{
    if (!birth.isValid() || !on.isValid() || on < birth)
        return -1;
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

QString nameInCapitals(const QString& name)
{
    return name.trimmed().toUpper();
}

IdentityBanner::IdentityBanner(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("identityBanner"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(QCoreApplication::translate("vigie::ui", "Identity of the selected worker"));

    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("identityName"));
    m_name->setTextFormat(Qt::RichText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.45);
    m_name->setFont(nameFont);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("identityDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_usedName = new QLabel(this);
    m_usedName->setObjectName(QStringLiteral("identityUsedName"));
    m_usedName->setTextFormat(Qt::RichText);
    m_usedName->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("insBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    QFont badgeFont = m_badge->font();
    badgeFont.setBold(true);
    m_badge->setFont(badgeFont);

    m_empty = new QLabel(QCoreApplication::translate("vigie::ui", "No worker selected: search by name, then press Enter on a row."), this);
    m_empty->setObjectName(QStringLiteral("identityEmpty"));
    m_empty->setStyleSheet(QStringLiteral("color:%1; font-style:italic;").arg(CaptionColor.name()));

    auto* text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_name);
    text->addWidget(m_details);
    text->addWidget(m_usedName);
    text->addWidget(m_empty);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(14, 10, 14, 10);
    row->setSpacing(16);
    row->addLayout(text, 1);
    row->addWidget(m_badge, 0, Qt::AlignTop | Qt::AlignRight);

    render();
}

void IdentityBanner::setIdentity(const IdentityTraits& identity, const QDate& today)
{
    m_identity = identity;
    m_today = today;
    m_hasIdentity = true;
    render();
}

void IdentityBanner::clear()
{
    m_identity = {};
    m_today = {};
    m_hasIdentity = false;
    render();
}

void IdentityBanner::render()
{
    const InsStatus status = insStatusFromCode(m_identity.insStatus);
    const QColor accent = m_hasIdentity ? insStatusColor(status) : QColor(0xc9, 0xd1, 0xdc);
    // The left edge repeats the status colour, so the status is seen even from the corner of the eye.
    setStyleSheet(QStringLiteral("#identityBanner { background:#f5f7fa; border:1px solid #c9d1dc;"
                                 " border-left:6px solid %1; border-radius:4px; }")
                      .arg(accent.name()));

    m_name->setVisible(m_hasIdentity);
    m_details->setVisible(m_hasIdentity);
    m_badge->setVisible(m_hasIdentity);
    m_empty->setVisible(!m_hasIdentity);
    m_usedName->setVisible(m_hasIdentity && !m_identity.usedName.trimmed().isEmpty());
    if (!m_hasIdentity) {
        m_name->clear();
        m_details->clear();
        m_usedName->clear();
        m_badge->clear();
        setAccessibleDescription({});
        return;
    }

    m_name->setText(QStringLiteral("<b>%1</b>&nbsp;&nbsp;%2")
                        .arg(nameInCapitals(m_identity.birthName).toHtmlEscaped(),
                             m_identity.firstBirthFirstName.trimmed().toHtmlEscaped()));

    const QString separator = QStringLiteral("&nbsp;&nbsp;&nbsp;·&nbsp;&nbsp;&nbsp;");
    m_details->setText(field(QCoreApplication::translate("vigie::ui", "Birth date"), birthText()) + separator + field(QCoreApplication::translate("vigie::ui", "Sex"), sexText(m_identity.sex)));
    m_usedName->setText(field(QCoreApplication::translate("vigie::ui", "Used name"), nameInCapitals(m_identity.usedName)));

    m_badge->setText(insStatusText(status));
    m_badge->setToolTip(QCoreApplication::translate("vigie::ui", "INS status: %1").arg(m_identity.insStatus.isEmpty() ? QStringLiteral("—")
                                                                                : m_identity.insStatus));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background:%1; color:white; border-radius:10px;"
                                          " padding:4px 12px; }")
                               .arg(insStatusColor(status).name()));
    // The badge's size depends on its new text and style sheet: lay the banner out now, so that a
    // screen grabbed (or printed) right after a new identity shows the whole status, not a sliver.
    m_badge->ensurePolished();
    m_badge->updateGeometry();
    if (layout())
        layout()->activate();
    setAccessibleDescription(plainText());
}

QString IdentityBanner::birthText() const
{
    QString birth = m_identity.birthDate.isValid() ? m_identity.birthDate.toString(QStringLiteral("dd/MM/yyyy"))
                                                   : QCoreApplication::translate("vigie::ui", "unknown", "birth date");
    const int age = ageInYears(m_identity.birthDate, m_today);
    if (age >= 0)
        birth += QStringLiteral(" (%1)").arg(QCoreApplication::translate("vigie::ui", "%n year(s)", "age", age));
    return birth;
}

QString IdentityBanner::plainText() const
{
    if (!m_hasIdentity)
        return m_empty->text();
    QStringList parts{nameInCapitals(m_identity.birthName) + QLatin1Char(' ') + m_identity.firstBirthFirstName.trimmed()};
    parts << QCoreApplication::translate("vigie::ui", "Birth date") + QLatin1Char(' ') + birthText();
    parts << QCoreApplication::translate("vigie::ui", "Sex") + QLatin1Char(' ') + sexText(m_identity.sex);
    if (!m_identity.usedName.trimmed().isEmpty())
        parts << QCoreApplication::translate("vigie::ui", "Used name") + QLatin1Char(' ') + nameInCapitals(m_identity.usedName);
    parts << insStatusText(insStatusFromCode(m_identity.insStatus));
    return parts.join(QStringLiteral(" — "));
}

} // namespace vigie::ui
