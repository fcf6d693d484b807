#include "app/view_registry.hpp"

#include "models/claims/claim_runner.hpp"
#include "models/engine/engine_controller.hpp"
#include "widgets/await_twice/await_twice_tab.hpp"
#include "widgets/claims/claims_tab.hpp"
#include "widgets/paths/paths_tab.hpp"
#include "widgets/plots/plots_tab.hpp"

#include <QEventLoop>

namespace vtl::app {

namespace {

// The claims view's picture after a run: the claims measured for the same scenario.
void measure_claims_now(QWidget* view, const workload::Scenario& s) {
    auto* claims = static_cast<widgets::ClaimsTab*>(view);
    QEventLoop wait;
    QObject::connect(claims->runner(), &models::ClaimRunner::finished, &wait, &QEventLoop::quit);
    claims->measure_claims(s);
    wait.exec();
}

ViewRegistry make_builtin() {
    ViewRegistry r;
    r.add({QStringLiteral("main"),
           QT_TRANSLATE_NOOP("vtl::app::ViewRegistry", "Plots"),
           [](ViewContext&) -> QWidget* { return new widgets::PlotsTab; },
           {},
           [](QWidget* v, double scale) {
               static_cast<widgets::PlotsTab*>(v)->set_text_scale(scale);
           },
           {}});
    r.add({QStringLiteral("claims"),
           QT_TRANSLATE_NOOP("vtl::app::ViewRegistry", "Claims vs measured"),
           [](ViewContext&) -> QWidget* { return new widgets::ClaimsTab; },
           {},
           [](QWidget* v, double scale) {
               static_cast<widgets::ClaimsTab*>(v)->set_text_scale(scale);
           },
           measure_claims_now});
    r.add({QStringLiteral("paths"),
           QT_TRANSLATE_NOOP("vtl::app::ViewRegistry", "Paths"),
           [](ViewContext& c) -> QWidget* { return new widgets::PathsTab(c.controller); },
           {},
           {},
           [](QWidget* v, const workload::Scenario&) {
               static_cast<widgets::PathsTab*>(v)->catch_up(1500);
           }});
    r.add({QStringLiteral("await-twice"),
           QT_TRANSLATE_NOOP("vtl::app::ViewRegistry", "Await twice"),
           [](ViewContext&) -> QWidget* { return new widgets::AwaitTwiceTab; },
           {},
           {},
           [](QWidget* v, const workload::Scenario&) {
               static_cast<widgets::AwaitTwiceTab*>(v)->run_all();
           }});
    return r;
}

} // namespace

const ViewRegistry& ViewRegistry::builtin() {
    static const ViewRegistry registry = make_builtin();
    return registry;
}

void ViewRegistry::add(ViewSpec spec) {
    for (ViewSpec& v : views_) {
        if (v.id == spec.id) {
            v = std::move(spec);
            return;
        }
    }
    views_.push_back(std::move(spec));
}

const ViewSpec* ViewRegistry::find(const QString& id) const noexcept {
    for (const ViewSpec& v : views_) {
        if (v.id == id)
            return &v;
    }
    return nullptr;
}

QStringList ViewRegistry::ids() const {
    QStringList out;
    for (const ViewSpec& v : views_)
        out << v.id;
    return out;
}

QString ViewRegistry::title(const ViewSpec& spec) {
    return tr(spec.title);
}

} // namespace vtl::app
