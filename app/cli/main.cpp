// vigie-cli: the administrator's and integrator's tool (cli-contract.md).
#include "Cli.h"
#include "Commands.h"
#include "Translations.h"
#include "vigie/Version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <functional>
#include <memory>

namespace {
using vigie::cli::Cli;
using Handler = std::function<int(Cli&, const QStringList&)>;

struct Command {
    QStringList words;
    Handler run;
    bool printsDocuments = false; // lays out text with fonts: needs a QGuiApplication
    bool drawsCharts = false;     // Qt Charts (graphics widgets): needs a QApplication
};

const QList<Command>& commands()
{
    using namespace vigie::cli;
    static const QList<Command> list{
        {{QStringLiteral("init")}, runInit},
        {{QStringLiteral("demo")}, runDemo},
        {{QStringLiteral("key"), QStringLiteral("show")}, runKeyShow},
        {{QStringLiteral("audit"), QStringLiteral("verify")}, runAuditVerify},
        {{QStringLiteral("backup")}, runBackup},
        {{QStringLiteral("restore")}, runRestore},
        {{QStringLiteral("user"), QStringLiteral("add")}, runUserAdd},
        {{QStringLiteral("user"), QStringLiteral("list")}, runUserList},
        {{QStringLiteral("user"), QStringLiteral("passwd")}, runUserPasswd},
        {{QStringLiteral("validate"), QStringLiteral("naf")}, runValidateNaf}, // before "validate": first match wins
        {{QStringLiteral("validate")}, runValidate},
        {{QStringLiteral("thesaurus"), QStringLiteral("list")}, runThesaurusList},
        {{QStringLiteral("thesaurus"), QStringLiteral("search")}, runThesaurusSearch},
        {{QStringLiteral("thesaurus"), QStringLiteral("import")}, runThesaurusImport},
        {{QStringLiteral("holidays")}, runHolidays},
        {{QStringLiteral("establishment"), QStringLiteral("list")}, runEstablishmentList},
        {{QStringLiteral("worker"), QStringLiteral("find")}, runWorkerFind},
        {{QStringLiteral("worker"), QStringLiteral("merge")}, runWorkerMerge},
        {{QStringLiteral("worker"), QStringLiteral("unmerge")}, runWorkerUnmerge},
        {{QStringLiteral("rules"), QStringLiteral("due")}, runRulesDue},
        {{QStringLiteral("declaration"), QStringLiteral("import")}, runDeclarationImport},
        {{QStringLiteral("establishment"), QStringLiteral("show")}, runEstablishmentShow},
        {{QStringLiteral("invoice"), QStringLiteral("run")}, runInvoiceRun, true},
        {{QStringLiteral("invoice"), QStringLiteral("list")}, runInvoiceList},
        {{QStringLiteral("invoice"), QStringLiteral("print")}, runInvoicePrint, true},
        {{QStringLiteral("invoice"), QStringLiteral("pay")}, runInvoicePay},
        {{QStringLiteral("contribution"), QStringLiteral("set")}, runContributionSet},
        {{QStringLiteral("service"), QStringLiteral("set")}, runServiceSet},
        {{QStringLiteral("price"), QStringLiteral("set")}, runPriceSet},
        {{QStringLiteral("order"), QStringLiteral("add")}, runOrderAdd},
        {{QStringLiteral("plan")}, runPlan},
        {{QStringLiteral("convocations"), QStringLiteral("print")}, runConvocationsPrint, true},
        {{QStringLiteral("convocations"), QStringLiteral("send")}, runConvocationsSend},
        {{QStringLiteral("mail"), QStringLiteral("set")}, runMailSet},
        {{QStringLiteral("protocol"), QStringLiteral("set")}, runProtocolSet},
        {{QStringLiteral("protocol"), QStringLiteral("show")}, runProtocolShow},
        {{QStringLiteral("protocol"), QStringLiteral("withdraw")}, runProtocolWithdraw},
        {{QStringLiteral("appointment"), QStringLiteral("status")}, runAppointmentStatus},
        {{QStringLiteral("companysheet"), QStringLiteral("validate")}, runCompanySheetValidate},
        {{QStringLiteral("companysheet"), QStringLiteral("show")}, runCompanySheetShow},
        {{QStringLiteral("companysheet"), QStringLiteral("history")}, runCompanySheetHistory},
        {{QStringLiteral("companysheet"), QStringLiteral("diff")}, runCompanySheetDiff},
        {{QStringLiteral("companysheet"), QStringLiteral("send")}, runCompanySheetSend},
        {{QStringLiteral("companysheet"), QStringLiteral("verify")}, runCompanySheetVerify},
        {{QStringLiteral("companysheet"), QStringLiteral("print")}, runCompanySheetPrint, true},
        {{QStringLiteral("companysheet"), QStringLiteral("due")}, runCompanySheetDue},
        {{QStringLiteral("companysheet"), QStringLiteral("settings")}, runCompanySheetSettings},
        {{QStringLiteral("dmst"), QStringLiteral("export")}, runDmstExport, true},
        {{QStringLiteral("worker"), QStringLiteral("email")}, runWorkerEmail},
        {{QStringLiteral("action"), QStringLiteral("add")}, runActionAdd},
        {{QStringLiteral("action"), QStringLiteral("list")}, runActionList},
        {{QStringLiteral("report"), QStringLiteral("indicators")}, runReportIndicators},
        {{QStringLiteral("satisfaction"), QStringLiteral("import")}, runSatisfactionImport},
        {{QStringLiteral("report"), QStringLiteral("activity")}, runReportActivity, true, true},
        {{QStringLiteral("report"), QStringLiteral("company")}, runReportCompany, true},
        {{QStringLiteral("report"), QStringLiteral("barometer")}, runReportBarometer, true},
        {{QStringLiteral("dmst"), QStringLiteral("document"), QStringLiteral("list")}, runDmstDocumentList},
        {{QStringLiteral("dmst"), QStringLiteral("document"), QStringLiteral("print")}, runDmstDocumentPrint, true},
        {{QStringLiteral("sync"), QStringLiteral("enroll")}, runSyncEnroll},
        {{QStringLiteral("sync"), QStringLiteral("now")}, runSyncNow},
        {{QStringLiteral("sync"), QStringLiteral("status")}, runSyncStatus},
        {{QStringLiteral("user"), QStringLiteral("disable")}, runUserDisable},
        {{QStringLiteral("user"), QStringLiteral("enable")}, runUserEnable},
        {{QStringLiteral("user"), QStringLiteral("role")}, runUserRole},
        {{QStringLiteral("key"), QStringLiteral("rotate")}, runKeyRotate},
        {{QStringLiteral("absence"), QStringLiteral("add")}, runAbsenceAdd},
        {{QStringLiteral("absence"), QStringLiteral("end")}, runAbsenceEnd},
        {{QStringLiteral("absence"), QStringLiteral("list")}, runAbsenceList},
        {{QStringLiteral("absence"), QStringLiteral("import")}, runAbsenceImport},
        {{QStringLiteral("due")}, runWorkerDue},
        {{QStringLiteral("pdp"), QStringLiteral("open")}, runPdpOpen},
        {{QStringLiteral("pdp"), QStringLiteral("step")}, runPdpStep},
        {{QStringLiteral("pdp"), QStringLiteral("social"), QStringLiteral("start")}, runPdpSocialStart},
        {{QStringLiteral("pdp"), QStringLiteral("review")}, runPdpReview},
        {{QStringLiteral("pdp"), QStringLiteral("close")}, runPdpClose},
        {{QStringLiteral("pdp"), QStringLiteral("due")}, runPdpDue},
        {{QStringLiteral("pdp"), QStringLiteral("meeting")}, runPdpMeeting},
        {{QStringLiteral("pdp"), QStringLiteral("agenda")}, runPdpAgenda, true},
        {{QStringLiteral("pdp"), QStringLiteral("summary")}, runPdpSummary, true},
        {{QStringLiteral("pdp"), QStringLiteral("settings")}, runPdpSettings},
    };
    return list;
}

QString usageText()
{
    QStringList names;
    for (const Command& c : commands())
        names << c.words.join(QLatin1Char(' '));
    return QCoreApplication::translate("vigie::cli", "Usage: vigie-cli [--db PATH] [--user LOGIN] [--password-file FILE] COMMAND [ARGS...]\n"
                          "Commands: %1")
        .arg(names.join(QStringLiteral(", ")));
}
} // namespace

int main(int argc, char** argv)
{
    // Commands that print documents lay out text with fonts and need a QGuiApplication, on the
    // offscreen platform (the command line never needs a display); the others stay a plain
    // QCoreApplication, whose standard error carries nothing but their own messages.
    bool documents = false;
    bool charts = false;
    {
        QStringList words;
        for (int i = 1; i < argc; ++i)
            words << QString::fromLocal8Bit(argv[i]);
        for (const Command& c : commands())
            for (qsizetype at = 0; at + c.words.size() <= words.size() && !documents; ++at)
                documents = c.printsDocuments && words.mid(at, c.words.size()) == c.words;
        for (const Command& c : commands())
            for (qsizetype at = 0; at + c.words.size() <= words.size() && !charts; ++at)
                charts = c.drawsCharts && words.mid(at, c.words.size()) == c.words;
    }
    std::unique_ptr<QCoreApplication> application;
    if (documents) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (charts)
            application = std::make_unique<QApplication>(argc, argv);
        else
            application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Vigie"));
    QCoreApplication::setApplicationName(QStringLiteral("vigie"));
    vigie::i18n::install(app, vigie::i18n::preferredLanguage());

    // Global options come before the command word; after it, options belong to the command
    // (`init --db`, `user add --password-file` name the new database or the new account's password).
    QStringList args = app.arguments().mid(1);
    QString db = vigie::cli::defaultDatabasePath();
    QString user;
    QString passwordFile;
    vigie::core::SystemClock clock;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--version")) {
            Cli(db, user, passwordFile, clock).out(QStringLiteral("vigie-cli %1").arg(QStringLiteral(VIGIE_VERSION_STRING)));
            return 0;
        }
        if (opt == QLatin1String("--help")) {
            Cli(db, user, passwordFile, clock).out(usageText());
            return 0;
        }
        if (args.isEmpty() || (opt != QLatin1String("--db") && opt != QLatin1String("--user") &&
                               opt != QLatin1String("--password-file")))
            return Cli(db, user, passwordFile, clock).usage(QCoreApplication::translate("vigie::cli", "Unknown option: %1").arg(opt));
        const QString value = args.takeFirst();
        if (opt == QLatin1String("--db"))
            db = value;
        else if (opt == QLatin1String("--user"))
            user = value;
        else
            passwordFile = value;
    }
    Cli cli(db, user, passwordFile, clock);
    for (const Command& c : commands()) {
        if (args.mid(0, c.words.size()) == c.words)
            return c.run(cli, args.mid(c.words.size()));
    }
    return cli.usage(args.isEmpty() ? usageText()
                                    : QCoreApplication::translate("vigie::cli", "Unknown command: %1").arg(args.join(QLatin1Char(' '))));
}
