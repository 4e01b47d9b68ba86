#include "gui/gui_options.h"

#include <QCoreApplication>
#include <string_view>

#include "core/text.h"

namespace conclab::gui {

const std::vector<GuiOptionSpec>& gui_option_table() {
    // A row per option, e.g. {"--language", true, [](GuiOptions& o, const std::string& v) { o.language = v; },
    // "--language bn|en   the language of the window"}.
    static const std::vector<GuiOptionSpec> table;
    return table;
}

ParseResult<GuiOptions, QString> parse_gui_options(int argc, char** argv) {
    GuiOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string_view word = argv[i];
        const GuiOptionSpec* spec = nullptr;
        for (const GuiOptionSpec& s : gui_option_table())
            if (word == s.name) spec = &s;
        if (!spec) {
            const bool option = word.starts_with("-");
            const QString value = QString::fromStdString(quoted(word));
            return ParseResult<GuiOptions, QString>::fail(
                option ? QCoreApplication::translate("conclab::cli", "unknown option %1 (see conclab --help)").arg(value)
                       : QCoreApplication::translate("conclab::cli", "unexpected argument %1 (see conclab --help)").arg(value));
        }
        std::string value;
        if (spec->takes_value) {
            if (i + 1 >= argc)
                return ParseResult<GuiOptions, QString>::fail(
                    QCoreApplication::translate("conclab::cli", "option %1 needs a value (see conclab --help)")
                        .arg(QString::fromStdString(quoted(word))));
            value = argv[++i];
        }
        spec->apply(options, value);
    }
    return ParseResult<GuiOptions, QString>::ok(options);
}

}  // namespace conclab::gui
