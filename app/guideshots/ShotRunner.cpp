#include "ShotRunner.h"

#include "LoginDialog.h"
#include "MainWindow.h"

#include "core/Clock.h"
#include "security/Session.h"
#include "ui/ModuleRegistry.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QKeySequence>
#include <QPainter>
#include <QSet>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <memory>

namespace vigie::guideshots {
namespace {

// The window the steps act on: the dialog on top when one is open, else the main window.
QWidget* activeWindow(QWidget* mainWindow)
{
    if (QWidget* modal = QApplication::activeModalWidget())
        return modal;
    if (QWidget* active = QApplication::activeWindow())
        return active;
    return mainWindow;
}

QWidget* keyTarget(QWidget* mainWindow)
{
    if (QWidget* focus = QApplication::focusWidget())
        return focus;
    return activeWindow(mainWindow);
}

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

// Types text as key presses; characters outside ASCII (é, ’) go as text-only key events, which
// line edits accept (QTest::keyClicks asserts on them).
void typeText(QWidget* target, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128 && c.isPrint()) {
            QTest::keyClick(target, c.toLatin1());
        } else {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(target, &press);
            QApplication::sendEvent(target, &release);
        }
    }
}

// The picture: the dialog on top when one is open; else the main window with the windows floating
// over it (the global search's popup, a completer) painted where they are.
QImage grabWindows(QWidget& mainWindow)
{
    if (QWidget* modal = QApplication::activeModalWidget())
        return modal->grab().toImage();
    QImage picture = mainWindow.grab().toImage();
    QPainter painter(&picture);
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (top == &mainWindow || !top->isVisible() || top->windowType() == Qt::Desktop)
            continue;
        painter.drawPixmap(top->geometry().topLeft() - mainWindow.geometry().topLeft(), top->grab());
    }
    return picture;
}

// A blank picture (a page that did not paint, a window not shown) has a handful of colours.
bool looksBlank(const QImage& picture)
{
    QSet<QRgb> colours;
    for (int y = 0; y < picture.height() && colours.size() < 16; y += 7)
        for (int x = 0; x < picture.width() && colours.size() < 16; x += 7)
            colours.insert(picture.pixel(x, y));
    return colours.size() < 16;
}

// The input a label names: its buddy, else the widget beside it in its form or grid.
QWidget* fieldOf(QLabel* label)
{
    if (label->buddy())
        return label->buddy();
    QWidget* parent = label->parentWidget();
    QLayout* layout = parent ? parent->layout() : nullptr;
    if (auto* form = qobject_cast<QFormLayout*>(layout)) {
        int row = -1;
        QFormLayout::ItemRole role{};
        form->getWidgetPosition(label, &row, &role);
        if (row >= 0)
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::FieldRole))
                return item->widget();
    }
    if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
        const int index = grid->indexOf(label);
        if (index >= 0) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
            if (QLayoutItem* item = grid->itemAtPosition(row, column + columnSpan))
                return item->widget();
        }
    }
    return nullptr;
}

bool hasColumn(const QAbstractItemModel& model, const QString& title)
{
    for (int c = 0; c < model.columnCount(); ++c)
        if (model.headerData(c, Qt::Horizontal).toString() == title)
            return true;
    return false;
}

template <typename T>
QList<T*> visibleChildren(QWidget* root)
{
    QList<T*> found;
    for (T* child : root->findChildren<T*>())
        if (child->isVisible())
            found << child;
    return found;
}

// One shot being played: the state the timer ticks move forward.
class Player
{
public:
    Player(const Shot& shot, desktop::MainWindow& window, int stepMsecs)
        : m_shot(shot), m_window(window), m_stepMsecs(stepMsecs)
    {
    }

    // Plays the steps and returns the picture (null with error() on failure).
    QImage play()
    {
        QEventLoop loop;
        m_loop = &loop;
        scheduleTick();
        loop.exec();
        return m_picture;
    }

    const QString& error() const { return m_error; }

private:
    // One single-shot timer per tick: a timer's own handler is never re-entered, so a step blocked in a
    // dialog's exec() would stop a repeating timer; a fresh one fires inside that nested loop.
    void scheduleTick()
    {
        QTimer::singleShot(m_stepMsecs, m_loop, [this] { tick(); });
    }

    void tick()
    {
        if (m_next < m_shot.steps.size() && m_error.isEmpty() && !m_grabbed) {
            const ShotStep step = m_shot.steps.at(m_next++);
            scheduleTick(); // before the step: it may open a dialog and not return until it closes
            if (const QString problem = run(step); !problem.isEmpty() && m_error.isEmpty())
                m_error = QStringLiteral("step %1 \"%2 %3\": %4").arg(m_next).arg(step.verb, step.argument, problem);
            return;
        }
        if (!m_grabbed && m_error.isEmpty()) {
            m_picture = grabWindows(m_window);
            m_grabbed = true;
        }
        // Close what the steps opened, then end the shot (a dialog's exec() returns on a later tick).
        if (QWidget* modal = QApplication::activeModalWidget()) {
            if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
            else
                modal->close();
            scheduleTick();
            return;
        }
        m_loop->quit();
    }

    QString run(const ShotStep& step)
    {
        const QString& verb = step.verb;
        const QString& arg = step.argument;
        if (verb == QLatin1String("page")) {
            if (!m_window.navigationIds().contains(arg))
                return QStringLiteral("no page \"%1\" for this role (pages: %2)").arg(arg, m_window.navigationIds().join(QStringLiteral(", ")));
            m_window.showPage(arg);
            return {};
        }
        if (verb == QLatin1String("type")) {
            typeText(keyTarget(&m_window), arg);
            return {};
        }
        if (verb == QLatin1String("key")) {
            const QKeySequence sequence(arg, QKeySequence::PortableText);
            if (sequence.isEmpty() || sequence[0].key() == Qt::Key_unknown)
                return QStringLiteral("\"%1\" is not a key sequence").arg(arg);
            const QKeyCombination combination = sequence[0];
            QTest::keyClick(keyTarget(&m_window), combination.key(), combination.keyboardModifiers());
            return {};
        }
        if (verb == QLatin1String("tab")) {
            for (QTabWidget* tabs : visibleChildren<QTabWidget>(activeWindow(&m_window))) {
                for (int i = 0; i < tabs->count(); ++i) {
                    if (withoutMnemonic(tabs->tabText(i)).startsWith(arg)) {
                        tabs->setCurrentIndex(i);
                        return {};
                    }
                }
            }
            for (QListWidget* list : visibleChildren<QListWidget>(activeWindow(&m_window))) {
                if (list == m_window.navigation())
                    continue;
                for (int i = 0; i < list->count(); ++i) {
                    if (withoutMnemonic(list->item(i)->text()).startsWith(arg)) {
                        list->setCurrentRow(i);
                        return {};
                    }
                }
            }
            return QStringLiteral("no visible tab or list entry titled \"%1\"").arg(arg);
        }
        if (verb == QLatin1String("click")) {
            for (QAbstractButton* button : visibleChildren<QAbstractButton>(activeWindow(&m_window))) {
                if (button->isEnabled() && withoutMnemonic(button->text()).trimmed() == arg) {
                    button->click();
                    return {};
                }
            }
            return QStringLiteral("no visible, enabled button \"%1\"").arg(arg);
        }
        if (verb == QLatin1String("row")) {
            // "row N" or "row N COLUMN": the first visible list with a row N (whose columns include
            // one titled COLUMN when given).
            const int row = arg.section(QLatin1Char(' '), 0, 0).toInt();
            const QString column = arg.section(QLatin1Char(' '), 1).trimmed();
            for (QAbstractItemView* view : visibleChildren<QAbstractItemView>(activeWindow(&m_window))) {
                if (!view->model() || view->model()->rowCount() <= row ||
                    view == static_cast<QAbstractItemView*>(m_window.navigation()))
                    continue;
                if (!column.isEmpty() && !hasColumn(*view->model(), column))
                    continue;
                view->setFocus();
                view->setCurrentIndex(view->model()->index(row, 0));
                return {};
            }
            return column.isEmpty() ? QStringLiteral("no visible list with a row %1").arg(row)
                                    : QStringLiteral("no visible list with a column \"%1\" and a row %2").arg(column).arg(row);
        }
        if (verb == QLatin1String("focus")) {
            auto* widget = activeWindow(&m_window)->findChild<QWidget*>(arg);
            if (!widget || !widget->isVisible())
                return QStringLiteral("no visible widget named \"%1\"").arg(arg);
            widget->setFocus();
            return {};
        }
        if (verb == QLatin1String("field")) {
            for (QLabel* label : visibleChildren<QLabel>(activeWindow(&m_window))) {
                if (!withoutMnemonic(label->text()).startsWith(arg))
                    continue;
                if (QWidget* field = fieldOf(label)) {
                    field->setFocus();
                    return {};
                }
            }
            return QStringLiteral("no visible field labelled \"%1\"").arg(arg);
        }
        if (verb == QLatin1String("wait")) {
            QTest::qWait(arg.toInt());
            return {};
        }
        if (verb == QLatin1String("lock")) {
            m_window.lockNow();
            return {};
        }
        if (verb == QLatin1String("search")) {
            m_window.openGlobalSearch();
            QTest::qWait(m_stepMsecs);
            typeText(keyTarget(&m_window), arg);
            return {};
        }
        if (verb == QLatin1String("size")) {
            const QStringList wh = arg.split(QLatin1Char('x'));
            m_window.resize(wh.at(0).toInt(), wh.at(1).toInt());
            return {};
        }
        return QStringLiteral("unknown step");
    }

    const Shot& m_shot;
    desktop::MainWindow& m_window;
    int m_stepMsecs;
    qsizetype m_next = 0;
    QEventLoop* m_loop = nullptr;
    bool m_grabbed = false;
    QImage m_picture;
    QString m_error;
};

} // namespace

ShotRunner::ShotRunner(ShotSettings settings, const ui::ModuleRegistry& registry, const core::Clock& clock)
    : m_settings(std::move(settings)), m_registry(registry), m_clock(clock)
{
}

QString ShotRunner::take(const Shot& shot)
{
    const QString login = m_settings.logins.value(shot.role);
    if (login.isEmpty())
        return QStringLiteral("line %1: no demo account has the role \"%2\" (roles: %3)")
            .arg(shot.line)
            .arg(shot.role, QStringList(m_settings.logins.keys()).join(QStringLiteral(", ")));

    desktop::LoginDialog dialog(m_settings.databasePath, m_clock);
    dialog.loginField()->setText(login);
    dialog.passwordField()->setText(m_settings.password);
    if (!dialog.attemptSignIn())
        return QStringLiteral("line %1: %2 cannot sign in: %3").arg(shot.line).arg(login, dialog.errorText());
    std::unique_ptr<security::Session> session = dialog.takeSession();

    QString error;
    QImage picture;
    {
        desktop::MainWindow window(session.get(), m_settings.databasePath, m_registry, m_clock);
        window.resize(1366, 768);
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return QStringLiteral("line %1: the main window did not become active").arg(shot.line);
        Player player(shot, window, m_settings.stepMsecs);
        picture = player.play();
        error = player.error();
    } // the window and its pages go before the session they use
    session.reset();

    if (!error.isEmpty())
        return QStringLiteral("line %1 (%2): %3").arg(shot.line).arg(shot.image, error);
    if (picture.isNull() || looksBlank(picture))
        return QStringLiteral("line %1 (%2): the picture is blank").arg(shot.line).arg(shot.image);
    const QString path = QDir(m_settings.outputFolder).filePath(shot.image);
    if (!picture.save(path))
        return QStringLiteral("line %1: cannot write %2").arg(shot.line).arg(path);
    return {};
}

} // namespace vigie::guideshots
