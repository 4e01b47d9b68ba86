#include "ui/lessons/python_highlighter.h"

#include <QColor>
#include <QFont>
#include <QSet>

namespace conclab::ui {
namespace {

const QSet<QString>& keywords() {
    static const QSet<QString> set = {
        QStringLiteral("False"),  QStringLiteral("None"),     QStringLiteral("True"),   QStringLiteral("and"),
        QStringLiteral("as"),     QStringLiteral("assert"),   QStringLiteral("async"),  QStringLiteral("await"),
        QStringLiteral("break"),  QStringLiteral("class"),    QStringLiteral("continue"), QStringLiteral("def"),
        QStringLiteral("del"),    QStringLiteral("elif"),     QStringLiteral("else"),   QStringLiteral("except"),
        QStringLiteral("finally"), QStringLiteral("for"),     QStringLiteral("from"),   QStringLiteral("global"),
        QStringLiteral("if"),     QStringLiteral("import"),   QStringLiteral("in"),     QStringLiteral("is"),
        QStringLiteral("lambda"), QStringLiteral("nonlocal"), QStringLiteral("not"),    QStringLiteral("or"),
        QStringLiteral("pass"),   QStringLiteral("raise"),    QStringLiteral("return"), QStringLiteral("try"),
        QStringLiteral("while"),  QStringLiteral("with"),     QStringLiteral("yield"),
    };
    return set;
}

const QSet<QString>& builtins() {
    static const QSet<QString> set = {
        QStringLiteral("print"), QStringLiteral("range"), QStringLiteral("len"),  QStringLiteral("sum"),
        QStringLiteral("list"),  QStringLiteral("dict"),  QStringLiteral("int"),  QStringLiteral("str"),
        QStringLiteral("open"),  QStringLiteral("map"),   QStringLiteral("self"), QStringLiteral("__name__"),
    };
    return set;
}

bool is_identifier_start(QChar c) { return c.isLetter() || c == QLatin1Char('_'); }
bool is_identifier_part(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }

// Letters that may prefix a string literal: r, b, f, u and their pairs, any case.
bool is_string_prefix(const QString& word) {
    if (word.size() > 2) return false;
    for (const QChar c : word)
        if (!QStringLiteral("rRbBfFuU").contains(c)) return false;
    return true;
}

// Index just past the closing `quote` of a one-line string starting after `from`, honouring
// backslash escapes; the line's length when it is not closed.
int end_of_short_string(const QString& line, int from, QChar quote) {
    for (int i = from; i < line.size(); ++i) {
        if (line[i] == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (line[i] == quote) return i + 1;
    }
    return static_cast<int>(line.size());
}

}  // namespace

std::vector<CodeSpan> python_spans(const QString& line, LineEnd start, LineEnd* end) {
    std::vector<CodeSpan> spans;
    const int n = static_cast<int>(line.size());
    int i = 0;
    LineEnd state = start;
    auto in_triple = [&](int from, QChar quote) {
        // A triple-quoted string from `from` (inside it already): its closing quotes, or the line's end.
        const QString closing(3, quote);
        const int close = static_cast<int>(line.indexOf(closing, from));
        if (close < 0) {
            state = quote == QLatin1Char('"') ? LineEnd::InTripleDouble : LineEnd::InTripleSingle;
            return n;
        }
        state = LineEnd::Code;
        return close + 3;
    };
    if (state != LineEnd::Code) {
        const int stop = in_triple(0, state == LineEnd::InTripleDouble ? QLatin1Char('"') : QLatin1Char('\''));
        spans.push_back({0, stop, CodeKind::String});
        i = stop;
    }
    while (i < n) {
        const QChar c = line[i];
        if (c == QLatin1Char('#')) {
            spans.push_back({i, n - i, CodeKind::Comment});
            break;
        }
        auto string_at = [&](int begin, int quote_at) {
            const QChar quote = line[quote_at];
            int stop;
            if (line.mid(quote_at, 3) == QString(3, quote))
                stop = in_triple(quote_at + 3, quote);
            else
                stop = end_of_short_string(line, quote_at + 1, quote);
            spans.push_back({begin, stop - begin, CodeKind::String});
            return stop;
        };
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            i = string_at(i, i);
            continue;
        }
        const bool number_start = c.isDigit() || (c == QLatin1Char('.') && i + 1 < n && line[i + 1].isDigit());
        if (number_start && (i == 0 || !is_identifier_part(line[i - 1]))) {
            int j = i + 1;
            while (j < n && (line[j].isLetterOrNumber() || line[j] == QLatin1Char('_') || line[j] == QLatin1Char('.') ||
                             ((line[j] == QLatin1Char('+') || line[j] == QLatin1Char('-')) &&
                              (line[j - 1] == QLatin1Char('e') || line[j - 1] == QLatin1Char('E')))))
                ++j;
            spans.push_back({i, j - i, CodeKind::Number});
            i = j;
            continue;
        }
        if (is_identifier_start(c)) {
            int j = i + 1;
            while (j < n && is_identifier_part(line[j])) ++j;
            const QString word = line.mid(i, j - i);
            if (j < n && (line[j] == QLatin1Char('"') || line[j] == QLatin1Char('\'')) && is_string_prefix(word)) {
                i = string_at(i, j);
                continue;
            }
            if (keywords().contains(word))
                spans.push_back({i, j - i, CodeKind::Keyword});
            else if (builtins().contains(word))
                spans.push_back({i, j - i, CodeKind::Builtin});
            i = j;
            continue;
        }
        ++i;
    }
    if (end) *end = state;
    return spans;
}

PythonHighlighter::PythonHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {}

void PythonHighlighter::highlightBlock(const QString& text) {
    const int previous = previousBlockState();
    const LineEnd start = previous == static_cast<int>(LineEnd::InTripleDouble)   ? LineEnd::InTripleDouble
                          : previous == static_cast<int>(LineEnd::InTripleSingle) ? LineEnd::InTripleSingle
                                                                                   : LineEnd::Code;
    LineEnd end = LineEnd::Code;
    for (const CodeSpan& span : python_spans(text, start, &end)) {
        QTextCharFormat f;
        switch (span.kind) {
            case CodeKind::Keyword:
                f.setForeground(QColor(0x00, 0x5A, 0x8E));  // Okabe–Ito blue, darkened for text
                f.setFontWeight(QFont::Bold);
                break;
            case CodeKind::Builtin: f.setForeground(QColor(0x8A, 0x3B, 0x6B)); break;  // reddish purple, dark
            case CodeKind::String: f.setForeground(QColor(0x00, 0x6E, 0x50)); break;   // bluish green, dark
            case CodeKind::Comment:
                f.setForeground(QColor(0x5F, 0x5F, 0x5F));
                f.setFontItalic(true);
                break;
            case CodeKind::Number: f.setForeground(QColor(0xA3, 0x48, 0x00)); break;  // vermillion, dark
        }
        setFormat(span.start, span.length, f);
    }
    setCurrentBlockState(static_cast<int>(end));
}

}  // namespace conclab::ui
