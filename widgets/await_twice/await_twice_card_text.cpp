#include "widgets/await_twice/await_twice_card_text.hpp"

#include "models/text/unit_format.hpp"

namespace vtl::widgets::await_twice_cards {

using namespace vtl::models;

using workload::AwaitTwiceCase;
using workload::Holding;
using workload::LabFrame;
using workload::SourceKind;

namespace {

QString held_text(const LabFrame& f) {
    switch (f.held) {
    case ValueTaskKind::result:
        return AwaitTwiceLaneView::tr("holds its result");
    case ValueTaskKind::task:
        return AwaitTwiceLaneView::tr("wraps a Task<int>");
    case ValueTaskKind::source:
        return AwaitTwiceLaneView::tr("source · token %1").arg(f.valuetask_token);
    }
    return {};
}

QString holding_text(Holding h) {
    switch (h) {
    case Holding::not_pooled:
        return {};
    case Holding::leased:
        return AwaitTwiceLaneView::tr("leased");
    case Holding::in_pool:
        return AwaitTwiceLaneView::tr("in the pool");
    case Holding::in_cache:
        return AwaitTwiceLaneView::tr("in the cache");
    }
    return {};
}

} // namespace

QString source_title(const LabFrame& f) {
    switch (f.source) {
    case SourceKind::none:
        return AwaitTwiceLaneView::tr("no source");
    case SourceKind::task:
        return AwaitTwiceLaneView::tr("Task<int>");
    case SourceKind::custom_source:
        return AwaitTwiceLaneView::tr("source · slot %1").arg(f.slot);
    case SourceKind::pooling_box:
        return AwaitTwiceLaneView::tr("box #%1").arg(f.slot);
    case SourceKind::token_ignoring:
        return AwaitTwiceLaneView::tr("what-if source");
    }
    return {};
}

bool has_source(const LabFrame& f) {
    return f.source != SourceKind::none && f.source != SourceKind::task;
}

// What each card says, as lines for draw_lines() (and lines_height() to size the card).
std::vector<cards::Line> value_task_lines(const LabFrame& fr, const Fonts& f,
                                          const ui_palette::Colours& c) {
    std::vector<cards::Line> lines{{&f.bold, c.ink, held_text(fr)}};
    const bool mismatch = has_source(fr) && fr.source_version != fr.valuetask_token;
    if (mismatch && fr.source == SourceKind::token_ignoring)
        lines.push_back({&f.bold, c.bad, AwaitTwiceLaneView::tr("token not checked!")});
    else if (mismatch)
        lines.push_back({&f.bold, c.bad,
                         AwaitTwiceLaneView::tr("stale: version is %1").arg(fr.source_version)});
    else if (fr.other_operation)
        lines.push_back(
            {&f.bold, c.bad, AwaitTwiceLaneView::tr("token matches another operation!")});
    if (fr.pool_capacity > 0 && fr.held == ValueTaskKind::source)
        lines.push_back({&f.small, c.muted, AwaitTwiceLaneView::tr("never awaited")});
    return lines;
}

bool wrong_owner_of(const LabFrame& fr) {
    return has_source(fr) && (fr.source_version != fr.valuetask_token || fr.other_operation);
}

std::vector<cards::Line> source_lines(const LabFrame& fr, const Fonts& f,
                                      const ui_palette::Colours& c) {
    std::vector<cards::Line> lines;
    if (has_source(fr)) {
        lines.push_back({&f.bold, wrong_owner_of(fr) ? c.bad : c.good,
                         AwaitTwiceLaneView::tr("version %1 · rented %2×")
                             .arg(fr.source_version)
                             .arg(format_count(fr.source_rents))});
        QString state = fr.source_completed
                            ? AwaitTwiceLaneView::tr("completed: %1").arg(fr.source_value)
                            : AwaitTwiceLaneView::tr("pending");
        const QString where = holding_text(fr.holding);
        if (!where.isEmpty())
            state += QStringLiteral(" · ") + where;
        lines.push_back({&f.body, c.ink, state});
    } else if (fr.source == SourceKind::task) {
        lines.push_back({&f.body, c.ink,
                         AwaitTwiceLaneView::tr("completes once and keeps its result for every "
                                                "awaiter")});
    } else {
        lines.push_back(
            {&f.body, c.muted, AwaitTwiceLaneView::tr("the value is inside the ValueTask")});
    }
    return lines;
}

std::vector<cards::Line> other_lines(const LabFrame& fr, const Fonts& f,
                                     const ui_palette::Colours& c) {
    std::vector<cards::Line> lines;
    if (fr.other_operation) {
        lines.push_back({&f.bold, c.ink, AwaitTwiceLaneView::tr("token %1").arg(fr.other_token)});
        lines.push_back(
            {&f.body, c.ink,
             AwaitTwiceLaneView::tr("completed with %1, not yet read").arg(fr.other_value)});
    } else if (fr.pool_capacity > 0) {
        lines.push_back(
            {&f.bold, fr.pool_free == 0 ? c.bad : c.ink,
             AwaitTwiceLaneView::tr("%1 leased · %2 free").arg(fr.pool_leased).arg(fr.pool_free)});
        lines.push_back(
            {&f.body, c.ink, AwaitTwiceLaneView::tr("capacity %1").arg(fr.pool_capacity)});
    } else {
        lines.push_back({&f.body, c.muted, AwaitTwiceLaneView::tr("none")});
    }
    return lines;
}

std::vector<cards::Line> note_lines_for(const AwaitTwiceLaneModel& m, const Fonts& f,
                                        const ui_palette::Colours& c) {
    std::vector<cards::Line> lines;
    if (m.shows_exception()) {
        lines.push_back({&f.small, c.bad, AwaitTwiceLaneModel::dotnet_exception_line()});
        lines.push_back({&f.small, c.ink, m.core_exception()});
    }
    const AwaitTwiceCase which = m.which();
    lines.push_back({&f.small, AwaitTwiceLaneModel::is_misuse(which) ? c.ink : c.muted,
                     AwaitTwiceLaneModel::ca2012_rule(which)});
    return lines;
}

} // namespace vtl::widgets::await_twice_cards
