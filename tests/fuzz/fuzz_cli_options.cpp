// libFuzzer target: the options of `conclab run` and `conclab compare`. The input is split at
// NUL bytes and newlines into arguments; its first byte picks the option set. Never a crash;
// every refusal has a message (conclab's own ones on one line); an accepted command line gives an
// experiment within every bound.
#include <QCommandLineParser>
#include <QStringList>
#include <cstddef>
#include <cstdint>
#include <string>

#include "cli/cli_options.h"
#include "fuzz_message_check.h"

using namespace conclab;
using namespace conclab::cli;

namespace {

QStringList split_arguments(const std::uint8_t* data, std::size_t size) {
    QStringList args{QStringLiteral("conclab")};
    std::string current;
    for (std::size_t i = 0; i < size; ++i) {
        const char c = static_cast<char>(data[i]);
        if (c == '\0' || c == '\n') {
            args << QString::fromLocal8Bit(current.data(), static_cast<qsizetype>(current.size()));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) args << QString::fromLocal8Bit(current.data(), static_cast<qsizetype>(current.size()));
    return args;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const ExperimentOptionSet set = (data[0] & 1) != 0 ? ExperimentOptionSet::Compare : ExperimentOptionSet::Single;
    QCommandLineParser parser;
    add_experiment_options(parser, set);
    parser.addOption({QStringLiteral("trace"), QStringLiteral("trace file"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("csv"), QStringLiteral("CSV file"), QStringLiteral("file")});
    if (const QString error = parse_arguments(parser, split_arguments(data + 1, size - 1)); !error.isEmpty()) return 0;
    if (parser.isSet(QStringLiteral("help"))) {
        FUZZ_CHECK(!parser.helpText().isEmpty());
        return 0;
    }
    if (const auto experiment = read_experiment_options(parser, set)) {
        FUZZ_CHECK(!experiment.value().validate());
        FUZZ_CHECK(experiment.value().lane_count() >= 1);
    } else {
        FUZZ_CHECK(fuzz::is_one_line_message(experiment.error()));
    }
    if (const auto files = read_output_files(parser); !files)
        FUZZ_CHECK(fuzz::is_one_line_message(files.error()));
    return 0;
}
