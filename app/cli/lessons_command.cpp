// `conclab lessons`: the lessons there are (shipped and the user's own), one line each, and every
// lesson file that could not be read with its file, line and problem on stderr.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

#include "cli/cli_commands.h"
#include "cli/cli_options.h"
#include "cli/command_language.h"
#include "cli/lesson_text.h"

namespace conclab::cli {

int lessons_command(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("conclab lessons");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Lists the lessons: those shipped with conclab and your own, from ~/.local/share/conclab/lessons\n"
        "(docs/lessons.md describes the file format). A file that cannot be read is named on stderr\n"
        "with the line and the problem. Run a lesson with: conclab run --lesson <id>");
    int exit_code = 0;
    if (!parse_command_line(parser, argc, argv, exit_code)) return exit_code;
    const auto language = read_language_option(parser);
    if (!language) return fail_usage(language.error());

    const LessonLibrary library = load_lessons_reporting_problems();
    for (const LoadedLesson& loaded : library.lessons) {
        const Lesson& l = loaded.lesson;
        const char* origin = loaded.origin == LessonOrigin::User ? (loaded.replaces_shipped ? "  (yours, replaces the shipped one)" : "  (yours)") : "";
        std::printf("%-16s %s%s\n", l.id.c_str(), plain_text(l.title, language.value()).toStdString().c_str(), origin);
    }
    if (library.lessons.empty()) print_error(QCoreApplication::translate("conclab::cli", "no lessons found"));
    // Exit status 2 when a file could not be read, as for every file conclab cannot use (a script
    // checking a folder of lessons before class sees it); every good lesson is listed all the same.
    return library.problems.empty() && !library.lessons.empty() ? 0 : 2;
}

}  // namespace conclab::cli
