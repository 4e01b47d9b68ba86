// conclab: the desktop program, and its headless subcommands.
//   conclab [options] [FILE] open the main window (options: gui/gui_options.h), FILE a saved run
//   conclab run ...         run one experiment, print a summary, write trace/CSV files
//   conclab compare ...     run one workload under every model and print a comparison table
//   conclab shot ...        run one experiment and save the timeline picture, without a display
//   conclab observe ... -- PROGRAM ARGS   observe a real program (threads, processes, CPython's GIL)
//   conclab lessons         list the lessons (run one with `conclab run --lesson <id>`)
//   conclab --version       name, version and the git commit it was built from
//   conclab --help          this overview
// Anything else gets one line on stderr naming it and exit status 2, before any window opens.
// Every word it prints is in the language of --language (else the system's): see cli/command_language.h.
#include <QCoreApplication>
#include <cstdio>
#include <memory>
#include <string_view>

#include "build_commit.h"  // generated at build time: CONCLAB_COMMIT
#include "cli/cli_commands.h"
#include "cli/cli_options.h"
#include "cli/command_language.h"
#include "cli/observe_command.h"
#include "core/text.h"
#include "gui/gui_options.h"
#ifdef CONCLAB_WITH_UI
#include <QApplication>

#include "gui/gui_commands.h"
#include "gui/headless_picture.h"
#endif

namespace conclab::cli {
namespace {

// The subcommands: a row each. The dispatcher makes the application object (with widgets for the
// ones that draw), sets the language from --language, then runs it with argv[1] = its name.
struct Subcommand {
    const char* name;
    const char* usage;    // its line in `conclab --help`, translated (context "conclab::cli")
    bool draws;           // needs QApplication (fonts, pictures), drawn offscreen without a display
    int (*run)(int argc, char** argv);
};

int observe_entry(int argc, char** argv) {
#ifdef CONCLAB_WITH_UI
    if (observe_wants_picture(argc, argv)) return conclab::gui::observe_with_picture(argc, argv);
#endif
    return observe_command(argc, argv);
}

const Subcommand kSubcommands[] = {
    {"run", QT_TRANSLATE_NOOP("conclab::cli", "run one experiment and print a summary"), false,
     run_command},
    {"compare", QT_TRANSLATE_NOOP("conclab::cli", "run one workload under every model and print a table"), false,
     compare_command},
    {"lessons", QT_TRANSLATE_NOOP("conclab::cli", "list the lessons; run one with: conclab run --lesson <id>"), false,
     lessons_command},
#ifdef CONCLAB_WITH_UI
    {"shot", QT_TRANSLATE_NOOP("conclab::cli", "run one experiment and save the timeline as a picture"), true,
     conclab::gui::shot_command},
    // Draws: `observe --shot` saves the picture of what it observed.
    {"observe", QT_TRANSLATE_NOOP("conclab::cli", "run a real program (-- PROGRAM ARGS) and record its threads, processes and CPython's GIL"),
     true, observe_entry},
#else
    {"observe", QT_TRANSLATE_NOOP("conclab::cli", "run a real program (-- PROGRAM ARGS) and record its threads, processes and CPython's GIL"),
     false, observe_entry},
#endif
};

QString tr(const char* text) { return QCoreApplication::translate("conclab::cli", text); }

// An application object for the words conclab prints; Qt must not see (or eat) the options.
std::unique_ptr<QCoreApplication> make_application(char** argv, bool draws) {
    static int qt_argc = 1;
#ifdef CONCLAB_WITH_UI
    if (draws) {
        conclab::gui::prepare_headless_display();
        return std::make_unique<QApplication>(qt_argc, argv);
    }
#else
    (void)draws;
#endif
    return std::make_unique<QCoreApplication>(qt_argc, argv);
}

void print_overview() {
    QString text = tr("Concurrency Lab: real threads and processes under a simulated Python GIL.") + QStringLiteral("\n\n") +
                   tr("Usage:") + QLatin1Char('\n');
    auto line = [&](const QString& command, const QString& what) {
        text += QStringLiteral("  %1 %2\n").arg(command.leftJustified(26), what);
    };
    line(QStringLiteral("conclab"), tr("open the main window"));
    line(QStringLiteral("conclab FILE.conclab.json"), tr("open the window with a saved run"));
    for (const Subcommand& s : kSubcommands)
        line(QStringLiteral("conclab %1 [options]").arg(QLatin1String(s.name)), tr(s.usage));
    line(QStringLiteral("conclab --version"), tr("print the version and the commit it was built from"));
    text += QLatin1Char('\n') + tr("'conclab <command> --help' lists the options of a command with their defaults.") +
            QLatin1Char('\n');
    if (!conclab::gui::gui_option_table().empty()) {
        text += QLatin1Char('\n') + tr("Options of the window:") + QLatin1Char('\n');
        for (const auto& option : conclab::gui::gui_option_table())
            line(QString::fromLatin1(option.name) + QLatin1Char(' ') + QString::fromLatin1(option.value_name),
                 tr(option.help));
    }
    std::fputs(text.toUtf8().constData(), stdout);
}

void print_version() { std::printf("conclab %s (commit %s)\n", CONCLAB_VERSION, CONCLAB_COMMIT); }

bool asks_for_help(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (std::string_view(argv[i]) == "--help" || std::string_view(argv[i]) == "-h") return true;
    return false;
}

int run_subcommand(const Subcommand& s, int argc, char** argv) {
    const auto app = make_application(argv, s.draws);
    QCoreApplication::setApplicationName(QStringLiteral("conclab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONCLAB_VERSION));  // the web page's footer names it
    if (const QString refusal = apply_command_line_language(argc, argv, 2); !refusal.isEmpty())
        return fail_usage(refusal);
    return s.run(argc, argv);
}

// Words printed before (or instead of) the window: in the language asked for, else the system's.
template <class F>
int say(int argc, char** argv, F&& print) {
    const auto app = make_application(argv, false);
    if (const QString refusal = apply_command_line_language(argc, argv, 1); !refusal.isEmpty())
        return fail_usage(refusal);
    return print();
}

}  // namespace
}  // namespace conclab::cli

int main(int argc, char** argv) {
    using namespace conclab::cli;
    const std::string_view command = argc > 1 ? argv[1] : "";
    for (const Subcommand& s : kSubcommands)
        if (command == s.name) return run_subcommand(s, argc, argv);
    if (command == "--version") {
        print_version();
        return 0;
    }
    if (command == "help" || (command.starts_with("-") && asks_for_help(argc, argv)))
        return say(argc, argv, [] {
            print_overview();
            return 0;
        });
    if (!command.empty() && !command.starts_with("-") && !conclab::gui::names_a_file(command))
        return say(argc, argv, [&] {
            QStringList names;
            for (const Subcommand& s : kSubcommands) names << QLatin1String(s.name);
            return fail_unknown_command(command, names);
        });
    // The window's options, checked before a QApplication (or a display) is made.
    const auto options = conclab::gui::parse_gui_options(argc, argv);
    if (!options) {
        // Parsed again once the language is set, so that the refusal is in it.
        return say(argc, argv, [&] { return fail_usage(conclab::gui::parse_gui_options(argc, argv).error()); });
    }
#ifdef CONCLAB_WITH_UI
    return conclab::gui::gui_main(argc, argv, options.value());
#else
    if (argc <= 1)
        return say(argc, argv, [] {
            print_overview();  // a build without the window (the sanitizer presets) lists its commands
            return 0;
        });
    return say(argc, argv, [] {
        return fail_usage(QCoreApplication::translate(
            "conclab::cli", "this build of conclab has no window (built without CONCLAB_BUILD_UI)"));
    });
#endif
}
