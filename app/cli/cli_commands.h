#pragma once
// Headless subcommands. Exit status: 0 done, 1 the run failed (a worker crashed), 2 bad input.
namespace conclab::cli {

int run_command(int argc, char** argv);
int compare_command(int argc, char** argv);
int lessons_command(int argc, char** argv);  // `conclab lessons`: list the lessons

}  // namespace conclab::cli
