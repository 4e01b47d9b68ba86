// Bengali and English at run time: View → Language switches every visible word of the window while
// a run goes, without losing the run, the table or the zoom; engine errors reach the window in the
// chosen language; a Bengali caption exported to PNG is written with glyphs the font has.
#include <QAbstractButton>
#include <QApplication>
#include <QAbstractItemModel>
#include <QAction>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QFontInfo>
#include <QFontMetrics>
#include <QGlyphRun>
#include <QRawFont>
#include <QTextLayout>
#include <QGroupBox>
#include <QImage>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <catch2/catch.hpp>

#include "core/message.h"
#include "core/message_codes.h"
#include "experiment/experiment.h"
#include "ui/comparison/comparison_model.h"
#include "ui/experiment/experiment_panel.h"
#include "ui/export/caption.h"
#include "ui/export/picture_export.h"
#include "ui/run/run_controller.h"
#include "ui/text/language.h"
#include "ui/text/message_text.h"
#include "ui/timeline/text_font.h"
#include "ui/timeline/timeline_widget.h"
#include "ui/timeline/zoom_state.h"
#include "ui/window/app_setup.h"
#include "ui/window/main_window.h"
#include "ui_test_support.h"

using namespace conclab;
using namespace conclab::ui;
using conclab::test::wait_until;

namespace {

constexpr LanguageChoice kBengali{Language::Bengali, Digits::Native};
constexpr LanguageChoice kEnglish{Language::English, Digits::Native};

// Switches back to English when a test ends, whatever it asserted.
struct BackToEnglish {
    ~BackToEnglish() { switch_language(kEnglish); }
};

bool has_bengali_letter(const QString& text) {
    for (const QChar c : text)
        if (c.unicode() >= 0x0980 && c.unicode() <= 0x09FF) return true;
    return false;
}

QString plain(const QString& text) {
    if (!Qt::mightBeRichText(text)) return text;
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

// Every text a user can see in the window: labels, buttons, group titles, combo box items, text
// field hints, spin box suffixes, tooltips, dock and menu titles, actions, the table's headers and
// cells, the chart's title and axes. Each with where it was found.
struct SeenText {
    QString where;
    QString text;
};

void add(std::vector<SeenText>& out, const QString& where, const QString& text) {
    if (!text.trimmed().isEmpty()) out.push_back({where, plain(text)});
}

void add_menu(std::vector<SeenText>& out, QMenu* menu) {
    add(out, QStringLiteral("menu"), menu->title());
    for (QAction* a : menu->actions()) {
        if (a->isSeparator()) continue;
        if (a->menu()) add_menu(out, a->menu());
        else if (a->data().typeId() == QMetaType::QString && !a->data().toString().isEmpty())
            // File → Recent files: a file's name is the user's own, shown as it is (GLOSSARY.md rule 3).
            add(out, QStringLiteral("recent file"), QString(a->text()).remove(QFileInfo(a->data().toString()).fileName()));
        else add(out, QStringLiteral("menu action"), a->text());
    }
}

std::vector<SeenText> visible_texts(MainWindow& window) {
    std::vector<SeenText> out;
    add(out, QStringLiteral("window title"), window.windowTitle());
    for (QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&window)) continue;
        const QString cls = QString::fromLatin1(w->metaObject()->className());
        add(out, cls + QStringLiteral(" tooltip"), w->toolTip());
        if (auto* l = qobject_cast<QLabel*>(w)) add(out, cls, l->text());
        if (auto* b = qobject_cast<QAbstractButton*>(w)) add(out, cls, b->text());
        if (auto* g = qobject_cast<QGroupBox*>(w)) add(out, cls, g->title());
        if (auto* d = qobject_cast<QDockWidget*>(w)) add(out, cls, d->windowTitle());
        if (auto* e = qobject_cast<QLineEdit*>(w)) add(out, cls + QStringLiteral(" hint"), e->placeholderText());
        if (auto* s = qobject_cast<QSpinBox*>(w)) {
            add(out, cls + QStringLiteral(" suffix"), s->suffix());
            add(out, cls + QStringLiteral(" special"), s->specialValueText());
        }
        if (auto* c = qobject_cast<QComboBox*>(w))
            for (int i = 0; i < c->count(); ++i) {
                add(out, cls + QStringLiteral(" item"), c->itemText(i));
                add(out, cls + QStringLiteral(" item tooltip"), c->itemData(i, Qt::ToolTipRole).toString());
            }
        if (auto* t = qobject_cast<QTableView*>(w)) {
            const QAbstractItemModel* m = t->model();
            for (int c = 0; c < m->columnCount(); ++c) {
                add(out, QStringLiteral("table header"), m->headerData(c, Qt::Horizontal).toString());
                add(out, QStringLiteral("table header tooltip"), m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString());
                for (int r = 0; r < m->rowCount(); ++r) {
                    add(out, QStringLiteral("table cell"), m->index(r, c).data().toString());
                    add(out, QStringLiteral("table cell tooltip"), m->index(r, c).data(Qt::ToolTipRole).toString());
                }
            }
        }
        if (auto* v = qobject_cast<QChartView*>(w)) {
            add(out, QStringLiteral("chart title"), v->chart()->title());
            for (QAbstractAxis* axis : v->chart()->axes()) {
                add(out, QStringLiteral("chart axis"), axis->titleText());
                if (auto* cats = qobject_cast<QBarCategoryAxis*>(axis))
                    for (const QString& cat : cats->categories()) add(out, QStringLiteral("chart category"), cat);
            }
        }
        if (auto* bar = qobject_cast<QMenuBar*>(w))
            for (QAction* a : bar->actions())
                if (a->menu()) add_menu(out, a->menu());
    }
    return out;
}

// Latin-script words that stay Latin in Bengali text (GLOSSARY.md rules 1–4): names from code,
// acronyms, units, what the user types (workload kinds, option names), keys of shortcuts.
bool allowed_in_bengali(const QString& word) {
    static const QSet<QString> names = {
        QStringLiteral("GIL"),       QStringLiteral("CPU"),        QStringLiteral("CPUs"),
        QStringLiteral("print"),     QStringLiteral("counter"),  // Python code in a lesson: print(counter)
        QStringLiteral("Page"),      QStringLiteral("Up"),         QStringLiteral("Down"),  // key names
        QStringLiteral("Space"),
        QStringLiteral("HTML"),      QStringLiteral("html"),  // the web page handout: an acronym, a file ending
        QStringLiteral("PSS"),
        QStringLiteral("PID"),       QStringLiteral("pid"),        QStringLiteral("tid"),
        QStringLiteral("I"),         QStringLiteral("O"),          QStringLiteral("ns"),
        QStringLiteral("µs"),        QStringLiteral("ms"),         QStringLiteral("s"),
        QStringLiteral("min"),       QStringLiteral("MiB"),        QStringLiteral("KiB"),
        QStringLiteral("GiB"),       QStringLiteral("Python"),     QStringLiteral("CPython"),
        QStringLiteral("Threading"), QStringLiteral("Multiprocessing"), QStringLiteral("ThreadPoolExecutor"),
        QStringLiteral("ProcessPoolExecutor"), QStringLiteral("asyncio"), QStringLiteral("max_workers"),
        QStringLiteral("PNG"),       QStringLiteral("SVG"),        QStringLiteral("PDF"),
        QStringLiteral("CSV"),       QStringLiteral("JSON"),       QStringLiteral("Perfetto"),
        QStringLiteral("cpu"),       QStringLiteral("io"),         QStringLiteral("file"),
        QStringLiteral("net"),       QStringLiteral("mixed"),      QStringLiteral("sys"),
        QStringLiteral("setswitchinterval"), QStringLiteral("fsync"), QStringLiteral("Ctrl"),
        QStringLiteral("Shift"),     QStringLiteral("Esc"),        QStringLiteral("Del"),
        QStringLiteral("English"),   QStringLiteral("SIGKILL"),    QStringLiteral("x"),
        QStringLiteral("sleep"),     QStringLiteral("loopback"),   QStringLiteral("threading"),
        QStringLiteral("Thread"),    QStringLiteral("free"),       QStringLiteral("threaded"),
    };
    if (word.size() == 1) return true;  // a menu mnemonic "(&F)", a shortcut key "Ctrl+R"
    return names.contains(word);
}

// Texts that still hold a word of English (Latin letters not on the allow-list).
QStringList english_left(const std::vector<SeenText>& texts) {
    // A word right after a digit is part of a value as typed (50ms, 20msx5, 3.13t): rule 3.
    static const QRegularExpression word(QStringLiteral("(?<![0-9A-Za-zµ_])[A-Za-zµ_]+"));
    QStringList left;
    for (const SeenText& t : texts) {
        for (auto m = word.globalMatch(t.text); m.hasNext();) {
            const QString w = m.next().captured(0);
            if (!allowed_in_bengali(w)) {
                left << t.where + QStringLiteral(": ") + t.text + QStringLiteral("  [") + w + QStringLiteral("]");
                break;
            }
        }
    }
    return left;
}

// Texts that still hold Bengali letters after switching to English; only the language's own name
// (View → Language → বাংলা) and the example digits of View → Digits stay Bengali.
QStringList bengali_left(const std::vector<SeenText>& texts) {
    QStringList left;
    for (const SeenText& t : texts) {
        QString text = t.text;
        text.remove(language_native_name(Language::Bengali));
        text.remove(QStringLiteral("০১২৩"));
        if (has_bengali_letter(text)) left << t.where + QStringLiteral(": ") + t.text;
    }
    return left;
}

Experiment threads_run(const char* workload, int tasks) {
    Experiment e = default_experiment();
    e.workload = parse_workload(workload).value();
    e.tasks = tasks;
    e.model = RunModel::Threads;
    e.workers = 2;
    e.gil = true;
    return e;
}

}  // namespace

TEST_CASE("switching language during a run leaves no visible text in the old language, and keeps the run",
          "[window][language]") {
    BackToEnglish restore;
    switch_language(kEnglish);
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    // A finished run first, so that the table, the chart and the summary have text in them.
    window.panel()->setExperiment(threads_run("cpu:20ms", 2));
    window.runExperiment();
    REQUIRE(wait_until([&] { return window.comparison()->rowCount() == 1; }, 30'000));
    // Then a live one, switched in the middle.
    window.panel()->setExperiment(threads_run("cpu:400ms", 2));
    window.runExperiment();
    REQUIRE(wait_until([&] { return test::live_segments_arrived(*window.controller()); }, 10'000));
    const auto live = window.controller()->liveTimeline();

    window.setLanguage(kBengali);
    QCoreApplication::processEvents();
    CHECK(current_language() == kBengali);
    {
        const QStringList left = english_left(visible_texts(window));
        INFO("English left after switching to Bengali:\n  " << left.join(QStringLiteral("\n  ")).toStdString());
        CHECK(left.isEmpty());
    }
    // The run goes on into the same timeline; the table keeps its row.
    CHECK(window.controller()->liveTimeline() == live);
    CHECK(window.comparison()->rowCount() >= 1);
    CHECK(has_bengali_letter(window.comparison()->headerData(0, Qt::Horizontal).toString()));

    REQUIRE(wait_until([&] { return window.comparison()->rowCount() == 2; }, 30'000));
    {
        const QStringList left = english_left(visible_texts(window));
        INFO("English left in Bengali after the run ended:\n  " << left.join(QStringLiteral("\n  ")).toStdString());
        CHECK(left.isEmpty());
    }
    const TimeView zoomed = window.zoom()->view();

    window.setLanguage(kEnglish);
    QCoreApplication::processEvents();
    {
        const QStringList left = bengali_left(visible_texts(window));
        INFO("Bengali left after switching back to English:\n  " << left.join(QStringLiteral("\n  ")).toStdString());
        CHECK(left.isEmpty());
    }
    CHECK(window.comparison()->rowCount() == 2);
    CHECK(window.zoom()->view().t0_ns == zoomed.t0_ns);
    CHECK(window.zoom()->view().t1_ns == zoomed.t1_ns);
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("engine errors reach the window in the chosen language", "[window][language][messages]") {
    BackToEnglish restore;
    Experiment bad = threads_run("cpu:10ms", 2);
    bad.tasks = 0;  // refused by the engine's validation: a message code with arguments
    switch_language(kEnglish);
    MainWindow window;
    const QString english = window.controller()->start(bad);
    REQUIRE_FALSE(english.isEmpty());
    CHECK_FALSE(has_bengali_letter(english));

    switch_language(kBengali);
    const QString bengali = window.controller()->start(bad);
    INFO(bengali.toStdString());
    CHECK(has_bengali_letter(bengali));
    CHECK(bengali.contains(QStringLiteral("০")));  // the value, in the reader's digits
    CHECK_FALSE(bengali.contains(QStringLiteral("out of range")));

    // Every engine message has a Bengali sentence (none falls back to the English source).
    for (const MessageCode code : kAllMessageCodes) {
        const char* source = message_source(code);
        static const QRegularExpression words(QStringLiteral("[A-Za-z]{3,}"));
        if (!source || !words.match(QString::fromUtf8(source)).hasMatch()) continue;  // "%1": nothing to translate
        INFO(message_code_name(code) << ": " << source);
        const QString translated = QCoreApplication::translate("conclab::ui::Message", source);
        CHECK(has_bengali_letter(translated));
    }
    REQUIRE_NO_QT_WARNINGS();
}

TEST_CASE("a Bengali caption exported to PNG uses only glyphs its font has (no tofu boxes)", "[export][language]") {
    BackToEnglish restore;
    switch_language(kBengali);
    const Experiment e = threads_run("cpu:50ms", 4);
    const QString caption = caption_text(e, 4, QDateTime::currentDateTime());
    INFO(caption.toStdString());
    REQUIRE(has_bengali_letter(caption));

    // The font the picture is painted with is a Bengali one installed by the set-up, and it has a
    // glyph for every character of the caption, and for the conjuncts the issue names.
    const QFont font = text_font(16);
    const QFontInfo info(font);
    CHECK(bengali_font_families().contains(info.family()));
    const QFontMetrics metrics(font);
    const QFontMetrics bengali_only(QFont(info.family(), 16));
    const QString words = caption + QStringLiteral("ক্যালকুলেশন প্রসেস স্ক্রিনশট");
    QStringList missing;
    for (const QChar c : words) {
        if (c.isSpace()) continue;
        if (!metrics.inFont(c)) missing << QString(c);
        if (has_bengali_letter(QString(c)) && !bengali_only.inFont(c)) missing << QString(c);
    }
    INFO("characters without a glyph: " << missing.join(QLatin1Char(' ')).toStdString());
    CHECK(missing.isEmpty());

    // The picture itself: the caption band is drawn (ink in it), as on screen.
    switch_language(kBengali);
    MainWindow window;
    window.panel()->setExperiment(e);
    window.runExperiment();
    REQUIRE(wait_until([&] { return window.comparison()->rowCount() == 1; }, 30'000));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bn.png"));
    REQUIRE(window.exportTimelinePicture(path, QSize(1280, 720)).isEmpty());
    QImage png(path);
    REQUIRE(png.size() == QSize(1280, 720));
    int ink = 0;
    const QRgb background = png.pixel(png.width() - 1, 0);
    for (int y = 0; y < 40; ++y)
        for (int x = 0; x < png.width(); ++x) ink += png.pixel(x, y) != background;
    CHECK(ink > 0);
    REQUIRE_NO_QT_WARNINGS();
}

namespace {

// The families whose glyphs draw `text` in `font`, in the order of the runs.
QStringList families_drawing(const QString& text, const QFont& font) {
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QStringList families;
    for (const QGlyphRun& run : layout.glyphRuns()) families << run.rawFont().familyName();
    return families;
}

}  // namespace

TEST_CASE("English text is drawn in a Latin font down to its digits and brackets", "[export][language]") {
    // The system's "Sans Serif" is a fontconfig alias, not a family: listed before the Bengali
    // families, Qt skipped it and made Lohit Bengali the English font, whose digits and brackets
    // differ from the letters around them ("wall time 541 ms" in two fonts).
    BackToEnglish restore;
    switch_language(kEnglish);
    for (const QFont& font : {text_font(16), text_font(16, true), QApplication::font()}) {
        const QStringList latin = families_drawing(QStringLiteral("wall time 541 ms (GIL) 2,000,000 [50 %]"), font);
        INFO(latin.join(QLatin1Char(',')).toStdString());
        REQUIRE(latin.size() == 1);
        CHECK_FALSE(bengali_font_families().contains(latin.front()));
        // A Bengali word in an English window (the language menu's "বাংলা") still gets a Bengali font.
        const QStringList word = families_drawing(QStringLiteral("বাংলা"), font);
        INFO(word.join(QLatin1Char(',')).toStdString());
        REQUIRE(word.size() == 1);
        CHECK(bengali_font_families().contains(word.front()));
    }
    // Bengali keeps its own font first.
    switch_language(kBengali);
    CHECK(bengali_font_families().contains(QFontInfo(text_font(16)).family()));
    REQUIRE_NO_QT_WARNINGS();
}
