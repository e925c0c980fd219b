#pragma once
// A real PostgreSQL 15 for the tests of one process (stack.md §8): initdb into a temporary folder,
// pg_ctl on a free loopback port, stopped and removed when the process ends. As root (CI), the
// server runs as `nobody` (initdb refuses root). Each test takes a fresh database of its own.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>

#include <grp.h>
#include <signal.h>
#include <pwd.h>
#include <unistd.h>

namespace vigie::test {

class PostgresServer
{
public:
    static PostgresServer& shared()
    {
        static PostgresServer server;
        return server;
    }

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    QString binDir() const { return QString::fromLatin1(BinDir); }

    // A new, empty database; its postgresql:// location.
    QString createDatabase()
    {
        const QString name = QStringLiteral("vigie_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        QProcess p;
        p.start(binDir() + QStringLiteral("/createdb"),
                {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                 QStringLiteral("vigie"), name});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            qFatal("createdb: %s", p.readAllStandardError().constData());
        return location(name);
    }
    QString location(const QString& database) const
    {
        return QStringLiteral("postgresql://vigie@127.0.0.1:%1/%2").arg(m_port).arg(database);
    }

    // Runs at exit, after the application object is gone (no QProcess then): a fast shutdown is
    // SIGINT to the postmaster, whose pid is the first line of postmaster.pid; waited for, so that the
    // folder can then be removed.
    ~PostgresServer()
    {
        QFile pidFile(m_dir.filePath(QStringLiteral("data/postmaster.pid")));
        if (!pidFile.open(QIODevice::ReadOnly))
            return;
        const pid_t pid = pid_t(pidFile.readLine().trimmed().toLong());
        if (pid <= 0 || ::kill(pid, SIGINT) != 0)
            return;
        for (int i = 0; i < 200 && ::kill(pid, 0) == 0; ++i)
            ::usleep(50000);
    }

private:
    static constexpr const char* BinDir = "/usr/lib/postgresql/15/bin";

    PostgresServer()
    {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return;
        }
        if (::geteuid() == 0) {
            const passwd* nobody = ::getpwnam("nobody");
            if (!nobody || ::chown(QFile::encodeName(m_dir.path()).constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
                m_error = QStringLiteral("cannot give the folder to nobody");
                return;
            }
        }
        QTcpServer probe; // a free loopback port, released just before the server takes it
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        QDir(m_dir.path()).mkpath(QStringLiteral("sock"));
        if (::geteuid() == 0) {
            const passwd* nobody = ::getpwnam("nobody");
            (void)::chown(QFile::encodeName(m_dir.filePath(QStringLiteral("sock"))).constData(), nobody->pw_uid, nobody->pw_gid);
        }
        if (!run({binDir() + QStringLiteral("/initdb"), QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-U"),
                  QStringLiteral("vigie"), QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8")}))
            return;
        m_ok = run({binDir() + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                    m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-o"),
                    QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off").arg(m_port).arg(m_dir.filePath(QStringLiteral("sock"))),
                    QStringLiteral("start")});
    }

    // Runs a PostgreSQL program, as nobody when the tests run as root.
    bool run(QStringList command)
    {
        if (::geteuid() == 0)
            command = QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"), QStringLiteral("--clear-groups"),
                                  QStringLiteral("--reset-env")} +
                      command;
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (::geteuid() == 0)
            p.start(QStringLiteral("setpriv"), command);
        else
            p.start(command.takeFirst(), command);
        if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_error = QString::fromLocal8Bit(p.readAll());
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_ok = false;
    QString m_error;
};

} // namespace vigie::test
