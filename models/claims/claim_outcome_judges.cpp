// The claims about misuse (awaiting twice, never awaiting, .Result too early): what the cases
// did in real .NET, and in the C++ core's await-twice lab beside it.
#include "models/claims/seed_claims_internal.hpp"

#include "models/text/models_tr.hpp"

#include <QStringList>

#include <functional>
#include <utility>

namespace vtl::models {

namespace {

using Status = ClaimVerdict::Status;
using Side = ClaimVerdict::Side;

QString outcomes_source(const ClaimInputs& in) {
    if (!in.dotnet_outcomes)
        return {};
    const bool fresh = !in.dotnet_outcomes->path.startsWith(QLatin1String(":/"));
    return tr("%1: %2, %3, %4")
        .arg(fresh ? tr("run on this machine")
                   : tr("shipped reference, measured on the development machine"),
             in.dotnet_outcomes->runtime, in.dotnet_outcomes->cpu, in.dotnet_outcomes->date);
}

// --- outcomes -------------------------------------------------------------------------------

QString outcome_word(const QString& outcome) {
    if (outcome == QLatin1String("same_value"))
        return tr("the same value again");
    if (outcome == QLatin1String("exception"))
        return tr("an exception");
    if (outcome == QLatin1String("wrong_value"))
        return tr("a wrong value, silently");
    if (outcome == QLatin1String("blocked"))
        return tr("blocks until completion");
    if (outcome == QLatin1String("source_leaked"))
        return tr("the source stays leased");
    if (outcome == QLatin1String("works"))
        return tr("works");
    return outcome;
}

struct CaseLine {
    const char* id;
    const char* what;                 // English, translated at use
    const char* core_alias = nullptr; // the C++ lab's case when it has none named `id`
};

// Lists what each case did in .NET; `status` decides the row.
Side dotnet_cases(const ClaimInputs& in, std::initializer_list<CaseLine> cases,
                  const std::function<Status(const DotnetOutcomes&)>& judge,
                  const std::function<QString(const DotnetOutcomes&)>& sentence) {
    if (!in.dotnet_outcomes)
        return no_dotnet(in, tr("outcomes"));
    Side s;
    QStringList parts;
    for (const CaseLine& c : cases) {
        const DotnetOutcome* o = in.dotnet_outcomes->find(QLatin1String(c.id));
        if (!o)
            return no_dotnet(in, tr("outcome for “%1”").arg(QLatin1String(c.id)));
        parts << tr("%1: %2").arg(tr(c.what), outcome_word(o->outcome));
    }
    s.figure = parts.join(QStringLiteral("; "));
    s.interval = tr("observed outcome");
    s.source = outcomes_source(in);
    s.status = judge(*in.dotnet_outcomes);
    s.sentence = sentence(*in.dotnet_outcomes);
    return s;
}

QString net_outcome(const DotnetOutcomes& o, const char* id) {
    const DotnetOutcome* c = o.find(QLatin1String(id));
    return c ? c->outcome : QString();
}

// What the same cases did in the C++ core's lab, for comparison.
Side core_cases(const ClaimInputs& in, std::initializer_list<CaseLine> cases) {
    Side s;
    s.status = Status::not_judged;
    QStringList parts;
    for (const CaseLine& c : cases) {
        const CoreOutcome* o =
            c.core_alias ? in.core_outcome({c.id, c.core_alias}) : in.core_outcome({c.id});
        parts << tr("%1: %2").arg(tr(c.what), o ? outcome_word(o->outcome) : tr("not in this lab"));
    }
    s.figure = parts.join(QStringLiteral("; "));
    s.interval = tr("observed outcome");
    s.source = tr("C++ core, this machine: the await-twice lab");
    s.sentence = tr("the C++ core's lab, run now, for comparison; it mirrors .NET's mechanics "
                    "(ManualResetValueTaskSourceCore's version token).");
    return s;
}

// A claim about outcomes: the cases as real .NET ran them decide; the C++ lab's stand beside.
ClaimVerdict outcome_claim(const ClaimInputs& in, std::initializer_list<CaseLine> cases,
                           const std::function<Status(const DotnetOutcomes&)>& judge,
                           const std::function<QString(const DotnetOutcomes&)>& sentence) {
    Side net = dotnet_cases(in, cases, judge, sentence);
    return both(std::move(net), core_cases(in, cases));
}

} // namespace

ClaimVerdict exception_message(const ClaimInputs& in) {
    Side net;
    const DotnetOutcome* o =
        in.dotnet_outcomes ? in.dotnet_outcomes->find(QStringLiteral("pooling_builder")) : nullptr;
    if (!o) {
        net = no_dotnet(in, tr("outcome for “pooling_builder”"));
    } else {
        net.figure = tr("%1: “%2”").arg(o->exception_type, o->message);
        net.interval = tr("observed outcome");
        net.source = outcomes_source(in);
        const bool same = o->message.contains(QLatin1String("already been consumed"));
        net.status = same ? Status::holds : Status::differs;
        net.sentence = same ? tr("the message is as quoted.")
                            : tr("the second await throws %1 with the generic “%2”; no .NET "
                                 "message says “already been consumed”.")
                                  .arg(o->exception_type, o->message);
    }
    Side core;
    core.status = Status::not_judged;
    const CoreOutcome* c =
        in.core_outcome({"pooling_builder", "pooled_reused", "custom_source_reused"});
    core.figure = c ? tr("“%1”").arg(c->message) : QStringLiteral("—");
    core.interval = tr("observed outcome");
    core.source = tr("C++ core, this machine: the await-twice lab");
    core.sentence = tr("the core names the misuse more specifically than .NET does, on purpose.");
    return both(net, core);
}

ClaimVerdict not_awaited_leak(const ClaimInputs& in) {
    return outcome_claim(
        in,
        {{"unconsumed_pooled",
          QT_TRANSLATE_NOOP("vtl::models", "pooled ValueTasks never awaited")}},
        [](const DotnetOutcomes& o) {
            return net_outcome(o, "unconsumed_pooled") == QLatin1String("source_leaked")
                       ? Status::partly
                       : Status::differs;
        },
        [](const DotnetOutcomes& o) {
            return net_outcome(o, "unconsumed_pooled") == QLatin1String("source_leaked")
                       ? tr("true for pooled sources: each unconsumed one stays leased and the "
                            "pool runs dry; a ValueTask over a result or a Task holds nothing "
                            "to leak.")
                       : tr("nothing leaked.");
        });
}

ClaimVerdict reusable(const ClaimInputs& in) {
    return outcome_claim(
        in,
        {{"pooling_builder", QT_TRANSLATE_NOOP("vtl::models", "second await, pooling builder"),
          "pooled_reused"},
         {"custom_source_reused",
          QT_TRANSLATE_NOOP("vtl::models", "second await after the source was reused"),
          "pooled_reused"}},
        [](const DotnetOutcomes& o) {
            return net_outcome(o, "pooling_builder") == QLatin1String("exception") ? Status::differs
                                                                                   : Status::holds;
        },
        [](const DotnetOutcomes&) {
            return tr("a ValueTask is single-use: what can be reused is the IValueTaskSource "
                      "behind it, and that reuse is exactly why awaiting the same ValueTask "
                      "again throws.");
        });
}

ClaimVerdict no_second_await(const ClaimInputs& in) {
    return outcome_claim(
        in,
        {{"sync_result", QT_TRANSLATE_NOOP("vtl::models", "over a result")},
         {"pooling_builder", QT_TRANSLATE_NOOP("vtl::models", "over a pooled box"),
          "pooled_reused"}},
        [](const DotnetOutcomes& o) {
            return net_outcome(o, "pooling_builder") == QLatin1String("exception")
                       ? Status::holds
                       : Status::differs;
        },
        [](const DotnetOutcomes& o) {
            return net_outcome(o, "sync_result") == QLatin1String("same_value")
                       ? tr("the rule holds (CA2012): over a pooled source the second await "
                            "throws; nothing enforces it, and over a result it returns the "
                            "value again by accident.")
                       : tr("the rule holds: breaking it fails.");
        });
}

ClaimVerdict copy_per_await(const ClaimInputs& in) {
    return outcome_claim(
        in,
        {{"sync_result", QT_TRANSLATE_NOOP("vtl::models", "copies over a result")},
         {"task", QT_TRANSLATE_NOOP("vtl::models", "copies over a Task")},
         {"pooling_builder", QT_TRANSLATE_NOOP("vtl::models", "over a pooled box"),
          "pooled_reused"}},
        [](const DotnetOutcomes& o) {
            return net_outcome(o, "sync_result") == QLatin1String("same_value") &&
                           net_outcome(o, "task") == QLatin1String("same_value")
                       ? Status::differs
                       : Status::holds;
        },
        [](const DotnetOutcomes&) {
            return tr("copies share one source object and token, so a copy is never stale: "
                      "over a result or a Task every copy gives the value; over a pooled source "
                      "the second await fails because the shared source was reset, not because "
                      "of a copy.");
        });
}

ClaimVerdict passed_to_two(const ClaimInputs& in) {
    return outcome_claim(
        in,
        {{"task", QT_TRANSLATE_NOOP("vtl::models",
                                    "default async ValueTask (wraps a Task), awaited twice")},
         {"concurrent_awaits",
          QT_TRANSLATE_NOOP("vtl::models", "two concurrent awaits of a pooled source")}},
        [](const DotnetOutcomes& o) {
            return net_outcome(o, "task") == QLatin1String("same_value") ? Status::differs
                                                                         : Status::holds;
        },
        [](const DotnetOutcomes&) {
            return tr("with the seed's own FooAsync (default builder) the ValueTask wraps a "
                      "Task, and both methods get 42; it fails only over a pooled source "
                      "(PoolingAsyncValueTaskMethodBuilder, IValueTaskSource). Copying is not "
                      "the cause.");
        });
}

ClaimVerdict get_result_deadlock(const ClaimInputs& in) {
    return outcome_claim(
        in,
        {{"result_before_completion_task", QT_TRANSLATE_NOOP("vtl::models", "over a Task")},
         {"result_before_completion_source",
          QT_TRANSLATE_NOOP("vtl::models", "over a pooled source")}},
        [](const DotnetOutcomes& o) {
            const bool blocks =
                net_outcome(o, "result_before_completion_task") == QLatin1String("blocked");
            const bool throws =
                net_outcome(o, "result_before_completion_source") == QLatin1String("exception");
            return blocks && throws ? Status::partly : blocks ? Status::holds : Status::differs;
        },
        [](const DotnetOutcomes&) {
            return tr("it blocks only over a Task (and can deadlock where a single-threaded "
                      "context must run the continuation); over a pooled source it does not "
                      "block at all, it throws InvalidOperationException.");
        });
}

} // namespace vtl::models
