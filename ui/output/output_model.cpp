#include "ui/output/output_model.h"

#include <algorithm>

#include "timeline/lane_names.h"
#include "timeline/shared_timeline.h"
#include "ui/output/output_text.h"
#include "ui/text/display_format.h"
#include "ui/text/message_text.h"

namespace conclab::ui {

OutputModel::OutputModel(QObject* parent) : QAbstractTableModel(parent) {}

void OutputModel::setTimeline(std::shared_ptr<const SharedTimeline> timeline) {
    beginResetModel();
    timeline_ = std::move(timeline);
    lines_.clear();
    lane_names_.clear();
    taken_ = 0;
    const std::size_t dropped_before = dropped_;
    dropped_ = 0;
    start_ns_ = 0;
    if (timeline_) {
        const auto store = timeline_->read();
        start_ns_ = store->start_ns();
        const auto& all = store->output();
        lines_.assign(all.begin(), all.end());
        std::stable_sort(lines_.begin(), lines_.end(), [](const OutputLine& a, const OutputLine& b) { return a.t_ns < b.t_ns; });
        taken_ = all.size();
        dropped_ = store->output_dropped();
        for (std::uint32_t i = 0; i < store->layout().lanes.size(); ++i) lane_names_.push_back(lane_name(store->layout(), i));
    }
    endResetModel();
    if (dropped_ != dropped_before) emit droppedChanged(dropped_);
}

void OutputModel::refresh() {
    if (!timeline_) return;
    const auto store = timeline_->read();
    const auto& all = store->output();
    // Lanes that appeared meanwhile (an observed program's new threads).
    for (std::size_t i = lane_names_.size(); i < store->layout().lanes.size(); ++i)
        lane_names_.push_back(lane_name(store->layout(), static_cast<std::uint32_t>(i)));
    if (taken_ < all.size()) {
        std::vector<OutputLine> fresh(all.begin() + static_cast<std::ptrdiff_t>(taken_), all.end());
        taken_ = all.size();
        std::stable_sort(fresh.begin(), fresh.end(), [](const OutputLine& a, const OutputLine& b) { return a.t_ns < b.t_ns; });
        // Each new line goes after every line with the same or an earlier time: usually all at
        // the end, in one insertion. Runs of new lines that go to the same place go in together.
        std::size_t k = 0;
        while (k < fresh.size()) {
            const auto at = std::upper_bound(lines_.begin(), lines_.end(), fresh[k].t_ns,
                                             [](std::int64_t t, const OutputLine& l) { return t < l.t_ns; });
            std::size_t end = k + 1;
            while (end < fresh.size() && (at == lines_.end() || fresh[end].t_ns < at->t_ns)) ++end;
            const int row = static_cast<int>(at - lines_.begin());
            beginInsertRows({}, row, row + static_cast<int>(end - k) - 1);
            lines_.insert(at, std::make_move_iterator(fresh.begin() + static_cast<std::ptrdiff_t>(k)),
                          std::make_move_iterator(fresh.begin() + static_cast<std::ptrdiff_t>(end)));
            endInsertRows();
            k = end;
        }
    }
    if (store->output_dropped() != dropped_) {
        dropped_ = store->output_dropped();
        emit droppedChanged(dropped_);
    }
}

int OutputModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(lines_.size()); }

int OutputModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant OutputModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const OutputLine& l = lines_[static_cast<std::size_t>(index.row())];
    switch (role) {
        case TimeRole: return QVariant::fromValue<qint64>(l.t_ns - start_ns_);
        case LaneRole: return QVariant::fromValue<qint64>(l.lane == kNoLane ? -1 : static_cast<qint64>(l.lane));
        case Qt::DisplayRole:
            switch (index.column()) {
                case Time: return format_seconds(l.t_ns - start_ns_);
                case Worker: {
                    // Composed when shown: the name follows the language of the moment.
                    const QString name = l.lane < lane_names_.size() ? message_text(lane_names_[l.lane]) : QString();
                    return output_source_text(l, l.lane < lane_names_.size() ? &name : nullptr);
                }
                case Text: return output_line_text(l);
                default: return {};
            }
        case Qt::TextAlignmentRole:
            return index.column() == Time ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            if (index.column() == Text) return output_line_text(l);
            return {};
        default: return {};
    }
}

QVariant OutputModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case Time: return tr("Time");
        case Worker: return tr("Worker");
        case Text: return tr("Printed");
        default: return {};
    }
}

void OutputModel::retranslate() {
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!lines_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

}  // namespace conclab::ui
