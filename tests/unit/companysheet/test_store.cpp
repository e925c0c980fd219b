// CompanySheetStore on real encrypted databases: pre-filled drafts, validation into immutable chained
// versions, drafts owned by their author, concurrent drafts merged by section, an alteration made
// with the independent SQLCipher shell found by the chain, sendings, the due list with an injected
// clock, and the access policy (refusals audited).
#include "CompanySheetTestSupport.h"
#include "catch_qt.h"

#include "companysheet/CompanySheetStore.h"

#include <QSqlError>

using namespace vigie;
using namespace vigie::companysheet;
using security::Role;

namespace {
const QString Advice = QStringLiteral("advice");
const QString Synthesis = QStringLiteral("synthesis");

QString validated(security::Session& s, const QString& draftId)
{
    auto outcome = CompanySheetStore::validate(s, draftId);
    REQUIRE(outcome);
    REQUIRE_FALSE(outcome.value().conflict());
    return outcome.value().version->id;
}

// Starts a draft, sets one field, validates it; the version's number.
int validateWith(security::Session& s, const QString& establishmentId, const QString& section, const QString& field,
                 const QString& text)
{
    auto draft = CompanySheetStore::startDraft(s, establishmentId);
    REQUIRE(draft);
    REQUIRE(draft.value().content.setText(section, field, text));
    REQUIRE(CompanySheetStore::saveDraft(s, draft.value().info.id, draft.value().content));
    auto outcome = CompanySheetStore::validate(s, draft.value().info.id);
    REQUIRE(outcome);
    REQUIRE_FALSE(outcome.value().conflict());
    return outcome.value().version->number;
}
} // namespace

TEST_CASE("a draft is pre-filled from membership and workforce, validation makes version 1 with its hash, audited")
{
    test::SheetFixture fx;
    fx.addFacts();
    auto draft = CompanySheetStore::startDraft(*fx.iprp, fx.establishmentId);
    REQUIRE(draft);
    const SheetContent& c = draft.value().content;
    CHECK(draft.value().info.sourceNumber == 0);
    CHECK(draft.value().info.authorId == QStringLiteral("acc-iprp"));
    CHECK(c.text(QStringLiteral("identification"), QStringLiteral("member_number")) == QStringLiteral("A000001"));
    CHECK(c.text(QStringLiteral("identification"), QStringLiteral("naf")) == QStringLiteral("62.01Z"));
    CHECK(c.text(QStringLiteral("identification"), QStringLiteral("member_since")) == QStringLiteral("01/03/2024"));
    CHECK(c.text(QStringLiteral("identification"), QStringLiteral("name_address")).contains(QStringLiteral("75011 Paris")));
    CHECK(c.text(QStringLiteral("identification"), QStringLiteral("team")).contains(QStringLiteral("medecin")));
    CHECK(c.text(QStringLiteral("identification"), QStringLiteral("team")).contains(QStringLiteral("iprp")));
    CHECK(c.text(QStringLiteral("identification"), QStringLiteral("contact")) == QStringLiteral("Jeanne Dupont"));
    CHECK(c.text(QStringLiteral("identification"), QStringLiteral("prevention_score")).startsWith(QStringLiteral("4,2 / 5")));
    CHECK(c.value(QStringLiteral("identification"), QStringLiteral("sir_declared")) == QJsonValue(2));
    CHECK(c.value(QStringLiteral("workforce"), QStringLiteral("headcount")) == QJsonValue(4));
    CHECK(c.text(QStringLiteral("workforce"), QStringLiteral("contracts")) == QStringLiteral("CDD : 1\nCDI : 3"));
    REQUIRE(c.exposures().size() == 1);
    CHECK(c.exposures().first().code == QStringLiteral("PHYS.BRUIT"));
    CHECK(c.exposures().first().label == QStringLiteral("Bruit"));
    CHECK(c.exposures().first().cdi == 3);
    CHECK(c.exposures().first().cdd == 0);

    const QString id = validated(*fx.iprp, draft.value().info.id);
    auto history = CompanySheetStore::history(*fx.iprp, fx.establishmentId);
    REQUIRE(history);
    REQUIRE(history.value().size() == 1);
    const VersionInfo& v = history.value().first();
    CHECK(v.id == id);
    CHECK(v.number == 1);
    CHECK(v.authorName == QStringLiteral("iprp"));
    CHECK(v.validatedAt == test::MembershipNow);
    CHECK(v.hash.size() == 64);
    // The contract with the DMST: the date of the last validated version, ISO date-time text.
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT validated_at FROM companysheet_versions WHERE establishment_id = ?"),
                      {fx.establishmentId}).toString() == QStringLiteral("2026-01-15T09:30:00Z"));
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'validate' AND outcome = 'allowed' "
                                               "AND detail LIKE '%hash=' || ?"), {v.hash}).toInt() == 1);
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM companysheet_drafts WHERE status = 'validated'")).toInt() == 1);
    const auto check = CompanySheetStore::verify(*fx.iprp, fx.establishmentId);
    REQUIRE(check);
    CHECK(check.value().intact);
    CHECK(check.value().versions == 1);
    // The draft is closed: validating it again is refused.
    CHECK(CompanySheetStore::validate(*fx.iprp, draft.value().info.id).error().code == core::ErrorCode::Invalid);
}

TEST_CASE("exposures are codes of the exposure thesaurus, labelled from it")
{
    test::SheetFixture fx;
    auto draft = CompanySheetStore::startDraft(*fx.iprp, fx.establishmentId);
    REQUIRE(draft);
    SheetContent c = draft.value().content;
    c.setExposures({ExposureEntry{QStringLiteral("XYZ.INCONNU"), {}, 1, 0, 0, 0, {}}});
    const auto refused = CompanySheetStore::saveDraft(*fx.iprp, draft.value().info.id, c);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("XYZ.INCONNU")));
    c.setExposures({ExposureEntry{QStringLiteral("phys.bruit"), {}, 2, 0, 0, 0, QStringLiteral("Casques")}});
    REQUIRE(CompanySheetStore::saveDraft(*fx.iprp, draft.value().info.id, c));
    const QList<ExposureEntry> saved = CompanySheetStore::loadDraft(*fx.iprp, draft.value().info.id).value().content.exposures();
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().code == QStringLiteral("PHYS.BRUIT"));
    CHECK(saved.first().label == QStringLiteral("Bruit"));
}

TEST_CASE("a validated version cannot be altered through the application")
{
    test::SheetFixture fx;
    REQUIRE(validateWith(*fx.iprp, fx.establishmentId, Advice, Synthesis, QStringLiteral("Capoter la presse")) == 1);
    const QByteArray before = test::value(*fx.iprp, QStringLiteral("SELECT content || hash FROM companysheet_versions")).toByteArray();

    // The database refuses any change or removal, whoever asks.
    QSqlQuery update(fx.admin->db().sql());
    CHECK_FALSE(update.exec(QStringLiteral("UPDATE companysheet_versions SET content = '{}'")));
    CHECK(update.lastError().text().contains(QStringLiteral("cannot be changed")));
    QSqlQuery remove(fx.admin->db().sql());
    CHECK_FALSE(remove.exec(QStringLiteral("DELETE FROM companysheet_versions")));
    CHECK(remove.lastError().text().contains(QStringLiteral("cannot be deleted")));

    // Editing means a new draft: it becomes version 2, version 1 stays as it was.
    auto draft = CompanySheetStore::startDraft(*fx.iprp, fx.establishmentId);
    REQUIRE(draft);
    CHECK(draft.value().info.sourceNumber == 1);
    CHECK(draft.value().content.text(Advice, Synthesis) == QStringLiteral("Capoter la presse"));
    REQUIRE(draft.value().content.setText(Advice, Synthesis, QStringLiteral("Presse capotée")));
    REQUIRE(CompanySheetStore::saveDraft(*fx.iprp, draft.value().info.id, draft.value().content));
    validated(*fx.iprp, draft.value().info.id);
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT content || hash FROM companysheet_versions WHERE number = 1")).toByteArray() == before);
    CHECK(CompanySheetStore::version(*fx.iprp, fx.establishmentId, 1).value().content.text(Advice, Synthesis) ==
          QStringLiteral("Capoter la presse"));
    CHECK(CompanySheetStore::version(*fx.iprp, fx.establishmentId).value().content.text(Advice, Synthesis) ==
          QStringLiteral("Presse capotée"));
    CHECK(CompanySheetStore::verify(*fx.iprp, fx.establishmentId).value().intact);
}

TEST_CASE("an alteration made with the independent SQLCipher shell is found by the hash chain")
{
    test::SheetFixture fx;
    REQUIRE(validateWith(*fx.iprp, fx.establishmentId, Advice, Synthesis, QStringLiteral("Capoter la presse")) == 1);
    REQUIRE(validateWith(*fx.iprp, fx.establishmentId, Advice, Synthesis, QStringLiteral("Presse capotée")) == 2);
    REQUIRE(validateWith(*fx.physician, fx.establishmentId, QStringLiteral("premises"), QStringLiteral("hygiene"), QStringLiteral("Bonne")) == 3);
    REQUIRE(CompanySheetStore::verify(*fx.iprp, fx.establishmentId).value().intact);

    SECTION("the content of version 2 rewritten")
    {
        const auto r = fx.shell("DROP TRIGGER companysheet_versions_immutable;\n"
                                "UPDATE companysheet_versions SET content = replace(content, 'capotée', 'non capotée') WHERE number = 2;\n"
                                "SELECT changes();\n");
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.trimmed().endsWith("1"));
        const auto check = CompanySheetStore::verify(*fx.iprp, fx.establishmentId);
        REQUIRE(check);
        CHECK_FALSE(check.value().intact);
        CHECK(check.value().firstBroken == 2);
        CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM _audit WHERE action = 'verify' AND detail LIKE '%intact=0 first_broken=2'"))
                  .toInt() == 1);
    }
    SECTION("version 2 deleted")
    {
        const auto r = fx.shell("PRAGMA foreign_keys = OFF;\nDROP TRIGGER companysheet_versions_no_delete;\n"
                                "UPDATE companysheet_drafts SET version_id = NULL;\n"
                                "DELETE FROM companysheet_versions WHERE number = 2;\n");
        REQUIRE(r.exitCode == 0);
        const auto check = CompanySheetStore::verify(*fx.iprp, fx.establishmentId);
        REQUIRE(check);
        CHECK(check.value().firstBroken == 2);
    }
    SECTION("the author of version 1 replaced")
    {
        const auto r = fx.shell("DROP TRIGGER companysheet_versions_immutable;\n"
                                "UPDATE companysheet_versions SET author_id = 'acc-medecin', author_name = 'medecin' WHERE number = 1;\n");
        REQUIRE(r.exitCode == 0);
        CHECK(CompanySheetStore::verify(*fx.iprp, fx.establishmentId).value().firstBroken == 1);
    }
}

TEST_CASE("a draft belongs to its author, interns and assistants prepare, the team validates")
{
    test::SheetFixture fx;
    auto draft = CompanySheetStore::startDraft(*fx.assistant, fx.establishmentId);
    REQUIRE(draft);
    const QString id = draft.value().info.id;

    const auto read = CompanySheetStore::loadDraft(*fx.iprp, id);
    REQUIRE_FALSE(read);
    CHECK(read.error().code == core::ErrorCode::Denied);
    CHECK(CompanySheetStore::saveDraft(*fx.iprp, id, SheetContent()).error().code == core::ErrorCode::Denied);
    CHECK(CompanySheetStore::abandonDraft(*fx.physician, id).error().code == core::ErrorCode::Denied);
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = 'denied' AND resource = 'companysheet' "
                                               "AND detail = 'reason=owner'")).toInt() == 3);
    // Others see that it exists, not its content.
    auto open = CompanySheetStore::openDrafts(*fx.iprp, fx.establishmentId);
    REQUIRE(open);
    REQUIRE(open.value().size() == 1);
    CHECK(open.value().first().authorName == QStringLiteral("assistant"));

    const auto refused = CompanySheetStore::validate(*fx.assistant, id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == core::ErrorCode::Denied);
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM companysheet_versions")).toInt() == 0);

    // A planner does not use company sheets at all: refused and audited.
    const auto planner = CompanySheetStore::startDraft(*fx.planner, fx.establishmentId);
    REQUIRE_FALSE(planner);
    CHECK(planner.error().code == core::ErrorCode::Denied);
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = 'denied' AND resource = 'module.companysheets'"))
              .toInt() == 1);

    REQUIRE(CompanySheetStore::abandonDraft(*fx.assistant, id));
    CHECK(CompanySheetStore::openDrafts(*fx.iprp, fx.establishmentId).value().isEmpty());
}

TEST_CASE("concurrent drafts are merged by section, the same section changed in both waits for a person")
{
    test::SheetFixture fx;
    REQUIRE(validateWith(*fx.iprp, fx.establishmentId, Advice, Synthesis, QStringLiteral("A")) == 1);
    auto mine = CompanySheetStore::startDraft(*fx.iprp, fx.establishmentId);
    auto theirs = CompanySheetStore::startDraft(*fx.physician, fx.establishmentId);
    REQUIRE(mine);
    REQUIRE(theirs);
    CHECK(CompanySheetStore::openDrafts(*fx.nurse, fx.establishmentId).value().size() == 2);

    // The physician validates first: a new synthesis.
    REQUIRE(theirs.value().content.setText(Advice, Synthesis, QStringLiteral("B (médecin)")));
    REQUIRE(CompanySheetStore::saveDraft(*fx.physician, theirs.value().info.id, theirs.value().content));
    validated(*fx.physician, theirs.value().info.id);

    SECTION("disjoint sections: merged automatically into version 3")
    {
        REQUIRE(mine.value().content.setText(QStringLiteral("premises"), QStringLiteral("premises"), QStringLiteral("Atelier de 200 m²")));
        REQUIRE(CompanySheetStore::saveDraft(*fx.iprp, mine.value().info.id, mine.value().content));
        auto outcome = CompanySheetStore::validate(*fx.iprp, mine.value().info.id);
        REQUIRE(outcome);
        REQUIRE_FALSE(outcome.value().conflict());
        CHECK(outcome.value().version->number == 3);
        CHECK(outcome.value().version->merged);
        CHECK(outcome.value().merge.fromOurs == QStringList{QStringLiteral("premises")});
        CHECK(outcome.value().merge.fromTheirs == QStringList{Advice});
        const SheetContent v3 = CompanySheetStore::version(*fx.iprp, fx.establishmentId, 3).value().content;
        CHECK(v3.text(Advice, Synthesis) == QStringLiteral("B (médecin)"));
        CHECK(v3.text(QStringLiteral("premises"), QStringLiteral("premises")) == QStringLiteral("Atelier de 200 m²"));
    }
    SECTION("the same section: the conflict is returned, nothing is written, then a person chooses")
    {
        REQUIRE(mine.value().content.setText(Advice, QStringLiteral("activity_plan"), QStringLiteral("Étude de poste en mars")));
        REQUIRE(CompanySheetStore::saveDraft(*fx.iprp, mine.value().info.id, mine.value().content));
        auto outcome = CompanySheetStore::validate(*fx.iprp, mine.value().info.id);
        REQUIRE(outcome);
        REQUIRE(outcome.value().conflict());
        CHECK(outcome.value().merge.conflicts == QStringList{Advice});
        CHECK(outcome.value().theirsNumber == 2);
        CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM companysheet_versions")).toInt() == 2);
        CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM _audit WHERE outcome = 'conflict'")).toInt() == 1);

        CHECK_FALSE(CompanySheetStore::resolve(*fx.iprp, mine.value().info.id, {}));
        auto resolved = CompanySheetStore::resolve(*fx.iprp, mine.value().info.id, {{Advice, Side::Ours}});
        REQUIRE(resolved);
        CHECK(resolved.value().info.headNumber == 2);
        auto again = CompanySheetStore::validate(*fx.iprp, mine.value().info.id);
        REQUIRE(again);
        REQUIRE_FALSE(again.value().conflict());
        CHECK(again.value().version->number == 3);
        CHECK_FALSE(again.value().version->merged); // the person's merge is in the draft
        const SheetContent v3 = CompanySheetStore::version(*fx.iprp, fx.establishmentId, 3).value().content;
        CHECK(v3.text(Advice, Synthesis) == QStringLiteral("A"));
        CHECK(v3.text(Advice, QStringLiteral("activity_plan")) == QStringLiteral("Étude de poste en mars"));
    }
    CHECK(CompanySheetStore::verify(*fx.iprp, fx.establishmentId).value().intact);
}

TEST_CASE("a new draft from any version: restoring version 1's advice over version 2")
{
    test::SheetFixture fx;
    REQUIRE(validateWith(*fx.iprp, fx.establishmentId, Advice, Synthesis, QStringLiteral("Première synthèse")) == 1);
    REQUIRE(validateWith(*fx.iprp, fx.establishmentId, Advice, Synthesis, QStringLiteral("Seconde synthèse")) == 2);
    auto draft = CompanySheetStore::startDraft(*fx.iprp, fx.establishmentId, 1);
    REQUIRE(draft);
    CHECK(draft.value().info.sourceNumber == 1);
    CHECK(draft.value().info.headNumber == 2);
    CHECK(draft.value().content.text(Advice, Synthesis) == QStringLiteral("Première synthèse"));
    auto outcome = CompanySheetStore::validate(*fx.iprp, draft.value().info.id);
    REQUIRE(outcome);
    REQUIRE_FALSE(outcome.value().conflict());
    CHECK(outcome.value().version->number == 3);
    CHECK(outcome.value().version->basedOnNumber == 1);
    CHECK(CompanySheetStore::version(*fx.iprp, fx.establishmentId).value().content.text(Advice, Synthesis) ==
          QStringLiteral("Première synthèse"));
    CHECK(CompanySheetStore::startDraft(*fx.iprp, fx.establishmentId, 9).error().code == core::ErrorCode::Invalid);
}

TEST_CASE("sending to the employer records the date and the channel")
{
    test::SheetFixture fx;
    REQUIRE(validateWith(*fx.iprp, fx.establishmentId, Advice, Synthesis, QStringLiteral("A")) == 1);
    CHECK(CompanySheetStore::recordSending(*fx.iprp, fx.establishmentId, 1, QDate(2026, 1, 14), Channel::Email, {}).error().code ==
          core::ErrorCode::Invalid); // before the validation
    CHECK_FALSE(CompanySheetStore::recordSending(*fx.iprp, fx.establishmentId, 1, QDate(2026, 1, 16), Channel::Email, {}));
    REQUIRE(CompanySheetStore::recordSending(*fx.iprp, fx.establishmentId, 1, QDate(2026, 1, 15), Channel::RegisteredPost,
                                             QStringLiteral("Jeanne Dupont")));
    const VersionInfo v = CompanySheetStore::history(*fx.iprp, fx.establishmentId).value().first();
    REQUIRE(v.sendings.size() == 1);
    CHECK(v.sendings.first().sentOn == QDate(2026, 1, 15));
    CHECK(v.sendings.first().channel == Channel::RegisteredPost);
    CHECK(v.sendings.first().recipient == QStringLiteral("Jeanne Dupont"));
    QSqlQuery q(fx.admin->db().sql());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE companysheet_sendings SET channel = 'email'")));
}

TEST_CASE("sheets due per team with counts, on dated examples with an injected clock")
{
    test::SheetFixture fx;
    const auto member = [&](int nic, const char* name, const char* since, bool team) {
        auto id = membership::EstablishmentStore::save(*fx.planner, test::sampleMember(test::siretOf(QStringLiteral("732829320"), nic),
                                                                                        QString::fromUtf8(name)));
        REQUIRE(id);
        REQUIRE(test::exec(*fx.planner, QStringLiteral("UPDATE establishments SET member_since = ? WHERE id = ?"),
                           {QString::fromLatin1(since), id.value()}));
        if (team)
            REQUIRE(membership::EstablishmentStore::assignTeam(*fx.admin, id.value(), fx.teamId));
        return id.value();
    };
    REQUIRE(test::exec(*fx.planner, QStringLiteral("UPDATE establishments SET member_since = '2018-01-01' WHERE id = ?"), {fx.establishmentId}));
    member(21, "Dupont Lyon", "2025-01-10", true);    // first sheet due 2026-01-10
    member(35, "Dupont Nantes", "2025-06-01", false); // first sheet due 2026-06-01, no team
    member(42, "Dupont Lille", "2025-01-20", true);   // first sheet due 2026-01-20

    // Atelier Dupont's sheet was validated on 2022-01-14: the clock is moved back for it.
    fx.db.clock.set(QDateTime(QDate(2022, 1, 14), QTime(10, 0), Qt::UTC));
    REQUIRE(validateWith(*fx.iprp, fx.establishmentId, Advice, Synthesis, QStringLiteral("A")) == 1);

    const auto names = [](const QList<DueSheet>& due) {
        QStringList out;
        for (const DueSheet& d : due)
            out << d.facts.name + QLatin1Char(':') + dueReasonCode(d.reason) + (d.late ? QStringLiteral(":late") : QString());
        return out;
    };

    fx.db.clock.set(QDateTime(QDate(2026, 1, 13), QTime(10, 0), Qt::UTC));
    CHECK(names(CompanySheetStore::due(*fx.iprp, 4).value()) == QStringList{QStringLiteral("Dupont Lyon:first:late")});

    fx.db.clock.set(QDateTime(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC));
    auto due = CompanySheetStore::due(*fx.iprp, 4);
    REQUIRE(due);
    CHECK(names(due.value()) == QStringList{QStringLiteral("Dupont Lyon:first:late"), QStringLiteral("Atelier Dupont:renewal:late")});
    const QList<TeamDueCount> counts = countByTeam(due.value());
    REQUIRE(counts.size() == 1);
    CHECK(counts.first().teamName == QStringLiteral("Équipe Fontaine"));
    CHECK(counts.first().firstSheets == 1);
    CHECK(counts.first().renewals == 1);
    CHECK(counts.first().late == 2);

    // Within 200 days: Lille (team) and Nantes (no team) too.
    const QList<TeamDueCount> soon = countByTeam(CompanySheetStore::due(*fx.iprp, 4, 200).value());
    REQUIRE(soon.size() == 2);
    CHECK(soon.at(0).teamName.isEmpty());
    CHECK(soon.at(0).firstSheets == 1);
    CHECK(soon.at(1).total() == 3);

    // The delay is a setting, the administrator's.
    CHECK(CompanySheetStore::renewalYears(*fx.iprp).value() == DefaultRenewalYears);
    CHECK(CompanySheetStore::setRenewalYears(*fx.physician, 5).error().code == core::ErrorCode::Denied);
    CHECK_FALSE(CompanySheetStore::setRenewalYears(*fx.admin, 0));
    REQUIRE(CompanySheetStore::setRenewalYears(*fx.admin, 5));
    REQUIRE(CompanySheetStore::setRenewalYears(*fx.admin, 5)); // the one row updated, not duplicated
    CHECK(CompanySheetStore::renewalYears(*fx.iprp).value() == 5);
    CHECK(test::value(*fx.iprp, QStringLiteral("SELECT count(*) FROM companysheet_settings")).toInt() == 1);
    CHECK(names(CompanySheetStore::due(*fx.iprp, 5).value()) == QStringList{QStringLiteral("Dupont Lyon:first:late")});
}
