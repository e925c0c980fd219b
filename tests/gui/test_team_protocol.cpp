// The team protocol dialog (issue 6 part 1) on the demo database: Dr Fontaine shortens her team's SI
// renewal with the keyboard, the planning store reads it back, she withdraws it; her team's nurse
// sees it read only, and a forced save is refused by the store and audited.
#include "catch_qt.h"

#include "GuiSession.h"

#include "scheduling/ProtocolStore.h"
#include "scheduling/ui/TeamProtocolDialog.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

using namespace vigie;
using guitest::signInAs;
using scheduling::TeamProtocolDialog;

TEST_CASE("the team physician shortens the protocol's periodicities from the dialog, with the keyboard")
{
    auto s = signInAs(QStringLiteral("medecin"));
    TeamProtocolDialog dialog(*s->session);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    REQUIRE(dialog.teamBox()->count() >= 1);
    CHECK(dialog.teamBox()->currentText().contains(QStringLiteral("Fontaine")));
    CHECK(dialog.siBox()->isEnabled());
    CHECK(dialog.siBox()->value() == 0); // "law"
    CHECK(dialog.siBox()->text().contains(QStringLiteral("60")));
    CHECK_FALSE(dialog.withdrawButton()->isEnabled());

    dialog.siBox()->setFocus();
    dialog.siBox()->setValue(24);
    dialog.noteEdit()->setText(QStringLiteral("Protocole écrit du 2 novembre 2026"));
    QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier); // Ctrl+S
    const QString teamId = dialog.teamBox()->currentData().toString();
    auto stored = scheduling::ProtocolStore::ofTeam(*s->session, teamId);
    REQUIRE(stored);
    REQUIRE(stored.value());
    CHECK(stored.value()->protocol.siRenewalMonths == 24);
    CHECK_FALSE(stored.value()->protocol.siaRenewalMonths);
    CHECK(stored.value()->note == QStringLiteral("Protocole écrit du 2 novembre 2026"));
    CHECK(dialog.siBox()->value() == 24);
    CHECK(dialog.withdrawButton()->isEnabled());
    CHECK_FALSE(dialog.statusLabel()->text().isEmpty());
    dialog.resize(640, 420);
    QCoreApplication::processEvents();
    dialog.grab().save(QDir(guitest::screenDir()).filePath(QStringLiteral("scheduling_team_protocol.png")));

    REQUIRE(dialog.withdraw());
    auto withdrawn = scheduling::ProtocolStore::ofTeam(*s->session, teamId);
    REQUIRE(withdrawn);
    CHECK_FALSE(withdrawn.value());
    CHECK(dialog.siBox()->value() == 0);
}

TEST_CASE("the team's nurse reads the protocol, and a forced save is refused and audited")
{
    auto s = signInAs(QStringLiteral("infirmier"));
    TeamProtocolDialog dialog(*s->session);
    REQUIRE(dialog.teamBox()->count() >= 1);
    CHECK_FALSE(dialog.siBox()->isEnabled());
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK_FALSE(dialog.statusLabel()->text().isEmpty()); // only the team physician…

    dialog.siBox()->setValue(12);
    CHECK_FALSE(dialog.save());
    CHECK(dialog.statusLabel()->text().contains(QStringLiteral("Fontaine")));
    QSqlQuery q(s->session->db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT outcome FROM _audit WHERE resource = 'team.protocol' ORDER BY seq DESC LIMIT 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("denied"));
}
