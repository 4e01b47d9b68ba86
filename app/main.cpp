// conclab: the desktop program, and its headless subcommands.
//   conclab                 open the main window
//   conclab run ...         run one experiment, print a summary, write trace/CSV files
//   conclab compare ...     run one workload under every model and print a comparison table
//   conclab shot ...        run one experiment and save the timeline picture, without a display
//   conclab observe ... -- PROGRAM ARGS   observe a real program (threads, processes, CPython's GIL)
#include <cstdio>
#include <cstring>
#include <string_view>

#include "cli/cli_commands.h"
#include "cli/cli_options.h"
#include "cli/observe_command.h"
#include "core/text.h"
#ifdef CONCLAB_WITH_UI
#include "gui/gui_commands.h"
#endif

namespace {

void print_overview() {
    std::puts(
        "Concurrency Lab: real threads and processes under a simulated Python GIL.\n"
        "\n"
        "Usage:\n"
        "  conclab                 open the main window\n"
        "  conclab run [options]     run one experiment and print a summary\n"
        "  conclab compare [options] run one workload under every model and print a table\n"
        "  conclab shot [options]    run one experiment and save the timeline as a picture\n"
        "  conclab observe [options] -- PROGRAM [ARGS]  run a real program and record its threads,\n"
        "                            processes and (CPython) its real GIL\n"
        "\n"
        "'conclab <command> --help' lists the options of a command with their defaults.");
}

}  // namespace

int main(int argc, char** argv) {
    const std::string_view command = argc > 1 ? argv[1] : "";
    if (command == "run") return conclab::cli::run_command(argc, argv);
    if (command == "compare") return conclab::cli::compare_command(argc, argv);
    if (command == "observe") {
#ifdef CONCLAB_WITH_UI
        if (conclab::cli::observe_wants_picture(argc, argv)) return conclab::gui::observe_with_picture(argc, argv);
#endif
        return conclab::cli::observe_command(argc, argv);
    }
    if (command == "--help" || command == "-h" || command == "help") {
        print_overview();
        return 0;
    }
#ifdef CONCLAB_WITH_UI
    if (command == "shot") return conclab::gui::shot_command(argc, argv);
    if (command.empty() || command.starts_with("-")) return conclab::gui::gui_main(argc, argv);
#else
    if (command.empty()) {
        print_overview();
        return 0;
    }
#endif
    return conclab::cli::fail_usage("unknown command " + conclab::quoted(command) +
                                    " (expected run, compare, observe or shot; see conclab --help)");
}
