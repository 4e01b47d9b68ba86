#include "cli/command_language.h"

#include <QCoreApplication>
#include <string_view>

#include "cli/cli_translate.h"
#include "core/text.h"

namespace conclab::cli {
namespace {

}  // namespace

ParseResult<LanguageOptions, BadLanguageValue> scan_language_options(int argc, char** argv, int first) {
    using R = ParseResult<LanguageOptions, BadLanguageValue>;
    LanguageOptions options;
    for (int i = first; i < argc; ++i) {
        const std::string_view word = argv[i];
        for (const std::string_view name : {std::string_view("language"), std::string_view("digits")}) {
            const std::string flag = "--" + std::string(name);
            std::string value;
            if (word == flag && i + 1 < argc) {
                value = argv[++i];
            } else if (word.starts_with(flag + "=")) {
                value = std::string(word.substr(flag.size() + 1));
            } else {
                continue;
            }
            const QString text = QString::fromLocal8Bit(value.c_str());
            if (name == "language") {
                options.language = ui::language_from_code(text);
                if (!options.language) return R::fail({QString::fromLatin1(name.data(), qsizetype(name.size())), value});
            } else {
                options.digits = ui::digits_from_code(text);
                if (!options.digits) return R::fail({QString::fromLatin1(name.data(), qsizetype(name.size())), value});
            }
            break;
        }
    }
    return R::ok(options);
}

QString apply_command_line_language(int argc, char** argv, int first) {
    const auto options = scan_language_options(argc, argv, first);
    const LanguageOptions asked = options ? options.value() : LanguageOptions{};
    ui::apply_language({asked.language.value_or(ui::system_language()), asked.digits.value_or(ui::Digits::Native)});
    if (options) return {};
    const QString value = QString::fromStdString(conclab::quoted(options.error().value));
    if (options.error().option == QLatin1String("language"))
        return tr("--language %1 is not a language conclab speaks: use bn (Bengali) or en (English)").arg(value);
    return tr("--digits %1 is not a kind of digits: use bengali (০১২৩) or latin (0123)").arg(value);
}

void add_language_options(QCommandLineParser& parser) {
    parser.addOption({QStringLiteral("language"),
                      tr("Language of the help, tables and messages: bn (Bengali) or en (English). Default: the "
                         "system's (LANG). Files written with --csv and --trace stay English."),
                      QStringLiteral("bn|en")});
    parser.addOption({QStringLiteral("digits"),
                      tr("Digits of numbers in Bengali: bengali (০১২৩) or latin (0123). Default: bengali."),
                      QStringLiteral("bengali|latin")});
}

}  // namespace conclab::cli
