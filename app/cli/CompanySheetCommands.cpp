// Company sheet commands (issue 8): companysheet validate | show | history | diff | send | verify | print
// | due | settings. Output on stdout is tab-separated and stable for scripts (codes, ISO dates, values as
// compact JSON); messages go to stderr in the user's language.
#include "Commands.h"

#include "companysheet/CompanySheetStore.h"
#include "companysheet/SheetPlan.h"
#include "companysheet/print/SheetPrinter.h"
#include "membership/Member.h"
#include "membership/print/DocumentPrinter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace vigie::cli {
using core::Error;
using core::ErrorCode;
using namespace vigie::companysheet;

namespace {

struct Opened {
    std::unique_ptr<security::Session> session;
    membership::Member member;
};

// Parses, signs in and finds the establishment of --establishment SIRET.
core::Result<Opened> openEstablishment(Cli& cli, const CommandArgs& a)
{
    auto siret = a.required(QStringLiteral("--establishment"));
    if (!siret)
        return siret.error();
    const QString digits = membership::digitsOf(siret.value());
    auto session = cli.signIn();
    if (!session)
        return session.error();
    auto member = CompanySheetStore::establishmentBySiret(*session.value(), digits);
    if (!member)
        return member.error();
    return Opened{std::move(session.value()), member.value()};
}

QString json(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isString())
        return v.toString().replace(QLatin1Char('\n'), QStringLiteral("\\n")).replace(QLatin1Char('\t'), QLatin1Char(' '));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString versionLine(const VersionInfo& v)
{
    QStringList sent;
    for (const Sending& s : v.sendings)
        sent << s.sentOn.toString(Qt::ISODate) + QLatin1Char(':') + channelCode(s.channel);
    return QStringList{QString::number(v.number), v.validatedAt.toString(Qt::ISODate), v.authorName,
                       v.basedOnNumber > 0 ? QString::number(v.basedOnNumber) : QString(), v.merged ? QStringLiteral("merged") : QString(),
                       v.hash, sent.join(QLatin1Char(';'))}
        .join(QLatin1Char('\t'));
}

core::Result<int> versionOption(const CommandArgs& a, const QString& name)
{
    return a.intValue(name, 0, 1, 1000000);
}
} // namespace

// companysheet validate --establishment SIRET [--from N] [--content FILE.json] [SECTION.FIELD=VALUE ...]
// A draft pre-filled from version N (default: the latest) and the service's facts, the content file's
// fields and the assignments applied over it, validated at once. Prints NUMBER<TAB>HASH.
int runCompanySheetValidate(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--establishment"), QStringLiteral("--from"), QStringLiteral("--content")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    auto from = versionOption(a, QStringLiteral("--from"));
    if (!from)
        return cli.fail(from.error());
    QList<std::pair<QString, QString>> assignments;
    for (const QString& p : a.positional()) {
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        const qsizetype dot = p.indexOf(QLatin1Char('.'));
        if (eq < 0 || dot < 0 || dot > eq)
            return cli.usage(QCoreApplication::translate("vigie::cli", "Expected SECTION.FIELD=VALUE, got \"%1\"").arg(p));
        assignments.append({p.left(eq), p.mid(eq + 1)});
    }
    std::optional<SheetContent> file;
    if (a.has(QStringLiteral("--content"))) {
        QFile f(a.value(QStringLiteral("--content")));
        if (!f.open(QIODevice::ReadOnly))
            return cli.fail(Error{ErrorCode::Invalid, QCoreApplication::translate("vigie::cli", "Unable to read %1").arg(f.fileName())});
        auto content = SheetContent::fromJson(f.readAll());
        if (!content)
            return cli.fail(content.error());
        file = content.value();
    }
    auto opened = openEstablishment(cli, a);
    if (!opened)
        return cli.fail(opened.error());
    security::Session& s = *opened.value().session;
    auto draft = CompanySheetStore::startDraft(s, opened.value().member.id, from.value());
    if (!draft)
        return cli.fail(draft.error());
    SheetContent content = draft.value().content;
    if (file) {
        const QJsonObject sections = file->toObject();
        for (auto it = sections.begin(); it != sections.end(); ++it) {
            QJsonObject merged = content.sectionObject(it.key());
            const QJsonObject fields = it.value().toObject();
            for (auto f = fields.begin(); f != fields.end(); ++f)
                merged.insert(f.key(), f.value());
            content.setSection(it.key(), merged);
        }
    }
    for (const auto& [name, value] : assignments)
        if (core::Status st = content.setText(name.section(QLatin1Char('.'), 0, 0), name.section(QLatin1Char('.'), 1), value); !st) {
            (void)CompanySheetStore::abandonDraft(s, draft.value().info.id);
            return cli.fail(st.error());
        }
    if (core::Status st = CompanySheetStore::saveDraft(s, draft.value().info.id, content); !st) {
        (void)CompanySheetStore::abandonDraft(s, draft.value().info.id);
        return cli.fail(st.error());
    }
    auto outcome = CompanySheetStore::validate(s, draft.value().info.id);
    if (!outcome) {
        (void)CompanySheetStore::abandonDraft(s, draft.value().info.id);
        return cli.fail(outcome.error());
    }
    if (outcome.value().conflict())
        return cli.fail(Error{ErrorCode::Invalid,
                              QCoreApplication::translate("vigie::cli", "Version %1 was validated meanwhile and changed the same sections: %2")
                                  .arg(outcome.value().theirsNumber)
                                  .arg(outcome.value().merge.conflicts.join(QStringLiteral(", ")))});
    cli.out(QString::number(outcome.value().version->number) + QLatin1Char('\t') + outcome.value().version->hash);
    return Success;
}

// companysheet show --establishment SIRET [--version N] — SECTION.FIELD<TAB>VALUE lines (text as is with
// \n for line breaks, other values as JSON), after a "version" line.
int runCompanySheetShow(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--establishment"), QStringLiteral("--version")});
    if (!parsed)
        return cli.fail(parsed.error());
    auto number = versionOption(parsed.value(), QStringLiteral("--version"));
    if (!number)
        return cli.fail(number.error());
    auto opened = openEstablishment(cli, parsed.value());
    if (!opened)
        return cli.fail(opened.error());
    auto v = CompanySheetStore::version(*opened.value().session, opened.value().member.id, number.value());
    if (!v)
        return cli.fail(v.error());
    cli.out(QStringLiteral("version\t") + versionLine(v.value().info));
    for (const SectionDef& sec : sections())
        for (const FieldDef& f : sec.fields) {
            const QJsonValue value = v.value().content.value(sec.key, f.key);
            if (!value.isUndefined())
                cli.out(sec.key + QLatin1Char('.') + f.key + QLatin1Char('\t') + json(value));
        }
    return Success;
}

// companysheet history --establishment SIRET — one line per version, oldest first:
// NUMBER<TAB>VALIDATED_AT<TAB>AUTHOR<TAB>BASED_ON<TAB>merged|<TAB>HASH<TAB>SENT (YYYY-MM-DD:channel;...)
int runCompanySheetHistory(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--establishment")});
    if (!parsed)
        return cli.fail(parsed.error());
    auto opened = openEstablishment(cli, parsed.value());
    if (!opened)
        return cli.fail(opened.error());
    auto history = CompanySheetStore::history(*opened.value().session, opened.value().member.id);
    if (!history)
        return cli.fail(history.error());
    for (const VersionInfo& v : history.value())
        cli.out(versionLine(v));
    return Success;
}

// companysheet diff --establishment SIRET --from N --to M — SECTION<TAB>FIELD<TAB>BEFORE<TAB>AFTER lines.
int runCompanySheetDiff(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--establishment"), QStringLiteral("--from"), QStringLiteral("--to")});
    if (!parsed)
        return cli.fail(parsed.error());
    auto from = versionOption(parsed.value(), QStringLiteral("--from"));
    auto to = versionOption(parsed.value(), QStringLiteral("--to"));
    if (!from || !to)
        return cli.fail(!from ? from.error() : to.error());
    if (from.value() == 0 || to.value() == 0)
        return cli.usage(QCoreApplication::translate("vigie::cli", "Usage: vigie-cli companysheet diff --establishment SIRET --from N --to M"));
    auto opened = openEstablishment(cli, parsed.value());
    if (!opened)
        return cli.fail(opened.error());
    security::Session& s = *opened.value().session;
    auto a = CompanySheetStore::version(s, opened.value().member.id, from.value());
    if (!a)
        return cli.fail(a.error());
    auto b = CompanySheetStore::version(s, opened.value().member.id, to.value());
    if (!b)
        return cli.fail(b.error());
    for (const SectionChanges& sc : diff(a.value().content, b.value().content))
        for (const FieldChange& c : sc.fields)
            cli.out(QStringList{c.section, c.field, json(c.before), json(c.after)}.join(QLatin1Char('\t')));
    return Success;
}

// companysheet send --establishment SIRET --version N --channel CODE [--date YYYY-MM-DD] [--recipient NAME]
int runCompanySheetSend(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--establishment"), QStringLiteral("--version"), QStringLiteral("--channel"),
                                            QStringLiteral("--date"), QStringLiteral("--recipient")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    auto number = versionOption(a, QStringLiteral("--version"));
    if (!number)
        return cli.fail(number.error());
    auto code = a.required(QStringLiteral("--channel"));
    if (!code)
        return cli.fail(code.error());
    const auto channel = channelFromCode(code.value());
    if (!channel) {
        QStringList codes;
        for (Channel c : allChannels())
            codes << channelCode(c);
        return cli.usage(QCoreApplication::translate("vigie::cli", "Unknown channel \"%1\" (one of %2)").arg(code.value(), codes.join(QStringLiteral(", "))));
    }
    QDate date = cli.clock().today();
    if (a.has(QStringLiteral("--date"))) {
        date = QDate::fromString(a.value(QStringLiteral("--date")), Qt::ISODate);
        if (!date.isValid())
            return cli.usage(QCoreApplication::translate("vigie::cli", "Invalid date for %1: \"%2\" (YYYY-MM-DD expected)")
                                 .arg(QStringLiteral("--date"), a.value(QStringLiteral("--date"))));
    }
    auto opened = openEstablishment(cli, a);
    if (!opened)
        return cli.fail(opened.error());
    security::Session& s = *opened.value().session;
    int n = number.value();
    if (n == 0) {
        auto latest = CompanySheetStore::version(s, opened.value().member.id, 0);
        if (!latest)
            return cli.fail(latest.error());
        n = latest.value().info.number;
    }
    if (core::Status st = CompanySheetStore::recordSending(s, opened.value().member.id, n, date, *channel, a.value(QStringLiteral("--recipient")));
        !st)
        return cli.fail(st.error());
    return Success;
}

// companysheet verify --establishment SIRET — exit 0 and "intact<TAB>N"; exit 1 and
// "broken<TAB>FIRST_BROKEN_NUMBER" (the reason on stderr) when the hash chain is broken.
int runCompanySheetVerify(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--establishment")});
    if (!parsed)
        return cli.fail(parsed.error());
    auto opened = openEstablishment(cli, parsed.value());
    if (!opened)
        return cli.fail(opened.error());
    auto check = CompanySheetStore::verify(*opened.value().session, opened.value().member.id);
    if (!check)
        return cli.fail(check.error());
    if (check.value().intact) {
        cli.out(QStringLiteral("intact\t%1").arg(check.value().versions));
        return Success;
    }
    cli.out(QStringLiteral("broken\t%1").arg(check.value().firstBroken));
    cli.err(QStringLiteral("vigie-cli: ") +
            QCoreApplication::translate("vigie::cli", "The company sheet's history was altered: %1").arg(check.value().reason));
    return Invalid;
}

// companysheet print --establishment SIRET [--version N] --out FILE.pdf — the latest validated version
// unless --version; exit 1 when there is none.
int runCompanySheetPrint(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--establishment"), QStringLiteral("--version"), QStringLiteral("--out")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    auto number = versionOption(a, QStringLiteral("--version"));
    if (!number)
        return cli.fail(number.error());
    auto out = a.required(QStringLiteral("--out"));
    if (!out)
        return cli.fail(out.error());
    if (!membership::canPrintDocuments())
        return cli.fail(Error{ErrorCode::Storage, QCoreApplication::translate("vigie::cli", "This vigie-cli cannot write PDF files")});
    auto opened = openEstablishment(cli, a);
    if (!opened)
        return cli.fail(opened.error());
    if (core::Status st = printSheetPdf(*opened.value().session, opened.value().member.id, number.value(), out.value()); !st)
        return cli.fail(st.error());
    return Success;
}

// companysheet due [--years N] [--within DAYS] [--counts] — the sheets due among the establishments the
// user may see, TEAM<TAB>SIRET<TAB>NAME<TAB>first|renewal<TAB>DUE_DATE<TAB>late|due<TAB>LAST_VERSION_DATE;
// with --counts, one line per team: TEAM<TAB>FIRST<TAB>RENEWAL<TAB>LATE<TAB>TOTAL. The delay defaults to
// the service's setting.
int runCompanySheetDue(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--years"), QStringLiteral("--within")}, {QStringLiteral("--counts")});
    if (!parsed)
        return cli.fail(parsed.error());
    const CommandArgs& a = parsed.value();
    if (!a.positional().isEmpty())
        return cli.usage(QCoreApplication::translate("vigie::cli", "Usage: vigie-cli companysheet due [--years N] [--within DAYS] [--counts]"));
    auto within = a.intValue(QStringLiteral("--within"), 0, 0, 3660);
    if (!within)
        return cli.fail(within.error());
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    security::Session& s = *session.value();
    auto setting = CompanySheetStore::renewalYears(s);
    if (!setting)
        return cli.fail(setting.error());
    auto years = a.intValue(QStringLiteral("--years"), setting.value(), 1, 10);
    if (!years)
        return cli.fail(years.error());
    auto due = CompanySheetStore::due(s, years.value(), within.value());
    if (!due)
        return cli.fail(due.error());
    if (a.has(QStringLiteral("--counts"))) {
        for (const TeamDueCount& t : countByTeam(due.value()))
            cli.out(QStringList{t.teamName, QString::number(t.firstSheets), QString::number(t.renewals), QString::number(t.late),
                                QString::number(t.total())}
                        .join(QLatin1Char('\t')));
        return Success;
    }
    for (const DueSheet& d : due.value())
        cli.out(QStringList{d.facts.teamName, d.facts.siret, d.facts.name, dueReasonCode(d.reason), d.dueDate.toString(Qt::ISODate),
                            d.late ? QStringLiteral("late") : QStringLiteral("due"), d.facts.lastValidated.toString(Qt::ISODate)}
                    .join(QLatin1Char('\t')));
    return Success;
}

// companysheet settings --renewal-years N (administrator)
int runCompanySheetSettings(Cli& cli, const QStringList& args)
{
    auto parsed = CommandArgs::parse(args, {QStringLiteral("--renewal-years")});
    if (!parsed)
        return cli.fail(parsed.error());
    auto years = parsed.value().intValue(QStringLiteral("--renewal-years"), 0, 1, 10);
    if (!years)
        return cli.fail(years.error());
    if (years.value() == 0)
        return cli.usage(QCoreApplication::translate("vigie::cli", "Usage: vigie-cli companysheet settings --renewal-years N"));
    auto session = cli.signIn();
    if (!session)
        return cli.fail(session.error());
    if (core::Status st = CompanySheetStore::setRenewalYears(*session.value(), years.value()); !st)
        return cli.fail(st.error());
    return Success;
}

} // namespace vigie::cli
