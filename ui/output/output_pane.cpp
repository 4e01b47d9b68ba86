#include "ui/output/output_pane.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include "timeline/timeline_store.h"
#include "ui/output/output_model.h"

namespace conclab::ui {

OutputPane::OutputPane(QWidget* parent) : QWidget(parent), model_(new OutputModel(this)) {
    view_ = new QTableView(this);
    view_->setObjectName(QStringLiteral("outputLines"));
    view_->setModel(model_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setMouseTracking(true);
    view_->setWordWrap(false);
    view_->verticalHeader()->hide();
    view_->horizontalHeader()->setSectionResizeMode(OutputModel::Time, QHeaderView::ResizeToContents);
    view_->horizontalHeader()->setSectionResizeMode(OutputModel::Worker, QHeaderView::ResizeToContents);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->viewport()->installEventFilter(this);

    empty_ = new QLabel(this);
    empty_->setWordWrap(true);
    empty_->setAlignment(Qt::AlignCenter);
    dropped_ = new QLabel(this);
    dropped_->setWordWrap(true);
    dropped_->setStyleSheet(QStringLiteral("font-weight: bold;"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(dropped_);
    layout->addWidget(view_, 1);
    layout->addWidget(empty_, 1);

    connect(view_, &QTableView::entered, this, [this](const QModelIndex& index) { hoverRow(index.row()); });
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { hoverRow(current.isValid() ? current.row() : -1); });
    connect(view_, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.isValid()) emit momentActivated(model_->line(index.row()).t_ns);
    });
    // Lines arriving at the bottom keep the newest in view, unless the reader scrolled up.
    connect(model_, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar* bar = view_->verticalScrollBar();
        view_->setProperty("followTail", bar->value() >= bar->maximum());
    });
    connect(model_, &QAbstractItemModel::rowsInserted, this, [this] {
        if (view_->property("followTail").toBool()) view_->scrollToBottom();
        updateNotes();
    });
    connect(model_, &QAbstractItemModel::modelReset, this, [this] {
        hovered_row_ = -1;
        updateNotes();
    });
    connect(model_, &OutputModel::droppedChanged, this, &OutputPane::updateNotes);
    retranslate();
}

void OutputPane::setTimeline(std::shared_ptr<const SharedTimeline> timeline) {
    if (timeline && timeline == shown_) {  // the live run ended, or shown again: keep the place
        refresh();
        return;
    }
    shown_ = timeline;
    if (hovered_row_ >= 0) emit hoverEnded();
    model_->setTimeline(std::move(timeline));
}

void OutputPane::refresh() { model_->refresh(); }

QString OutputPane::droppedText() const {
    if (model_->dropped() == 0) return {};
    const QLocale locale;
    return tr("%1 more lines were printed but not kept: the first %2 are shown.")
        .arg(locale.toString(static_cast<qulonglong>(model_->dropped())),
             locale.toString(static_cast<qulonglong>(TimelineStore::kMaxOutputLines)));
}

void OutputPane::updateNotes() {
    const bool any = model_->rowCount() > 0;
    view_->setVisible(any);
    empty_->setVisible(!any);
    const QString dropped = droppedText();
    dropped_->setText(dropped);
    dropped_->setVisible(!dropped.isEmpty());
}

void OutputPane::hoverRow(int row) {
    if (row == hovered_row_) return;
    hovered_row_ = row;
    if (row < 0 || row >= model_->rowCount()) {
        emit hoverEnded();
        return;
    }
    const OutputLine& line = model_->line(row);
    emit momentHovered(line.t_ns, line.lane);
}

bool OutputPane::eventFilter(QObject* watched, QEvent* e) {
    if (watched == view_->viewport() && e->type() == QEvent::Leave) {
        hoverRow(-1);
        // The keyboard's current line stays marked when the mouse leaves.
        const QModelIndex current = view_->currentIndex();
        if (current.isValid() && view_->hasFocus()) hoverRow(current.row());
    }
    return QWidget::eventFilter(watched, e);
}

void OutputPane::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslate();
    QWidget::changeEvent(e);
}

void OutputPane::retranslate() {
    setAccessibleName(tr("Output"));
    view_->setAccessibleName(tr("Lines the workers printed"));
    empty_->setText(tr("Nothing printed yet. Workers of the lessons print as Python's print() does, "
                       "and each line appears here with its worker and time."));
    model_->retranslate();
    updateNotes();
}

}  // namespace conclab::ui
