#pragma once
// `conclab observe [options] -- PROGRAM [ARGS...]`: runs a real program (no shell) and records
// what its threads, its child processes and, for CPython, its GIL really did; passes its output
// through; prints a summary; writes a trace, a CSV row and (desktop build) a picture.
#include <QString>
#include <functional>
#include <string>
#include <vector>

#include "observe/program_observer.h"

namespace conclab::cli {

// Pictures of an observed run, from the desktop part of the binary (app/gui); a build without the
// window has none. Each returns an empty text on success, else the reason (a sentence).
struct ObservedPictureWriter {
    // Before the run: can this file be written, as a picture of this size ("WxH")?
    std::function<QString(const std::string& path, const std::string& size)> check;
    // After it: draw the run's timeline into the file.
    std::function<QString(const std::string& path, const std::string& size, const RunResult& run)> write;
};

int observe_command(int argc, char** argv, const ObservedPictureWriter& picture = {});

// Whether the command line asks for a picture (--shot before "--"): the desktop build then sets
// up Qt's GUI before the command runs.
bool observe_wants_picture(int argc, char** argv);

// Observes `options.launch.argv` from the terminal until it ends (Ctrl+C or SIGTERM stop it,
// as they stop a run); `program` receives what was learned besides the run.
RunResult observe_program(observe::ObserveOptions options, observe::ObservedProgram* program = nullptr);

// The summary printed after an observed run (also under each observed row of compare --real).
QString format_observed_summary(const RunResult& run, const observe::ObservedProgram& program);

}  // namespace conclab::cli
