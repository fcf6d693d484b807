// What the cards of an await-twice lane say, frame by frame, as lines for cards::draw_lines()
// (and cards::lines_height() to size a card). The text is AwaitTwiceLaneView's (its tr()
// context).
#pragma once

#include "widgets/await_twice/await_twice_lane_view.hpp"
#include "widgets/common/card_painting.hpp"
#include "widgets/common/ui_palette.hpp"
#include "workload/await_twice_lab.hpp"

#include <QString>

#include <vector>

namespace vtl::widgets::await_twice_cards {

using Fonts = AwaitTwiceLaneView::Fonts;

// The source card's title: "Task<int>", "box #3", …
QString source_title(const workload::LabFrame& f);
// Whether the ValueTask is backed by a source (not a result, not a Task).
bool has_source(const workload::LabFrame& f);
// The ValueTask's token no longer names the operation the source now holds.
bool wrong_owner_of(const workload::LabFrame& fr);

std::vector<cards::Line> value_task_lines(const workload::LabFrame& fr, const Fonts& f,
                                          const ui_palette::Colours& c);
std::vector<cards::Line> source_lines(const workload::LabFrame& fr, const Fonts& f,
                                      const ui_palette::Colours& c);
std::vector<cards::Line> other_lines(const workload::LabFrame& fr, const Fonts& f,
                                     const ui_palette::Colours& c);
std::vector<cards::Line> note_lines_for(const models::AwaitTwiceLaneModel& m, const Fonts& f,
                                        const ui_palette::Colours& c);

} // namespace vtl::widgets::await_twice_cards
