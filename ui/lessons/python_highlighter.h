#pragma once
// A small syntax highlighter for the few lines of Python a lesson shows: keywords, strings
// (triple-quoted ones too, over several lines), comments, numbers, and the built-ins lessons use
// (print, range). Colours from the Okabe–Ito palette, dark enough to read on white from the back
// of a room; keywords are bold as well and comments italic, so colour is never the only cue.
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <vector>

namespace conclab::ui {

enum class CodeKind { Keyword, Builtin, String, Comment, Number };

struct CodeSpan {
    int start = 0;
    int length = 0;
    CodeKind kind = CodeKind::Keyword;
    friend bool operator==(const CodeSpan&, const CodeSpan&) = default;
};

// Where a line stands after it: outside any string, or inside a triple-quoted one.
enum class LineEnd { Code = 0, InTripleDouble = 1, InTripleSingle = 2 };

// The highlighted pieces of one line of Python, in order. `start` says whether the line begins
// inside a triple-quoted string; `end` (if not null) receives where it ends.
std::vector<CodeSpan> python_spans(const QString& line, LineEnd start = LineEnd::Code, LineEnd* end = nullptr);

class PythonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit PythonHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;
};

}  // namespace conclab::ui
