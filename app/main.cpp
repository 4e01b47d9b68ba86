// conclab: the desktop program, and its headless subcommands.
//   conclab [options]       open the main window (options: gui/gui_options.h)
//   conclab run ...         run one experiment, print a summary, write trace/CSV files
//   conclab compare ...     run one workload under every model and print a comparison table
//   conclab shot ...        run one experiment and save the timeline picture, without a display
//   conclab lessons         list the lessons (run one with `conclab run --lesson <id>`)
//   conclab --version       name, version and the git commit it was built from
//   conclab --help          this overview
// Anything else gets one line on stderr naming it and exit status 2, before any window opens.
#include <QCoreApplication>
#include <cstdio>
#include <string_view>

#include "build_commit.h"  // generated at build time: CONCLAB_COMMIT
#include "cli/cli_commands.h"
#include "cli/cli_options.h"
#include "core/text.h"
#include "gui/gui_options.h"
#ifdef CONCLAB_WITH_UI
#include "gui/gui_commands.h"
#endif

namespace {

void print_overview() {
    std::puts(
        "Concurrency Lab: real threads and processes under a simulated Python GIL.\n"
        "\n"
        "Usage:\n"
        "  conclab                   open the main window\n"
        "  conclab run [options]     run one experiment and print a summary\n"
        "  conclab compare [options] run one workload under every model and print a table\n"
        "  conclab shot [options]    run one experiment and save the timeline as a picture\n"
        "  conclab lessons           list the lessons; run one with: conclab run --lesson <id>\n"
        "  conclab --version         print the version and the commit it was built from\n"
        "\n"
        "'conclab <command> --help' lists the options of a command with their defaults.");
    if (!conclab::gui::gui_option_table().empty()) {
        std::puts("\nOptions of the window:");
        for (const auto& option : conclab::gui::gui_option_table()) std::printf("  %s\n", option.help);
    }
}

void print_version() { std::printf("conclab %s (commit %s)\n", CONCLAB_VERSION, CONCLAB_COMMIT); }

}  // namespace

int main(int argc, char** argv) {
    const std::string_view command = argc > 1 ? argv[1] : "";
    if (command == "run") return conclab::cli::run_command(argc, argv);
    if (command == "compare") return conclab::cli::compare_command(argc, argv);
    if (command == "lessons") return conclab::cli::lessons_command(argc, argv);
    if (command == "--help" || command == "-h" || command == "help") {
        print_overview();
        return 0;
    }
    if (command == "--version") {
        print_version();
        return 0;
    }
#ifdef CONCLAB_WITH_UI
    if (command == "shot") return conclab::gui::shot_command(argc, argv);
#endif
    if (!command.empty() && !command.starts_with("-"))
        return conclab::cli::fail_unknown_command(command);
    // The window's options, checked before Qt (or a display) is touched.
    const auto options = conclab::gui::parse_gui_options(argc, argv);
    if (!options) return conclab::cli::fail_usage(options.error());
#ifdef CONCLAB_WITH_UI
    return conclab::gui::gui_main(argc, argv, options.value());
#else
    if (argc <= 1) {
        print_overview();  // a build without the window (the sanitizer presets) lists its commands
        return 0;
    }
    return conclab::cli::fail_usage(
        QCoreApplication::translate("conclab::cli", "this build of conclab has no window (built without CONCLAB_BUILD_UI)"));
#endif
}
