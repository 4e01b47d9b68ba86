#include "gui/gui_options.h"

#include <QCoreApplication>
#include <string_view>

#include "core/text.h"
#include "gui/gui_translate.h"

namespace conclab::gui {
namespace {

QString value_text(const std::string& value) { return QString::fromStdString(conclab::quoted(value)); }

QString set_language(GuiOptions& options, const std::string& value) {
    options.language = ui::language_from_code(QString::fromLocal8Bit(value.c_str()));
    if (options.language) return {};
    return tr("--language %1 is not a language conclab speaks: use bn (Bengali) or en (English)").arg(value_text(value));
}

QString set_digits(GuiOptions& options, const std::string& value) {
    options.digits = ui::digits_from_code(QString::fromLocal8Bit(value.c_str()));
    if (options.digits) return {};
    return tr("--digits %1 is not a kind of digits: use bengali (০১২৩) or latin (0123)").arg(value_text(value));
}

}  // namespace

const std::vector<GuiOptionSpec>& gui_option_table() {
    static const std::vector<GuiOptionSpec> table{
        {"--language", "bn|en", set_language,
         QT_TRANSLATE_NOOP("conclab::cli", "the window's language, Bengali or English (default: the one chosen last "
                                           "in View → Language, else the system's)")},
        {"--digits", "bengali|latin", set_digits,
         QT_TRANSLATE_NOOP("conclab::cli", "digits of numbers in Bengali: ০১২৩ or 0123 (default: the one chosen last)")},
    };
    return table;
}

bool names_a_file(std::string_view word) {
    return word.find('/') != std::string_view::npos || (word.size() > 5 && word.ends_with(".json"));
}

ParseResult<GuiOptions, QString> parse_gui_options(int argc, char** argv) {
    using R = ParseResult<GuiOptions, QString>;
    GuiOptions options;
    for (int i = 1; i < argc; ++i) {
        std::string_view word = argv[i];
        if (!word.starts_with("-") && names_a_file(word) && options.open_file.empty()) {
            options.open_file = std::string(word);
            continue;
        }
        std::optional<std::string> value;  // --language=bn
        if (const auto eq = word.find('='); word.starts_with("--") && eq != std::string_view::npos) {
            value = std::string(word.substr(eq + 1));
            word = word.substr(0, eq);
        }
        const GuiOptionSpec* spec = nullptr;
        for (const GuiOptionSpec& s : gui_option_table())
            if (word == s.name) spec = &s;
        if (!spec) {
            const bool option = word.starts_with("-");
            const QString shown = QString::fromStdString(conclab::quoted(argv[i]));
            return R::fail(option ? tr("unknown option %1 (see conclab --help)").arg(shown)
                                  : tr("unexpected argument %1 (see conclab --help)").arg(shown));
        }
        if (spec->value_name && !value) {
            if (i + 1 >= argc)
                return R::fail(tr("option %1 needs a value (see conclab --help)").arg(QString::fromStdString(conclab::quoted(word))));
            value = argv[++i];
        }
        if (const QString refusal = spec->apply(options, value.value_or(std::string())); !refusal.isEmpty())
            return R::fail(refusal);
    }
    return R::ok(options);
}

}  // namespace conclab::gui
