#include "ui/experiment/experiment_settings.h"

#include <QCoreApplication>
#include <limits>
#include <optional>
#include <string_view>

#include "core/text.h"
#include "ui/text/message_text.h"
#include "workload/quantity_parse.h"

namespace conclab::ui {
namespace {

constexpr auto kWorkload = "experiment/workload";
constexpr auto kTasks = "experiment/tasks";
constexpr auto kModel = "experiment/model";
constexpr auto kWorkers = "experiment/workers";
constexpr auto kGil = "experiment/gil";
constexpr auto kSwitchInterval = "experiment/switch_interval_ns";

QString model_name(RunModel m) {
    const std::string_view name = run_model_name(m);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

// A saved value as text, as the user would find it in the file. Values with commas come back as
// lists; values written as @Variant(...) or @Rect(...) can be of any type, or unreadable.
std::optional<std::string> value_text(const QVariant& value) {
    if (value.typeId() == QMetaType::QStringList) return value.toStringList().join(QStringLiteral(", ")).toStdString();
    if (value.isValid() && value.canConvert<QString>()) return value.toString().toStdString();
    return std::nullopt;
}

// The value as a problem sentence shows it: quoted text, or what it is when it is not text.
QString shown_value(const QVariant& value) {
    if (const auto text = value_text(value)) return QString::fromStdString(conclab::quoted(*text));
    if (!value.isValid()) return QCoreApplication::translate("conclab::ui::ExperimentSettings", "(an unreadable value)");
    return QCoreApplication::translate("conclab::ui::ExperimentSettings", "(a value of type %1)")
        .arg(QString::fromLatin1(value.typeName()));
}

// Why a saved value was refused, as the problem sentence says it: the engine's reasons are
// messages, this file's own are sentences already.
QString reason_text(const Message& why) { return message_text(why); }
QString reason_text(const QString& why) { return why; }

ParseResult<int, QString> whole_number(std::string_view text) {
    using R = ParseResult<int, QString>;
    const auto n = parse_count(text);
    if (!n) return R::fail(message_text(n.error()));
    if (n.value() > std::numeric_limits<int>::max())
        return R::fail(QCoreApplication::translate("conclab::ui::ExperimentSettings", "it is far too large"));
    return R::ok(static_cast<int>(n.value()));
}

ParseResult<std::int64_t> nanoseconds(std::string_view text) { return parse_count(text); }

ParseResult<bool, QString> yes_or_no(std::string_view raw) {
    using R = ParseResult<bool, QString>;
    const std::string_view text = trim(raw);
    if (text == "true" || text == "1") return R::ok(true);
    if (text == "false" || text == "0") return R::ok(false);
    return R::fail(QCoreApplication::translate("conclab::ui::ExperimentSettings", "expected true or false"));
}

// Reads the saved values one by one into an experiment that stays valid throughout: a value that
// cannot be parsed, or that the experiment's bounds refuse next to the values read before it, is
// left at the fallback and reported.
class Reader {
public:
    Reader(const QSettings& settings, const Experiment& fallback) : settings_(settings) { loaded_.experiment = fallback; }

    template <class T, class Parse>
    void read(const char* key, T Experiment::*field, Parse parse, const QString& fallback_text) {
        const QString name = QString::fromLatin1(key);
        if (!settings_.contains(name)) return;  // never saved: the fallback, silently
        const std::optional<std::string> text = value_text(settings_.value(name));
        if (!text) {
            loaded_.problems << settings_problem(
                settings_, name, QCoreApplication::translate("conclab::ui::ExperimentSettings", "expected text"),
                fallback_text);
            return;
        }
        auto parsed = parse(*text);
        QString reason;
        if (parsed) {
            const T before = loaded_.experiment.*field;
            loaded_.experiment.*field = std::move(parsed.value());
            const auto problem = loaded_.experiment.validate();
            if (!problem) return;
            reason = message_text(*problem);
            loaded_.experiment.*field = before;
        } else {
            reason = reason_text(parsed.error());
        }
        loaded_.problems << settings_problem(settings_, name, reason, fallback_text);
    }

    LoadedExperiment take() { return std::move(loaded_); }

private:
    const QSettings& settings_;
    LoadedExperiment loaded_;
};

}  // namespace

void save_experiment(QSettings& s, const Experiment& e) {
    s.setValue(kWorkload, QString::fromStdString(e.workload.text));
    s.setValue(kTasks, e.tasks);
    s.setValue(kModel, model_name(e.model));
    s.setValue(kWorkers, e.workers);
    s.setValue(kGil, e.gil);
    s.setValue(kSwitchInterval, QVariant::fromValue<qlonglong>(e.switch_interval_ns));
}

LoadedExperiment load_experiment(const QSettings& s, const Experiment& fallback) {
    Reader reader(s, fallback);
    reader.read(kWorkload, &Experiment::workload, parse_workload, QString::fromStdString(fallback.workload.text));
    reader.read(kModel, &Experiment::model, parse_run_model, model_name(fallback.model));
    reader.read(kTasks, &Experiment::tasks, whole_number, QString::number(fallback.tasks));
    reader.read(kWorkers, &Experiment::workers, whole_number, QString::number(fallback.workers));
    reader.read(kGil, &Experiment::gil, yes_or_no, fallback.gil ? QStringLiteral("true") : QStringLiteral("false"));
    reader.read(kSwitchInterval, &Experiment::switch_interval_ns, nanoseconds,
                QStringLiteral("%1 (%2)")
                    .arg(fallback.switch_interval_ns)
                    .arg(QString::fromStdString(format_duration(fallback.switch_interval_ns))));
    LoadedExperiment loaded = reader.take();
    if (s.status() != QSettings::NoError) {
        const QString why = s.status() == QSettings::AccessError
                                ? QCoreApplication::translate("conclab::ui::ExperimentSettings", "it cannot be read")
                                : QCoreApplication::translate("conclab::ui::ExperimentSettings",
                                                              "some of its lines are not settings");
        loaded.problems.prepend(QCoreApplication::translate("conclab::ui::ExperimentSettings",
                                                            "Settings file %1 is damaged (%2): what could be read "
                                                            "is used, the defaults stand in for the rest.")
                                    .arg(s.fileName(), why));
    }
    return loaded;
}

QString settings_problem(const QSettings& settings, const QString& key, const QString& reason,
                         const QString& replacement) {
    return QCoreApplication::translate("conclab::ui::ExperimentSettings",
                                       "Settings file %1: %2 = %3 was not used (%4); using %5 instead.")
        .arg(settings.fileName(), key, shown_value(settings.value(key)), reason, replacement);
}

}  // namespace conclab::ui
