#include "ui/comparison/speedup_chart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QVBarModelMapper>
#include <QValueAxis>
#include <cmath>

#include "ui/comparison/comparison_model.h"
#include "ui/text/display_format.h"

namespace conclab::ui {

SpeedupChart::SpeedupChart(ComparisonModel* model, int machine_cores, QWidget* parent)
    : QChartView(parent), model_(model), cores_(std::max(machine_cores, 1)) {
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    // Qt's default margins take a fifth of a small chart: the bars need that room more.
    chart->setMargins(QMargins(4, 4, 8, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);  // bar labels and axis ticks in the reader's digits

    series_ = new QHorizontalBarSeries;
    series_->setLabelsVisible(true);
    series_->setLabelsFormat(QStringLiteral("@value×"));
    series_->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series_);

    // The mapper recreates its bar set whenever the model changes; style each new one.
    connect(series_, &QAbstractBarSeries::barsetsAdded, this, [this](const QList<QBarSet*>& sets) {
        for (QBarSet* set : sets) {
            set->setColor(QColor(0x00, 0x72, 0xB2));
            set->setBorderColor(QColor(0x00, 0x4C, 0x77));
            set->setLabelColor(Qt::black);
            set->setLabel(tr("Speedup"));
            set->setLabelFont(QApplication::font());
        }
    });
    auto* mapper = new QVBarModelMapper(this);
    mapper->setFirstBarSetColumn(ComparisonModel::Speedup);
    mapper->setLastBarSetColumn(ComparisonModel::Speedup);
    mapper->setSeries(series_);
    mapper->setModel(model_);

    categories_ = new QBarCategoryAxis;
    values_ = new QValueAxis;
    values_->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(categories_, Qt::AlignLeft);
    chart->addAxis(values_, Qt::AlignBottom);
    series_->attachAxis(categories_);
    series_->attachAxis(values_);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);

    // Labels are chosen for the room the plot has; it changes with the window and the run count.
    // Queued: the plot area changes inside the chart's layout, which new labels would re-enter.
    connect(chart, &QChart::plotAreaChanged, this, &SpeedupChart::refreshAxes, Qt::QueuedConnection);
    // Where the axis could only give a bar its row number, the pointer over it names the run.
    connect(series_, &QAbstractBarSeries::hovered, this, [this](bool over, int row, QBarSet*) {
        const auto& speedup = model_->rows()[static_cast<std::size_t>(row)].speedup;
        setToolTip(!over ? QString()
                         : speedup ? tr("%1: %2× the speed of the sequential run")
                                         .arg(model_->shortLabel(row), format_decimal(*speedup, 2))
                                   : model_->shortLabel(row));
    });
    connect(model_, &QAbstractItemModel::rowsInserted, this, &SpeedupChart::refreshAxes);
    connect(model_, &QAbstractItemModel::rowsRemoved, this, &SpeedupChart::refreshAxes);
    connect(model_, &QAbstractItemModel::modelReset, this, &SpeedupChart::refreshAxes);
    connect(model_, &QAbstractItemModel::dataChanged, this, &SpeedupChart::refreshAxes);
    retranslate();
}

void SpeedupChart::changeEvent(QEvent* e) {
    // A new interface font (a language switch brings one) goes to the chart's texts as well.
    if (e->type() == QEvent::LanguageChange || e->type() == QEvent::FontChange) retranslate();
    QChartView::changeEvent(e);
}

void SpeedupChart::retranslate() {
    QChart* c = chart();
    c->setLocale(QLocale());
    // The chart keeps its own copies of fonts: take the interface's (its families write Bengali).
    QFont title_font = QApplication::font();
    title_font.setPointSizeF(std::max(title_font.pointSizeF(), 11.0));
    title_font.setBold(true);
    c->setTitleFont(title_font);
    QFont category_font = QApplication::font();
    category_font.setPointSizeF(category_font.pointSizeF() * 0.9);
    categories_->setLabelsFont(category_font);
    values_->setLabelsFont(QApplication::font());
    values_->setTitleFont(QApplication::font());
    // The bar sets are not touched here: the model mapper replaces them while a run adds rows, and
    // one may be half destroyed when a font change arrives (a crash in QBarSet::setLabelFont). Each
    // new set takes the font and label when it is added (barsetsAdded above); the mapper makes new
    // ones on every row, so a language switch reaches them with the next row.
    refreshAxes();
}

int SpeedupChart::barCount() const {
    const auto sets = series_->barSets();
    return sets.isEmpty() ? 0 : static_cast<int>(sets.front()->count());
}

void SpeedupChart::resizeEvent(QResizeEvent* e) {
    QChartView::resizeEvent(e);
    refreshAxes();
}

SpeedupChart::LabelFit SpeedupChart::labelFit() const {
    const int rows = model_->rowCount();
    if (rows == 0) return LabelFit::TwoLines;
    // Qt hides a category label that would overlap its neighbour and elides one wider than its
    // share of the chart (about a third): choose the longest form that neither happens to.
    const QFontMetricsF fm(categories_->labelsFont());
    // The plot area is the chart's last layout; a chart squeezed since has at most its own height
    // less a title line and the scale's two.
    const double line_px = QFontMetricsF(values_->labelsFont()).lineSpacing();
    const double band = std::min(chart()->plotArea().height(), height() - 3 * line_px) / rows;
    const double room = width() / 3.0;
    double name_width = 0, notes_width = 0;
    for (int row = 0; row < rows; ++row) {
        name_width = std::max(name_width, fm.horizontalAdvance(format_count(row + 1) + QLatin1Char(' ') + model_->modelName(row)));
        notes_width = std::max(notes_width, fm.horizontalAdvance(model_->labelNotes(row)));
    }
    // The axis draws each label as a text item with a margin around it: half a line more.
    const double line = fm.lineSpacing();
    if (name_width <= room && notes_width <= room && band >= 2.5 * line) return LabelFit::TwoLines;
    if (name_width <= room && band >= 1.5 * line) return LabelFit::OneLine;
    if (band >= 1.5 * line) return LabelFit::RowNumber;
    return LabelFit::None;
}

void SpeedupChart::refreshAxes() {
    const LabelFit fit = labelFit();
    // Category names must be unique; the row number (as in the table) keeps repeated runs apart.
    QStringList labels;
    double top = cores_;
    for (int row = 0; row < model_->rowCount(); ++row) {
        // Two lines (the axis draws rich text) where there is room: the model, then "no GIL · ⚠ busy".
        // One line: "3 Threads, no GIL" where that fits beside the bars, else the model alone (the
        // table's row of the same number says the rest). Then the row number alone.
        const QString number = format_count(row + 1);
        const QString notes = model_->labelNotes(row);
        QString label = number;
        if (fit != LabelFit::RowNumber) label += QLatin1Char(' ') + model_->modelName(row);
        if (fit == LabelFit::TwoLines && !notes.isEmpty()) label += QStringLiteral("<br>") + notes;
        if (fit == LabelFit::OneLine && !notes.isEmpty()) {
            const QString whole = QStringLiteral("%1 %2").arg(number, model_->shortLabel(row));
            if (QFontMetricsF(categories_->labelsFont()).horizontalAdvance(whole) <= width() / 3.0) label = whole;
        }
        labels << label;
        const auto& r = model_->rows()[static_cast<std::size_t>(row)];
        if (r.speedup) top = std::max(top, *r.speedup);
    }
    // Too little height for one line a bar: bars alone (no "…" in place of every label); the
    // pointer over a bar still names its run, and the table beside gives the figures.
    categories_->setLabelsVisible(fit != LabelFit::None);
    series_->setLabelsVisible(fit != LabelFit::None);
    // Shorter still (a Bengali window at 720 px under a busy-machine warning): the scale's ticks
    // and title would be "…" too, so the bars stand alone and the pointer tells their figures.
    const double line = QFontMetricsF(values_->labelsFont()).lineSpacing();
    const bool scale_fits = height() >= 8 * line;
    values_->setLabelsVisible(scale_fits);
    values_->setTitleVisible(scale_fits);
    if (labels != categories_->categories()) {
        categories_->clear();
        if (!labels.isEmpty()) categories_->append(labels);
    }
    values_->setRange(0.0, std::ceil(top * 1.15 + 0.01));  // room for the labels beside the bars
    values_->setTickCount(std::min(static_cast<int>(std::ceil(top * 1.15 + 0.01)), 8) + 1);
    // A short chart (a 720-px screen) gives the title's lines to the bars and says it under the
    // values instead; a narrow one puts the core count on a line of its own rather than eliding it.
    const QString title = tr("Speedup over sequential · %Ln core(s)", nullptr, cores_);
    const bool short_chart = height() < 8 * QFontMetricsF(chart()->titleFont()).lineSpacing() + 4 * model_->rowCount();
    const bool title_fits = QFontMetricsF(chart()->titleFont()).horizontalAdvance(title) <= width() - 40;
    const QString title_text = title_fits ? title : QString(title).replace(QStringLiteral(" · "), QStringLiteral("<br>"));
    chart()->setTitle(short_chart ? QString() : title_text);
    values_->setTitleText(short_chart ? title : tr("speedup (×)"));
}

}  // namespace conclab::ui
