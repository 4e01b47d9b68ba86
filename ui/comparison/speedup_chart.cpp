#include "ui/comparison/speedup_chart.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalBarSeries>
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
    chart->setLocalizeNumbers(true);  // bar labels and axis ticks in the reader's digits

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
    c->setTitle(tr("Speedup over sequential · %Ln core(s)", nullptr, cores_));
    values_->setTitleText(tr("speedup (×)"));
    refreshAxes();
}

int SpeedupChart::barCount() const {
    const auto sets = series_->barSets();
    return sets.isEmpty() ? 0 : static_cast<int>(sets.front()->count());
}

void SpeedupChart::refreshAxes() {
    // Category names must be unique; the row number (as in the table) keeps repeated runs apart.
    QStringList labels;
    double top = cores_;
    for (int row = 0; row < model_->rowCount(); ++row) {
        labels << QStringLiteral("%1 %2").arg(format_count(row + 1), model_->shortLabel(row));
        const auto& r = model_->rows()[static_cast<std::size_t>(row)];
        if (r.speedup) top = std::max(top, *r.speedup);
    }
    if (labels != categories_->categories()) {
        categories_->clear();
        if (!labels.isEmpty()) categories_->append(labels);
    }
    values_->setRange(0.0, std::ceil(top * 1.15 + 0.01));  // room for the labels beside the bars
    values_->setTickCount(std::min(static_cast<int>(std::ceil(top * 1.15 + 0.01)), 8) + 1);
}

}  // namespace conclab::ui
