#pragma once
// The lines a run printed, in the order they happened: a simulated worker's print() (a code and
// numbers the engine recorded, put into words in the reader's language when shown) or an
// observed program's own text. Follows a live run: refresh() takes the lines that arrived since
// the last call and puts each in its place by time (lanes are drained one after another, so a
// line can arrive after a later one of another lane).
#include <QAbstractTableModel>
#include <memory>
#include <vector>

#include "core/message.h"
#include "timeline/timeline_store.h"

namespace conclab {
class SharedTimeline;
}

namespace conclab::ui {

class OutputModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Worker, Text, ColumnCount };
    static constexpr int TimeRole = Qt::UserRole + 1;  // qint64: ns since the run's start
    static constexpr int LaneRole = Qt::UserRole + 2;  // the lane (kNoLane: the program's own output)

    explicit OutputModel(QObject* parent = nullptr);

    // Shows the lines of another timeline (null: none).
    void setTimeline(std::shared_ptr<const SharedTimeline> timeline);
    // Takes the lines that arrived since the last call (cheap when there are none).
    void refresh();

    // Lines the store did not keep (it keeps the first TimelineStore::kMaxOutputLines).
    std::size_t dropped() const { return dropped_; }
    const OutputLine& line(int row) const { return lines_.at(static_cast<std::size_t>(row)); }
    std::int64_t runStartNs() const { return start_ns_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Headers and every line's words are composed when shown: a new language shows at once.
    void retranslate();

signals:
    void droppedChanged(std::size_t dropped);

private:
    std::shared_ptr<const SharedTimeline> timeline_;
    std::vector<OutputLine> lines_;  // sorted by t_ns; equal times keep their order of arrival
    std::vector<Message> lane_names_;  // lane_name() of each lane, worded when shown
    std::size_t taken_ = 0;          // store.output()[0, taken_) are in lines_
    std::size_t dropped_ = 0;
    std::int64_t start_ns_ = 0;
};

}  // namespace conclab::ui
