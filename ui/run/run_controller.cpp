#include "ui/run/run_controller.h"

#include <QStringList>
#include <map>
#include <stdexcept>

#include "experiment/comparison_lineup.h"
#include "observe/lesson_scripts.h"
#include "observe/program_observer.h"
#include "run/run_session.h"
#include "timeline/shared_timeline.h"
#include "ui/comparison/comparison_model.h"
#include "ui/text/display_format.h"
#include "ui/text/message_text.h"

namespace conclab::ui {

RunController::RunController(ComparisonModel* model, QObject* parent) : QObject(parent), model_(model) {
    poll_timer_.setInterval(16);
    connect(&poll_timer_, &QTimer::timeout, this, &RunController::poll);
    progress_timer_.setInterval(100);
    connect(&progress_timer_, &QTimer::timeout, this, [this] {
        if (source_) emit progressChanged(source_->progress(), elapsed_.elapsed());
    });
}

RunController::~RunController() {
    queue_.clear();
    if (source_) {
        source_->request_stop();
        source_.reset();  // joins every worker
    }
}

std::shared_ptr<const SharedTimeline> RunController::liveTimeline() const { return live_; }

namespace {

LiveText already_running() {
    return [] { return RunController::tr("A run is already going; stop it first."); };
}

LiveText could_not_start(Message why) {
    return [why = Message{MessageCode::RunCouldNotStart, {message_arg(std::move(why))}}] { return message_text(why); };
}

}  // namespace

LiveText RunController::tryStart(const Experiment& e) {
    if (source_) return already_running();
    if (auto problem = e.validate()) return [problem = *problem] { return message_text(problem); };
    std::unique_ptr<RunSession> session;
    try {
        session = std::make_unique<RunSession>(e);
    } catch (const MessageError& ex) {
        return could_not_start(ex.message());
    }
    return tryStartSource(std::move(session), RunDescription{SourceKind::Simulated, e, {}});
}

LiveText RunController::tryStartSource(std::unique_ptr<EventSource> source, RunDescription description) {
    if (source_) return already_running();
    try {
        source->start();
    } catch (const MessageError& ex) {
        return could_not_start(ex.message());
    } catch (const std::exception& ex) {
        return could_not_start(Message{MessageCode::ForeignError, {text_arg(ex.what())}});
    }
    source_ = std::move(source);
    current_ = std::move(description);
    live_ = source_->timeline();
    drawn_version_ = 0;
    elapsed_.start();
    poll_timer_.start();
    progress_timer_.start();
    emit runStarted(live_);
    emit runningChanged(true);
    emit progressChanged(0.0, 0);
    return nullptr;
}

QString RunController::startSource(std::unique_ptr<EventSource> source, RunDescription description) {
    return text_of(tryStartSource(std::move(source), std::move(description)));
}

void RunController::poll() {
    if (!source_) return;
    if (live_ && live_->version() != drawn_version_) {
        drawn_version_ = live_->version();
        emit segmentsArrived();
    }
    if (source_->finished()) onFinished();
}

LiveText RunController::tryCompareAll(const Experiment& e) {
    if (source_) return already_running();
    queue_.clear();
    std::vector<RunModel> skipped;
    for (const Experiment& x : comparison_lineup(e)) {
        if (x.validate()) {
            skipped.push_back(x.model);
            continue;
        }
        queue_.push_back(x);
    }
    if (queue_.empty()) {
        return [problem = e.validate()] {
            return tr("No model can run this experiment: %1").arg(problem ? message_text(*problem) : QString());
        };
    }
    if (!skipped.empty()) {
        emit message([skipped] {
            QStringList names;
            for (const RunModel m : skipped) names << model_display_name(m);
            return tr("Skipped (outside their limits): %1").arg(names.join(QStringLiteral(", ")));
        });
    }
    comparing_ = true;
    baseline_rerun_ = false;
    startNextQueued();
    return nullptr;
}

bool RunController::setSwitchInterval(std::int64_t ns) {
    auto* session = dynamic_cast<RunSession*>(source_.get());
    return session != nullptr && session->set_switch_interval(ns);
}

QString RunController::observe(std::vector<std::string> argv, std::string working_dir) {
    if (source_) return tr("A run is already going; stop it first.");
    if (argv.empty() || argv.front().empty()) return message_text(Message{MessageCode::ProgramMissing, {}});
    RunDescription description{SourceKind::Observed, std::nullopt, argv};
    observe::ObserveOptions options;
    options.launch.argv = std::move(argv);
    options.launch.working_dir = std::move(working_dir);
    // A program that cannot be started fails the run, with the reason as the run's detail.
    return startSource(std::make_unique<observe::ProgramObserver>(std::move(options)), std::move(description));
}

QString RunController::besideRealPython(const Experiment& e, const std::string& python) {
    if (source_) return tr("A run is already going; stop it first.");
    if (const auto problem = e.validate()) return message_text(*problem);
    if (const auto failure = observe::check_program(python)) {
        const QString name = QString::fromStdString(python);
        return failure->code == observe::LaunchError::NotFound
                   ? tr("Real Python cannot be shown: %1 was not found. Install python3; everything else works without it.")
                         .arg(name)
                   : tr("Real Python cannot be shown: %1 cannot be run.").arg(name);
    }
    const auto dir = observe::lesson_scripts_dir();
    if (!dir) return tr("Real Python cannot be shown: the lesson scripts (share/conclab/python) are missing.");
    // The interpreter itself, not a launcher in front of it (pyenv's shim runs a dozen helper
    // processes for ~1 s before it execs Python: they would be the real run's first second and
    // lanes). Asked once per name: the answer does not change while the program runs.
    static std::map<std::string, std::string> interpreters;
    auto known = interpreters.find(python);
    if (known == interpreters.end()) known = interpreters.emplace(python, observe::python_executable(python)).first;
    auto command = observe::lesson_command(e, known->second, *dir);
    if (!command) return tr("Real Python cannot be shown: %1").arg(message_text(command.error()));
    queue_.clear();
    queue_.emplace_back(e);
    queue_.emplace_back(ObservedRun{std::move(command.value()), {}});
    startNextQueued();
    return {};
}

LiveText RunController::startQueued(const std::variant<Experiment, ObservedRun>& next) {
    if (const auto* e = std::get_if<Experiment>(&next)) return tryStart(*e);
    const auto& run = std::get<ObservedRun>(next);
    const QString problem = observe(run.argv, run.working_dir);
    if (problem.isEmpty()) return nullptr;
    return [problem] { return problem; };  // the observer's refusals are composed when they happen
}

void RunController::startNextQueued() {
    while (!queue_.empty() && !source_) {
        const auto next = queue_.front();
        queue_.pop_front();
        if (LiveText problem = startQueued(next)) emit message(problem);
    }
}

void RunController::stop() {
    queue_.clear();
    comparing_ = false;
    if (source_) source_->request_stop();
}

int RunController::addFinishedRun(const std::shared_ptr<RunResult>& result) {
    kept_budget_.add(result);
    return model_->addRun(comparison_row(*result), result);
}

void RunController::onFinished() {
    if (!source_) return;
    source_->wait();
    auto result = std::make_shared<RunResult>(source_->take_result());
    kept_budget_.add(result);
    source_.reset();
    live_.reset();
    poll_timer_.stop();
    progress_timer_.stop();
    const int index = model_->addRun(comparison_row(*result), result);
    emit progressChanged(1.0, elapsed_.elapsed());
    emit runFinished(index, result);
    if (result->status != RunStatus::Completed) queue_.clear();
    // Every speedup of a comparison is measured against its sequential run: when other programs
    // slowed that one down, it runs once more (the busy row stays in the table, marked, and the
    // quiet one becomes the baseline).
    if (result->status == RunStatus::Completed && result->metrics.machine_busy() && result->experiment &&
        result->experiment->model == RunModel::Sequential && comparing_ && !baseline_rerun_) {
        baseline_rerun_ = true;
        queue_.push_front(*result->experiment);
        emit message([metrics = result->metrics] {
            return tr("The machine was busy during the sequential run (%1): running it once more.")
                .arg(machine_busy_short(metrics));
        });
    }
    if (!queue_.empty()) {
        startNextQueued();
        return;
    }
    comparing_ = false;
    emit runningChanged(false);
}

}  // namespace conclab::ui
