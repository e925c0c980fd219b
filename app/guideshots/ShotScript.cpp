#include "ShotScript.h"

#include <QRegularExpression>

namespace vigie::guideshots {

const QStringList& shotVerbs()
{
    static const QStringList verbs{QStringLiteral("page"), QStringLiteral("type"), QStringLiteral("key"),
                                   QStringLiteral("tab"), QStringLiteral("click"), QStringLiteral("row"),
                                   QStringLiteral("focus"), QStringLiteral("field"), QStringLiteral("wait"), QStringLiteral("lock"),
                                   QStringLiteral("search"), QStringLiteral("size")};
    return verbs;
}

namespace {

bool needsArgument(const QString& verb)
{
    return verb != QLatin1String("lock");
}

std::optional<QString> checkArgument(const ShotStep& step)
{
    static const QRegularExpression size(QStringLiteral("^\\d{3,4}x\\d{3,4}$"));
    if (step.verb == QLatin1String("row") || step.verb == QLatin1String("wait")) {
        bool ok = false;
        const int n = step.argument.section(QLatin1Char(' '), 0, 0).toInt(&ok);
        if (!ok || n < 0)
            return QStringLiteral("\"%1\" is not a non-negative number").arg(step.argument);
    }
    if (step.verb == QLatin1String("size") && !size.match(step.argument).hasMatch())
        return QStringLiteral("\"%1\" is not a size such as 1366x768").arg(step.argument);
    return std::nullopt;
}

} // namespace

ParsedScript parseShotScript(const QString& text)
{
    ParsedScript script;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int number = i + 1;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        if (fields.size() < 2) {
            script.error = QStringLiteral("line %1: expected IMAGE<TAB>ROLE<TAB>STEPS, got \"%2\"").arg(number).arg(line);
            return script;
        }
        Shot shot;
        shot.line = number;
        shot.image = fields.at(0).trimmed();
        shot.role = fields.at(1).trimmed();
        if (!shot.image.endsWith(QLatin1String(".png")) || shot.image.contains(QLatin1Char('/'))) {
            script.error = QStringLiteral("line %1: the image \"%2\" must be a file name ending in .png").arg(number).arg(shot.image);
            return script;
        }
        if (shot.role.isEmpty()) {
            script.error = QStringLiteral("line %1: no role for \"%2\"").arg(number).arg(shot.image);
            return script;
        }
        const QString steps = fields.mid(2).join(QLatin1Char('\t')).trimmed();
        for (const QString& raw : steps.split(QStringLiteral(" ; "), Qt::SkipEmptyParts)) {
            const QString stepText = raw.trimmed();
            const qsizetype space = stepText.indexOf(QLatin1Char(' '));
            ShotStep step{space < 0 ? stepText : stepText.left(space), space < 0 ? QString() : stepText.mid(space + 1).trimmed()};
            if (!shotVerbs().contains(step.verb)) {
                script.error = QStringLiteral("line %1: unknown step \"%2\" (known: %3)")
                                   .arg(number)
                                   .arg(step.verb, shotVerbs().join(QStringLiteral(", ")));
                return script;
            }
            if (needsArgument(step.verb) && step.argument.isEmpty()) {
                script.error = QStringLiteral("line %1: the step \"%2\" needs an argument").arg(number).arg(step.verb);
                return script;
            }
            if (const auto problem = checkArgument(step)) {
                script.error = QStringLiteral("line %1: step \"%2\": %3").arg(number).arg(step.verb, *problem);
                return script;
            }
            shot.steps << step;
        }
        for (const Shot& earlier : std::as_const(script.shots)) {
            if (earlier.image == shot.image) {
                script.error = QStringLiteral("line %1: \"%2\" is already taken on line %3").arg(number).arg(shot.image).arg(earlier.line);
                return script;
            }
        }
        script.shots << shot;
    }
    return script;
}

} // namespace vigie::guideshots
