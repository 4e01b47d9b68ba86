#include "ui/speedup_chart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QVBarModelMapper>
#include <QValueAxis>
#include <cmath>

#include "ui/comparison_model.h"

namespace conclab::ui {

SpeedupChart::SpeedupChart(ComparisonModel* model, int machine_cores, QWidget* parent)
    : QChartView(parent), model_(model), cores_(std::max(machine_cores, 1)) {
    auto* chart = new QChart;
    chart->setTitle(tr("Speedup over sequential · %1 cores").arg(cores_));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    QFont title_font = chart->titleFont();
    title_font.setPointSizeF(std::max(title_font.pointSizeF(), 11.0));
    title_font.setBold(true);
    chart->setTitleFont(title_font);

    series_ = new QBarSeries;
    series_->setLabelsVisible(true);
    series_->setLabelsFormat(QStringLiteral("@value×"));
    series_->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series_);

    // The mapper recreates its bar set whenever the model changes; style each new one.
    connect(series_, &QBarSeries::barsetsAdded, this, [this](const QList<QBarSet*>& sets) {
        for (QBarSet* set : sets) {
            set->setColor(QColor(0x00, 0x72, 0xB2));
            set->setBorderColor(QColor(0x00, 0x4C, 0x77));
            set->setLabelColor(Qt::black);
            set->setLabel(tr("Speedup"));
        }
    });
    auto* mapper = new QVBarModelMapper(this);
    mapper->setFirstBarSetColumn(ComparisonModel::Speedup);
    mapper->setLastBarSetColumn(ComparisonModel::Speedup);
    mapper->setSeries(series_);
    mapper->setModel(model_);

    categories_ = new QBarCategoryAxis;
    QFont category_font = categories_->labelsFont();
    category_font.setPointSizeF(category_font.pointSizeF() * 0.9);
    categories_->setLabelsFont(category_font);
    values_ = new QValueAxis;
    values_->setTitleText(tr("speedup (×)"));
    values_->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(categories_, Qt::AlignBottom);
    chart->addAxis(values_, Qt::AlignLeft);
    series_->attachAxis(categories_);
    series_->attachAxis(values_);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);

    connect(model_, &QAbstractItemModel::rowsInserted, this, &SpeedupChart::refreshAxes);
    connect(model_, &QAbstractItemModel::rowsRemoved, this, &SpeedupChart::refreshAxes);
    connect(model_, &QAbstractItemModel::modelReset, this, &SpeedupChart::refreshAxes);
    connect(model_, &QAbstractItemModel::dataChanged, this, &SpeedupChart::refreshAxes);
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

void SpeedupChart::refreshAxes() {
    // Category names must be unique; the row number (as in the table) keeps repeated runs apart.
    // Level labels "row number + model" when every word fits its bar's slot, else just the row
    // number (Qt Charts would cut longer labels off).
    const int rows = model_->rowCount();
    const QFontMetrics fm(categories_->labelsFont());
    const double slot = rows > 0 ? (chart()->plotArea().width() > 0 ? chart()->plotArea().width() : width() - 90.0) / rows : 1e9;
    bool fits = true;
    for (int row = 0; row < rows && fits; ++row)
        for (const QString& word : model_->shortLabel(row).split(QLatin1Char(' ')))
            fits = fits && fm.horizontalAdvance(word) * 1.25 + 12 <= slot;  // Qt keeps a margin
    QStringList labels;
    double top = cores_;
    for (int row = 0; row < rows; ++row) {
        const QString name = model_->shortLabel(row).toHtmlEscaped();
        labels << (fits ? QStringLiteral("%1<br>%2").arg(row + 1).arg(QString(name).replace(QLatin1Char(' '), QStringLiteral("<br>")))
                        : QString::number(row + 1));
        const auto& r = model_->rows()[static_cast<std::size_t>(row)];
        if (r.speedup) top = std::max(top, *r.speedup);
    }
    if (labels != categories_->categories()) {
        categories_->clear();
        if (!labels.isEmpty()) categories_->append(labels);
    }
    categories_->setTitleText(fits || rows == 0 ? QString() : tr("run (row of the table)"));
    values_->setRange(0.0, std::ceil(top * 1.15 + 0.01));  // room for the labels above the bars
    values_->setTickCount(std::min(static_cast<int>(std::ceil(top * 1.15 + 0.01)), 8) + 1);
}

}  // namespace conclab::ui
